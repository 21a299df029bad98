/* ids.h: the interned identifiers the C code looks up often, as an X-macro list.
 * I->ids.NAME is the interned str "NAME". Append new names at the end of the list only.
 * A name must be a valid C field name: not __func__, __complex__, __real__, __imag__ or a C
 * keyword such as default (intern those with str_intern_cstr where needed). */
#ifndef SLOTSCOPE_IDS_H
#define SLOTSCOPE_IDS_H

#define SLOTSCOPE_IDS(X) \
    X(__abs__) X(__add__) X(__and__) X(__annotations__) X(__bool__) X(__build_class__) \
    X(__builtins__) X(__call__) X(__class__) X(__class_getitem__) X(__classcell__) \
    X(__contains__) X(__del__) X(__delattr__) X(__delete__) X(__delitem__) X(__dict__) \
    X(__dir__) X(__divmod__) X(__doc__) X(__enter__) X(__eq__) X(__exit__) X(__float__) \
    X(__floordiv__) X(__format__) X(__ge__) X(__get__) X(__getattr__) X(__getattribute__) \
    X(__getitem__) X(__gt__) X(__hash__) X(__iadd__) X(__iand__) X(__ifloordiv__) \
    X(__ilshift__) X(__imatmul__) X(__imod__) X(__imul__) X(__index__) X(__init__) \
    X(__init_subclass__) X(__int__) X(__invert__) X(__ior__) X(__ipow__) X(__irshift__) \
    X(__isub__) X(__iter__) X(__itruediv__) X(__ixor__) X(__le__) X(__len__) \
    X(__length_hint__) X(__lshift__) X(__lt__) X(__main__) X(__matmul__) X(__missing__) \
    X(__mod__) X(__module__) X(__mro__) X(__mro_entries__) X(__mul__) X(__name__) X(__ne__) \
    X(__neg__) X(__new__) X(__next__) X(__or__) X(__pos__) X(__pow__) X(__prepare__) \
    X(__qualname__) X(__radd__) X(__rand__) X(__rdivmod__) X(__repr__) X(__reversed__) \
    X(__rfloordiv__) X(__rlshift__) X(__rmatmul__) X(__rmod__) X(__rmul__) X(__ror__) \
    X(__round__) X(__rpow__) X(__rrshift__) X(__rshift__) X(__rsub__) X(__rtruediv__) \
    X(__rxor__) X(__set__) X(__set_name__) X(__setattr__) X(__setitem__) X(__slots__) \
    X(__str__) X(__sub__) X(__subclasscheck__) X(__instancecheck__) X(__truediv__) \
    X(__trunc__) X(__weakref__) X(__xor__) X(__file__) X(__package__) X(__spec__) \
    X(__loader__) X(__all__) X(__import__) X(__dataclass_fields__) X(__match_args__) \
    X(__orig_bases__) X(__self__) X(__wrapped__) X(__objclass__) \
    X(__isabstractmethod__) X(__ceil__) X(__floor__) X(__bytes__) \
    X(__sizeof__) X(__reduce__) X(__reduce_ex__) X(__getstate__) X(__setstate__) \
    X(__copy__) X(__deepcopy__) X(__traceback__) X(__cause__) X(__context__) \
    X(__suppress_context__) X(__notes__) X(__basicsize__) X(__itemsize__) \
    X(__dictoffset__) X(__weakrefoffset__) X(__defaults__) X(__kwdefaults__) \
    X(__code__) X(__closure__) X(__globals__) X(__type_params__) \
    X(args) X(append) X(builtins) X(close) X(copy) X(end) X(extend) X(file) \
    X(flush) X(get) X(items) X(keys) X(key) X(metaclass) X(mro) X(name) X(reverse) \
    X(send) X(sep) X(stderr) X(stdout) X(strict) X(throw) X(update) X(values) X(write) \
    X(value) X(obj) X(msg) X(filename) X(lineno) X(offset) X(text) X(end_lineno) \
    X(end_offset) X(print_file_and_line) X(self) X(cls) X(__cached__) X(_)

#endif
