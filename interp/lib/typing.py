"""typing for slotscope: the runtime side of type hints as CPython's module shows it for the
version slotscope imitates (sys.version_info), in the Python subset.

Supported: Any, NoReturn, Never/Self (3.11+), ClassVar, Final, Union, Optional, Literal,
NewType (a class from 3.10), Annotated (3.9+, stripped by get_type_hints unless include_extras), the
aliases List, Dict, Tuple, Set, FrozenSet, Type, Callable, Deque, DefaultDict, OrderedDict,
Counter, ChainMap and the collections.abc ones (Iterable, Iterator, Sequence, Mapping, ...) with
CPython's reprs (typing.List[int], typing.Optional[int], typing.Callable[[int], str]),
subscription, ==, hash, get_origin/get_args, isinstance against the bare aliases; TypeVar,
Generic (subscription and substitution of type variables), Protocol with runtime_checkable
(attribute-presence checks), NamedTuple and TypedDict (class syntax and functional form), Text,
AnyStr, TYPE_CHECKING, cast, overload, final, no_type_check, get_type_hints (string annotations
evaluated in the defining module; 3.8-3.10 wrap a None default in Optional), ForwardRef.
Not supported: ParamSpec, TypeVarTuple, Concatenate, TypeAlias, the
Supports* protocols, async aliases, get_overloads, dataclass_transform; a TypeVar's __module__.
"""
import sys
import collections
import collections.abc as _abc
from abc import ABCMeta, abstractmethod

