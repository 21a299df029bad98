# versions: 3.8 3.9 3.10 3.11 3.12 3.13
import sys
import inspect
import functools
from typing import List, Optional
from inspect import signature, Parameter, Signature

V = tuple(sys.version_info)[:2]


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


def f(x, y=2, *args, z, w=5, **kw):
    pass


def g(a, b, /, c, *, d=None) -> bool:
    """Docstring of g.

        Indented more.
    Back.
    """


def h(n: int, names: List[str] = (), opt: Optional[int] = None, s: 'str' = 'x', *rest: int,
      **extra: 'Any') -> 'Result':
    pass


class Base:
    """Base doc."""

    def __init__(self, a, b=1):
        self.a = a

    def method(self, p, *, q=3):
        """Method doc."""

    @classmethod
    def cm(cls, r):
        pass

    @staticmethod
    def sm(s, t=0):
        pass

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, p, *, q=3):
        pass


class WithNew:
    def __new__(cls, k, *a):
        return super().__new__(cls)


class Callable:
    def __call__(self, v, w=1):
        return v


class Plain:
    pass


for obj in (f, g, h, Base, Base.method, Base(0).method, Base.cm, Base.sm, WithNew, Callable(),
            Plain, lambda: 0, lambda a, *b, c=1: 0):
    sig = signature(obj)
    print(sig, repr(sig) == '<Signature %s>' % sig, list(sig.parameters))
sig = signature(f)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description if V >= (3, 8) else '', p.default is p.empty,
          int(p.kind), str(p.kind))
print(sig.return_annotation is Signature.empty, signature(g).return_annotation, Parameter.empty)
print(signature(h).parameters['names'], signature(h).parameters['names'].annotation)
b = sig.bind(1, 3, 4, 5, z=6, extra=7)
print(b, b.args, b.kwargs, dict(b.arguments))
b = sig.bind(1, z=0)
b.apply_defaults()
print(b, b.args, b.kwargs)
attempt('bind missing', lambda: sig.bind(1))
attempt('bind missing x', lambda: sig.bind(z=1))
attempt('bind multiple', lambda: sig.bind(1, x=2, z=3))
attempt('bind too many', lambda: signature(Base.sm).bind(1, 2, 3))
attempt('bind unexpected', lambda: signature(Base.sm).bind(1, u=2))
attempt('bind posonly', lambda: signature(g).bind(1, b=2, c=3))
print(signature(g).bind_partial(1), signature(f).bind_partial(y=9))
attempt('signature(1)', lambda: signature(1))
p = Parameter('x', Parameter.KEYWORD_ONLY, default=3, annotation=int)
print(p, repr(p), p.replace(name='y', default=Parameter.empty), p == Parameter('x', 3, default=3, annotation=int))
attempt('bad name', lambda: Parameter('1x', Parameter.POSITIONAL_ONLY))
attempt('var default', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
def _ref(a, /, *, x: int = 3) -> list:
    pass


s2 = Signature([Parameter('a', Parameter.POSITIONAL_ONLY), p], return_annotation=list)
print(s2, s2.replace(return_annotation=Signature.empty), s2 == signature(_ref))
attempt('order', lambda: Signature([p, Parameter('a', Parameter.POSITIONAL_OR_KEYWORD)]))
attempt('default order', lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]))
attempt('dup', lambda: Signature([Parameter('a', 1), Parameter('a', 3)]))
part = functools.partial(f, 1, z=3)
print(signature(part), signature(functools.partial(Base.sm, 1)))


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(signature(wrapper), signature(wrapper, follow_wrapped=False), inspect.unwrap(wrapper) is f)
print(inspect.isclass(Base), inspect.isclass(Base(0)), inspect.isfunction(f), inspect.isfunction(Base.cm),
      inspect.ismethod(Base.cm), inspect.ismethod(Base(0).method), inspect.ismethod(Base.method))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.ismodule(inspect),
      inspect.isgeneratorfunction(f), inspect.isgeneratorfunction(lambda: (yield)))
print(inspect.getmro(Child), inspect.getmro(int))
print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(Base(0), lambda v: isinstance(v, int)))
print(repr(inspect.getdoc(g)), inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.getdoc(Child(0).method))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(inspect.getmodule(f).__name__, inspect.getmodule(Base).__name__)
print(inspect.isdatadescriptor(Base.__dict__['prop']), inspect.ismethoddescriptor(str.join),
      inspect.getattr_static(Child(1), 'prop') is Base.__dict__['prop'])
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(h).annotations['n'], inspect.getfullargspec(g).args)
