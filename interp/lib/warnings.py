"""warnings for slotscope: CPython's warnings machinery for the version slotscope imitates
(sys.version_info), in the Python subset.

Supported: warn (category, stacklevel, Warning instances; the caller's file, line and module from
sys._getframe; "file:line: Category: message" plus the source line on sys.stderr), warn_explicit,
the default filters (DeprecationWarning shown only when triggered in __main__, the rest of
CPython's release-build list), the actions error/ignore/always/default/module/once with the
per-module __warningregistry__, simplefilter, filterwarnings, resetwarnings, catch_warnings
(record, and 3.11+ action/category/lineno/append), showwarning/formatwarning (and replacing
them), WarningMessage, filters, defaultaction, onceregistry.
Differences: filterwarnings' message and module patterns are matched by a small regular
expression subset (literals, `.`, `.*`, `\\` escapes, `$` and `\\Z`; the message case-insensitively),
since slotscope has no re module; the categories slotscope lacks (PendingDeprecationWarning,
ImportWarning, ResourceWarning, BytesWarning, EncodingWarning...) are left out of the default
filters. Not supported: -W options and PYTHONWARNINGS, skip_file_prefixes, _showwarnmsg for
tracemalloc sources.
"""
import sys
import builtins

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_V = tuple(sys.version_info)[:2]


class _Pattern:
    """The part of re.compile(...).match that warning filters need."""

    def __init__(self, pattern, ignore_case=False):
        self.pattern = pattern
        self._ignore_case = ignore_case
        self._items = self._parse(pattern)

    @staticmethod
    def _parse(pattern):
        items = []  # (kind, char): 'lit', 'any', 'star' (of the previous item), 'end'
        i = 0
        while i < len(pattern):
            c = pattern[i]
            if c == '\\' and i + 1 < len(pattern):
                nxt = pattern[i + 1]
                items.append(('end', '') if nxt == 'Z' else ('lit', nxt))
                i += 2
                continue
            if c == '.':
                items.append(('any', ''))
            elif c == '*' and items:
                items[-1] = ('star', items[-1])
            elif c == '$' and i == len(pattern) - 1:
                items.append(('end', ''))
            else:
                items.append(('lit', c))
            i += 1
        return items

    def _one(self, item, c):
        kind, ch = item
        if kind == 'any':
            return c != '\n'
        if self._ignore_case:
            return ch.lower() == c.lower()
        return ch == c

    def _match_at(self, k, s, i):
        items = self._items
        if k == len(items):
            return True
        kind, what = items[k]
        if kind == 'end':
            return i == len(s) and self._match_at(k + 1, s, i)
        if kind == 'star':
            j = i
            while True:
                if self._match_at(k + 1, s, j):
                    return True
                if j < len(s) and self._one(what, s[j]):
                    j += 1
                else:
                    return False
        return i < len(s) and self._one(items[k], s[i]) and self._match_at(k + 1, s, i + 1)

    def match(self, s):
        return self._match_at(0, s, 0)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.pattern, self._ignore_case) == \
            (other.pattern, other._ignore_case)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        if self._ignore_case:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _default_filters():
    result = [('default', None, DeprecationWarning, '__main__', 0),
              ('ignore', None, DeprecationWarning, None, 0)]
    for name in ('PendingDeprecationWarning', 'ImportWarning', 'ResourceWarning'):
        category = getattr(builtins, name, None)
        if category is not None:
            result.append(('ignore', None, category, None, 0))
    return result


filters = _default_filters()
defaultaction = 'default'
onceregistry = {}
_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


def _getline(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except ImportError:
        pass
    hook = getattr(sys, '_getsource', None)
    text = None
    if hook is not None:
        try:
            text = hook(filename)
        except Exception:
            text = None
    if not text:
        return ''
    lines = text.splitlines(True)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Hand the message to a user's replacement showwarning, or write it."""
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _check(ok, error, message):
    """3.13 raises ValueError/TypeError for bad arguments; before, they were assertions."""
    if not ok:
        if _V >= (3, 13):
            raise error(message)
        raise AssertionError(message)


def _check_lineno(lineno):
    if _V >= (3, 13):
        _check(isinstance(lineno, int), TypeError, "lineno must be an int")
    _check(isinstance(lineno, int) and lineno >= 0, ValueError, "lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    _check(action in _ACTIONS, ValueError, "invalid action: %r" % (action,))
    _check(isinstance(message, str), TypeError, "message must be a string")
    _check(isinstance(category, type) and issubclass(category, Warning), TypeError,
           "category must be a Warning subclass" if _V >= (3, 13) else
           "category must be a class" if not isinstance(category, type) else
           "category must be a Warning subclass")
    _check(isinstance(module, str), TypeError, "module must be a string")
    _check_lineno(lineno)
    message = _Pattern(message, True) if message else None
    module = _Pattern(module + '\\Z') if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    _check(action in _ACTIONS, ValueError, "invalid action: %r" % (action,))
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _caller(stacklevel):
    """(globals, filename, lineno) of the frame stacklevel levels above warn's caller."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return sys.__dict__, 'sys', 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % (type(category).__name__,))
    globals, filename, lineno = _caller(stacklevel)
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals,
                  source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the
    context; with record=True, warnings are appended to the list it returns."""

    if _V >= (3, 11):
        def __init__(self, *, record=False, module=None, action=None, category=Warning,
                     lineno=0, append=False):
            self._record = record
            self._module = sys.modules['warnings'] if module is None else module
            self._entered = False
            if action is None:
                self._filter = None
            else:
                self._filter = (action, category, lineno, append)
    else:
        def __init__(self, *, record=False, module=None):
            self._record = record
            self._module = sys.modules['warnings'] if module is None else module
            self._entered = False
            self._filter = None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl
