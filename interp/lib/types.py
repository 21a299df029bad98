"""types for slotscope: names for the interpreter's built-in types, as CPython's module gives them
for the version slotscope imitates (sys.version_info).

Supported: FunctionType, LambdaType, CodeType, MappingProxyType, SimpleNamespace, CellType (3.8+),
GeneratorType, MethodType, BuiltinFunctionType, BuiltinMethodType, WrapperDescriptorType,
MethodWrapperType, MethodDescriptorType, ClassMethodDescriptorType, ModuleType, TracebackType,
FrameType, GetSetDescriptorType, MemberDescriptorType, GenericAlias (3.9+), UnionType (3.10+),
NoneType, EllipsisType, NotImplementedType (3.10+), new_class, prepare_class, resolve_bases,
get_original_bases (3.12+), DynamicClassAttribute.
Not supported: CoroutineType, AsyncGeneratorType, coroutine() (slotscope has no async).
"""
import sys

_V = tuple(sys.version_info)[:2]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    _tb = _exc.__traceback__
    TracebackType = type(_tb)
    # Without frame objects on tracebacks there is no FrameType (the rest stays usable).
    if hasattr(_tb, 'tb_frame'):
        FrameType = type(_tb.tb_frame)
    _tb = None

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)


def _namespace_type():
    impl = getattr(sys, 'implementation', None)
    if impl is not None and type(impl).__name__ == 'SimpleNamespace':
        try:
            type(impl)(a=1)
            return type(impl)
        except TypeError:  # the interpreter's type cannot be called: use the one below
            pass

    class SimpleNamespace:
        """A simple attribute-based namespace."""

        def __init__(self, mapping_or_iterable=(), **kwargs):
            self.__dict__.update(dict(mapping_or_iterable), **kwargs)

        def __repr__(self):
            ident = id(self)
            running = _repr_running
            if ident in running:
                return 'namespace(...)' if type(self) is SimpleNamespace else \
                    type(self).__name__ + '(...)'
            running.add(ident)
            try:
                items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
                name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
                return '%s(%s)' % (name, ', '.join(items))
            finally:
                running.discard(ident)

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None
    SimpleNamespace.__module__ = 'types'
    return SimpleNamespace


_repr_running = set()
SimpleNamespace = _namespace_type()

if _V >= (3, 9):
    try:
        GenericAlias = type(list[int])
    except TypeError:  # an interpreter without builtin generic aliases
        pass
if _V >= (3, 10):
    try:
        UnionType = type(int | str)
    except TypeError:  # an interpreter without X | Y unions of types
        pass
    NoneType = type(None)
    EllipsisType = type(Ellipsis)
    NotImplementedType = type(NotImplemented)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


if _V >= (3, 12):
    def get_original_bases(cls):
        """Return the class's "original" bases prior to modification by `__mro_entries__`."""
        try:
            return cls.__dict__.get("__orig_bases__", cls.__bases__)
        except AttributeError:
            raise TypeError("Expected an instance of type, not %r" %
                            (type(cls).__name__,)) from None


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


del _f, _g, _C, _cell_factory, _namespace_type
__all__ = [n for n in globals() if not n.startswith('_') and n != 'sys']
del sys