_V = tuple(sys.version_info)[:2]
_NoneType = type(None)
_FunctionType = type(lambda: None)

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal',
           'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet',
           'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable',
           'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence',
           'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Reversible', 'ChainMap', 'Counter',
           'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
           'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast', 'final', 'get_args',
           'get_origin', 'get_type_hints', 'NoReturn', 'no_type_check', 'overload',
           'runtime_checkable', 'Text', 'TYPE_CHECKING']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError("%s is not valid as type argument" % (arg,))
    if arg in (Any, NoReturn) or isinstance(arg, (type, TypeVar, ForwardRef, _GenericAlias,
                                                   _SpecialGenericAlias)):
        return arg
    if isinstance(arg, _SpecialForm) or not callable(arg):
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()) if not isinstance(t, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _params_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _count_error(alias, params, expected):
    many = 'Too many' if len(params) > expected else 'Too few'
    word = 'arguments' if _V >= (3, 10) else 'parameters'
    raise TypeError('%s %s for %s; actual %d, expected %d'
                    % (many, word, alias, len(params), expected))


class ForwardRef:
    """A string annotation, to be evaluated later (get_type_hints)."""

    def __init__(self, arg, is_argument=True):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_is_argument__ = is_argument

    def _evaluate(self, globalns, localns):
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_type(_type_check(value, "Forward references must evaluate to types."),
                          globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _Final:
    """Instances of typing's own classes cannot be subclassed."""

    def __init_subclass__(cls, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == 'Any' and _V >= (3, 11):
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate %r" % (self,))

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


def _single_item(self, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % (self._name,))
    return _GenericAlias(self, (item,))


def _union_item(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _params_tuple(parameters)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _deduplicate(flat)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_item(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1 or parameters == ():
        head = 'typing.Optional' if _V >= (3, 9) else 'Optional[t]'
        raise TypeError('%s requires a single type. Got %r.' % (head, parameters))
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _literal_item(self, parameters):
    parameters = _params_tuple(parameters)
    if _V >= (3, 9):
        parameters = _deduplicate(parameters)
    return _LiteralGenericAlias(self, tuple(parameters))


Any = _SpecialForm('Any', doc="Special type indicating an unconstrained type.")
NoReturn = _SpecialForm('NoReturn', doc="Special type indicating functions that never return.")
ClassVar = _SpecialForm('ClassVar', _single_item, "Special type construct to mark class "
                        "variables.")
Final = _SpecialForm('Final', _single_item, "Special typing construct to indicate final names.")
Union = _SpecialForm('Union', _union_item, "Union type; Union[X, Y] means either X or Y.")
Optional = _SpecialForm('Optional', _optional_item, "Optional[X] is Union[X, None].")
Literal = _SpecialForm('Literal', _literal_item, "Special typing form to define literal types.")
if _V >= (3, 11):
    Never = _SpecialForm('Never', doc="The bottom type, a type that has no members.")
    Self = _SpecialForm('Self', doc="Used to spell the type of \"self\" in classes.")


class _GenericAlias(_Final, _root=True):
    """A subscripted generic: List[int], Box[T], ClassVar[int]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        if name is None and hasattr(origin, '__module__'):
            self.__module__ = origin.__module__

    def _origin_repr(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return '%s[()]' % (self._origin_repr(),)
        return '%s[%s]' % (self._origin_repr(), ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, self._name)

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        params = tuple(_type_convert(p) for p in _params_tuple(params))
        if len(params) != len(self.__parameters__):
            _count_error(self, params, len(self.__parameters__))
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None or isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = list(bases).index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if self.__origin__ is not Generic and not (isinstance(self.__origin__, type) and
                                                       issubclass(self.__origin__, Generic)):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr == '_name':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _V >= (3, 9):
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[1]),)
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[0]),)
        return 'typing.Union[%s]' % (', '.join(_type_repr(a) for a in args),)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return 'typing.Literal[%s]' % (', '.join(repr(a) for a in self.__args__),)


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % (_type_repr(args[1]),)
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name)


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, subst) for a in arg.__args__))
    return arg


class _SpecialGenericAlias(_Final, _root=True):
    """A bare alias of a class: List, Dict, Iterable (subscript it to get a _GenericAlias)."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in _params_tuple(params))
        if len(params) != self._nparams:
            _count_error(self, params, self._nparams)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated; use %s() instead"
                        % (self._name, self.__origin__.__name__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_nparams'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        params = _params_tuple(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0], "Tuple[t, ...]: t must be a "
                                                                "type."), ...), 'Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a "
                                                         "type.") for p in params), 'Tuple')


class _CallableAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), 'Callable')
        if not isinstance(args, (list, tuple)):
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r." % (args,))
        args = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.")
                     for a in args)
        return _CallableGenericAlias(self.__origin__, args + (result,), 'Callable')


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Type = _SpecialGenericAlias(type, 1, 'Type')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Callable = _CallableAlias(_abc.Callable, 2, 'Callable')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
for _name, _n in (('Iterable', 1), ('Iterator', 1), ('Reversible', 1), ('Container', 1),
                  ('Collection', 1), ('Sequence', 1), ('MutableSequence', 1), ('Mapping', 2),
                  ('MutableMapping', 2), ('MutableSet', 1), ('MappingView', 1),
                  ('KeysView', 1), ('ItemsView', 2), ('ValuesView', 1), ('Generator', 3),
                  ('ByteString', 0)):
    if hasattr(_abc, _name):
        globals()[_name] = _SpecialGenericAlias(getattr(_abc, _name), _n, _name)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
Text = str


