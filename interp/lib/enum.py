"""enum for slotscope: CPython's enum module for the version slotscope imitates
(sys.version_info), in the Python subset.

Supported: Enum, IntEnum, Flag, IntFlag, StrEnum and ReprEnum (3.11+), auto, unique, EnumMeta
(EnumType from 3.11): the class body's _EnumDict (aliases, auto(), _generate_next_value_,
_ignore_, _order_, reuse errors), members with mixin types (int, str, tuple values passed to
__init__), lookup by value and name, _missing_, iteration, len, `in`, __members__, the reprs,
str() and format() of each version (3.11 changed IntEnum/IntFlag str and format, composite flag
names and Flag(0)), reassign/delete errors, extension errors, the functional API
Enum('Name', 'A B C') (names as a string, a list, pairs or a mapping), copy and pickle-style
reduction.
Not supported: FlagBoundary (STRICT/CONFORM/EJECT/KEEP beyond each class's default), verify,
member(), nonmember(), property (members named `name` or `value`), global_enum, _simple_enum,
__dir__ listings, DeprecationWarnings, the functional API's module detection without frames
(classes made that way report __module__ '__main__').
"""
import sys

_V = tuple(sys.version_info)[:2]

__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']
if _V >= (3, 11):
    __all__ += ['EnumType', 'ReprEnum', 'StrEnum']

# The base classes, set once defined (the metaclass must know whether it is building them).
Enum = Flag = ReprEnum = None


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and \
        name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and \
        name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and \
        not name.endswith('__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_missing_', '_ignore_', '_numeric_repr_',
                 '_add_alias_', '_add_value_alias_', '_iter_member_', '_iter_member_by_value_',
                 '_iter_member_by_def_')


