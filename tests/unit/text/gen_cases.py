#!/usr/bin/env python3
"""Generate tests/unit/text/cases.h: (operation, receiver, arguments, expected) rows whose
expected column is CPython's own result, so the unit test needs no CPython at run time.
    /root/.pyenv/versions/3.12.1/bin/python tests/unit/text/gen_cases.py > tests/unit/text/cases.h
Receivers and arguments are written as Python literals (repr), which the test parses."""
import itertools, sys

cases = []

def add(op, recv, args=(), kwargs=None):
    cases.append((op, recv, tuple(args), kwargs))

# ---- repr of tricky strings
for s in ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "\\", "a\nb\tc\rd", "\x00\x01\x1f\x7f",
          "\x80\x9f\xa0\xad\xff", "é", "naïve café", "\u0100\u017f", "\u200b\u2028\u2029\ufeff",
          "\ud800", "\udfff x \ud800", "\U0001F600", "日本語", "\u0378", "\U000E0001", "\U0010FFFF",
          "Ωμέγα", "\u00a0\u1680", "tab\t'q'\"", "\x1b[0m", "\ufffd", "\u0300a", "Привет"]:
    add("repr", s)
# ---- bytes repr
for b in [b"", b"a", b"'", b'"', b"'\"", b"\x00\xff\x7f\x80", b"\n\t\r\\", b"hello world"]:
    add("repr", b)
    add("repr", bytearray(b))

# ---- methods over a set of receivers
S = ["", "  hello  world  ", "a,b,,c,", "one two\tthree\nfour", "Hello World", "hELLO wORLD",
     "ﬁne straße", "ΣΑΣ ΟΔΟΣ", "İstanbul", "x\r\ny\rz\n\nw\x0b\x0c\x1c\u2028end", "abcabcabc",
     "  \t\n ", "123", "١٢٣", "½", "ǅungla", "mIxEd_Case-words and 'quotes'", "tab\there\tx"]
for s in S:
    for m in ["lower", "upper", "casefold", "swapcase", "title", "capitalize", "isalnum",
              "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric", "isidentifier",
              "islower", "isupper", "istitle", "isprintable", "isspace", "split", "rsplit",
              "splitlines", "strip", "lstrip", "rstrip", "expandtabs"]:
        add("m:" + m, s)
    add("m:splitlines", s, (True,))
    for sep in [" ", ",", "ab", "\t", None]:
        for mx in [-1, 0, 1, 2]:
            add("m:split", s, (sep, mx))
            add("m:rsplit", s, (sep, mx))
    for sub in ["", "a", "l", "abc", " ", "o w", "zz"]:
        add("m:find", s, (sub,)); add("m:rfind", s, (sub,)); add("m:count", s, (sub,))
        add("m:index", s, (sub,)); add("m:rindex", s, (sub,))
        add("m:startswith", s, (sub,)); add("m:endswith", s, (sub,))
        add("m:partition", s, (sub,)); add("m:rpartition", s, (sub,))
        add("m:find", s, (sub, 2)); add("m:rfind", s, (sub, -5, -1)); add("m:count", s, (sub, 1, 100))
        add("m:startswith", s, (sub, 2, 4)); add("m:endswith", s, (sub, None, -2))
    for chars in [" ", "ab", "dlh ", ""]:
        add("m:strip", s, (chars,)); add("m:lstrip", s, (chars,)); add("m:rstrip", s, (chars,))
    for w, f in [(0, " "), (20, "*"), (21, "é"), (25, "-")]:
        add("m:center", s, (w, f)); add("m:ljust", s, (w, f)); add("m:rjust", s, (w, f))
    add("m:zfill", s, (12,))
    add("m:expandtabs", s, (4,)); add("m:expandtabs", s, (0,))
    for old, new, cnt in [("a", "XY", -1), ("", "-", -1), ("", "-", 3), ("l", "", 1), ("abc", "Z", 2), ("o", "ö", -1)]:
        add("m:replace", s, (old, new, cnt))
    add("m:removeprefix", s, ("  h",)); add("m:removesuffix", s, ("ld  ",))
    add("m:encode", s, ("utf-8",)); add("m:encode", s, ("latin-1", "replace")); add("m:encode", s, ("ascii", "ignore"))
    add("m:encode", s, ("ascii", "backslashreplace")); add("m:encode", s, ("ascii", "xmlcharrefreplace")); add("m:encode", s, ("ascii",))
    for st in [None, 0, 1, -1, -3, 2, 100, -100]:
        for sp in [None, 0, 3, -1, -2, 100]:
            for step in [None, 1, 2, -1, -2, 3, -3]:
                if st in (None, 0, -1, 2) or sp in (None, 3):
                    add("slice", s, (st, sp, step))
    for i in [0, 1, -1, 5, -20, 100]:
        add("index", s, (i,))

