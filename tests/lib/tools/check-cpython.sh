#!/usr/bin/env bash
# Check interp/lib's modules on real CPython: run each tests/lib file with the modules it names in
# a "# shadow: mod1,mod2" line (default: the part of its name before the first "_") loaded from
# interp/lib in place of the standard library's, and compare with the expected outputs, which
# come from the real standard library (tests/lib/run.sh --regen).
#   tests/lib/tools/check-cpython.sh [FILE.py...]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
lib=$(cd "$here/../../interp/lib" && pwd)
standin=$(cd "$here/../tools" && pwd)/cpython-as-slotscope
if [ $# -eq 0 ]; then set -- "$here"/*.py; fi
status=0
for f in "$@"; do
    name=$(basename "$f" .py)
    shadow=$(sed -n '1,3s/^# shadow: *//p' "$f")
    [ -n "$shadow" ] || shadow=${name%%_*}
    [ -f "$lib/${shadow%%,*}.py" ] || continue
    # The stand-in runs `python SCRIPT`; make it `python shadow.py LIB MODS SCRIPT`.
    SHADOW_RUN="env CHECK_SHADOW=$lib:$shadow" bash "$here/run.sh" "$here/tools/shadow-interp" "$f" || status=1
done
exit $status
