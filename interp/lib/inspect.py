"""inspect for slotscope: the object-inspection part of CPython's module for the version
slotscope imitates (sys.version_info), in the Python subset.

Supported: signature / Signature / Parameter / BoundArguments for Python functions, methods,
classes (their metaclass __call__, __new__ or __init__), callable instances, functools.partial
objects and __signature__/__wrapped__; the str() and repr() of signatures and parameters
(annotations formatted as CPython does), bind/bind_partial/apply_defaults with CPython's
messages, replace, equality; isclass, ismodule, isfunction, ismethod, isgeneratorfunction,
isgenerator, isbuiltin, isroutine, ismethoddescriptor, isdatadescriptor, isabstract, iscode,
istraceback, isframe, getmembers, getmro, getdoc, cleandoc, getmodule, unwrap, currentframe,
getattr_static (instance dict, then the MRO's dicts), getfullargspec, getfile, getsourcefile,
findsource, getsourcelines and getsource for functions, methods, classes and modules (from the
source slotscope kept: sys._getsource; blocks found by indentation and bracket balance rather
than by tokenizing).
Not supported: signatures of builtins (ValueError, slotscope has no __text_signature__),
stack()/trace(), coroutine and async helpers,
get_annotations' eval_str, Signature.format(max_width=...).
"""
import sys
import collections
import types
import enum

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'isclass', 'isfunction',
           'ismethod', 'getmembers', 'getmro', 'getdoc', 'cleandoc', 'unwrap']

_V = tuple(sys.version_info)[:2]

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20


class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