# ---- argument errors and odd cases
errs = [("m:center", "a", ()), ("m:center", "a", (1, 2, 3)), ("m:center", "a", ("x",)),
        ("m:center", "a", (5, "ab")), ("m:center", "a", (5, 1)), ("m:count", "a", ()),
        ("m:count", "a", (1,)), ("m:count", "a", ("a", "x")), ("m:count", "a", ("a", 0, 1, 2)),
        ("m:endswith", "a", (1,)), ("m:endswith", "a", ((1,),)), ("m:startswith", "a", ()),
        ("m:startswith", "abc", (("x", "ab"),)), ("m:endswith", "abc", (("x", "bc"), 0, 3)),
        ("m:encode", "a", (1,)), ("m:encode", "a", ("foo",)), ("m:encode", "é", ("ascii", "foo")),
        ("m:encode", "\ud800", ()), ("m:encode", "a\ud800\udc00b", ("utf-8", "replace")),
        ("m:encode", "ab\udc80\udcffcd", ("utf-8", "surrogateescape")),
        ("m:encode", "éé€", ("latin-1",)), ("m:encode", "xéé€y", ("ascii",)),
        ("m:expandtabs", "a", ("x",)), ("m:find", "a", ()), ("m:index", "a", ("b",)),
        ("m:rindex", "a", ("b",)), ("m:join", "a", (1,)), ("m:join", "a", ([1],)),
        ("m:join", "-", (["a", 2],)), ("m:join", "-", (["x", "y", "é"],)), ("m:join", ", ", (("a",),)),
        ("m:join", "", ([],)), ("m:join", "€", (["a", "b"],)), ("m:join", "-", ("abc",)),
        ("m:ljust", "a", (1, "")), ("m:lstrip", "a", (1,)), ("m:partition", "a", ("",)),
        ("m:partition", "a", (1,)), ("m:removeprefix", "a", (1,)), ("m:replace", "a", (1, 2)),
        ("m:replace", "a", ("a",)), ("m:replace", "a", ("a", "b", "c")), ("m:split", "a", (1,)),
        ("m:split", "a", ("",)), ("m:split", "a", (None, 1, 2)), ("m:rsplit", "a", ("",)),
        ("m:rpartition", "a", ("",)), ("m:zfill", "-42", (6,)), ("m:zfill", "+7", (1,)), ("m:zfill", "", (3,)),
        ("m:zfill", "abc", (-1,)), ("m:translate", "abc", ({97: None, 98: "xy"},)),
        ("m:translate", "abc", ({97: 1.5},)), ("m:translate", "abc", ({97: 65, 99: "é€"},)),
        ("m:translate", "abc", ({97: -1},)),
        ("m:maketrans", "", ("abc", "xyz", "q")), ("m:maketrans", "", ({"a": 1, 98: "x"},)),
        ("m:maketrans", "", ({"ab": 1},)), ("m:maketrans", "", ("ab", "c")), ("m:maketrans", "", (1,)),
        ("m:maketrans", "", (1, 2)), ("m:maketrans", "", ()), ("m:upper", "a", (1,)),
        ("m:isalpha", "a", (1,)), ("m:strip", "a", (None,)), ("m:rjust", "a", (3, "xy")),
        ("m:startswith", "a", ("a", None, None)), ("m:find", "a", ("a", "b")),
        ("m:find", "ab", ("b", -1)), ("m:count", "abc", ("", 5)), ("m:count", "abc", ("",)),
        ("m:count", "aaaa", ("aa",)), ("m:startswith", "a", ("", 2)), ("m:find", "a", ("", 2)),
        ("m:find", "a", ("", 1)), ("m:__format__", "a", (1,)), ("m:format_map", "{a}", (1,)),
        ("m:format_map", "{a}-{b}", ({"a": 1, "b": "x"},)), ("m:format_map", "{0}", ({},)),
        ("m:splitlines", "a\r\nb\n", (True,)), ("m:replace", "aaaa", ("a", "b", 2)),
        ("m:replace", "abc", ("", "-", 0)), ("m:lower", "ΑΣ", ()), ("m:lower", "ΑΣ Σ", ()),
        ("m:lower", "ΑΣ.Β", ()), ("m:upper", "ß", ()), ("m:title", "hello wORLD's 3rd", ()),
        ("m:capitalize", "ǆemal", ()), ("m:swapcase", "ßΣa", ()), ("m:casefold", "ßΣﬃ", ()),
        ("m:isidentifier", "_x1", ()), ("m:isidentifier", "1x", ()), ("m:isidentifier", "été", ()),
        ("m:isprintable", "\u00ad", ()), ("m:istitle", "Hello World", ()), ("m:istitle", "Hello world", ()),
        ]
