/* opcode.h: slotscope's instruction set (a word code in the style of CPython 3.10/3.11).
 * Stack effects are in compile/flow.c; semantics in vm/eval.c. Stack pictures: ... a b -> ... c
 * with b on top. */
#ifndef SLOTSCOPE_OPCODE_H
#define SLOTSCOPE_OPCODE_H

/* X(name, kind): kind 0 no argument, 1 an argument, 2 a jump target (absolute index). */
#define SLOTSCOPE_OPCODES(X)                                                                     \
    X(NOP, 0) X(POP_TOP, 0) X(ROT_TWO, 0) X(ROT_THREE, 0) X(ROT_FOUR, 0) X(DUP_TOP, 0)         \
    X(DUP_TOP_TWO, 0) X(COPY, 1) X(SWAP, 1)                                                      \
    X(LOAD_CONST, 1) X(LOAD_FAST, 1) X(STORE_FAST, 1) X(DELETE_FAST, 1)                          \
    X(LOAD_DEREF, 1) X(STORE_DEREF, 1) X(DELETE_DEREF, 1) X(LOAD_CLASSDEREF, 1)                  \
    X(LOAD_CLOSURE, 1) X(LOAD_NAME, 1) X(STORE_NAME, 1) X(DELETE_NAME, 1)                        \
    X(LOAD_GLOBAL, 1) X(STORE_GLOBAL, 1) X(DELETE_GLOBAL, 1)                                     \
    X(LOAD_ATTR, 1) X(STORE_ATTR, 1) X(DELETE_ATTR, 1) X(LOAD_METHOD, 1)                         \
    X(CALL, 1) X(CALL_KW, 1) X(CALL_METHOD, 1) X(CALL_METHOD_KW, 1) X(CALL_FUNCTION_EX, 1)       \
    X(BINARY_OP, 1) X(UNARY_NEGATIVE, 0) X(UNARY_POSITIVE, 0) X(UNARY_NOT, 0)                    \
    X(UNARY_INVERT, 0) X(COMPARE_OP, 1) X(IS_OP, 1) X(CONTAINS_OP, 1)                            \
    X(BINARY_SUBSCR, 0) X(STORE_SUBSCR, 0) X(DELETE_SUBSCR, 0) X(BUILD_SLICE, 1)                 \
    X(BUILD_TUPLE, 1) X(BUILD_LIST, 1) X(BUILD_SET, 1) X(BUILD_MAP, 1) X(BUILD_STRING, 1)        \
    X(LIST_APPEND, 1) X(SET_ADD, 1) X(MAP_ADD, 1) X(LIST_EXTEND, 1) X(SET_UPDATE, 1)             \
    X(DICT_UPDATE, 1) X(DICT_MERGE, 1) X(LIST_TO_TUPLE, 0) X(FORMAT_VALUE, 1)                    \
    X(GET_ITER, 0) X(FOR_ITER, 2) X(JUMP, 2) X(POP_JUMP_IF_FALSE, 2) X(POP_JUMP_IF_TRUE, 2)      \
    X(JUMP_IF_FALSE_OR_POP, 2) X(JUMP_IF_TRUE_OR_POP, 2)                                         \
    X(UNPACK_SEQUENCE, 1) X(UNPACK_EX, 1) X(RETURN_VALUE, 0) X(YIELD_VALUE, 0)                   \
    X(GET_YIELD_FROM_ITER, 0) X(YIELD_FROM, 0)                                                   \
    X(SETUP_FINALLY, 2) X(SETUP_CLEANUP, 2) X(POP_BLOCK, 0) X(PUSH_EXC_INFO, 0)                 \
    X(POP_EXCEPT, 0) X(RERAISE, 0) X(CHECK_EXC_MATCH, 0) X(BEFORE_WITH, 0)                       \
    X(WITH_EXCEPT_START, 0) X(RAISE_VARARGS, 1) X(MAKE_FUNCTION, 1) X(LOAD_BUILD_CLASS, 0)       \
    X(IMPORT_NAME, 1) X(IMPORT_FROM, 1) X(IMPORT_STAR, 0) X(SETUP_ANNOTATIONS, 0)                \
    X(PRINT_EXPR, 0) X(LOAD_ASSERTION_ERROR, 0) X(RETURN_CONST, 1) X(RUN_COMPREHENSION, 1)

typedef enum {
#define X(n, k) BC_##n,
    SLOTSCOPE_OPCODES(X)
#undef X
    BC_COUNT
} Opcode;

/* MAKE_FUNCTION flags (which extra items are on the stack under the code object) */
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8 };
/* FORMAT_VALUE: conversion in the low 2 bits (0 none, 1 str, 2 repr, 3 ascii); FV_SPEC: a format
 * spec is on the stack above the value. */
enum { FV_STR = 1, FV_REPR = 2, FV_ASCII = 3, FV_SPEC = 4 };
/* BINARY_OP arguments are abstract.h's BINOP_*; in-place forms add BINOP_INPLACE. */
enum { BINOP_INPLACE = 16 };

extern const char *const opcode_names[BC_COUNT];
extern const unsigned char opcode_kinds[BC_COUNT];

#endif
