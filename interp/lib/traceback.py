"""traceback for slotscope: formatting tracebacks and exceptions as CPython's module does, for the
version slotscope imitates (sys.version_info).

Supported: extract_tb, extract_stack, walk_tb, walk_stack, format_list, format_tb, format_stack,
print_tb, print_stack, format_exception, format_exception_only, print_exception, format_exc,
print_exc, print_last, clear_frames, StackSummary, FrameSummary, TracebackException (the common
attributes), chained exceptions (__cause__, __context__, __suppress_context__), "[Previous line
repeated N more times]", __notes__ (3.11+), the 3.11+ caret lines for one-line spans (BinOp,
subscript and, 3.13, call anchors, found by a small expression scanner instead of the ast module),
SyntaxError's own form.
Not supported: capture_locals values beyond repr, exception groups' nested boxes, "Did you mean"
suggestions (the interpreter prints those for uncaught exceptions), colour, carets under spans
that cover several lines (3.13 prints them; here only the first line is shown).

Source lines come from linecache when it can be imported, else from sys._getsource(filename)
(the interpreter's copy of the source text, if it offers one). Column positions come from
f_code.co_positions() and tb_lasti, as in CPython 3.11+.
"""
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_V = tuple(sys.version_info)[:2]
_RECURSIVE_CUTOFF = 3
_sentinel = object()

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


# ---- source lines ---------------------------------------------------------------------------

_linecache = []


def _getline(filename, lineno):
    if not _linecache:
        try:
            import linecache
            _linecache.append(linecache.getline)
        except ImportError:
            _linecache.append(None)
    getline = _linecache[0]
    if getline is not None:
        return getline(filename, lineno)
    hook = getattr(sys, '_getsource', None)
    if hook is None:
        return ''
    try:
        text = hook(filename)
    except Exception:
        return ''
    if not text:
        return ''
    lines = text.splitlines(True)
    if 1 <= lineno <= len(lines):
        line = lines[lineno - 1]
        return line if line.endswith('\n') else line + '\n'
    return ''


# ---- frames ---------------------------------------------------------------------------------

