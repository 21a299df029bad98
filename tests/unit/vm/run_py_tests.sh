#!/usr/bin/env bash
# The VM's program tests: NNN_topic.py must print NNN_topic.out (CPython's stdout+stderr, 3.12
# unless its first line is '# version: X.Y'),
# and tb/eN.py must write tb/eN.X.Y.err to stderr under --python X.Y (tracebacks, carets,
# SyntaxError forms, suggestions). Expected files were made with the real CPythons.
# usage: run_py_tests.sh INTERP
set -u
interp=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
export LC_ALL=C.UTF-8
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vmtest.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for f in "$here"/[0-9]*.py; do
    n=$(basename "$f" .py)
    v=$(sed -n '1s/^# version: *//p' "$f")
    (cd "$here" && timeout 60 "$interp" ${v:+--python "$v"} "$n.py" > "$tmp/out" 2>&1)
    sed -i "s|$here/||g" "$tmp/out"
    if ! cmp -s "$tmp/out" "$here/$n.out"; then
        echo "FAIL $n"; diff "$tmp/out" "$here/$n.out" | head -20; fail=1
    fi
done
for e in "$here"/tb/*.err; do
    b=$(basename "$e" .err); n=${b%.*.*}; v=${b#"$n".}
    (cd "$here/tb" && timeout 60 "$interp" --python "$v" "$n.py" > /dev/null 2> "$tmp/err")
    sed -i "s|$here/tb/||g" "$tmp/err"
    if ! cmp -s "$tmp/err" "$e"; then
        echo "FAIL tb/$n ($v)"; diff "$tmp/err" "$e" | head -20; fail=1
    fi
done
exit $fail