class _EnumDict(dict):
    """The class body's namespace: it records which names are members, in order."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES and not key.startswith('_repr_') and \
                    key not in ('_value_', '_name_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._member_names and _V < (3, 12):
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            if _V >= (3, 11):
                raise TypeError('%r already defined as %r' % (key, self[key]))
            raise TypeError('Attempted to reuse key: %r' % (key,))
        elif key in self._ignore:
            pass
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                if _V >= (3, 11):
                    raise TypeError('%r already defined as %r' % (key, self[key]))
                raise TypeError('%r already defined as: %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                            self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(class_name, bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumMeta):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__:
                return base
    return object


def _get_mixins(class_name, bases):
    if not bases:
        return object, Enum
    for base in bases:
        if isinstance(base, EnumMeta) and base._member_names_:
            if _V >= (3, 11):
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))
            raise TypeError("%s: cannot extend enumeration %r" % (class_name, base.__name__))
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumMeta):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return _find_data_type(class_name, bases) or object, first_enum


def _find_new(classdict, member_type, first_enum):
    """(the __new__ that makes members, whether to save it, whether it takes the value)."""
    new = classdict.get('__new__')
    save_new = first_enum is not None and new is not None
    if new is None and first_enum is not None:
        skip = (None, object.__new__, getattr(Enum, '__new__', None))
        for method in ('__new_member__', '__new__'):
            for possible in (member_type, first_enum):
                target = getattr(possible, method, None)
                if not any(target is s for s in skip):
                    new = target
                    break
            if new is not None:
                break
    if new is None:
        new = object.__new__
    return new, save_new, new is not object.__new__


class EnumMeta(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, **kwds):
        ignore = list(getattr(classdict, '_ignore', ()))
        body = dict(classdict)
        for key in ignore + ['_ignore_']:
            body.pop(key, None)
        member_names = [n for n in getattr(classdict, '_member_names', ()) if n not in ignore]
        members = {}
        for name in member_names:
            members[name] = body.pop(name)
        member_type, first_enum = _get_mixins(cls, bases)
        new, save_new, use_args = _find_new(body, member_type, first_enum)
        if save_new:
            body['__new_member__'] = body['__new__']
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body.pop('_order_', None)
        if '_generate_next_value_' in body and body['_generate_next_value_'] is None:
            del body['_generate_next_value_']
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for name in member_names:
            _add_member(enum_class, name, members[name], new, use_args, member_type)
        _finish_class(enum_class, body, bases, member_type, first_enum)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if _V >= (3, 12):
            if isinstance(member, cls):
                return True
            try:
                return member in cls._value2member_map_
            except TypeError:
                return member in cls._unhashable_values_
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            if _V >= (3, 11):
                raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
            raise AttributeError("%s: cannot delete Enum member." % (cls.__name__,))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if _V >= (3, 11) and Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            if _V >= (3, 11):
                raise AttributeError('cannot reassign member %r' % (name,))
            raise AttributeError('Cannot reassign members.')
        super().__setattr__(name, value)


if _V >= (3, 11):
    EnumMeta.__name__ = EnumMeta.__qualname__ = 'EnumType'
    EnumType = EnumMeta


def _add_member(enum_class, member_name, value, new, use_args, member_type):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if not use_args:
        member = new(enum_class)
        if not hasattr(member, '_value_'):
            member._value_ = value
    else:
        member = new(enum_class, *args)
        if not hasattr(member, '_value_'):
            member._value_ = value if member_type is object else member_type(*args)
    value = member._value_
    member._name_ = member_name
    member.__objclass__ = enum_class
    member.__init__(*args)
    for canonical in enum_class._member_map_.values():
        if canonical._value_ == value:
            member = canonical
            break
    else:
        enum_class._member_names_.append(member_name)
        if Flag is not None and issubclass(enum_class, Flag) and _V >= (3, 11) and \
                not _is_single_bit(value):
            # 3.11+ iterate flags by their single bits only: multi-bit members are aliases
            enum_class._member_names_.pop()
    type.__setattr__(enum_class, member_name, member)
    enum_class._member_map_[member_name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _finish_class(enum_class, own_names, bases, member_type, first_enum):
    if Enum is None:
        return
    own_names = set(own_names)
    if ReprEnum is not None and ReprEnum in bases:
        # 3.11+ ReprEnum: str() and format() are the mixed-in type's
        # (Python functions calling the mixed-in type's methods rather than those methods
        # themselves: slotscope's slots do not follow a builtin method stored under another
        # dunder name, tests/lib/NEEDS.md)
        if '__format__' not in own_names:
            fmt = member_type.__format__

            def __format__(self, format_spec):
                return fmt(self, format_spec)
            type.__setattr__(enum_class, '__format__', __format__)
            own_names.add('__format__')
        if '__str__' not in own_names:
            method = member_type.__str__
            if '__str__' not in member_type.__dict__ or member_type is int:
                method = member_type.__repr__

            def __str__(self):
                return method(self)
            type.__setattr__(enum_class, '__str__', __str__)
            own_names.add('__str__')
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in own_names:
            continue
        found = getattr(enum_class, name, None)
        if found is not None and (found is getattr(member_type, name, None) or
                                  found is getattr(object, name, None)):
            type.__setattr__(enum_class, name, getattr(first_enum, name))
    if Flag is not None and issubclass(enum_class, Flag):
        mask = 0
        for member in enum_class._member_map_.values():
            mask |= member._value_
        type.__setattr__(enum_class, '_flag_mask_', mask)
    # lookups by value go through Enum.__new__ (members were made by the saved one)
    type.__setattr__(enum_class, '__new__', Enum.__new__)


class Enum(metaclass=EnumMeta):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        name = cls.__qualname__ if _V >= (3, 11) else cls.__name__
        ve_exc = ValueError("%r is not a valid %s" % (value, name))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if _V >= (3, 12):
            if not last_values:
                return start
            try:
                last_value = sorted(last_values).pop()
            except TypeError:
                raise TypeError('unable to sort non-numeric values') from None
            try:
                return last_value + 1
            except TypeError:
                raise TypeError('unable to increment %r' % (last_value,)) from None
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        if _V < (3, 11):
            str_overridden = type(self).__str__ not in (Enum.__str__, Flag.__str__)
            if self._member_type_ is not object and not str_overridden:
                return self._member_type_.__format__(self._value_, format_spec)
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


if _V >= (3, 11):
    class ReprEnum(Enum):
        """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    class IntEnum(int, ReprEnum):
        """Enum where members are also (and must be) ints."""

    class StrEnum(str, ReprEnum):
        """Enum where members are also (and must be) strings."""

        def __new__(cls, *values):
            if len(values) > 3:
                raise TypeError('too many arguments for str(): %r' % (values,))
            if len(values) == 1 and not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
            value = str(*values)
            member = str.__new__(cls, value)
            member._value_ = value
            return member

        def _generate_next_value_(name, start, count, last_values):
            return name.lower()