for op, r, a in errs:
    add(op, r, a)
add("m:split", "a b c", (), {"maxsplit": 1})
add("m:split", "a,b,c", (), {"sep": ",", "maxsplit": 1})
add("m:split", "a", (), {"x": 1})
add("m:splitlines", "a\nb", (), {"keepends": True})
add("m:encode", "é", (), {"errors": "replace", "encoding": "ascii"})
add("m:expandtabs", "a\tb", (), {"tabsize": 3})

# ---- operators
for a, b in [("a", "b"), ("", "x"), ("é", "€"), ("\U0001F600", "a"), ("a", 1), ("a", None)]:
    add("+", a, (b,))
for a, n in [("ab", 3), ("é", 2), ("x", 0), ("x", -1), ("€", 5)]:
    add("*", a, (n,))
for a, sub in [("abc", "b"), ("abc", ""), ("abc", "d"), ("aé", "é"), ("a", 1), ("a€", "€")]:
    add("in", a, (sub,))
for a, b in [("a", "b"), ("b", "a"), ("a", "a"), ("ab", "a"), ("é", "z"), ("€", "é"), ("\U0001F600", "€"), ("", "")]:
    add("cmp", a, (b,))

# ---- str() and bytes construction and decoding
for args, kw in [((), None), ((b"abc", "utf-8"), None), ((b"\xff", "latin-1"), None),
                 ((b"\xe2\x82\xac", "utf-8"), None), ((b"abc", "ascii"), None), ((b"\xff",), {"encoding": "ascii"}),
                 ((b"a\xffb", "utf-8", "replace"), None), ((b"a\xffb", "utf-8", "ignore"), None),
                 ((b"a\xffb", "utf-8", "backslashreplace"), None), (("abc", "utf-8"), None),
                 ((1, "utf-8"), None), ((b"x", "foo"), None), ((123,), None), (("é",), None), ((b"x",), None),
                 ((b"\xed\xa0\x80", "utf-8"), None), ((b"\xf0\x9f\x98\x80", "utf-8"), None),
                 ((b"\xf0\x9f\x98", "utf-8"), None), ((b"\xf0\x9f\x98", "utf-8", "replace"), None),
                 ((b"\xc3", "utf-8"), None), ((b"\xc3\x28", "utf-8"), None), ((b"\xe2\x82\x28", "utf-8"), None),
                 ((b"\x80", "utf-8"), None), ((b"\xc0\x80", "utf-8"), None), ((b"\xf5\x80", "utf-8"), None),
                 ((b"\xf4\x90\x80\x80", "utf-8"), None), ((b"\xe0\x80\x80", "utf-8"), None),
                 ((b"ok\xe2\x82\xacok\xff\xfe", "utf-8", "replace"), None), ((b"ab\x80", "ascii"), None),
                 ((b"\xff\xfe", "utf-8", "surrogateescape"), None), ((b"x", "UTF_8"), None), ((b"\xe9", "Latin1"), None)]:
    add("str", None, args, kw)
