/* super.c: the super type (CPython's typeobject.c super_*): super(type, obj), super(type) and
 * the zero-argument form that asks the VM for the __class__ cell and the first argument. */
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/vm.h"

static Obj *super_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Obj *o = obj_alloc(I, type, 0);
    if (o) gc_track(I, o);
    return o;
}

/* The type whose MRO super searches: obj itself if it is a subclass of type, else its class. */
static TypeObj *supercheck(Interp *I, TypeObj *type, Obj *obj) {
    if (TYPE_CHECK(obj) && type_is_subtype((TypeObj *)obj, type)) return (TypeObj *)obj;
    if (type_is_subtype(TYPE(obj), type)) return TYPE(obj);
    Obj *cls;
    if (obj_lookup_attr(I, obj, I->ids.__class__, &cls) < 0) return NULL;
    if (cls && TYPE_CHECK(cls) && cls != OBJ(TYPE(obj)) && type_is_subtype((TypeObj *)cls, type)) {
        DECREF(I, cls); /* a class is kept alive by obj */
        return (TypeObj *)cls;
    }
    XDECREF(I, cls);
    if (I->prof->super_msg_313) {
        bool is_type = TYPE_CHECK(obj);
        err_format(I, I->e_TypeError,
                   "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).",
                   is_type ? "type" : "instance of",
                   is_type ? ((TypeObj *)obj)->name : TYPE(obj)->name, type->name);
    } else {
        err_string(I, I->e_TypeError,
                   "super(type, obj): obj must be an instance or subtype of type");
    }
    return NULL;
}

static int super_set(Interp *I, SuperObj *su, TypeObj *type, Obj *obj) {
    TypeObj *obj_type = NULL;
    if (obj == I->none) obj = NULL;
    if (obj && !(obj_type = supercheck(I, type, obj))) return -1;
    INCREF(type);
    XINCREF(obj);
    XINCREF(obj_type);
    SETREF(I, su->type, type);
    SETREF(I, su->obj, obj);
    SETREF(I, su->obj_type, obj_type);
    return 0;
}

static int super_init(Interp *I, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (!args_no_kw(I, "super", kwnames) || !args_count(I, "super()", nargs, 0, 2)) return -1;
    TypeObj *type;
    Obj *obj = NULL;
    if (nargs == 0) {
        if (!vm_super_args(I, &type, &obj)) return -1;
    } else {
        if (!TYPE_CHECK(args[0])) {
            err_format(I, I->e_TypeError, "super() argument 1 must be %stype, not %T",
                       I->prof->super_arg_a_type ? "a " : "", args[0]);
            return -1;
        }
        type = (TypeObj *)args[0];
        if (nargs == 2) obj = args[1];
    }
    return super_set(I, (SuperObj *)self, type, obj);
}

static void super_dealloc(Interp *I, Obj *o) {
    SuperObj *su = (SuperObj *)o;
    gc_untrack(I, o);
    XDECREF(I, su->type);
    XDECREF(I, su->obj);
    XDECREF(I, su->obj_type);
    obj_free(I, o);
}

static int super_traverse(Obj *o, VisitFn visit, void *arg) {
    SuperObj *su = (SuperObj *)o;
    VISIT(su->type);
    VISIT(su->obj);
    VISIT(su->obj_type);
    return 0;
}

static Obj *super_getattro(Interp *I, Obj *self, Obj *name) {
    SuperObj *su = (SuperObj *)self;
    TypeObj *start = su->obj_type;
    if (!start || (STR_CHECK(name) && str_eq(name, I->ids.__class__)))
        return obj_generic_getattr(I, self, name);
    Obj *mro = start->mro;
    Ssize n = mro ? TUPLE_LEN(mro) : 0, i = 0;
    while (i + 1 < n && TUPLE_GET(mro, i) != OBJ(su->type)) i++;
    for (i++; i < n; i++) {
        TypeObj *t = (TypeObj *)TUPLE_GET(mro, i);
        Obj *res = dict_get(I, t->dict, name);
        if (!res) {
            if (err_occurred(I)) return NULL;
            continue;
        }
        DescrGetFn f = TYPE(res)->descr_get;
        if (!f) return NEWREF(res);
        INCREF(res);
        Obj *r = f(I, res, su->obj == OBJ(start) ? NULL : su->obj, OBJ(start));
        DECREF(I, res);
        return r;
    }
    return obj_generic_getattr(I, self, name);
}

static Obj *super_descr_get(Interp *I, Obj *self, Obj *obj, Obj *type) {
    (void)type;
    SuperObj *su = (SuperObj *)self;
    if (!obj || obj == I->none || su->obj) return NEWREF(self);
    Obj *r = super_new(I, TYPE(self), NULL, 0, NULL);
    if (r && super_set(I, (SuperObj *)r, su->type, obj) < 0) CLEAR(I, r);
    return r;
}

static Obj *super_repr(Interp *I, Obj *self) {
    SuperObj *su = (SuperObj *)self;
    const char *tn = su->type ? su->type->name : "NULL";
    if (su->obj_type)
        return str_from_format(I, "<super: <class '%s'>, <%s object>>", tn, su->obj_type->name);
    return str_from_format(I, "<super: <class '%s'>, NULL>", tn);
}

static const MemberDef super_members[] = {
    {"__thisclass__", MEMBER_OBJECT, offsetof(SuperObj, type), true, "the class invoking super()"},
    {"__self__", MEMBER_OBJECT, offsetof(SuperObj, obj), true,
     "the instance invoking super(); may be None"},
    {"__self_class__", MEMBER_OBJECT, offsetof(SuperObj, obj_type), true,
     "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, false, NULL},
};

const TypeObj super_tmpl = {
    .name = "super",
    .basicsize = sizeof(SuperObj),
    .flags = TPF_BASETYPE | TPF_HAVE_GC,
    .doc = "super() -> same as super(__class__, <first argument>)",
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .traverse = super_traverse,
    .members = super_members,
};
