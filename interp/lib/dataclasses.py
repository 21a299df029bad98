"""dataclasses for slotscope: the behaviour of CPython's module for the version slotscope
imitates (sys.version_info), written in the Python subset slotscope runs.

Methods are generated as source text and exec'd, as CPython does, so that their argument
errors ("__init__() missing 1 required positional argument: 'x'") read exactly the same.
"""
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

_V = tuple(sys.version_info)[:2]
if _V >= (3, 10):
    __all__.append('KW_ONLY')

_MappingProxy = type(type.__dict__)


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


def _repr_guarded(method):
    """Return '...' for an object whose repr is already being built (reprlib's rule)."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            result = method(self)
        finally:
            running.discard(key)
        return result
    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    wrapper.__wrapped__ = method
    return wrapper


class Field:
    if _V >= (3, 10):
        __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                     'compare', 'metadata', 'kw_only', '_field_type')
    else:
        __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                     'compare', 'metadata', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only=MISSING):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _MappingProxy(metadata)
        if _V >= (3, 10):
            self.kw_only = kw_only
        self._field_type = None

    @_repr_guarded
    def __repr__(self):
        text = ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,' % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata))
        if _V >= (3, 10):
            text += 'kw_only=%r,' % (self.kw_only,)
        return text + '_field_type=%s)' % (self._field_type,)

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)' % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _field(default, default_factory, init, repr, hash, compare, metadata, kw_only):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


if _V >= (3, 10):
    def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
              hash=None, compare=True, metadata=None, kw_only=MISSING):
        """Return an object to identify dataclass fields."""
        return _field(default, default_factory, init, repr, hash, compare, metadata, kw_only)
else:
    def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
              hash=None, compare=True, metadata=None):
        """Return an object to identify dataclass fields."""
        return _field(default, default_factory, init, repr, hash, compare, metadata, MISSING)


def _fields_in_init_order(flds):
    std = tuple(f for f in flds if f.init and not getattr(f, 'kw_only', False))
    kw = tuple(f for f in flds if f.init and getattr(f, 'kw_only', False))
    return std, kw


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return '(' + ','.join(['%s.%s' % (obj_name, f.name) for f in flds]) + ',)'


def _create_fn(name, args, body, cls_qualname, globals=None, locals=None, return_type=MISSING):
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not MISSING:
        locals['__dataclass_return_type__'] = return_type
        return_annotation = '->__dataclass_return_type__'
    args = ','.join(args)
    body = '\n'.join(['  ' + b for b in body])
    txt = ' def %s(%s)%s:\n%s' % (name, args, return_annotation, body)
    local_vars = ', '.join(locals.keys())
    txt = 'def __create_fn__(%s):\n%s\n return %s' % (local_vars, txt, name)
    ns = {}
    exec(txt, globals, ns)
    fn = ns['__create_fn__'](**locals)
    fn.__qualname__ = '%s.%s' % (cls_qualname, fn.__name__)
    return fn


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init(f, frozen, globals, self_name, slots):
    default_name = '__dataclass_dflt_%s__' % f.name
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s' % (
                default_name, f.name, f.name))
        else:
            globals[default_name] = f.default_factory
            value = '%s()' % default_name
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                globals[default_name] = f.default
                value = f.name
        else:
            if slots and f.default is not MISSING:
                globals[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = '=__dataclass_dflt_%s__' % f.name
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return '%s:__dataclass_type_%s__%s' % (f.name, f.name, default)


def _init_fn(flds, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots, cls_qualname):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default is not None:
                if _V >= (3, 13):
                    raise TypeError('non-default argument %r follows default argument %r'
                                    % (f.name, seen_default.name))
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
    locals = {}
    for f in flds:
        locals['__dataclass_type_%s__' % f.name] = f.type
    locals['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    locals['__dataclass_builtins_object__'] = object
    body_lines = []
    for f in flds:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ','.join([f.name for f in flds if f._field_type is _FIELD_INITVAR])
        body_lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params_str))
    if not body_lines:
        body_lines = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params = params + ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + params, body_lines, cls_qualname,
                      locals=locals, globals=globals, return_type=None)


def _repr_fn(flds, globals, cls_qualname):
    parts = ', '.join(['%s={self.%s!r}' % (f.name, f.name) for f in flds])
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' + parts + ')"'],
                    cls_qualname, globals=globals)
    wrapper = _repr_guarded(fn)
    # CPython gives the class's qualname to the wrapper only; pprint recognises a generated
    # __repr__ by its wrapped function's '__create_fn__' qualname.
    fn.__qualname__ = '__create_fn__.<locals>.' + fn.__name__
    return wrapper


def _frozen_get_del_attr(cls, flds, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if flds:
        condition += ' or name in {' + ', '.join([repr(f.name) for f in flds]) + '}'
    qual = cls.__qualname__
    setattr_fn = _create_fn('__setattr__', ('self', 'name', 'value'),
                            ['if %s:' % condition,
                             ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                             'super(cls, self).__setattr__(name, value)'],
                            qual, locals=locals, globals=globals)
    delattr_fn = _create_fn('__delattr__', ('self', 'name'),
                            ['if %s:' % condition,
                             ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                             'super(cls, self).__delattr__(name)'],
                            qual, locals=locals, globals=globals)
    return setattr_fn, delattr_fn


def _cmp_fn(name, op, self_tuple, other_tuple, globals, cls_qualname):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       ' return %s%s%s' % (self_tuple, op, other_tuple),
                       'return NotImplemented'],
                      cls_qualname, globals=globals)


def _eq_fn(flds, globals, cls_qualname):
    if _V >= (3, 13):
        terms = ['self.%s==other.%s' % (f.name, f.name) for f in flds]
        comparisons = ' and '.join(terms) or 'True'
        return _create_fn('__eq__', ('self', 'other'),
                          ['if self is other:',
                           ' return True',
                           'if other.__class__ is self.__class__:',
                           ' return %s' % comparisons,
                           'return NotImplemented'],
                          cls_qualname, globals=globals)
    return _cmp_fn('__eq__', '==', _tuple_str('self', flds), _tuple_str('other', flds),
                   globals, cls_qualname)


def _hash_fn(flds, globals, cls_qualname):
    return _create_fn('__hash__', ('self',), ['return hash(%s)' % _tuple_str('self', flds)],
                      cls_qualname, globals=globals)


def _is_classvar(a_type, typing):
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_string_classvar(annotation, cls):
    """A string annotation "ClassVar[...]" or "typing.ClassVar[...]" (CPython checks it with a
    regular expression against the names the class's module binds)."""
    text = annotation.strip()
    for prefix in ('typing.ClassVar', 'ClassVar'):
        if text == prefix or text.startswith(prefix + '['):
            module = sys.modules.get(cls.__module__)
            ns = getattr(module, '__dict__', {}) if module is not None else {}
            typing = sys.modules.get('typing')
            if prefix == 'ClassVar':
                return typing is not None and ns.get('ClassVar') is typing.ClassVar
            return typing is not None and ns.get('typing') is typing
    return False


def _is_string_initvar(annotation):
    text = annotation.strip()
    for prefix in ('dataclasses.InitVar', 'InitVar'):
        if text == prefix or text.startswith(prefix + '['):
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing is not None and _is_classvar(a_type, typing):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(a_type, str) and _is_string_classvar(a_type, cls):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if a_type is InitVar or type(a_type) is InitVar:
            f._field_type = _FIELD_INITVAR
        elif isinstance(a_type, str) and _is_string_initvar(a_type):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if _V >= (3, 10):
        if f._field_type in (_FIELD, _FIELD_INITVAR):
            if f.kw_only is MISSING:
                f.kw_only = default_kw_only
        else:
            if f.kw_only is not MISSING:
                raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD:
        if _V >= (3, 11):
            mutable = f.default.__class__.__hash__ is None
        else:
            mutable = isinstance(f.default, (list, dict, set))
        if mutable:
            raise ValueError('mutable default %s for field %s is not allowed: use '
                             'default_factory' % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, flds, globals):
    return None


def _hash_add(cls, flds, globals):
    return _hash_fn([f for f in flds if (f.compare if f.hash is None else f.hash)], globals,
                    cls.__qualname__)


def _hash_exception(cls, flds, globals):
    raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))