for b, enc in [(b"\xe2\x82\xac", None), (b"\xff", None), (b"abc", "ascii"), (b"\xc3\xa9", "latin-1"),
               (b"\xe2\x82", "utf-8")]:
    add("m:decode", b, (enc,) if enc else ())
for args in [(), (3,), ([1, 2, 255],), ([256],), (["a"],), ("ab",), ("ab", "utf-8"), (1, "utf-8"),
             (-1,), (1.5,), (b"xyz",), (bytearray(b"q"),), ("é", "latin-1"), ("€", "latin-1")]:
    add("bytes", None, args)

# ---- bytes methods
B = [b"", b"  hello  world  ", b"a,b,,c,", b"abcabc", b"\x00\xff"]
for b in B:
    for m in ["upper", "lower", "split", "strip", "lstrip", "rstrip", "hex", "isdigit", "isalpha", "isspace", "isascii"]:
        add("m:" + m, b)
    for sub in [b"", b"a", b"abc", b" ", 97, "a"]:
        add("m:find", b, (sub,)); add("m:count", b, (sub,)); add("m:rfind", b, (sub,)); add("m:index", b, (sub,))
    add("m:split", b, (b",",)); add("m:split", b, (b",", 1)); add("m:split", b, (None, 1)); add("m:split", b, (b"",))
    add("m:replace", b, (b"a", b"XY")); add("m:replace", b, (b"", b"-")); add("m:replace", b, (b"b", b"", 1))
    add("m:startswith", b, (b"  h",)); add("m:endswith", b, ((b"x", b"c,"),)); add("m:startswith", b, ("a",))
    add("m:strip", b, (b"a ",))
    add("m:join", b"-", ([b"a", b, bytearray(b"z")],))
    add("m:decode", b, ("latin-1",))
    for st, sp, step in [(None, None, -1), (1, None, 2), (-3, None, None), (None, None, None)]:
        add("slice", b, (st, sp, step))
        add("slice", bytearray(b), (st, sp, step))
    for i in [0, -1, 3]:
        add("index", b, (i,))
    add("in", b, (98,)); add("in", b, (b"bc",)); add("in", b, ("a",)); add("in", b, (300,))
    add("+", b, (b"xy",)); add("+", b, ("x",)); add("*", b, (2,))
    add("m:hex", b, (":",)); add("m:hex", b, ("-", 2))
    add("cmp", b, (b"abc",))
add("m:fromhex", b"", (" 0a  ff ",)); add("m:fromhex", b"", ("zz",)); add("m:fromhex", b"", ("0",))
add("m:join", b"a", ([1],))
add("m:append", bytearray(b"ab"), (99,)); add("m:append", bytearray(b"ab"), (256,)); add("m:append", bytearray(b"ab"), ("a",))
add("m:extend", bytearray(b"ab"), ([1, 2],))

# ---- format(str, spec)
for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", "-^11", "é>5", ".2", "10.3", "^7.1s", "0>6", "010", "<010",
             "z", "5.", "5.2.3", "xx", ",_", "__", "_", "\x01", "é", "99999999999999999999", ".99999999999999999999",
             "=", "0=5", "ss", "#s", "-s", " ", "+", "d", "=5", ",", "#", "\n<3", "{<3", "x<1", "^0", "^1", ">3.0"]:
    for s in ["abc", "é€", ""]:
        add("format", s, (spec,))

