/* profile.c: one Profile per CPython version slotscope imitates (const data: no global state). */
#include "model/profile.h"

#include <string.h>

/* sys.version strings of the builds the oracle was measured on (pyenv, GCC 12.2.0). */
static const Profile profiles[] = {
    {.name = "2.7", .major = 2, .minor = 7, .micro = 18,
     .subscript_no_attr_27 = true, .subscript_no_indexing_36 = true,
     .set_load_whole_table = true,
     .sys_version = "2.7.18 (default) \n[GCC 12.2.0]",
     .type_new_one_arg = true, .slots_shadowed_by_class_vars = true,
     /* compiler, VM, tracebacks */
     .syntax_offset_none = true, .metaclass_error_prefix = true, .global_after_use_warns = true},
    {.name = "3.6", .major = 3, .minor = 6, .micro = 15,
     .subscript_no_indexing_36 = true,
     .sys_version = "3.6.15 (default) \n[GCC 12.2.0]",
     .type_new_one_arg = true, .exc_chaining = true},
    {.name = "3.7", .major = 3, .minor = 7, .micro = 16,
     .set_load_3_5 = true,
     .sys_version = "3.7.16 (default) \n[GCC 12.2.0]",
     /* object model */
     .object_args_msg_37 = true,
     /* numbers */
     .int_max_str_digits = true,
     .type_new_one_arg = true,
     /* compiler, VM, tracebacks */
     .tb_next_writable = true, .exc_chaining = true},
    {.name = "3.8", .major = 3, .minor = 8, .micro = 18,
     .pickle_msg_38 = true, .pickle_slots_msg_38 = true,
     .list_prealloc_init = true,
     .set_load_3_5 = true,
     .sys_version = "3.8.18 (default) \n[GCC 12.2.0]",
     /* object model */
     .object_args_msg_37 = true, .descr_apply_msg_38 = true,
     /* numbers */
     .int_max_str_digits = true, .pow_mod_inverse = true, .int_as_integer_ratio = true,
     .index_in_int_float = true, .float_empty_str_repr = true,
     .type_new_one_arg = true,
     /* compiler, VM, tracebacks */
     .tb_next_writable = true, .syntax_offset_1based = true, .sigint_exit_38 = true,
     .exc_chaining = true,
     .syntax_warnings_38 = true, .continue_in_finally = true},
    {.name = "3.9", .major = 3, .minor = 9, .micro = 18,
     .pickle_msg_38 = true, .pickle_slots_msg_38 = true,
     .generic_alias_39 = true,
     .list_prealloc_init = true,
     .set_load_3_5 = true,
     .sys_version = "3.9.18 (main) \n[GCC 12.2.0]",
     /* object model */
     .object_args_msg_37 = true, .descr_apply_msg_38 = true, .unbound_method_msg_39 = true,
     .cfunc_qualname_errors = true, .init_subclass_qualname = true,
     /* numbers */
     .int_max_str_digits = true, .pow_mod_inverse = true, .int_as_integer_ratio = true,
     .index_in_int_float = true, .float_empty_str_repr = true, .float_floordiv_zero_msg = true,
     .format_comma_type_39 = true, .float_floor_ceil = true,
     /* compiler, VM, tracebacks */
     .tb_next_writable = true, .syntax_offset_1based = true, .sigint_exit_38 = true,
     .error_text_clipped = true, .func_desc_module = true, .value_after_star = true,
     .exc_type_qualname = true, .script_path_absolute = true, .exc_chaining = true,
     .syntax_warnings_38 = true, .continue_in_finally = true},
    {.name = "3.10", .major = 3, .minor = 10, .micro = 13,
     .pickle_msg_38 = true, .pickle_slots_msg_38 = true,
     .generic_alias_39 = true, .union_type_310 = true,
     .list_prealloc_init = true, .list_prealloc_even = true, .list_extend_prealloc = true,
     .set_load_3_5 = true,
     .sys_version = "3.10.13 (main) [GCC 12.2.0]",
     .did_you_mean = true, .qualname_in_arg_errors = true, .syntax_errors_310 = true,
     .int_max_str_digits = true,
     /* object model */
     .object_args_msg_37 = true, .descr_apply_msg_38 = true, .unbound_method_msg_39 = true,
     .cfunc_qualname_errors = true, .init_subclass_qualname = true, .slot_unset_long_msg = true,
     .immutable_type_msgs = true, .isinstance_union_msg = true, .staticmethod_310 = true,
     .pow3_msg_star = true, .class_annotations = true, .property_name_msg = true,
     /* numbers */
     .pow_mod_inverse = true, .int_as_integer_ratio = true, .index_in_int_float = true,
     .float_empty_str_repr = true, .float_floordiv_zero_msg = true,
     .format_comma_type_39 = true, .float_floor_ceil = true, .nan_hash_identity = true,
     .int_bit_count = true, .real_number_msg = true,
     /* compiler, VM, tracebacks */
     .tb_next_writable = true, .syntax_offset_1based = true, .sigint_exit_38 = true,
     .error_text_clipped = true, .func_desc_module = true, .value_after_star = true,
     .exc_type_qualname = true, .script_path_absolute = true, .with_exit_at_stmt = true,
     .exc_chaining = true,
     .syntax_warnings_38 = true, .continue_in_finally = true},
    {.name = "3.11", .major = 3, .minor = 11, .micro = 7,
     .pickle_msg_38 = true,
     .subscript_type_named_311 = true, .generic_alias_39 = true, .union_type_310 = true,
     .instance_values = true,
     .list_prealloc_init = true, .list_prealloc_even = true, .list_extend_prealloc = true,
     .set_load_3_5 = true,
     .sys_version = "3.11.7 (main) [GCC 12.2.0]",
     .did_you_mean = true, .traceback_carets = true, .qualname_in_arg_errors = true,
     .syntax_errors_310 = true, .int_max_str_digits = true,
     /* object model */
     .object_args_msg_37 = true, .descr_apply_msg_38 = true, .unbound_method_msg_39 = true,
     .cfunc_qualname_errors = true, .init_subclass_qualname = true, .slot_unset_long_msg = true,
     .immutable_type_msgs = true, .isinstance_union_msg = true, .staticmethod_310 = true,
     .pow3_msg_star = true, .class_annotations = true, .property_owner_msg = true,
     .delattr_long_msg = true, .super_arg_a_type = true,
     /* numbers */
     .pow_mod_inverse = true, .int_as_integer_ratio = true, .index_in_int_float = true,
     .float_empty_str_repr = true, .float_floordiv_zero_msg = true,
     .format_comma_type_39 = true, .float_floor_ceil = true, .nan_hash_identity = true,
     .int_bit_count = true, .real_number_msg = true, .int_mod_zero_msg = true,
     .int_str_limit_unit = true, .format_z = true, .int_bytes_defaults = true,
     .int_sizeof_zero_digit = true,
     /* compiler, VM, tracebacks */
     .tb_next_writable = true, .syntax_offset_1based = true, .sigint_exit_38 = true,
     .error_text_clipped = true, .func_desc_module = true, .value_after_star = true,
     .exc_type_qualname = true, .script_path_absolute = true, .with_exit_at_stmt = true,
     .unbound_local_msg_311 = true, .context_manager_msg_311 = true, .exc_type_main_omitted = true,
     .exc_chaining = true, .method_instance_msg_311 = true,
     .syntax_warnings_38 = true, .attr_loc_311 = true, .assert_msg_error_at_test = true,
     .continue_in_finally = true},
    {.name = "3.12", .major = 3, .minor = 12, .micro = 1,
     .pickle_msg_38 = true,
     .subscript_type_named_311 = true, .generic_alias_39 = true, .union_type_310 = true,
     .instance_values = true, .str_latin1_utf8 = true,
     .list_prealloc_init = true, .list_prealloc_even = true, .list_extend_prealloc = true,
     .set_load_3_5 = true,
     .sys_version = "3.12.1 (main) [GCC 12.2.0]",
     .did_you_mean = true, .did_you_mean_import = true, .traceback_carets = true,
     .qualname_in_arg_errors = true, .syntax_errors_310 = true, .int_max_str_digits = true,
     /* object model */
     .object_args_msg_37 = true, .descr_apply_msg_38 = true, .unbound_method_msg_39 = true,
     .cfunc_qualname_errors = true, .init_subclass_qualname = true, .slot_unset_long_msg = true,
     .immutable_type_msgs = true, .isinstance_union_msg = true, .staticmethod_310 = true,
     .pow3_msg_star = true, .class_annotations = true, .property_owner_msg = true,
     .delattr_long_msg = true, .super_arg_a_type = true, .set_name_error_note = true,
     .weakref_slot_msg_short = true,
     /* numbers */
     .pow_mod_inverse = true, .int_as_integer_ratio = true, .index_in_int_float = true,
     .float_empty_str_repr = true, .float_floordiv_zero_msg = true,
     .format_comma_type_39 = true, .float_floor_ceil = true, .nan_hash_identity = true,
     .int_bit_count = true, .real_number_msg = true, .int_mod_zero_msg = true,
     .int_str_limit_unit = true, .format_z = true, .int_bytes_defaults = true,
     .int_sizeof_zero_digit = true, .int_is_integer = true,
     /* compiler, VM, tracebacks */
     .tb_next_writable = true, .syntax_offset_1based = true, .sigint_exit_38 = true,
     .error_text_clipped = true, .func_desc_module = true, .value_after_star = true,
     .exc_type_qualname = true, .script_path_absolute = true, .with_exit_at_stmt = true,
     .unbound_local_msg_311 = true, .context_manager_msg_311 = true, .exc_type_main_omitted = true,
     .inline_comprehensions = true, .gen_frame_keeps_back = true, .c_recursion_limit = 1500,
     .exc_chaining = true, .method_instance_msg_311 = true,
     .syntax_warnings_38 = true, .is_literal_type_msg = true, .attr_loc_311 = true,
     .continue_in_finally = true},
    {.name = "3.13", .major = 3, .minor = 13, .micro = 0,
     .pickle_msg_38 = true,
     .subscript_type_named_311 = true, .generic_alias_39 = true, .union_type_310 = true,
     .instance_values = true, .str_latin1_utf8 = true,
     .list_prealloc_init = true, .list_prealloc_even = true, .list_extend_prealloc = true, .list_dictset_resize = true,
     .set_load_3_5 = true,
     .sys_version = "3.13.0 (main) [GCC 12.2.0]",
     .did_you_mean = true, .did_you_mean_import = true, .traceback_carets = true,
     .qualname_in_arg_errors = true, .syntax_errors_310 = true, .int_max_str_digits = true,
     .no_dict_for_setting = true,
     /* object model */
     .object_args_msg_37 = true, .descr_apply_msg_38 = true, .unbound_method_msg_39 = true,
     .cfunc_qualname_errors = true, .init_subclass_qualname = true, .slot_unset_long_msg = true,
     .immutable_type_msgs = true, .isinstance_union_msg = true, .staticmethod_310 = true,
     .pow3_msg_star = true, .class_annotations = true, .property_owner_msg = true,
     .delattr_long_msg = true, .super_arg_a_type = true, .set_name_error_note = true,
     .weakref_slot_msg_short = true, .super_msg_313 = true, .mro_msg_one_line = true,
     .unexpected_kw_313 = true,
     /* numbers */
     .pow_mod_inverse = true, .int_as_integer_ratio = true, .index_in_int_float = true,
     .float_empty_str_repr = true, .float_floordiv_zero_msg = true,
     .format_comma_type_39 = true, .float_floor_ceil = true, .nan_hash_identity = true,
     .int_bit_count = true, .real_number_msg = true, .int_mod_zero_msg = true,
     .int_str_limit_unit = true, .format_z = true, .int_bytes_defaults = true,
     .int_sizeof_zero_digit = true, .int_is_integer = true, .float_mod_zero_msg = true,
     /* compiler, VM, tracebacks */
     .tb_next_writable = true, .syntax_offset_1based = true, .sigint_exit_38 = true,
     .error_text_clipped = true, .func_desc_module = true, .value_after_star = true,
     .exc_type_qualname = true, .script_path_absolute = true, .unbound_local_msg_311 = true,
     .context_manager_msg_311 = true, .exc_type_main_omitted = true, .inline_comprehensions = true,
     .gen_frame_keeps_back = true, .with_exit_at_item = true, .traceback_py_313 = true,
     .class_firstlineno = true, .source_for_stdin = true, .c_recursion_limit = 10000,
     .exc_chaining = true, .method_instance_msg_311 = true,
     .syntax_warnings_38 = true, .is_literal_type_msg = true,
     .attr_loc_311 = true, .for_error_at_iterable = true, .assert_error_at_test = true,
     .continue_in_finally = true},
};

const Profile *profile_find(const char *version) {
    for (size_t i = 0; i < sizeof profiles / sizeof profiles[0]; i++)
        if (strcmp(profiles[i].name, version) == 0) return &profiles[i];
    return NULL;
}

const Profile *profile_default(void) { return profile_find("3.12"); }

const char *profile_list(void) { return "2.7, 3.6, 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13"; }
