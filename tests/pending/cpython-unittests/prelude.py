# Stand-ins (test-only, in /tmp) for the modules CPython's unit tests import that
# slotscope lacks or cannot import from files: test.support, unittest.mock,
# test.shadowed_super, pickle, copyreg, random, io.
import sys as _sys, types as _types, gc as _gc, contextlib as _contextlib
def _mod(name, **attrs):
    m = _types.ModuleType(name)
    for k, v in attrs.items():
        setattr(m, k, v)
    _sys.modules[name] = m
    return m
def _ident(f):
    return f
class _StringIO:
    def __init__(self, initial=''):
        self._parts = [initial] if initial else []
    def write(self, s):
        self._parts.append(s)
        return len(s)
    def getvalue(self):
        return ''.join(self._parts)
    def flush(self):
        pass
    def close(self):
        pass
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
_mod('io', StringIO=_StringIO)
@_contextlib.contextmanager
def _captured_output(name):
    orig = getattr(_sys, name)
    cap = _StringIO()
    setattr(_sys, name, cap)
    try:
        yield cap
    finally:
        setattr(_sys, name, orig)
def _gc_collect():
    _gc.collect(); _gc.collect(); _gc.collect()
def _check_impl_detail(**guards):
    guards = guards or {'cpython': True}
    return guards.get('cpython', not list(guards.values())[0])
def _impl_detail(msg=None, **guards):
    if _check_impl_detail(**guards):
        return _ident
    import unittest
    return unittest.skip(msg or 'implementation detail')
def _requires_resource(name):
    import unittest
    return unittest.skip('resource ' + name)
def _get_attribute(obj, name):
    import unittest
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest('object %r has no attribute %r' % (obj, name))
_support = _mod('test.support', captured_output=_captured_output, captured_stdout=lambda: _captured_output('stdout'),
                check_impl_detail=_check_impl_detail, cpython_only=_ident, gc_collect=_gc_collect,
                get_attribute=_get_attribute, impl_detail=_impl_detail, refcount_test=_ident,
                requires_resource=_requires_resource, Py_DEBUG=False, MISSING_C_DOCSTRINGS=False,
                HAVE_DOCSTRINGS=True, requires_docstrings=_ident, C_RECURSION_LIMIT=1500,
                infinite_recursion=lambda *a, **k: _contextlib.nullcontext() if hasattr(_contextlib, 'nullcontext') else _captured_output('stderr'),
                skip_if_pgo_task=_ident, is_wasi=False, is_emscripten=False, Py_GIL_DISABLED=False)
class _SS:
    def method(self):
        return 'truly super'
_mod('test.shadowed_super', C=_SS)
_test = _mod('test', support=_support, shadowed_super=_sys.modules['test.shadowed_super'])
class Mock:
    def __init__(self, *a, **kw):
        self.call_count = 0
        self.call_args_list = []
        self.return_value = kw.get('return_value')
    def __call__(self, *a, **kw):
        self.call_count += 1
        self.call_args_list.append((a, kw))
        return self.return_value
    def assert_called_once(self):
        assert self.call_count == 1, self.call_count
    def assert_called_once_with(self, *a, **kw):
        assert self.call_count == 1 and self.call_args_list[0] == (a, kw), self.call_args_list
    def assert_not_called(self):
        assert self.call_count == 0
@_contextlib.contextmanager
def _patch(target, new):
    modname, _, attr = target.rpartition('.')
    mod = _sys.modules[modname]
    missing = object()
    old = getattr(mod, attr, missing)
    setattr(mod, attr, new)
    try:
        yield new
    finally:
        if old is missing:
            delattr(mod, attr)
        else:
            setattr(mod, attr, old)
import unittest as _unittest
_mock = _mod('unittest.mock', Mock=Mock, MagicMock=Mock, patch=_patch)
try:
    _unittest.mock = _mock
except Exception:
    pass
class _PickleError(Exception):
    pass
def _nopickle(*a, **k):
    raise _PickleError('pickle is not available under slotscope')
_mod('pickle', dumps=_nopickle, loads=_nopickle, dump=_nopickle, load=_nopickle, HIGHEST_PROTOCOL=5,
     DEFAULT_PROTOCOL=4, PicklingError=_PickleError, UnpicklingError=_PickleError, PickleError=_PickleError)
def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        if '__slots__' in c.__dict__:
            sl = c.__dict__['__slots__']
            for n in ([sl] if isinstance(sl, str) else sl):
                if n in ('__dict__', '__weakref__'):
                    continue
                if n.startswith('__') and not n.endswith('__'):
                    n = '_%s%s' % (c.__name__.lstrip('_'), n)
                names.append(n)
    return names
def __newobj__(cls, *args):
    return cls.__new__(cls, *args)
_mod('copyreg', _slotnames=_slotnames, __newobj__=__newobj__, dispatch_table={}, pickle=lambda *a: None,
     __reduce_ex__=lambda self, proto: (_nopickle(),))
class _Random:
    def __init__(self, seed=0):
        self.s = seed or 12345
    def random(self):
        self.s = (self.s * 1103515245 + 12345) % 2147483648
        return self.s / 2147483648
    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        return a + int(self.random() * (b - a))
    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self.randrange(i + 1)
            x[i], x[j] = x[j], x[i]
_r = _Random()
_mod('random', random=_r.random, randrange=_r.randrange, shuffle=_r.shuffle, Random=_Random)
