# versions: 3.8 3.9 3.10 3.12 3.13
import textwrap
from textwrap import TextWrapper


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


text = ("The quick brown fox jumps over the lazy dog. Python's well-known standard-library "
        "text-wrapping module -- written long ago -- handles hyphenated words, em-dashes "
        "and\ttabs.  Sentences end here! Another one? Yes.")
for w in (10, 15, 20, 33, 40, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap('a' * 30 + ' ' + 'b-c-d-e-f-g-h' * 3, 12))
print(textwrap.wrap('abcdefghij-klmnopqrst-uvwxyz', 8))
print(textwrap.wrap('supercalifragilistic expialidocious', 7, break_long_words=False))
print(textwrap.wrap('one.  two three. four', 12, fix_sentence_endings=True))
print(textwrap.wrap('Hello.  Mr. Smith said "hi." then left.', 80, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 8), textwrap.wrap('  leading', 8, drop_whitespace=False))
print(textwrap.wrap('tab\there and\nnewline', 40), textwrap.wrap('tab\there', 40, expand_tabs=False))
print(textwrap.wrap('tab\there', 40, replace_whitespace=False, tabsize=4), textwrap.wrap('', 10))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten(text, 40), textwrap.shorten(text, 40, placeholder=' (more)'))
attempt('width0', lambda: textwrap.wrap('abc', 0))
attempt('placeholder', lambda: textwrap.shorten('hello world', 4))
print(repr(textwrap.dedent('''\
    def f():
        return 1

      odd
    ''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    x\n  \n      y\n')),
      repr(textwrap.dedent('\t\ta\n\t  b')), repr(textwrap.dedent('no indent\n  yes')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)))
tw = TextWrapper(width=20, initial_indent='-> ')
print(tw.wrap('these words are wrapped by an object'), tw.width, tw.placeholder)
print(textwrap.wrap('x--y foo--bar--baz wait-- what --no', 6))
print(textwrap.wrap('re-ex-amine co-op well-being 3-4 a-b x-ray', 5))