# (unsafe_hash, eq, frozen, has_explicit_hash) -> action, as CPython's table.
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation).replace('typing.', '')


def _signature_doc(cls, std_fields, kw_fields):
    params = []
    for f in std_fields + ((None,) if kw_fields else ()) + kw_fields:
        if f is None:
            params.append('*')
            continue
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _format_annotation(f.type)
        if f.default is not MISSING:
            text += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        params.append(text)
    return cls.__name__ + '(' + ', '.join(params) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    flds = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                flds[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _V >= (3, 10) and (a_type is KW_ONLY or
                              (isinstance(a_type, str) and a_type.strip() in
                               ('KW_ONLY', 'dataclasses.KW_ONLY'))):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        flds[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, flds)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in flds.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    qual = cls.__qualname__

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in flds else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init, self_name, globals, slots, qual))

    field_list = [f for f in flds.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f for f in field_list if f.repr], globals, qual))
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _eq_fn([f for f in field_list if f.compare], globals, qual))
    if order:
        cmp_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', cmp_fields)
        other_tuple = _tuple_str('other', cmp_fields)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple, globals, qual)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (
                    fn.__name__, cls.__name__))

    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action:
        cls.__hash__ = action(cls, field_list, globals)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, std_init_fields, kw_only_init_fields)

    if _V >= (3, 10):
        if match_args:
            _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        if slots:
            cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if not hasattr(slots, '__next__'):
        return list(slots)
    raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    if _V >= (3, 11):
        inherited = set()
        for base in cls.__mro__[1:-1]:
            for name in _get_slots(base):
                inherited.add(name)
        wanted = field_names + (('__weakref__',) if weakref_slot else ())
        cls_dict['__slots__'] = tuple([n for n in wanted if n not in inherited])
    else:
        cls_dict['__slots__'] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    if _V >= (3, 12):
        cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if _V < (3, 12) or '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if _V < (3, 12) or '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_decorator(cls, kwargs):
    def wrap(cls):
        return _process_class(cls, kwargs.get('init', True), kwargs.get('repr', True),
                              kwargs.get('eq', True), kwargs.get('order', False),
                              kwargs.get('unsafe_hash', False), kwargs.get('frozen', False),
                              kwargs.get('match_args', True), kwargs.get('kw_only', False),
                              kwargs.get('slots', False), kwargs.get('weakref_slot', False))
    if cls is None:
        return wrap
    return wrap(cls)


