/* bool.c: the bool type, a subclass of int with the two singletons I->true_ and I->false_
 * (made in num_init). Not subclassable: without TPF_BASETYPE the type machinery refuses. */
#include "model/profile.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/errors.h"

Obj *bool_from(Interp *I, bool b) {
    return NEWREF(b ? I->true_ : I->false_);
}

static Obj *bool_repr(Interp *I, Obj *o) {
    return str_from_ascii(I, o == I->true_ ? "True" : "False", o == I->true_ ? 4 : 5);
}

static Obj *bool_new(Interp *I, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)type;
    if (!args_no_kw(I, "bool", kwnames) || !args_count(I, "bool", nargs, 0, 1)) return NULL;
    if (nargs == 0) return NEWREF(I->false_);
    int t = obj_is_true(I, args[0]);
    return t < 0 ? NULL : bool_from(I, t);
}

/* & | ^ of two bools is a bool; anything else is int's operation. */
static Obj *bool_logic(Interp *I, Obj *a, Obj *b, char op, BinaryFn int_op) {
    if (TYPE(a) != I->t_bool || TYPE(b) != I->t_bool) return int_op(I, a, b);
    bool x = a == I->true_, y = b == I->true_;
    return bool_from(I, op == '&' ? (x && y) : op == '|' ? (x || y) : (x != y));
}

static Obj *bool_and(Interp *I, Obj *a, Obj *b) {
    return bool_logic(I, a, b, '&', I->t_int->nb_and);
}
static Obj *bool_or(Interp *I, Obj *a, Obj *b) {
    return bool_logic(I, a, b, '|', I->t_int->nb_or);
}
static Obj *bool_xor(Interp *I, Obj *a, Obj *b) {
    return bool_logic(I, a, b, '^', I->t_int->nb_xor);
}

static void bool_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}

const TypeObj bool_tmpl = {
    .name = "bool",
    .basicsize = offsetof(IntObj, digits),
    .itemsize = sizeof(Digit),
    .flags = TPF_INT_SUBCLASS | TPF_IMMUTABLETYPE,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .new_ = bool_new,
    .nb_and = bool_and,
    .nb_or = bool_or,
    .nb_xor = bool_xor,
};
