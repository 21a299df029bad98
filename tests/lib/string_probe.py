# versions: 3.8 3.10 3.11 3.12 3.13
import sys
import string
from string import Template, Formatter

V = tuple(sys.version_info)[:2]


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(' hello   world  again '), string.capwords('a-b-c', '-'),
      string.capwords('ÉTÉ été'))
t = Template('$who likes ${what} and $$5; $who!')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, who='c'))
attempt('missing', lambda: t.substitute(who='x'))
attempt('safe', lambda: t.safe_substitute(who='x'))
attempt('invalid', lambda: Template('abc $ def').substitute())
attempt('invalid2', lambda: Template('line1\nab ${x').substitute(x=1))
attempt('invalid3', lambda: Template('$').substitute())
attempt('safe invalid', lambda: Template('cost $ and $5 ${a b} $a').safe_substitute(a=1))
attempt('brace', lambda: Template('${a}b ${_x9}').substitute(a=1, _x9=[2]))
print(t.template)
if V >= (3, 11):
    print(t.get_identifiers(), t.is_valid(), Template('$ x').is_valid(),
          Template('$a $b ${a} $').get_identifiers())


class Pct(Template):
    delimiter = '%'


print(Pct('%who %% ${x}').substitute(who=1, x=2))
f = Formatter()
print(f.format('{} and {}', 1, 2), f.format('{0}{1}{0}', 'a', 'b'), f.format('{x.real} {y[1]}', x=3, y=[4, 5]))
print(f.format('{0!r:>8}|{1:{2}}|{{lit}}', 'ab', 3.14159, '.2f'))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')), list(f.parse('')), list(f.parse('{}')))
attempt('switch', lambda: f.format('{} {0}', 1))
attempt('switch2', lambda: f.format('{0} {}', 1))
attempt('single }', lambda: f.format('a}b'))
attempt('single {', lambda: f.format('a{'))
attempt('unclosed', lambda: f.format('a{0'))
attempt('conv', lambda: f.format('{0!x}', 1))
attempt('missing', lambda: f.format('{a}', b=1))
attempt('index', lambda: f.format('{1}', 1))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)


print(Upper().format('{a} {b:>4} {0}', 'x', a='hi', b='yo'), Upper().vformat('{q}', (), {}))