if _V >= (3, 11):
    def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
                  unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                  slots=False, weakref_slot=False):
        """Add dunder methods based on the fields defined in the class."""
        return _dataclass_decorator(cls, dict(
            init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
            match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot))
elif _V >= (3, 10):
    def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
                  unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                  slots=False):
        """Add dunder methods based on the fields defined in the class."""
        return _dataclass_decorator(cls, dict(
            init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
            match_args=match_args, kw_only=kw_only, slots=slots))
else:
    def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
                  unsafe_hash=False, frozen=False):
        """Add dunder methods based on the fields defined in the class."""
        return _dataclass_decorator(cls, dict(
            init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen))


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in definition order."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        if _V >= (3, 10):
            raise TypeError('must be called with a dataclass type or instance') from None
        raise TypeError('must be called with a dataclass type or instance')
    return tuple([f for f in flds.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _copy_value(obj):
    # CPython deep-copies leaf values with copy.deepcopy; immutable atoms are returned as
    # they are, which is what deepcopy returns for them too.
    return obj


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy_value(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy_value(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a new tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    """A new object of the same type as obj, with fields replaced by `changes`."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    error = TypeError if _V >= (3, 13) else ValueError
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise error('field %s is declared with init=False, it cannot be specified '
                            'with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise error('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, **more):
    """Make a dataclass named cls_name from (name, type[, field]) items or names."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    kwargs = dict(init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                  frozen=frozen)
    kwargs.update(more)
    return dataclass(cls, **kwargs)