class FrameSummary:
    """One frame of a stack: filename, lineno, name, line and (3.11+) the columns."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _positions(frame, tb):
    """(end_lineno, colno, end_colno) of the instruction tb points at, or Nones."""
    if _V < (3, 11) or tb is None:
        return None, None, None
    try:
        positions = frame.f_code.co_positions()
        lasti = tb.tb_lasti
        if lasti < 0:
            return None, None, None
        for i, pos in enumerate(positions):
            if i == lasti // 2:
                return pos[1], pos[2], pos[3]
    except Exception:
        pass
    return None, None, None


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def triples():
            for item in frame_gen:
                if len(item) == 3:
                    yield item
                else:
                    yield item[0], item[1], None
        return klass._extract(triples(), limit, lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, items, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        items = list(items)
        if limit is not None:
            if limit >= 0:
                items = items[:limit]
            else:
                items = items[len(items) + limit:]
        result = klass()
        for f, lineno, tb in items:
            co = f.f_code
            end_lineno, colno, end_colno = _positions(f, tb)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=False, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            original = frame_summary._original_line
            if _V >= (3, 13):
                row.append(_format_line_313(frame_summary, original, stripped))
            else:
                row.append('    {}\n'.format(stripped))
                if _V >= (3, 11):
                    row.append(_carets_311(frame_summary, original, stripped))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or last_line is None or
                    last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


# ---- caret lines (3.11+) --------------------------------------------------------------------

def _byte_to_char(line, offset):
    return len(line.encode('utf-8')[:offset].decode('utf-8', 'replace'))


def _carets_311(fs, line, stripped):
    if fs.colno is None or fs.end_colno is None:
        return ''
    stripped_chars = len(line) - len(line.lstrip())
    start = _byte_to_char(line, fs.colno)
    end = _byte_to_char(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _anchors_312(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())
    if end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0):
        row = '    ' + ' ' * (start - stripped_chars)
        if anchors:
            left, right = anchors
            row += '~' * left + '^' * (right - left) + '~' * (end - start - right)
        else:
            row += '^' * (end - start)
        return row + '\n'
    return ''


def _format_line_313(fs, line, stripped):
    text = line.rstrip('\n')
    if fs.colno is None or fs.end_colno is None or fs.end_lineno != fs.lineno:
        return '    {}\n'.format(stripped)
    dedent = len(text) - len(text.lstrip())
    text = text[dedent:]
    start = max(0, _byte_to_char(line, fs.colno) - dedent)
    end = max(0, _byte_to_char(line, fs.end_colno) - dedent)
    segment = text[start:end]
    try:
        anchors = _anchors_313(segment)
    except Exception:
        anchors = None
    show = True
    if _spans_simple_call(text, start, end):
        show = False
    elif not anchors:
        show = bool(text[:start].lstrip() or text[end:].rstrip())
    out = '    ' + text + '\n'
    if show:
        carets = []
        for col in range(end):
            if col < start:
                carets.append(' ')
            elif anchors and start + anchors[0] <= col < start + anchors[1]:
                carets.append('^')
            else:
                carets.append('~' if anchors else '^')
        out += '    ' + ''.join(carets) + '\n'
    return out


# A small scanner for one line of Python: enough to tell what the outermost node of an
# expression is (a binary operation, a subscript, a call) and where its parts end, which is
# what CPython finds with ast.parse.

_OPS3 = ('**=', '//=', '>>=', '<<=', '...', '!=')
_OPS2 = ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', '+=', '-=', '*=', '/=', '%=',
         '&=', '|=', '^=', '@=', ':=')
_BINARY_LEVELS = (('|',), ('^',), ('&',), ('<<', '>>'), ('+', '-'), ('*', '/', '//', '%', '@'))
_KEYWORDS = ('and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'for', 'yield', 'await',
             'async', 'return', 'del', 'import', 'from', 'as', 'with', 'while', 'pass',
             'raise', 'assert', 'global', 'nonlocal', 'class', 'def', 'try', 'except',
             'finally', 'break', 'continue', 'elif')
_COMPARE = ('<', '>', '==', '>=', '<=', '!=', 'in', 'is', 'not')


class _Tok:
    __slots__ = ('kind', 'text', 'start', 'end', 'close')

    def __init__(self, kind, text, start, end):
        self.kind = kind      # 'name', 'number', 'string', 'op', 'group'
        self.text = text
        self.start = start
        self.end = end
        self.close = None     # for a group: the offset of its closing bracket


def _scan(src):
    """Tokens of src, brackets folded into 'group' tokens; None if it is not well formed."""
    tokens = []
    stack = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in ' \t\f':
            i += 1
            continue
        if c == '#':
            break
        if c == '\\' or c == '\n':
            return None
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (src[i].isalnum() or src[i] == '_' or ord(src[i]) > 127):
                i += 1
            word = src[start:i]
            if i < n and src[i] in '\'"' and word.lower() in (
                    'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'):
                i = _scan_string(src, i)
                if i < 0:
                    return None
                tok = _Tok('string', src[start:i], start, i)
            else:
                tok = _Tok('name', word, start, i)
        elif c.isdigit() or (c == '.' and i + 1 < n and src[i + 1].isdigit()):
            while i < n and (src[i].isalnum() or src[i] in '._' or
                             (src[i] in '+-' and src[i - 1] in 'eE' and
                              not src[start:i].lower().startswith('0x'))):
                i += 1
            tok = _Tok('number', src[start:i], start, i)
        elif c in '\'"':
            i = _scan_string(src, i)
            if i < 0:
                return None
            tok = _Tok('string', src[start:i], start, i)
        elif c in '([{':
            group = _Tok('group', c, start, start + 1)
            tokens.append(group)
            stack.append((tokens, group))
            tokens = []
            group.text = (c, tokens)
            i += 1
            continue
        elif c in ')]}':
            if not stack:
                return None
            outer, group = stack.pop()
            if '([{'.index(group.text[0]) != ')]}'.index(c):
                return None
            group.end = i + 1
            group.close = i
            tokens = outer
            i += 1
            continue
        else:
            for op in _OPS3 + _OPS2:
                if src.startswith(op, i):
                    i += len(op)
                    break
            else:
                i += 1
            tok = _Tok('op', src[start:i], start, i)
        tokens.append(tok)
    if stack:
        return None
    return tokens


def _scan_string(src, i):
    q = src[i]
    if src.startswith(q * 3, i):
        end = src.find(q * 3, i + 3)
        while end > 0 and src[end - 1] == '\\':
            end = src.find(q * 3, end + 1)
        return -1 if end < 0 else end + 3
    j = i + 1
    while j < len(src):
        if src[j] == '\\':
            j += 2
            continue
        if src[j] == q:
            return j + 1
        j += 1
    return -1


def _is_operand_end(tok):
    if tok.kind in ('name', 'number', 'string', 'group'):
        return tok.kind != 'name' or tok.text not in _KEYWORDS or tok.text in (
            'None', 'True', 'False')
    return tok.text == '...'


def _node(tokens):
    """The outermost node of an expression made of tokens (one level): ('binop', left_end,
    right_start) / ('subscript', value_end, group) / ('call', func_end, group) / None."""
    if not tokens:
        return None
    for tok in tokens:
        if tok.kind == 'op' and tok.text in (',', '=', ':=', ':', ';') or tok.kind == 'name' and (
                tok.text in ('lambda', 'if', 'else', 'or', 'and', 'not', 'in', 'is', 'for',
                             'yield', 'await', 'async')):
            return None
        if tok.kind == 'op' and tok.text in _COMPARE:
            return None
        if tok.kind == 'name' and tok.text in _KEYWORDS:
            return None
    for level in _BINARY_LEVELS:
        found = -1
        for k in range(1, len(tokens)):
            tok = tokens[k]
            if tok.kind == 'op' and tok.text in level and _is_operand_end(tokens[k - 1]):
                found = k
        if found > 0:
            if found == len(tokens) - 1:
                return None
            return ('binop', _inner_end(tokens[:found]), _inner_start(tokens[found + 1:]))
    if tokens[0].kind == 'op' and tokens[0].text in ('-', '+', '~'):
        return None
    for k in range(1, len(tokens)):
        if tokens[k].kind == 'op' and tokens[k].text == '**':
            if k == len(tokens) - 1:
                return None
            return ('binop', _inner_end(tokens[:k]), _inner_start(tokens[k + 1:]))
    last = tokens[-1]
    if len(tokens) > 1 and last.kind == 'group' and last.text[0] in '([':
        if not _is_operand_end(tokens[-2]):
            return None
        kind = 'call' if last.text[0] == '(' else 'subscript'
        return (kind, tokens[-2].end, last)
    return None


def _paren_expr(tokens):
    """The single parenthesised non-tuple expression tokens make up, or None."""
    if len(tokens) == 1 and tokens[0].kind == 'group' and tokens[0].text[0] == '(':
        inner = tokens[0].text[1]
        if inner and not any(t.kind == 'op' and t.text == ',' for t in inner) and not any(
                t.kind == 'name' and t.text == 'for' for t in inner):
            return inner
    return None


def _inner_end(tokens):
    inner = _paren_expr(tokens)
    while inner is not None:
        tokens = inner
        inner = _paren_expr(tokens)
    return tokens[-1].end


def _inner_start(tokens):
    inner = _paren_expr(tokens)
    while inner is not None:
        tokens = inner
        inner = _paren_expr(tokens)
    return tokens[0].start


def _anchors_312(segment):
    tokens = _scan(segment)
    node = _node(tokens) if tokens else None
    if node is None:
        return None
    if node[0] == 'binop':
        left_end, right_start = node[1], node[2]
        op_str = segment[left_end:right_start]
        op_offset = len(op_str) - len(op_str.lstrip())
        left = left_end + op_offset
        right = left + 1
        if op_offset + 1 < len(op_str) and not op_str[op_offset + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        return left, right
    if node[0] == 'subscript':
        left = node[1]
        while left < len(segment) and segment[left] != '[':
            left += 1
        right = node[2].end
        return left, right
    return None


def _anchors_313(segment):
    tokens = _scan(segment)
    node = _node(tokens) if tokens else None
    if node is None:
        return None
    if node[0] == 'binop':
        col = node[1]
        while col < len(segment) and (segment[col].isspace() or segment[col] == ')'):
            col += 1
        right = col + 1
        if (right < len(segment) and right < node[2] and not segment[right].isspace()
                and segment[right] not in '\\#'):
            right += 1
        return col, right
    col = node[1]
    bracket = '(' if node[0] == 'call' else '['
    while col < len(segment) and segment[col] != bracket:
        col += 1
    return col, tokens[-1].end


def _spans_simple_call(text, start, end):
    """3.13: no carets under `return f(...)` or `x = f(...)` when the call is the whole span."""
    tokens = _scan(text)
    if not tokens:
        return False
    if tokens[0].kind == 'name' and tokens[0].text == 'return':
        rest = tokens[1:]
    elif (len(tokens) > 2 and tokens[0].kind == 'name' and tokens[0].text not in _KEYWORDS
          and tokens[1].kind == 'op' and tokens[1].text == '='):
        rest = tokens[2:]
    else:
        return False
    if len(rest) != 2 or rest[0].kind != 'name' or rest[0].text in _KEYWORDS:
        return False
    if rest[1].kind != 'group' or rest[1].text[0] != '(':
        return False
    return rest[0].start == start and rest[1].end == end


# ---- exceptions -----------------------------------------------------------------------------

def _some_str(value):
    try:
        return str(value)
    except Exception:
        if _V >= (3, 13):
            return '<exception str() failed>'
        return '<unprintable %s object>' % type(value).__name__


class TracebackException:
    """An exception ready for formatting: its stack, its text, its cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract(_walk_tb_with_full_positions(exc_traceback), limit,
                                           lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        notes = getattr(exc_value, '__notes__', None) if _V >= (3, 11) else None
        self.__notes__ = notes
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen and
                    not (compact and (self.__cause__ is not None or
                                      self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)
        self._load_lines()

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    @property
    def exc_type_str(self):
        return self._type_text()

    def _type_text(self):
        if self.exc_type is None:
            return None
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype
        return stype

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self._type_text()
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            for line in self._format_syntax_error(stype):
                yield line
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _some_str(note)
                for line in note.split('\n'):
                    yield line + '\n'
        elif notes is not None:
            yield '{}\n'.format(_safe_repr(notes))

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if _V >= (3, 13):
                    if self.lineno != self.end_lineno:
                        end_offset = len(rtext) + 1
                    if offset > len(text):
                        offset = len(rtext) + 1
                    if end_offset > len(text):
                        end_offset = len(rtext) + 1
                    if offset >= end_offset or end_offset < 0:
                        end_offset = offset + 1
                else:
                    if _V >= (3, 10) and self.end_lineno is not None and \
                            self.end_lineno != self.lineno:
                        end_offset = len(rtext) + 1
                    if _V < (3, 10) or offset == end_offset or end_offset == -1:
                        end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caret_space = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caret_space, '^' * max(1, end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                for line in exc.stack.format():
                    yield line
            for line in exc.format_exception_only():
                yield line


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return '<__notes__ repr() failed>'


def _format_final_exc_line(etype, value):
    valuestr = value if isinstance(value, str) else _some_str(value)
    if value is None or not valuestr:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, valuestr)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, '
                            '{} found'.format(type(exc).__name__))
        return None, None
    return value, tb


# ---- the public functions -------------------------------------------------------------------

def extract_tb(tb, limit=None):
    return StackSummary._extract(_walk_tb_with_full_positions(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next
