"""copy for slotscope: shallow and deep copies as CPython's module makes them, in the Python
subset.

Supported: copy, deepcopy (with memo), Error; __copy__, __deepcopy__, __reduce_ex__/__reduce__
when a class defines them, and otherwise what object.__reduce_ex__(4) and copyreg do: the class's
__new__ (with __getnewargs_ex__/__getnewargs__), the state from __getstate__ or from __dict__ and
the __slots__ of every class in the MRO, __setstate__, and the items of list and dict subclasses.
Not supported: copyreg.dispatch_table registrations.
"""
import sys

__all__ = ["Error", "copy", "deepcopy"]
if tuple(sys.version_info)[:2] >= (3, 13):
    __all__.append("replace")


class Error(Exception):
    pass


error = Error


def _f():
    pass


_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes,
           str, type(_f.__code__), type, range, type(len), type(_f), property}
try:
    _atomic.add(complex)
except NameError:  # an interpreter without complex numbers
    pass
try:
    import weakref
    _atomic.add(weakref.ref)
except ImportError:
    pass
_immutable_shallow = _atomic | {tuple, frozenset, slice}


class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _immutable_shallow:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is _MethodType:
        # the function's __get__ binds it as MethodType(func, obj) would
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x, cls))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _default_reduce(cls):
    ob = getattr(object, '__reduce_ex__', None)
    return (getattr(cls, '__reduce_ex__', None) is ob and
            getattr(cls, '__reduce__', None) is getattr(object, '__reduce__', None))


def _reduce(x, cls):
    """(callable, args, state, listiter, dictiter) for x, as __reduce_ex__(4) gives them."""
    if not _default_reduce(cls):
        # object.__reduce_ex__ defers to an overridden __reduce__.
        ex = getattr(cls, '__reduce_ex__', None)
        if ex is not None and ex is not getattr(object, '__reduce_ex__', None):
            rv = x.__reduce_ex__(4)
        else:
            rv = x.__reduce__()
        if isinstance(rv, str):
            return None, None, None, None, None, rv
        rv = tuple(rv) + (None,) * (5 - len(rv))
        return rv[0], rv[1], rv[2], rv[3], rv[4], None
    kwargs = {}
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
    else:
        args = ()
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return _New(cls, kwargs), args, state, listiter, dictiter, None


class _New:
    def __init__(self, cls, kwargs):
        self.cls = cls
        self.kwargs = kwargs

    def __call__(self, *args):
        return self.cls.__new__(self.cls, *args, **self.kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        if "__slots__" in c.__dict__:
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                elif name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        names.append('_%s%s' % (stripped, name))
                    else:
                        names.append(name)
                else:
                    names.append(name)
    return names


def _default_state(x, cls):
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, string=None):
    if string is not None:
        return x
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


if tuple(sys.version_info)[:2] >= (3, 13):
    def replace(obj, /, **changes):
        """Return a new object replacing specified fields with new values."""
        cls = obj.__class__
        func = getattr(cls, '__replace__', None)
        if func is None:
            raise TypeError("replace() does not support %s objects" % cls.__name__)
        return func(obj, **changes)

del _f, _C