# ---------------------------------------------------------------- predicates

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    while ismethod(object):
        object = object.__func__
    return bool(isfunction(object) and object.__code__.co_flags & CO_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutinefunction(object):
    return False


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def iscode(object):
    return isinstance(object, types.CodeType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    frame_type = getattr(types, 'FrameType', None)
    return frame_type is not None and isinstance(object, frame_type)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', None))


# ---------------------------------------------------------------- members and docs

def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    mro = (object,) + getmro(object) if isclass(object) else ()
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        for base in object.__bases__:
            for k, v in base.__dict__.items():
                if isinstance(v, types.DynamicClassAttribute):
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else self.__class__
    elif isfunction(obj):
        name = obj.__name__
        qualname = obj.__qualname__.split('.')
        if len(qualname) < 2:
            return None
        cls = sys.modules.get(obj.__module__)
        for part in qualname[:-1]:
            cls = getattr(cls, part, None)
        if not isclass(cls):
            return None
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        return _finddoc(func)
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up (inherited when missing)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def unwrap(func, *, stop=None):
    """Get the object wrapped by func (following the chain of __wrapped__ attributes)."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


def getattr_static(obj, attr, default=_void):
    """Retrieve attributes without triggering dynamic lookup via the descriptor protocol,
    __getattr__ or __getattribute__."""
    if not isinstance(obj, type):
        instance_dict = getattr(obj, '__dict__', None) if '__dict__' in dir(type(obj)) \
            else None
        if isinstance(instance_dict, dict) and attr in instance_dict:
            return instance_dict[attr]
        klass = type(obj)
    else:
        klass = obj
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if isinstance(obj, type):
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _void:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- source

def _source_object(object):
    """The code object (or class) whose source is asked for, as CPython's getfile accepts."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _source_object(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    'expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source."""
    filename = getfile(object)
    if _source_lines(filename):
        return filename
    return None


def _source_lines(filename):
    try:
        import linecache
        return linecache.getlines(filename)
    except ImportError:
        pass
    hook = getattr(sys, '_getsource', None)
    text = hook(filename) if hook is not None else None
    if not text:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _indent_of(line):
    return len(line) - len(line.lstrip(' \t'))


def _header_end(lines, start):
    """The index of the line ending the statement that starts at lines[start] (brackets
    balanced; strings are not looked into)."""
    depth = 0
    i = start
    while i < len(lines):
        for c in lines[i]:
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth -= 1
            elif c == '#':
                break
        if depth <= 0 and not lines[i].rstrip().endswith('\\'):
            return i
        i += 1
    return len(lines) - 1


def _getblock(lines, start):
    """lines[start:] cut after the block that starts there: decorators, the header and the
    lines indented deeper than it (blank and comment lines only between them)."""
    i = start
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i = _header_end(lines, i) + 1
    if i >= len(lines):
        return lines[start:]
    base = _indent_of(lines[i])
    end = _header_end(lines, i)
    stripped = lines[i].lstrip()
    is_block = stripped.startswith(('def ', 'class ', 'async def ')) and \
        lines[end].split('#')[0].rstrip().endswith(':')
    if not is_block:
        return lines[start:end + 1]
    last = end
    j = end + 1
    while j < len(lines):
        text = lines[j].strip()
        if text and not text.startswith('#'):
            if _indent_of(lines[j]) <= base:
                break
            last = _header_end(lines, j)
            j = last + 1
            continue
        j += 1
    return lines[start:last + 1]


def _class_start(lines, cls):
    first = getattr(cls, '__firstlineno__', None)
    if first is not None:
        return first - 1
    name = cls.__name__
    for i, line in enumerate(lines):
        text = line.lstrip()
        if text.startswith('class ' + name):
            rest = text[len('class ' + name):].lstrip()
            if rest[:1] in ('(', ':'):
                while i > 0 and lines[i - 1].lstrip().startswith('@'):
                    i -= 1
                return i
    raise OSError('could not find class definition')


def findsource(object):
    """Return the entire source file and starting line number (from 0) for an object."""
    filename = getfile(object)
    lines = _source_lines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_start(lines, object)
    code = _source_object(object)
    lnum = code.co_firstlineno - 1
    if lnum >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, lnum


def getsourcelines(object):
    """Return a list of source lines and starting line number for an object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    return _getblock(lines, lnum), lnum + 1


def getsource(object):
    """Return the text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------- Signature

class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


if _V >= (3, 11):
    # 3.11+ keep IntEnum's int str()/format() but the kind's own name for str()
    _ParameterKind.__format__ = lambda self, spec: str.__format__(self._name_, spec)

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    generic_alias = getattr(types, 'GenericAlias', None)
    if generic_alias is not None and isinstance(annotation, generic_alias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """Represents a parameter in a function signature."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values'
                             % (self._kind.description,))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % (type(name).__name__,))
        if name[:1] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not %s' % (self._kind.description,))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        import keyword
        if not name.isidentifier() or (_V >= (3, 9) and keyword.iskeyword(name)):
            raise ValueError('%r is not a valid parameter name' % (name,))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '%s: %s' % (formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '%s = %r' % (formatted, self._default)
            else:
                formatted = '%s=%r' % (formatted, self._default)
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<%s "%s">' % (self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind: a mutable mapping of parameter names to arguments."""
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments) if _V >= (3, 9) else \
            collections.OrderedDict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('%s=%r' % (arg, value))
        return '<%s (%s)>' % (self.__class__.__name__, ', '.join(args))


