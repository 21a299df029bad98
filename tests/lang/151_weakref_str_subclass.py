import weakref
class S(str): pass
class B(bytes): pass
o = S('x')
r = weakref.ref(o)
print(r() is o, r() == 'x', weakref.getweakrefcount(o), o.__weakref__ is r)
p = weakref.proxy(o)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)), p.upper())
del o, p
print(r())
for C, a in ((B, b'x'),):
    try: weakref.ref(C(a))
    except TypeError as e: print(e)
class S2(str):
    __slots__ = ()
try: weakref.ref(S2('y'))
except TypeError as e: print(e)
class S3(str):
    __slots__ = ('a', '__weakref__')
o = S3('z'); o.a = 1
r = weakref.ref(o, lambda w: print('cb', w()))
print(r() is o, o.a)
del o
print(r())
d = weakref.WeakValueDictionary()
k = S('key'); d[1] = k
print(list(d.items()))
del k
print(list(d.items()))
