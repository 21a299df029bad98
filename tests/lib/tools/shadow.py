"""Run a script under real CPython with some of slotscope's interp/lib modules in place of the
standard library's (a tool to check interp/lib against CPython; slotscope never runs it).

    python shadow.py LIBDIR mod1,mod2,... SCRIPT [ARG...]

Each named module is loaded from LIBDIR/<name>.py and installed in sys.modules under its own name
before SCRIPT runs as __main__ (modules the interpreter imported at start-up are replaced too).
"""
import importlib.util
import os
import pkgutil  # noqa: F401 -- runpy imports it lazily; it pulls in typing, re and enum
import runpy
import sys


def main():
    libdir, names, script = sys.argv[1], sys.argv[2], sys.argv[3]
    for name in [n for n in names.split(',') if n]:
        spec = importlib.util.spec_from_file_location(name, os.path.join(libdir, name + '.py'))
        module = importlib.util.module_from_spec(spec)
        saved = sys.modules.get(name)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            if saved is not None:
                sys.modules[name] = saved
            raise
    sys.argv = sys.argv[3:]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    runpy.run_path(script, run_name='__main__')


main()
