/* interp.h: one interpreter's whole state. Every function that needs it takes Interp * first;
 * there is no global mutable state, so one process can run (and reset) many interpreters. */
#ifndef SLOTSCOPE_INTERP_H
#define SLOTSCOPE_INTERP_H

#include <signal.h>

#include "objects/object.h"
#include "vm/ids.h"

/* The builtin types every part may name. X(name, base): the interpreter's field is
 * I->t_<name>; the const template is `<name>_tmpl`, defined in the file that implements the
 * type; <base> is the field name of tp_base (object for most). Order matters only in that a
 * base comes before its subclasses. Append new entries at the end of the group they belong to. */
#define SLOTSCOPE_TYPES(X)                                                                     \
    /* object model (objects/typeobject.c, object.c, descr.c) */                               \
    X(object, object) X(type, object) X(none, object) X(notimpl, object) X(ellipsis, object)   \
    X(super, object) X(property, object) X(staticmethod, object) X(classmethod, object)        \
    X(member_descr, object) X(getset_descr, object) X(method_descr, object)                    \
    X(classmethod_descr, object) X(wrapper_descr, object) X(method_wrapper, object)            \
    X(builtin_func, object) X(mappingproxy, object)                                            \
    /* numbers (objects/int.c, bool.c, float.c) */                                             \
    X(int, object) X(bool, int) X(float, object)                                               \
    /* text (objects/str.c, bytes.c) */                                                        \
    X(str, object) X(bytes, object) X(str_iter, object) X(bytes_iter, object)                  \
    X(bytearray, object)                                                                       \
    /* containers (objects/tuple.c, list.c, dict.c, set.c, range.c, slice.c, iter.c) */        \
    X(tuple, object) X(list, object) X(dict, object) X(set, object) X(frozenset, object)       \
    X(range, object) X(slice, object) X(tuple_iter, object) X(list_iter, object)               \
    X(list_reviter, object) X(dict_keys, object) X(dict_values, object) X(dict_items, object)  \
    X(dict_keyiter, object) X(dict_valueiter, object) X(dict_itemiter, object)                 \
    X(dict_revkeyiter, object) X(set_iter, object) X(range_iter, object) X(seq_iter, object)   \
    X(callable_iter, object) X(enumerate, object) X(zip, object) X(map, object)                \
    X(filter, object) X(reversed, object)                                                      \
    /* execution (vm/, objects/func.c, code.c, cell.c, gen.c, frame.c, module.c) */            \
    X(code, object) X(function, object) X(method, object) X(cell, object)                      \
    X(generator, object) X(frame, object) X(traceback, object) X(module, object)               \
    /* modules (vm/mod_*.c) */                                                                 \
    X(weakref, object) X(weakproxy, object) X(weakcallableproxy, object)                       \
    X(textio, object)

/* The exception hierarchy: X(name, base). I->e_<name> is the type. Types with extra fields
 * (StopIteration, SyntaxError, KeyError's str, AttributeError/NameError's name...) get them in
 * vm/exceptions.c. */
#define SLOTSCOPE_EXCEPTIONS(X)                                                                \
    X(BaseException, BaseException) X(SystemExit, BaseException)                               \
    X(KeyboardInterrupt, BaseException) X(GeneratorExit, BaseException)                        \
    X(Exception, BaseException) X(StopIteration, Exception)                                    \
    X(StopAsyncIteration, Exception) X(ArithmeticError, Exception)                             \
    X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError)                   \
    X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception)                         \
    X(AttributeError, Exception) X(BufferError, Exception) X(EOFError, Exception)              \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) X(LookupError, Exception)    \
    X(IndexError, LookupError) X(KeyError, LookupError) X(MemoryError, Exception)              \
    X(NameError, Exception) X(UnboundLocalError, NameError) X(OSError, Exception)              \
    X(ReferenceError, Exception) X(RuntimeError, Exception)                                    \
    X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError)                       \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError)   \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception)                  \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError)                            \
    X(UnicodeEncodeError, UnicodeError) X(Warning, Exception)                                  \
    X(DeprecationWarning, Warning) X(RuntimeWarning, Warning) X(UserWarning, Warning)          \
    X(SyntaxWarning, Warning) X(FutureWarning, Warning)

struct Profile;       /* model/profile.h: the CPython version being imitated */
struct VmState;       /* vm/: frames, handled-exception stack, eval caches */
struct GcState;       /* objects/gc.c: the cycle collector's generations */
struct ModelState;    /* model/: the allocation ledger (tracemalloc) */
struct NumState;      /* objects/int.c, float.c: freelists */
struct TextState;     /* objects/str.c: interned strings, caches */
struct ContainerState;/* objects/tuple.c, list.c, dict.c ...: freelists */
struct TypeState;     /* objects/typeobject.c: method cache */
struct ModState;      /* vm/mod_*.c: sys, gc, weakref, tracemalloc state */

typedef struct Ids {
#define X(n) Obj *n;
    SLOTSCOPE_IDS(X)
#undef X
} Ids;

struct Interp {
    /* the exception being raised, or NULL (CPython 3.12's single-object form) */
    Obj *exc;

    const struct Profile *prof; /* never NULL; see model/profile.h */

    /* builtin types and exception types */
#define X(n, b) TypeObj *t_##n;
    SLOTSCOPE_TYPES(X)
#undef X
#define X(n, b) TypeObj *e_##n;
    SLOTSCOPE_EXCEPTIONS(X)
#undef X

    /* singletons and caches of immutable objects CPython also shares */
    Obj *none, *true_, *false_, *notimpl, *ellipsis;
    Obj *small_ints[5 + 257];   /* -5 .. 256 */
    Obj *empty_tuple, *empty_str, *empty_bytes;
    Obj *latin1[256];           /* one-character strs U+0000..U+00FF */
    Ids ids;

    Obj *builtins;              /* the builtins module's dict */
    Obj *modules;               /* sys.modules */
    Obj *main_module;

    int recursion_depth, recursion_limit;
    volatile sig_atomic_t *interrupt; /* set by the front end's SIGINT handler; may be NULL */

    struct VmState *vm;
    struct GcState *gc;
    struct ModelState *model;
    struct NumState *num;
    struct TextState *text;
    struct ContainerState *cont;
    struct TypeState *typestate;
    struct ModState *mods;
};

#define SMALL_INT(I, v) ((I)->small_ints[(v) + 5])
#define RET_NONE(I) return NEWREF((I)->none)
#define BOOL_OBJ(I, b) NEWREF((b) ? (I)->true_ : (I)->false_)

/* Declare every builtin type template (defined in the implementing file). */
#define X(n, b) extern const TypeObj n##_tmpl;
SLOTSCOPE_TYPES(X)
#undef X

typedef struct InterpConfig {
    const char *version;        /* "3.12" etc.; NULL: the default (3.12) */
    int argc;                   /* sys.argv */
    char **argv;
    volatile sig_atomic_t *interrupt;
} InterpConfig;

/* Create an interpreter (NULL with a message on stderr if start-up fails) and destroy it. */
Interp *interp_new(const InterpConfig *cfg);
void interp_free(Interp *I);

#endif
