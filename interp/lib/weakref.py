"""Weak references for slotscope: the weakref module over the builtin _weakref, with the
containers of CPython's Lib/weakref.py (WeakValueDictionary, WeakKeyDictionary, WeakSet) and
finalize, written plainly in the Python subset slotscope runs.
"""
from _weakref import (getweakrefcount, getweakrefs, ref, proxy, ReferenceType, ProxyType,
                      CallableProxyType)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method that dies with the object or the function."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


def _remover(selfref, key):
    # The callback of one entry: drop the key if it still maps to this dead reference.
    def remove(wr):
        self = selfref()
        if self is not None and self.data.get(key) is wr:
            del self.data[key]
    return remove


class WeakValueDictionary:
    """Mapping class that references values weakly."""

    def __init__(self, other=(), **kw):
        self.data = {}
        self._selfref = ref(self)
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value, _remover(self._selfref, key))

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len([k for k, wr in list(self.data.items()) if wr() is not None])

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new


class WeakKeyDictionary:
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len([wr for wr in list(self.data) if wr() is not None])

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def keys(self):
        return iter(self)

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v


class WeakSet:
    """A set of objects held weakly."""

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)

        def remove(item):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return len([wr for wr in list(self.data) if wr() is not None])

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(o) for o in self)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def update(self, other):
        for o in other:
            self.add(o)


class finalize:
    """Class for finalization of weakrefable objects: finalize(obj, func, *args, **kwargs)
    calls func(*args, **kwargs) once obj is garbage collected (or the finalizer is called)."""

    _registry = {}

    def __init__(self, obj, func, *args, **kwargs):
        self._ref = ref(obj, self)
        finalize._registry[self] = (func, args, kwargs)
        self.atexit = True

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        info = finalize._registry.pop(self, None)
        if obj is not None and info is not None:
            return (obj,) + info

    def peek(self):
        obj = self._ref()
        info = finalize._registry.get(self)
        if obj is not None and info is not None:
            return (obj,) + info

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self),
                                                     type(obj).__name__, id(obj))
