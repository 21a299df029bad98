#!/usr/bin/env bash
# Run the interp/lib probes and sample programs in tests/lib under an interpreter and compare
# with the expected outputs (which come from real CPython).
#
#   tests/lib/run.sh INTERP [FILE.py...]          compare (all *.py here when no FILE)
#   tests/lib/run.sh --regen INTERP [FILE.py...]  rewrite tests/lib/expected/ (INTERP should be
#                                                 tests/tools/cpython-as-slotscope)
#
# Each file's "# versions: X.Y ..." line says which --python versions it runs under (default 3.12);
# its expected output is expected/NAME.X.Y.out: stdout, then, when there is any stderr or the exit
# status is not 0, "--- stderr", the stderr and "--- exit N". Before comparing, this folder's path
# is removed and "Ran N tests in 0.123s" becomes "Ran N tests in X.XXXs".
# INTERP is run as `INTERP --python X.Y NAME.py` inside this folder. Set SHADOW_RUN to a command
# prefix to run files some other way (tools/check-cpython.sh does).
set -u
here=$(cd "$(dirname "$0")" && pwd)
real=$(cd "$here" && pwd -P)  # interpreters may report the resolved path of a symlinked folder
regen=0
if [ "${1:-}" = "--regen" ]; then regen=1; shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [--regen] INTERP [FILE.py...]" >&2; exit 2; }
interp=$1; shift
case $interp in /*) ;; */*) interp=$(cd "$(dirname "$interp")" && pwd)/$(basename "$interp") ;; esac
if [ $# -eq 0 ]; then set -- "$here"/*.py; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for f in "$@"; do
    name=$(basename "$f" .py)
    versions=$(sed -n '1,3s/^# versions: *//p' "$f")
    [ -n "$versions" ] || versions=3.12
    for v in $versions; do
        ( cd "$here" && timeout "${TEST_TIMEOUT:-60}" ${SHADOW_RUN:-} "$interp" --python "$v" "$name.py" \
              >"$tmp/out" 2>"$tmp/err" </dev/null; echo $? >"$tmp/rc" )
        rc=$(cat "$tmp/rc")
        {
            cat "$tmp/out"
            if [ -s "$tmp/err" ] || [ "$rc" != 0 ]; then
                echo "--- stderr"; cat "$tmp/err"; echo "--- exit $rc"
            fi
        } | sed -e "s#$here/##g" -e "s#$real/##g" -e 's/^\(Ran [0-9]* tests\{0,1\} in \)[0-9.]*s$/\1X.XXXs/' >"$tmp/got"
        exp="$here/expected/$name.$v.out"
        if [ $regen = 1 ]; then
            mkdir -p "$here/expected"; cp "$tmp/got" "$exp"; echo "wrote $exp"
        elif [ -f "$exp" ] && cmp -s "$tmp/got" "$exp"; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1)); echo "FAIL: $name ($v)"
            if [ -f "$exp" ]; then diff "$exp" "$tmp/got" | head -${DIFF_LINES:-20}; else echo "  no $exp"; fi
        fi
    done
done
[ $regen = 1 ] && exit 0
echo "$pass passed, $fail failed"
[ $fail = 0 ]
