# versions: 3.8 3.9 3.10 3.12 3.13
import sys
import types
V = sys.version_info[:2]


def f():
    pass


class C:
    def m(self):
        pass


def gen():
    yield 1


print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
print(type([].append) is types.BuiltinMethodType, type(gen()) is types.GeneratorType)
print(type(sys) is types.ModuleType, type(f.__code__) is types.CodeType)
print(type(C.__dict__) is types.MappingProxyType, types.MappingProxyType({'a': 1})['a'])
print(type(object.__init__) is types.WrapperDescriptorType,
      type(object().__str__) is types.MethodWrapperType,
      type(str.join) is types.MethodDescriptorType)
print(types.FunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), repr(types.SimpleNamespace()))
m = types.ModuleType('mymod', 'doc here')
print(m.__name__, m.__doc__)
if V >= (3, 10):
    print(types.NoneType, types.EllipsisType, types.NotImplementedType)
    print(types.UnionType, isinstance(int | str, types.UnionType))
if V >= (3, 9):
    print(types.GenericAlias, list[int] == types.GenericAlias(list, (int,)))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {'prepared': True}
        return d


X = types.new_class('X', (C,), {'metaclass': Meta}, lambda ns: ns.update(y=2))
print(X.__name__, X.__bases__[0].__name__, type(X).__name__, X.prepared, X.y)
print(types.prepare_class('Y')[0], types.prepare_class('Y', (), {'metaclass': Meta})[1])
print(types.resolve_bases((int,)))
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType,
          type(e.__traceback__.tb_frame) is types.FrameType)
print(types.CellType.__name__, types.GetSetDescriptorType.__name__,
      types.MemberDescriptorType.__name__)
