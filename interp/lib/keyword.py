"""keyword for slotscope: kwlist, iskeyword and (3.9+) softkwlist, issoftkeyword, as in CPython's
module for the version slotscope imitates (sys.version_info)."""
import sys

_V = tuple(sys.version_info)[:2]

kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
          'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
          'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
          'raise', 'return', 'try', 'while', 'with', 'yield']
if _V < (3, 7):
    kwlist.remove('async')
    kwlist.remove('await')
if _V == (3, 9):
    kwlist.insert(3, '__peg_parser__')

__all__ = ["iskeyword", "kwlist"]
_kwset = frozenset(kwlist)


def iskeyword(s):
    return s in _kwset


if _V >= (3, 9):
    __all__ += ["issoftkeyword", "softkwlist"]
    if _V >= (3, 12):
        softkwlist = ['_', 'case', 'match', 'type']
    elif _V >= (3, 10):
        softkwlist = ['_', 'case', 'match']
    else:
        softkwlist = []
    _softkwset = frozenset(softkwlist)

    def issoftkeyword(s):
        return s in _softkwset
del sys
