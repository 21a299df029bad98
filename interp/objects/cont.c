/* cont.c: the containers' per-interpreter state (freelists, the repr recursion guard) and the
 * small helpers the container files share (length hints, PySequence_Fast, index conversion). */
#include "objects/cont.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/errors.h"

bool cont_init(Interp *I) {
    I->cont = mem_calloc(I, 1, sizeof(struct ContainerState));
    if (!I->cont) return false;
    /* The empty tuple is made here if the tuple type exists already, else on first use. */
    if (I->t_tuple && !I->empty_tuple) {
        Obj *t = tuple_new(I, 0);
        if (!t) return false;
        DECREF(I, t); /* I->empty_tuple keeps its own reference */
    }
    return true;
}

static void free_chain(Interp *I, Obj *o) {
    while (o) {
        Obj *next = TUPLE_GET(o, 0);
        obj_free(I, o);
        o = next;
    }
}

void cont_fini(Interp *I) {
    struct ContainerState *s = I->cont;
    if (!s) return;
    CLEAR(I, I->empty_tuple);
    for (int i = 0; i < CONT_TUPLE_MAXSAVESIZE; i++) free_chain(I, s->tuple_free[i]);
    for (int i = 0; i < s->list_numfree; i++) obj_free(I, s->list_free[i]);
    for (int i = 0; i < s->dict_numfree; i++) obj_free(I, s->dict_free[i]);
    mem_free(s->repr_stack);
    mem_free(s);
    I->cont = NULL;
}

int cont_repr_enter(Interp *I, Obj *o) {
    struct ContainerState *s = I->cont;
    for (Ssize i = 0; i < s->repr_len; i++)
        if (s->repr_stack[i] == o) return 1;
    if (s->repr_len == s->repr_cap) {
        Ssize cap = s->repr_cap ? s->repr_cap * 2 : 16;
        Obj **n = mem_realloc(I, s->repr_stack, (size_t)cap * sizeof(Obj *));
        if (!n) return -1;
        s->repr_stack = n;
        s->repr_cap = cap;
    }
    s->repr_stack[s->repr_len++] = o;
    return 0;
}

void cont_repr_leave(Interp *I, Obj *o) {
    struct ContainerState *s = I->cont;
    /* Search from the end: the innermost entry is the usual one. */
    for (Ssize i = s->repr_len - 1; i >= 0; i--) {
        if (s->repr_stack[i] == o) {
            memmove(&s->repr_stack[i], &s->repr_stack[i + 1],
                    (size_t)(s->repr_len - i - 1) * sizeof(Obj *));
            s->repr_len--;
            return;
        }
    }
}

Ssize cont_length_hint(Interp *I, Obj *o, Ssize dflt) {
    if (TYPE(o)->len) {
        Ssize n = TYPE(o)->len(I, o);
        if (n >= 0) return n;
        if (!err_matches(I, I->e_TypeError)) return -1;
        err_clear(I);
    }
    Obj *hint = type_lookup(I, TYPE(o), I->ids.__length_hint__);
    if (!hint) return dflt;
    Obj *res = obj_call_method(I, o, I->ids.__length_hint__, NULL, 0);
    if (!res) {
        if (err_matches(I, I->e_TypeError)) {
            err_clear(I);
            return dflt;
        }
        return -1;
    }
    if (res == I->notimpl) {
        DECREF(I, res);
        return dflt;
    }
    if (!INT_CHECK(res)) {
        err_format(I, I->e_TypeError, "__length_hint__ must be an integer, not %T", res);
        DECREF(I, res);
        return -1;
    }
    Ssize n = num_as_ssize(I, res, I->e_OverflowError);
    DECREF(I, res);
    if (n == -1 && err_occurred(I)) return -1;
    if (n < 0) {
        err_string(I, I->e_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

Obj *cont_seq_fast(Interp *I, Obj *o, const char *msg) {
    if (TYPE(o) == I->t_list || TYPE(o) == I->t_tuple) return NEWREF(o);
    Obj *it = obj_iter(I, o);
    if (!it) {
        if (err_matches(I, I->e_TypeError)) {
            err_clear(I);
            err_string(I, I->e_TypeError, msg);
        }
        return NULL;
    }
    Obj *l = seq_list(I, it);
    DECREF(I, it);
    return l;
}

Obj *cont_int(Interp *I, Ssize v) {
    if (v >= -5 && v <= 256) return NEWREF(SMALL_INT(I, v));
    return int_from_i64(I, v);
}

bool cont_is_index(Obj *o) { return TYPE(o)->nb_index != NULL || INT_CHECK(o); }

Ssize cont_as_index(Interp *I, Obj *o) {
    int64_t v;
    if (INT_CHECK(o) && int_fits_i64(o, &v)) return (Ssize)v;
    return num_as_ssize(I, o, I->e_IndexError);
}

void cont_key_error(Interp *I, Obj *key) {
    Obj *t = tuple_pack(I, 1, key);
    if (!t) return;
    err_set(I, I->e_KeyError, t);
    DECREF(I, t);
}

Obj *cont_default_repr(Interp *I, Obj *o) {
    return str_from_format(I, "<%s object at %p>", TYPE(o)->name, (void *)o);
}

Hash cont_hash(Interp *I, Obj *key) {
    if (TYPE(key) == I->t_str) return str_hash(key);
    return obj_hash(I, key);
}

Obj *cont_self_iter(Interp *I, Obj *o) {
    (void)I;
    return NEWREF(o);
}
