"""textwrap for slotscope: CPython's text wrapping and filling for the version slotscope
imitates (sys.version_info), in the Python subset.

Supported: TextWrapper (width, initial_indent, subsequent_indent, expand_tabs, tabsize,
replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens,
max_lines, placeholder) with CPython's chunking (whitespace runs, hyphenated words, em-dashes),
wrap, fill, shorten, dedent, indent.
Differences: CPython splits words with regular expressions; this module scans the text by hand
following the same rules, with ASCII-and-Unicode str methods (isalpha, isalnum) standing for
the regular expressions' \\w classes.
"""
import sys

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_V = tuple(sys.version_info)[:2]
_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return c.isalpha() or c == '_'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(s, j):
    """The end of a run of 2+ dashes at s[j] followed by a word character, else -1."""
    k = j
    while k < len(s) and s[k] == '-':
        k += 1
    if k - j >= 2 and k < len(s) and _is_word(s[k]):
        return k
    return -1


def _hyphen_break(s, j):
    """Whether a hyphenated word may break after the hyphen at s[j]."""
    behind = (j >= 2 and _is_letter(s[j - 2]) and _is_letter(s[j - 1])) or \
        (j >= 3 and _is_letter(s[j - 3]) and s[j - 2] == '-' and _is_letter(s[j - 1]))
    if not behind:
        return False
    k = j + 1
    if k >= len(s) or not _is_letter(s[k]):
        return False
    k += 1
    if k < len(s) and s[k] == '-':
        k += 1
    return k < len(s) and _is_letter(s[k])


def _split_word(s, base, text):
    """Chunks of the non-whitespace run s (at text[base:]) as wordsep_re finds them."""
    chunks = []
    i = 0
    n = len(s)
    while i < n:
        before = text[base + i - 1] if base + i > 0 else ''
        if s[i] == '-' and before and _is_word_punct(before):
            end = _dash_run(s, i)
            if end > 0:
                chunks.append(s[i:end])
                i = end
                continue
        j = i + 1
        while True:
            if j >= n:
                break
            if s[j] == '-' and _hyphen_break(s, j):
                j += 1
                break
            if _is_word_punct(s[j - 1]) and _dash_run(s, j) > 0:
                break
            j += 1
        chunks.append(s[i:j])
        i = j
    return chunks


class TextWrapper:
    """Wrap paragraphs of text to a given width."""

    unicode_whitespace_trans = {}
    for _c in _whitespace:
        unicode_whitespace_trans[ord(_c)] = ord(' ')
    del _c

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    chunks.extend(_split_word(text[i:j], i, text))
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if _V >= (3, 10) and self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and \
                                cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _sentence_end(chunk):
    """Whether chunk ends like a sentence: a lower-case letter, then . ! or ?, then maybe a
    quote."""
    s = chunk
    if s.endswith('"') or s.endswith("'"):
        s = s[:-1]
    return len(s) >= 2 and s[-1] in '.!?' and 'a' <= s[-2] <= 'z'


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    # lines of only spaces and tabs become empty
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        indent = _leading_blanks(line)
        if len(indent) == len(line):
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
