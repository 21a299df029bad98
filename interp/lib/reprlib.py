"""reprlib for slotscope: repr() with limits on sizes, as CPython's module for the version
slotscope imitates (sys.version_info), in the Python subset.

Supported: Repr (the max* limits, fillvalue 3.11+, keyword arguments and indent 3.12+, repr_<type>
methods for tuple, list, set, frozenset, deque, dict, str, int and other instances), repr, aRepr,
recursive_repr (per object; slotscope has one thread).
Not supported: repr_array (slotscope has no array module).
"""
import builtins
import sys

__all__ = ["Repr", "repr", "recursive_repr"]

_V = tuple(sys.version_info)[:2]


def recursive_repr(fillvalue='...'):
    """Decorator making a __repr__ return fillvalue when it is called again for the same object
    while it runs (a container that holds itself)."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        if _V >= (3, 12):
            wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        return wrapper

    return decorating_function


def _sorted_if_possible(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _cut(s, limit, fill):
    """Keep the head and tail of s around fill so the result is about limit long."""
    if len(s) <= limit:
        return s
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return s[:i] + fill + s[len(s) - j:]


class Repr:
    if _V >= (3, 12):
        def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                     maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                     maxother=30, fillvalue='...', indent=None):
            self.maxlevel = maxlevel
            self.maxtuple = maxtuple
            self.maxlist = maxlist
            self.maxarray = maxarray
            self.maxdict = maxdict
            self.maxset = maxset
            self.maxfrozenset = maxfrozenset
            self.maxdeque = maxdeque
            self.maxstring = maxstring
            self.maxlong = maxlong
            self.maxother = maxother
            self.fillvalue = fillvalue
            self.indent = indent
    else:
        def __init__(self):
            self.maxlevel = 6
            self.maxtuple = 6
            self.maxlist = 6
            self.maxarray = 5
            self.maxdict = 4
            self.maxset = 6
            self.maxfrozenset = 6
            self.maxdeque = 6
            self.maxstring = 30
            self.maxlong = 40
            self.maxother = 30
            if _V >= (3, 11):
                self.fillvalue = '...'

    def _fill(self):
        return self.fillvalue if _V >= (3, 11) else '...'

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _join(self, pieces, level):
        indent = getattr(self, 'indent', None)
        if indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError('Repr.indent cannot be negative int (was %r)' % (indent,))
            indent *= ' '
        if not isinstance(indent, str):
            raise TypeError('Repr.indent must be a str, int or None, not %s' % (type(indent),))
        sep = ',\n' + (self.maxlevel - level + 1) * indent
        joined = sep.join([''] + pieces + [''])
        return joined[1:-len(indent) or None]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            s = self._fill()
        else:
            pieces = []
            for elem in x:
                if len(pieces) >= maxiter:
                    break
                pieces.append(self.repr1(elem, level - 1))
            if n > maxiter:
                pieces.append(self._fill())
            s = self._join(pieces, level)
            if n == 1 and trail and getattr(self, 'indent', None) is None:
                right = trail + right
        return '%s%s%s' % (left, s, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self._fill() + '}'
        pieces = []
        for key in _sorted_if_possible(x)[:self.maxdict]:
            pieces.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append(self._fill())
        return '{%s}' % (self._join(pieces, level),)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            i = max(0, (self.maxstring - 3) // 2)
            j = max(0, self.maxstring - 3 - i)
            s = builtins.repr(x[:i] + x[len(x) - j:])
            s = s[:i] + self._fill() + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        return _cut(builtins.repr(x), self.maxlong, self._fill())

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _cut(s, self.maxother, self._fill())


aRepr = Repr()
repr = aRepr.repr