class TypeVar(_Final, _root=True):
    """Type variable: T = TypeVar('T'), with optional constraints or a bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None \
            else None

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    if _V < (3, 9):
        def __new__(cls, *args, **kwds):
            if cls in (Generic, Protocol):
                raise TypeError("Type %s cannot be instantiated; it can be used only as a base "
                                "class" % (cls.__name__,))
            if super().__new__ is object.__new__ and cls.__init__ is not object.__init__:
                return super().__new__(cls)
            return super().__new__(cls, *args, **kwds)

    def __class_getitem__(cls, params):
        params = tuple(_type_convert(p) for p in _params_tuple(params))
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty" % (cls.__qualname__,))
        if cls in (Generic, Protocol):
            if not all(isinstance(p, TypeVar) for p in params):
                if _V >= (3, 12):
                    tail = "type variables or parameter specification variables."
                else:
                    tail = "type variables"
                raise TypeError("Parameters to %s[...] must all be %s" % (cls.__name__, tail))
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % (cls.__name__,))
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if len(params) != expected:
                _count_error(cls, params, expected)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__', ())
        tvars = []
        gvars = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
            elif isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                % (', '.join(str(t) for t in missing),
                                   ', '.join(str(g) for g in gvars)))
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


_SPECIAL_NAMES = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                  '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                  '__class_getitem__', '__parameters__', '__orig_bases__', '__qualname__',
                  '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__',
                  '__firstlineno__', '__static_attributes__', '_is_protocol',
                  '_is_runtime_protocol', '__init_subclass__', '__orig_class__'}


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _SPECIAL_NAMES and name not in attrs:
                attrs.append(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if cls in type(instance).__mro__:
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and \
                not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if getattr(cls, '_is_protocol', False) and isinstance(other, type):
            attrs = _protocol_attrs(cls)
            data = [attr for attr in attrs if not callable(getattr(cls, attr, None))]
            if data:
                msg = "Protocols with non-method members don't support issubclass()"
                if _V >= (3, 13):
                    msg += ". Non-method members: %s." % (', '.join(repr(a) for a in data),)
                raise TypeError(msg)
            for attr in attrs:
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return super().__subclasscheck__(other)
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or \
            not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % (cls,))
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------- NamedTuple and TypedDict

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__orig_bases__', '__firstlineno__', '__static_attributes__'})


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):  # no frame objects: a script's classes
        return '__main__'


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, "field %s annotation must be a type" % (n,)) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    if _V < (3, 9):
        nm_tpl._field_types = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [...])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        (required if total else optional).update(own)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): name: str."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# ---------------------------------------------------------------- NewType and Annotated

if _V >= (3, 10):
    class NewType:
        """NewType creates simple unique types with almost zero runtime overhead."""

        def __init__(self, name, tp):
            self.__qualname__ = name
            if '.' in name:
                name = name.rpartition('.')[-1]
            self.__name__ = name
            self.__supertype__ = tp
            module = _caller_module()
            if module != 'typing':
                self.__module__ = module

        def __call__(self, x):
            return x

        def __repr__(self):
            return '%s.%s' % (self.__module__, self.__qualname__)

        def __reduce__(self):
            return self.__qualname__

        def __or__(self, other):
            return Union[self, other]

        def __ror__(self, other):
            return Union[other, self]
else:
    def NewType(name, tp):
        """NewType creates simple unique types with almost zero runtime overhead."""

        def new_type(x):
            return x

        new_type.__name__ = name
        new_type.__supertype__ = tp
        return new_type


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


if _V >= (3, 9):
    class Annotated:
        """Add context-specific metadata to a type: Annotated[int, 'meta']."""
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            raise TypeError("Type Annotated cannot be instantiated.")

        def __class_getitem__(cls, params):
            if not isinstance(params, tuple) or len(params) < 2:
                raise TypeError("Annotated[...] should be used with at least two arguments "
                                "(a type and an annotation).")
            origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
            return _AnnotatedAlias(origin, tuple(params[1:]))


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Return val unchanged (the type is for the checker only)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Decorator for overloaded functions (the last, undecorated definition is the real one)."""
    return _overload_dummy


def final(f):
    """Decorator marking a method or class final (3.11+ sets __final__)."""
    if _V >= (3, 11):
        try:
            f.__final__ = True
        except (AttributeError, TypeError):
            pass
    return f


def no_type_check(arg):
    """Decorator: annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if isinstance(obj, _FunctionType) and getattr(obj, '__qualname__', '').startswith(
                    arg.__qualname__ + '.'):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def get_origin(tp):
    """List[int] -> list, Union[int, str] -> Union, anything else -> None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Dict[str, int] -> (str, int); Callable[[int], str] -> ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        return t.copy_with(args)
    return t


def _get_defaults(func):
    code = getattr(func, '__code__', None)
    if code is None:
        return {}
    names = code.co_varnames[:code.co_argcount]
    defaults = func.__defaults__ or ()
    res = dict(zip(names[len(names) - len(defaults):], defaults))
    res.update(func.__kwdefaults__ or {})
    return res


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), function or module, strings evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False)
                hints[name] = _eval_type(value, base_globals, localns)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        nsobj = obj
        while hasattr(nsobj, '__wrapped__'):
            nsobj = nsobj.__wrapped__
        globalns = getattr(nsobj, '__globals__', getattr(obj, '__dict__', {}))
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    defaults = _get_defaults(obj) if _V < (3, 11) else {}
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value)
        value = _eval_type(value, globalns, localns)
        if name in defaults and defaults[name] is None:
            value = Optional[value]
        hints[name] = value
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
