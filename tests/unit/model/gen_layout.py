"""Generates layout_cases.h: CPython's real layouts of many small classes, per version.
Run with each /root/.pyenv/versions/X.Y.*/bin/python (see the Makefile-free loop in the
comment of layout_cases.h); the test itself needs no CPython."""
from __future__ import print_function
import sys

bases = [('MB_OBJECT', object), ('MB_LIST', list), ('MB_DICT', dict), ('MB_FLOAT', float),
         ('MB_INT', int), ('MB_TUPLE', tuple), ('MB_EXCEPTION', Exception)]
if sys.version_info[0] >= 3:
    bases += [('MB_STR', str), ('MB_BYTES', bytes)]
variants = [None, (), ('a',), ('__weakref__',), ('__dict__',), ('a', 'b', '__dict__', '__weakref__'),
            ('a', 'b', 'c')]
ver = '%d.%d' % sys.version_info[:2]
for mb, base in bases:
    for v in variants:
        ns = {} if v is None else {'__slots__': v}
        try:
            C = type('C', (base,), ns)
        except TypeError:
            continue
        nslots = 0 if v is None else len([n for n in v if n not in ('__dict__', '__weakref__')])
        add_dict = C.__dictoffset__ != base.__dictoffset__ or (C.__dictoffset__ and not base.__dictoffset__)
        add_weak = C.__weakrefoffset__ != base.__weakrefoffset__
        size = sys.getsizeof(C()) if base is object else -1
        gc = int(bool(C.__flags__ & (1 << 14)))  # Py_TPFLAGS_HAVE_GC
        print('    {"%s", %s, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d},' % (
            ver, mb, nslots, v is not None, int(bool(add_dict)), int(bool(add_weak)),
            C.__basicsize__, C.__itemsize__, C.__dictoffset__, C.__weakrefoffset__, size, gc))