# ---- str.format
fmts = [("{}", (1,), None), ("{0}{1}{0}", ("a", "b"), None), ("{a}-{b}", (), {"a": 1, "b": "x"}),
        ("{!r}", ("é",), None), ("{!a}", ("é",), None), ("{!s:>5}", ("x",), None), ("{0!r:^9}", ("ab",), None),
        ("{:{}}", ("ab", 6), None), ("{:{}{}}", ("a", ">", 5), None), ("{0:{1}.{2}}", ("abcdef", 7, 3), None),
        ("{{}}", (), None), ("{{{0}}}", (1,), None), ("}}{{", (), None), ("{0[1]}", (["x", "y"],), None),
        ("{0[a]}", ({"a": 2},), None), ("{0[0]}", ({0: "zero"},), None), ("{0[-1]}", ({"-1": "m"},), None),
        ("{0[1x]}", ({"1x": 3},), None), ("{0.real}", (1,), None), ("{a[k]}", (), {"a": {"k": "v"}}),
        ("{0}{}", (1, 2), None), ("{}{0}", (1, 2), None), ("{1}", (1,), None), ("{", (), None), ("}", (), None),
        ("x}y", (), None), ("{0:}}", (1,), None), ("{}", (), None), ("{0}", (), None), ("{a}", (1,), None),
        ("{0!x}", (1,), None), ("{!}", (1,), None), ("{0!rr}", (1,), None), ("{0!", (1,), None),
        ("{:{:{}}}", (1, 2, 3), None), ("{0[}", (1,), None), ("{0.}", (1,), None), ("{0]}", (1,), None),
        ("{0[0]x}", ([1],), None), ("{0x}", (1,), None), ("{-1}", (1,), None), ("{ 0}", (1,), None),
        ("{0 }", (1,), None), ("{:d}", ("a",), None), ("{:>5}", (None,), None), ("{:5}", (12,), None),
        ("{:<4}|{:>4}", (7, 8), None), ("{0:x}", (255,), None), ("{0[", ([1],), None), ("{0[0]", ([1],), None),
        ("{a{b}", (), {"a": 1}), ("{:>{w}}", ("a",), {"w": 3}), ("é{}€", ("\U0001F600",), None),
        ("{:s}", (1,), None), ("{!r:}", (1,), None), ("{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}", tuple(range(11)), None),
        ("{:^{}.{}}", ("abcdef", 9, 2), None), ("{0:{1}}", ("a",), None), ("{:{a}}", ("x",), {"a": 4}),
        ("{}-{}-{}", ("a", 1, None), None), ("{} {!r} {!a}", ("é", "é", "\U0001F600"), None)]
for f, a, kw in fmts:
    add("m:format", f, a, kw)

# ---- % formatting
pcts = [("%d %i %s %r %%", (42, -7, "str", "repr")), ("%5d|%-5d|%05d|%+d|% d", (42, 42, 42, 42, 42)),
        ("%x %X %o %#x %#o %c %c", (255, 255, 8, 255, 8, 65, "z")), ("%s", "single"), ("%s", (1,)),
        ("%s %s", ("a", [1, 2])), ("%s", ((1, 2),)), ("%(name)s is %(age)d", {"name": "Bo", "age": 7}),
        ("%*d|%-*d", (6, 1, 6, 2)), ("%5s|%-5s|%.2s", ("ab", "ab", "abcdef")), ("%d", 3.99), ("%s", None),
        ("%a", "é"), ("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x"), ("%s %s", 1), ("%(a)s %s", {"a": 1}),
        ("%(a)s", 1), ("%(a", {}), ("%", ()), ("%*d", ("x", 1)), ("%.*d", ("x", 1)), ("%c", 2**30),
        ("%c", -1), ("%c", ""), ("%c", "ab"), ("%c", 1.5), ("%s", ()), ("a", 1), ("a", ()), ("a", []),
        ("a", {}), ("%s", []), ("%i", 2.5), ("%x", 2.5), ("%x", "1"), ("%o", 8.0), ("%d", True),
        ("%s %(a)s", {"a": 1}), ("%z", 1), ("%ll", 1), ("%5", 1), ("%y", 1),
        ("%.3d|%.0d|%+.3x|%#.3o|%#X", (5, 0, 10, 8, 255)), ("%r %a", ("é", "é")),
        ("%05s|%-05d|%c", ("a", 3, "é")), ("%(x)s %(x)r", {"x": "q"}), ("%x", -255), ("%#x", -255),
        ("%s", b"x"), ("%.2s", 12345), ("%-8s|", "é€"), ("%8r|", "é"), ("%c%c", (0x20AC, 0x1F600)),
        ("%05d|%+05d|% 05d|%-+5d", (-42, 42, 42, 42)), ("%#5x|%#-8o|%#08X", (10, 8, 255)), ("%5%|", ()),
        ("%(a)s%(b)s", {"a": "é", "b": 2}), ("%ld %hd %Ld", (1, 2, 3)), ("%u", -3), ("%3c|%-3c|", ("x", "y")),
        ("%.1s%.0s|", ("xyz", "abc")), ("%*s|%-*s|", (-4, "a", 3, "b")), ("%.*s|", (2, "abc")),
        ("%s" * 3, ("a", "é", "\U0001F600")), ("%s", {"k": 1}), ("%d%%", 50),
        ("%.2f|%8.3f|%-8.1f|%e|%E", (3.14159, 3.14159, 3.14159, 12345.678, 0.000123)),
        ("%g|%G|%g|%g", (1e-10, 1e20, 100000.0, 1234567.0)), ("%f", "x"), ("%f", None), ("%e", 1),
        ("%.0f %.0f", (0.5, 1.5)), ("%+.1f|% .2f|%010.3f|%-10.2f|", (2.5, 2.5, -3.14159, 1.0)),
        ("%#g|%#.0f|%#e", (1.0, 2.0, 1.0)), ("%F|%f", (float("inf"), float("-inf"))), ("%.3g", 0.0001234),
        ]
