/* profile.h: the CPython version slotscope imitates. Code asks a named feature
 * (I->prof->did_you_mean), never compares version numbers inline; every number and behaviour
 * that differs between versions is a field here, with the CPython file and version it
 * follows next to its value in model/profile.c. */
#ifndef SLOTSCOPE_PROFILE_H
#define SLOTSCOPE_PROFILE_H

#include <stdbool.h>

typedef struct Profile {
    const char *name;        /* "3.12" */
    int major, minor;        /* shown by sys.version_info; not for feature tests */
    const char *sys_version; /* sys.version, e.g. "3.12.1 (main, ...) [GCC 12.2.0]" */
    int micro;

    /* --- messages and language behaviour (issue 2/3) */
    bool did_you_mean;            /* 3.10+: "Did you mean: 'x'?" on NameError/AttributeError */
    bool did_you_mean_import;     /* 3.12+: "Did you forget to import 'sys'?" */
    bool traceback_carets;        /* 3.11+: ^^^^ under the failing expression */
    bool qualname_in_arg_errors;  /* 3.10+: "C.f() takes 2 positional arguments..." */
    bool zerodiv_plain;           /* 3.12+? "division by zero" for int // and % (see profile.c) */
    bool syntax_errors_310;       /* 3.10+ parser messages ("expected ':'", "'(' was never closed") */
    bool int_max_str_digits;      /* 3.7+ (3.7.14, 3.8.14, 3.9.14, 3.10.7 backports): 4300-digit str<->int limit */
    bool no_dict_for_setting;     /* 3.13: "and no __dict__ for setting new attributes" */

    /* --- object model (objects/typeobject.c, object.c, descr.c, abstract.c, args.c) */
    bool object_args_msg_37;      /* 3.7+: "Foo() takes no arguments" (3.6: "object() takes no parameters") */
    bool descr_apply_msg_38;      /* 3.8+: "doesn't apply to a 'int' object" (before: "to 'int' object"),
                                     and method descriptors say so (before: "requires a 'list' object") */
    bool unbound_method_msg_39;   /* 3.9+: "unbound method list.append() needs an argument" */
    bool cfunc_qualname_errors;   /* 3.9+: "list.append() takes exactly one argument (0 given)" */
    bool init_subclass_qualname;  /* 3.9+: "X.__init_subclass__() takes no keyword arguments" */
    bool slot_unset_long_msg;     /* 3.10+: reading an unset slot: "'P' object has no attribute 'x'" */
    bool immutable_type_msgs;     /* 3.10+: "cannot set 'x' attribute of immutable type 'int'",
                                     "__class__ assignment only supported for mutable types..." */
    bool isinstance_union_msg;    /* 3.10+: "... a tuple of types, or a union" */
    bool staticmethod_310;        /* 3.10+: staticmethod callable, __wrapped__, <staticmethod(f)> repr */
    bool pow3_msg_star;           /* 3.10+: "unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'" */
    bool class_annotations;       /* 3.10+: every class has its own __annotations__ dict */
    bool property_name_msg;       /* 3.10: "can't set attribute 'p'" */
    bool property_owner_msg;      /* 3.11+: "property 'p' of 'C' object has no setter" */
    bool delattr_long_msg;        /* 3.11+: del of a missing attribute: "'C' object has no attribute 'x'" */
    bool super_arg_a_type;        /* 3.11+: "super() argument 1 must be a type, not int" */
    bool set_name_error_note;     /* 3.12+: a failing __set_name__ gets a note (before: RuntimeError) */
    bool weakref_slot_msg_short;  /* 3.12+: "__weakref__ slot disallowed: we already got one" */
    bool super_msg_313;           /* 3.13: "super(type, obj): obj (instance of int) is not ..." */
    bool mro_msg_one_line;        /* 3.13: the MRO conflict message has no line break */
    bool unexpected_kw_313;       /* 3.13: "int() got an unexpected keyword argument 'x'" */
    bool type_new_one_arg;        /* up to 3.8: type.__new__(type, x) returns type(x) */
    bool slots_shadowed_by_class_vars; /* 2.7: a class variable named like a slot is no error: it wins */
    bool str_latin1_utf8;         /* 3.12+: the latin-1 one-character strs carry a cached UTF-8 copy */
    bool list_prealloc_init;      /* 3.8+: list(x) with a length preallocates exactly (list_preallocate_exact) */
    bool list_prealloc_even;      /* 3.10+: list_preallocate_exact rounds up to an even count */
    bool list_extend_prealloc;    /* 3.10+: extending an empty list preallocates (before: list_resize) */
    bool list_dictset_resize;     /* 3.13: list(dict)/list(set) resize to the exact need (list_extend_dict/set) */
    bool set_load_3_5;            /* 3.7+: a set table grows when 3/5 full (before: 2/3) */
    bool set_load_whole_table;    /* 2.7: the 2/3 is of mask + 1 slots (3.6: of mask) */
    bool instance_values;         /* 3.11+: attributes live in a values array; __dict__ is made when touched */

    /* --- numbers (objects/int.c, float.c, numformat.c) */
    bool int_mod_zero_msg;        /* 3.11+: 1 % 0 says "integer modulo by zero" */
    bool float_floordiv_zero_msg; /* 3.9+: 1.0 // 0 says "float floor division by zero" (before: "float divmod()") */
    bool float_mod_zero_msg;      /* 3.13: 1.0 % 0 says "float modulo by zero" (before: "float modulo") */
    bool pow_mod_inverse;         /* 3.8+: pow(b, -e, m) is a modular inverse */
    bool int_str_limit_unit;      /* 3.11+: "Exceeds the limit (4300 digits)" (3.7-3.10 backports: "(4300)") */
    bool format_z;                /* 3.11+: the 'z' format option; "Invalid format specifier 'x,' for object of type 'int'" */
    bool format_comma_type_39;    /* 3.9+: format(1, ',,') says "Cannot specify ',' with ','." */
    bool nan_hash_identity;       /* 3.10+: hash(nan) is the object's identity hash (before: 0) */
    bool int_bit_count;           /* 3.10+: int.bit_count */
    bool int_is_integer;          /* 3.12+: int.is_integer */
    bool int_as_integer_ratio;    /* 3.8+: int.as_integer_ratio */
    bool int_bytes_defaults;      /* 3.11+: to_bytes/from_bytes default length=1, byteorder='big' */
    bool int_sizeof_zero_digit;   /* 3.11+: (0).__sizeof__() counts one digit */
    bool index_in_int_float;      /* 3.8+: int() and float() fall back on __index__ */
    bool real_number_msg;         /* 3.10+: "int() argument must be ... or a real number, not 'list'" */
    bool float_floor_ceil;        /* 3.9+: float.__floor__ and float.__ceil__ */
    bool float_empty_str_repr;    /* 3.8+: float('') says "could not convert string to float: ''" */
    /* compiler, VM and traceback printer (compile/, vm/, front/) */
    bool syntax_offset_none;      /* 2.7: compile-time SyntaxErrors have no offset */
    bool syntax_offset_1based;    /* 3.8+: compile-time SyntaxError offsets are the column + 1 (before: the column) */
    bool error_text_clipped;      /* 3.9+: print_error_text clips the caret to the line (3.8's never does) */
    bool traceback_py_313;        /* 3.13: traceback.py formats tracebacks: spans over several lines, call
                                   * anchors, SyntaxError carets counted in characters */
    bool with_exit_at_stmt;       /* 3.10-3.12: __exit__ runs at the with statement's position (before: the
                                   * body's last line) */
    bool with_exit_at_item;       /* 3.13: ... at its item's context expression */
    bool class_firstlineno;       /* 3.13: class bodies set __firstlineno__ and __static_attributes__ */
    bool unbound_local_msg_311;   /* 3.11+: "cannot access local variable 'x' where it is not associated ..." */
    bool context_manager_msg_311; /* 3.11+: "'X' object does not support the context manager protocol" */
    bool inline_comprehensions;   /* 3.12+: comprehensions run in their function's frame (PEP 709) */
    bool func_desc_module;        /* 3.9+: "__main__.f() argument after * must be ..." */
    bool value_after_star;        /* 3.9+: "Value after * must be an iterable, not int" */
    bool source_for_stdin;        /* 3.13: REPL and -c lines are shown in tracebacks */
    bool exc_type_qualname;       /* 3.9+: uncaught exceptions name their type by __qualname__ */
    bool exc_type_main_omitted;   /* 3.11+: ... without a "__main__." prefix */
    bool gen_frame_keeps_back;    /* 3.12+: a finished generator's frame keeps its f_back */
    bool tb_next_writable;        /* 3.7+: tb.tb_next can be assigned */
    bool sigint_exit_38;          /* 3.8+: an uncaught KeyboardInterrupt ends the process by SIGINT */
    bool script_path_absolute;    /* 3.9+: the main script's __file__ and traceback name are absolute */
    int c_recursion_limit;        /* 3.12: 1500, 3.13: 10000 (C_RECURSION_LIMIT); 0: C calls count with
                                   * Python frames against sys.getrecursionlimit() */
    bool method_instance_msg_311; /* 3.11+: types.MethodType(f, None): "instance must not be None" (before: "self") */
    bool exc_chaining;            /* 3.0+: __context__/__cause__ chains are printed (2.7 has none) */
    bool metaclass_error_prefix;  /* 2.7: "Error when calling the metaclass bases\n    ..." on a class
                                   * statement's TypeError from the metaclass */
    bool syntax_warnings_38;      /* 3.8+: SyntaxWarnings for `x is 1` and literals called or subscripted */
    bool is_literal_type_msg;     /* 3.12+: '"is" with 'int' literal' (before: "with a literal") */
    bool attr_loc_311;            /* 3.11+: code about `.attr` is located from the attribute name's line */
    bool for_error_at_iterable;   /* 3.13: a failing for-loop iteration is reported at the iterable */
    bool assert_error_at_test;    /* 3.13: AssertionError is raised at the test (before: the statement) */
    bool assert_msg_error_at_test; /* 3.11 only: ... at the test when the assert has a message */
    bool continue_in_finally;     /* 3.8+: `continue` may appear in a finally clause */
    bool global_after_use_warns;  /* 2.7: a global statement after the name's use/assignment is a
                                   * SyntaxWarning; a parameter: "name 'x' is local and global" */
    bool subscript_no_attr_27; /* 2.7: o[k] on a type without __getitem__: "'int' object has no attribute '__getitem__'" */
    bool subscript_no_indexing_36; /* 2.7, 3.6: a sequence-ish type given an int: "'C' object does not support indexing" */
    bool subscript_type_named_311; /* 3.11+: C[0] on a class: "type 'C' is not subscriptable" (before: "'type' object ...") */
    bool generic_alias_39; /* 3.9+: list[int] and the like make types.GenericAlias */
    bool union_type_310; /* 3.10+: int | str makes types.UnionType */
    bool pickle_msg_38; /* 3.8+: "cannot pickle 'X' object" (before: "can't pickle X objects") */
    bool pickle_slots_msg_38; /* 3.8-3.10: "cannot pickle 'S' object: a class that defines __slots__ ... with protocol 0" */
} Profile;

/* The profile for "X.Y" (2.7, 3.6 .. 3.13), or NULL if slotscope does not know that version. */
const Profile *profile_find(const char *version);
const Profile *profile_default(void);        /* 3.12 */
/* "2.7, 3.6, 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13" for usage messages */
const char *profile_list(void);

#endif
