"""string for slotscope: CPython's string module for the version slotscope imitates
(sys.version_info), in the Python subset.

Supported: the constants (ascii_letters, digits, punctuation, whitespace, printable...),
capwords, Template (substitute, safe_substitute, get_identifiers and is_valid 3.11+, a subclass's
own `delimiter`), Formatter (format, vformat, parse, get_field, get_value, convert_field,
format_field, check_unused_args, with automatic and manual field numbering, attribute and index
lookups in field names and nested format specs).
Not supported: Template subclasses that change `idpattern`, `braceidpattern`, `flags` or
`pattern` (slotscope has no re module: identifiers are ASCII [_a-zA-Z][_a-zA-Z0-9]*).
"""
import sys

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

_V = tuple(sys.version_info)[:2]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them with sep (a space by default)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


def _identifier_end(text, i):
    """The end of the identifier starting at text[i], or i when there is none."""
    if i < len(text) and text[i] in _ID_START:
        i += 1
        while i < len(text) and text[i] in _ID_CHARS:
            i += 1
    return i


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (start, end, kind, name) for each placeholder: kind is 'escaped', 'named',
        'braced' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        i = text.find(delim)
        while i >= 0:
            j = i + len(delim)
            if text.startswith(delim, j):
                yield i, j + len(delim), 'escaped', None
                j += len(delim)
            elif text.startswith('{', j):
                end = _identifier_end(text, j + 1)
                if end > j + 1 and text.startswith('}', end):
                    yield i, end + 1, 'braced', text[j + 1:end]
                    j = end + 1
                else:
                    yield i, j, 'invalid', None
            else:
                end = _identifier_end(text, j)
                if end > j:
                    yield i, end, 'named', text[j:end]
                    j = end
                else:
                    yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _invalid(self, i):
        # i is where the placeholder's name should have started
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        text = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start + len(self.delimiter))
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, **kws):
        return self._substitute(mapping, kws, True)

    if _V >= (3, 11):
        def is_valid(self):
            for start, end, kind, name in self._scan():
                if kind == 'invalid':
                    return False
            return True

        def get_identifiers(self):
            ids = []
            for start, end, kind, name in self._scan():
                if name is not None and name not in ids:
                    ids.append(name)
            return ids


def _parse_format(s):
    """(literal_text, field_name, format_spec, conversion) tuples, as str.format reads s."""
    result = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                # an escaped brace ends a literal chunk, as _string.formatter_parser does
                result.append((''.join(literal) + '}', None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            result.append((''.join(literal) + '{', None, None, None))
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        depth = 1
        j = i + 1
        while j < n:
            if s[j] == '{':
                depth += 1
            elif s[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field_name, conversion, spec = _split_field(s[i + 1:j])
        result.append((''.join(literal), field_name, spec, conversion))
        literal = []
        i = j + 1
    if literal:
        result.append((''.join(literal), None, None, None))
    return result


def _split_field(field):
    k = 0
    bracket = False
    while k < len(field):
        c = field[k]
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and c in '!:':
            break
        k += 1
    name = field[:k]
    conversion = None
    rest = field[k:]
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError("expected ':' after conversion specifier")
    return name, conversion, rest[1:]


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digits give ints."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            end = k + 1
            while end < len(name) and name[end] not in '.[':
                end += 1
            attr = name[k + 1:end]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = end
        else:
            end = name.find(']', k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:end]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = end + 1
            if k < len(name) and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery in Python, with methods to override."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # string.Formatter words both directions alike
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