for f, v in pcts:
    add("%", f, (v,))
for f, v in [(b"%d bytes %s", (5, b"x")), (b"%s", "a"), (b"%c", 300), (b"%c", "a"), (b"%c%c", (65, b"B")),
             (b"%d", "a"), (b"%x %r %a", (255, "\xe9", b"x")), (b"%5s|%-5b|", (b"ab", bytearray(b"c"))),
             (b"%(k)s", {b"k": b"v"}), (b"a%", ()), (b"%%%s", (b"",))]:
    add("%", f, (v,))

# ---- run them in CPython
def render(op, recv, args, kwargs):
    kw = kwargs or {}
    if op == "repr": return repr(recv)
    if op.startswith("m:"):
        name = op[2:]
        if name == "maketrans": return str.maketrans(*args, **kw)
        if name == "fromhex": return bytes.fromhex(*args)
        if name in ("append", "extend"):
            getattr(recv, name)(*args, **kw)
            return recv
        return getattr(recv, name)(*args, **kw)
    if op == "slice": return recv[slice(*args)]
    if op == "index": return recv[args[0]]
    if op == "format": return format(recv, args[0])
    if op == "%": return recv % args[0]
    if op == "+": return recv + args[0]
    if op == "*": return recv * args[0]
    if op == "in": return args[0] in recv
    if op == "cmp":
        b = args[0]
        return (recv < b, recv <= b, recv == b, recv != b, recv > b, recv >= b)
    if op == "str": return str(*args, **kw)
    if op == "bytes": return bytes(*args, **kw)
    raise ValueError(op)

def c_string(s):
    out = []
    for byte in s.encode("utf-8", "surrogatepass"):
        c = chr(byte)
        if c == "\\": out.append("\\\\")
        elif c == '"': out.append('\\"')
        elif 32 <= byte < 127 and c != "?": out.append(c)
        else: out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'

rows = []
for op, recv, args, kwargs in cases:
    recv_repr = repr(recv)  # before a mutating method runs
    try:
        r = repr(render(op, recv, args, kwargs))
    except Exception as e:
        r = "!%s: %s" % (type(e).__name__, e)
    rows.append("    {%s, %s, %s, %s, %s},\n" % (c_string(op), c_string(recv_repr), c_string(repr(args)),
                                                c_string(repr(kwargs) if kwargs else ""), c_string(r)))
sys.stdout.write("/* cases.h: GENERATED by tests/unit/text/gen_cases.py from CPython %s. Do not edit. */\n"
                 % sys.version.split()[0])
sys.stdout.write("static const struct TextCase text_cases[] = {\n")
sys.stdout.writelines(rows)
sys.stdout.write("};\n")
sys.stderr.write("%d cases\n" % len(rows))