class Signature:
    """A Signature object represents the overall signature of a function."""
    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = collections.OrderedDict()
        elif __validate_parameters__:
            params = collections.OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: %s parameter before %s parameter'
                                     % (top_kind.description, kind.description))
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: %r' % (name,))
                params[name] = param
        else:
            params = collections.OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_param_in_kwargs = []
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            if _V < (3, 13):
                                msg = '%r parameter is positional only, but was passed as a ' \
                                      'keyword' % (param.name,)
                                raise TypeError(msg) from None
                            pos_only_param_in_kwargs.append(param)
                            continue
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            if param.kind == _KEYWORD_ONLY:
                                argtype = ' keyword-only'
                            else:
                                argtype = ''
                            msg = 'missing a required%s argument: %r' % (argtype, param.name)
                            raise TypeError(msg) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument %r'
                                        % (param.name,)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in parameters_ex + tuple(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: %r'
                                    % (param_name,)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('%r parameter is positional only, but was passed as a '
                                    'keyword' % (param.name,))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif pos_only_param_in_kwargs:
                raise TypeError('got some positional-only arguments passed as keyword '
                                'arguments: %r' % (', '.join(
                                    param.name for param in pos_only_param_in_kwargs),))
            else:
                raise TypeError('got an unexpected keyword argument %r'
                                % (next(iter(kwargs)),))
        if _V < (3, 9):
            ordered = collections.OrderedDict()
            for name in arguments:
                ordered[name] = arguments[name]
            arguments = ordered
        return self._bound_arguments_cls(self, arguments)

    def bind(self, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed `args` and `kwargs` to the
        function's signature.  Raises `TypeError` if the passed arguments can not be bound."""
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        """Like bind, but missing required arguments are allowed."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '(%s)' % (', '.join(result),)
        if self.return_annotation is not _empty:
            rendered += ' -> %s' % (formatannotation(self.return_annotation),)
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = getattr(code, 'co_posonlyargcount', 0)
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    non_default_count = pos_count - pos_default_count
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        default = kwdefaults.get(name, _empty) if kwdefaults else _empty
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _user_attr(cls, name):
    """cls's `name` from the MRO when a Python function defines it, else None."""
    for base in cls.__mro__:
        if name in base.__dict__:
            value = base.__dict__[name]
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            return value if isfunction(value) else None
    return None


def _signature_of_partial(wrapped_sig, partial):
    params = list(wrapped_sig.parameters.values())
    bound = wrapped_sig.bind_partial(*partial.args, **partial.keywords)
    new_params = []
    transform_to_kwonly = False
    for param in params:
        name = param.name
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and \
                name in bound.arguments and name not in partial.keywords:
            continue
        if name in partial.keywords:
            if param.kind == _POSITIONAL_ONLY:
                continue
            transform_to_kwonly = True
            param = param.replace(default=partial.keywords[name])
        if param.kind == _VAR_POSITIONAL and name in bound.arguments and not transform_to_kwonly:
            pass
        if transform_to_kwonly and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        if transform_to_kwonly and param.kind == _VAR_POSITIONAL:
            continue
        new_params.append(param)
    return wrapped_sig.replace(parameters=new_params)


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    sig = getattr(obj, '__signature__', None) if not isinstance(obj, type) else \
        obj.__dict__.get('__signature__')
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object %r in __signature__ attribute' % (sig,))
        return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    functools = sys.modules.get('functools')
    if functools is not None and isinstance(obj, getattr(functools, 'partial', ())):
        wrapped_sig = _signature_from_callable(obj.func, follow_wrapped, sigcls)
        return _signature_of_partial(wrapped_sig, obj)
    if isinstance(obj, type):
        call = _user_attr(type(obj), '__call__')
        if call is not None:
            return _drop_first(_signature_from_function(sigcls, call))
        new = _user_attr(obj, '__new__')
        init = _user_attr(obj, '__init__')
        if new is not None:
            return _drop_first(_signature_from_function(sigcls, new))
        if init is not None:
            return _drop_first(_signature_from_function(sigcls, init))
        if type(obj).__call__ is type.__call__ and obj.__init__ is object.__init__ and \
                obj.__new__ is object.__new__:
            if _V >= (3, 9) or obj is not object:
                return sigcls.from_callable(lambda: None)
        raise ValueError('no signature found for builtin type %r' % (obj,))
    if not isbuiltin(obj) and not ismethoddescriptor(obj):
        call = _user_attr(type(obj), '__call__')
        if call is not None:
            return _drop_first(_signature_from_function(sigcls, call))
    raise ValueError('no signature found for builtin %r' % (obj,))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = collections.namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, '
                                     'kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults,
                       annotations)
