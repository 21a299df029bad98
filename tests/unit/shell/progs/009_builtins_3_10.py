# version: 3.10
# Builtin functions and their error messages.
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)
for s in ["len([1, 2])", "len(5)", "abs(-3.5)", "round(2.675, 2)", "round(7)", "divmod(-7, 2)",
          "pow(2, 10)", "pow(2, 10, 1000)", "min([4, 2, 8])", "max('abc')", "max([], default=0)",
          "min(3, 1, 2, key=lambda x: -x)", "max([])", "min()", "sum([1, 2, 3], 10)",
          "sum([0.1] * 10)", "sum(['a'], '')", "sorted([3, 1, 2], reverse=True)",
          "sorted('bca', key=str.upper)", "any([])", "all([1, 0])", "chr(9731)", "ord('é')",
          "chr(-5)", "ord('ab')", "bin(10)", "oct(-8)", "hex(255)", "hex(1.0)",
          "isinstance(True, int)", "issubclass(bool, (str, int))", "isinstance(1, 'x')",
          "callable(print)", "callable(3)", "hash(1) == hash(1.0)", "hash([])", "id(None) == id(None)",
          "repr('x')", "ascii('ü')", "format(3.14159, '.2f')", "format(42, '>6')",
          "getattr([], 'append').__name__", "getattr(1, 'nope')", "getattr(1, 'nope', 'dflt')",
          "hasattr('', 'upper')", "iter([1, 2]).__next__()", "next(iter([]), 'empty')",
          "next(iter([]))", "list(zip('ab', [1, 2]))", "list(enumerate('xy', 1))",
          "list(map(str, [1, 2]))", "list(filter(None, [0, 1, 2]))", "list(reversed([1, 2]))",
          "vars(5)", "type(exit)", "exit", "int('12') + float('1.5')", "range(3)",
          "divmod(1, 0)", "list(iter(lambda: 1, 1))", "dir(5)[:4]"]:
    t(s)
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p), sorted(dir(p))[-2:])
setattr(p, 'z', 3)
delattr(p, 'x')
print(vars(p))
try:
    delattr(p, 'x')
except AttributeError as e:
    print('AttributeError:', e)
print(eval('1 + 2'), eval('a * 2', {'a': 21}))
ns = {}
exec('b = 5\nc = b * 2', ns)
print(ns['b'], ns['c'])
code = compile('print("compiled")', '<str>', 'exec')
exec(code)
try:
    compile('x', '<s>', 'bad')
except ValueError as e:
    print('ValueError:', e)
print(sorted(globals())[:5])
def f():
    local_a = 1
    local_b = 2
    return sorted(locals()), dir()
print(f())