else:
    class IntEnum(int, Enum):
        """Enum where members are also (and must be) ints."""


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values) if _V >= (3, 11) else last_values[-1]
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        is_int = issubclass(cls, int)
        if _V >= (3, 11):
            if not is_int and value & ~mask:
                bits = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, bits), _bin(mask, bits)))
        elif not is_int and (value < 0 or value & ~mask):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        return _pseudo_member(cls, value)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    if _V >= (3, 11):
        def __iter__(self):
            return iter([m for m in self.__class__ if m._value_ & self._value_ == m._value_])

        def __len__(self):
            return len(list(self.__iter__()))

    def __repr__(self):
        cls = self.__class__
        if _V >= (3, 11):
            if self._name_ is None:
                return '<%s: %r>' % (cls.__name__, self._value_)
            return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)
        return '<%s.%s: %r>' % (cls.__name__, _old_flag_name(self), self._value_)

    def __str__(self):
        cls = self.__class__
        if _V >= (3, 11):
            if self._name_ is None:
                return '%s(%r)' % (cls.__name__, self._value_)
            return '%s.%s' % (cls.__name__, self._name_)
        return '%s.%s' % (cls.__name__, _old_flag_name(self))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        cls = self.__class__
        if _V >= (3, 11):
            return cls(cls._flag_mask_ ^ self._value_)
        inverted = cls(0)
        for m in cls:
            if m._value_ & self._value_ == 0:
                inverted = inverted | m
        return inverted


def _bin(num, bits):
    digits = bin(num)[2:]
    digits = '0' * (bits - len(digits)) + digits
    return '0b0 ' + digits


def _pseudo_member(cls, value):
    member = cls._value2member_map_.get(value)
    if member is not None:
        return member
    if issubclass(cls, int):
        member = int.__new__(cls, value)
    else:
        member = object.__new__(cls)
    member._value_ = value
    member.__objclass__ = cls
    if _V >= (3, 11):
        names = []
        rest = value
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                names.append(name)
                rest &= ~m._value_
        if value and names:
            if rest:
                names.append(str(rest) if rest < 0 else '%s' % (rest,))
            member._name_ = '|'.join(names)
        else:
            member._name_ = None
    else:
        member._name_ = None
    return cls._value2member_map_.setdefault(value, member)


def _old_decompose(flag, value):
    """3.8-3.10: the members covering value, highest first, then uncovered bits as numbers."""
    not_covered = value
    members = []
    for member in flag._member_map_.values():
        if member not in members:
            mv = member._value_
            if mv and mv & value == mv:
                members.append(member)
                not_covered &= ~mv
    extra = []
    tmp = not_covered
    while tmp > 0:
        bit = 2 ** _high_bit(tmp)
        extra.append(bit)
        tmp &= ~bit
    if not members and value in flag._value2member_map_ and value == 0:
        return [], [0]
    members.sort(key=lambda m: m._value_, reverse=True)
    if len(members) > 1 and members[0]._value_ == value:
        members.pop(0)
    return members, extra


def _old_flag_name(member):
    if member._name_ is not None:
        return member._name_
    members, extra = _old_decompose(member.__class__, member._value_)
    items = [(m._value_, m._name_) for m in members] + [(e, str(e)) for e in extra]
    items.sort(key=lambda item: item[0], reverse=True)
    return '|'.join(name for v, name in items)


class _IntFlagOps:
    """The operators IntFlag adds to Flag's: plain ints combine with members."""

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if _V >= (3, 11):
            return cls(cls._flag_mask_ ^ self._value_)
        return cls(~self._value_)


if _V >= (3, 11):
    class IntFlag(int, ReprEnum, Flag):
        """Support for integer-based Flags."""
        __or__ = _IntFlagOps.__or__
        __and__ = _IntFlagOps.__and__
        __xor__ = _IntFlagOps.__xor__
        __ror__ = _IntFlagOps.__ror__
        __rand__ = _IntFlagOps.__rand__
        __rxor__ = _IntFlagOps.__rxor__
        __invert__ = _IntFlagOps.__invert__
else:
    class IntFlag(int, Flag):
        """Support for integer-based Flags."""
        __or__ = _IntFlagOps.__or__
        __and__ = _IntFlagOps.__and__
        __xor__ = _IntFlagOps.__xor__
        __ror__ = _IntFlagOps.__ror__
        __rand__ = _IntFlagOps.__rand__
        __rxor__ = _IntFlagOps.__rxor__
        __invert__ = _IntFlagOps.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
