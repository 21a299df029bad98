/* abstract.h: the generic object protocols every part calls (CPython's abstract.c/object.c):
 * attribute access, calls, comparisons, arithmetic with reflection, iteration, items.
 * Implemented in objects/object.c and objects/abstract.c. */
#ifndef SLOTSCOPE_ABSTRACT_H
#define SLOTSCOPE_ABSTRACT_H

#include "vm/interp.h"

Obj *obj_repr(Interp *I, Obj *o); /* a str; recursion-checked */
Obj *obj_str(Interp *I, Obj *o);
Obj *obj_ascii(Interp *I, Obj *o);
Obj *obj_format(Interp *I, Obj *o, Obj *spec); /* format(o, spec); spec may be NULL */
Hash obj_hash(Interp *I, Obj *o);              /* "unhashable type: 'list'" */
int obj_is_true(Interp *I, Obj *o);            /* 1/0/-1 */
int obj_not(Interp *I, Obj *o);

Obj *obj_getattr(Interp *I, Obj *o, Obj *name); /* name: str */
Obj *obj_getattr_cstr(Interp *I, Obj *o, const char *name);
/* Like getattr but an AttributeError is swallowed: returns 0 and *out NULL; 1 found; -1 error. */
int obj_lookup_attr(Interp *I, Obj *o, Obj *name, Obj **out);
int obj_setattr(Interp *I, Obj *o, Obj *name, Obj *v);  /* v NULL: delete */
int obj_hasattr(Interp *I, Obj *o, Obj *name);          /* 1/0/-1 */
Obj *obj_generic_getattr(Interp *I, Obj *o, Obj *name); /* object.__getattribute__ */
int obj_generic_setattr(Interp *I, Obj *o, Obj *name, Obj *v);
Obj **obj_dict_ptr(Interp *I, Obj *o); /* address of the instance dict slot or NULL */
/* The method-call fast path: *meth gets the function and returns 1 if it is unbound (call
 * it with o as first argument), 0 if *meth is an ordinary attribute, -1 on error. */
int obj_get_method(Interp *I, Obj *o, Obj *name, Obj **meth);
Obj *obj_call_method(Interp *I, Obj *o, Obj *name, Obj *const *args, size_t nargs);
/* Look up a special method on the type (not the instance), as CPython's _PyType_Lookup. */
Obj *type_lookup(Interp *I, TypeObj *t, Obj *name); /* borrowed or NULL, no error */

Obj *obj_call(Interp *I, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *obj_call0(Interp *I, Obj *callable);
Obj *obj_call1(Interp *I, Obj *callable, Obj *a);
Obj *obj_call2(Interp *I, Obj *callable, Obj *a, Obj *b);
Obj *obj_call_tuple_dict(Interp *I, Obj *callable, Obj *args, Obj *kwargs); /* kwargs may be NULL */
bool obj_callable(Obj *o);

Obj *obj_richcompare(Interp *I, Obj *a, Obj *b, int op); /* with reflection and the TypeError */
int obj_richcompare_bool(Interp *I, Obj *a, Obj *b,
                         int op);                 /* identity implies equality for EQ/NE */
bool obj_is_instance_of_type(Obj *o, TypeObj *t); /* MRO check, no __instancecheck__ */
bool type_is_subtype(TypeObj *a, TypeObj *b);
int obj_isinstance(Interp *I, Obj *o, Obj *cls); /* full isinstance() semantics */
int obj_issubclass(Interp *I, Obj *derived, Obj *cls);
/* Without __instancecheck__/__subclasscheck__ (type.__instancecheck__, type.__subclasscheck__). */
int obj_recursive_isinstance(Interp *I, Obj *inst, Obj *cls);
int obj_recursive_issubclass(Interp *I, Obj *derived, Obj *cls);

/* Binary and in-place operators with CPython's dispatch (subclass-first reflection) and its
 * "unsupported operand type(s) for +: 'int' and 'str'" messages. */
enum {
    BINOP_ADD,
    BINOP_SUB,
    BINOP_MUL,
    BINOP_MATMUL,
    BINOP_TRUEDIV,
    BINOP_FLOORDIV,
    BINOP_MOD,
    BINOP_POW,
    BINOP_LSHIFT,
    BINOP_RSHIFT,
    BINOP_AND,
    BINOP_OR,
    BINOP_XOR,
    BINOP_COUNT
};
Obj *num_binop(Interp *I, Obj *a, Obj *b, int binop);
Obj *num_inplace(Interp *I, Obj *a, Obj *b, int binop);
Obj *num_divmod(Interp *I, Obj *a, Obj *b);
Obj *num_power(Interp *I, Obj *a, Obj *b, Obj *mod); /* pow(a, b, mod); mod may be None */
Obj *num_neg(Interp *I, Obj *o);
Obj *num_pos(Interp *I, Obj *o);
Obj *num_invert(Interp *I, Obj *o);
Obj *num_abs(Interp *I, Obj *o);
Obj *num_index(Interp *I, Obj *o); /* operator.index: an int or TypeError */
Ssize num_as_ssize(Interp *I, Obj *o, TypeObj *overflow_exc); /* via __index__; -1 + error */
Obj *num_int(Interp *I, Obj *o);                              /* int(o) */
Obj *num_float(Interp *I, Obj *o);                            /* float(o) */

Obj *obj_getitem(Interp *I, Obj *o, Obj *key);
int obj_setitem(Interp *I, Obj *o, Obj *key, Obj *v);
int obj_delitem(Interp *I, Obj *o, Obj *key);
Ssize obj_len(Interp *I, Obj *o);                 /* "object of type 'int' has no len()" */
int seq_contains(Interp *I, Obj *seq, Obj *item); /* `in`: __contains__, else iteration */
Obj *obj_iter(Interp *I, Obj *o);                 /* "'int' object is not iterable" */
/* next item (new ref); NULL with no error set at exhaustion; NULL with an error on failure */
Obj *iter_next(Interp *I, Obj *it);
/* list(iterable) / tuple(iterable) */
Obj *seq_list(Interp *I, Obj *iterable);
Obj *seq_tuple(Interp *I, Obj *iterable);

#endif
