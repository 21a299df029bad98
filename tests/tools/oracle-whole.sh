#!/usr/bin/env bash
# Does every oracle case "run whole" under every version it lists?  That is:
# the exit status is non-zero exactly when CPython's was (an expected .err
# exists), and stdout has as many lines as CPython printed.  The figures in
# those lines may still differ: tests/oracle/check.sh checks them byte for byte.
# Each run is cut off after CHECK_TIMEOUT seconds (default 60).
# usage: oracle-whole.sh INTERP [VERSION...]
# Prints one line per failure and ends with 'N passed, M failed'.
set -u
. "$(dirname "$0")/common.sh"
[ $# -ge 1 ] || { echo "usage: $0 INTERP [VERSION...]" >&2; exit 2; }
clean_env
interp=$(abs_prog "$1"); shift
only=" $* "
oracle=$(cd "$(dirname "$0")/../oracle" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/oracle-whole.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

lines() { grep -c '' "$1"; }  # counts a last line without newline too
versions() {  # the versions on a case's first line, '3.x' expanded
    local line v
    IFS= read -r line < "$1"
    case $line in "# versions:"*) ;; *) return ;; esac
    for v in ${line#\# versions:}; do
        if [ "$v" = 3.x ]; then echo 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13; else echo "$v"; fi
    done
}

passed=0; failed=0
for path in "$oracle"/cases/*.py; do
    name=$(basename "$path" .py)
    for v in $(versions "$path"); do
        [ "$only" = "  " ] || case $only in *" $v "*) ;; *) continue ;; esac
        exp=$oracle/expected/$v/$name
        (cd "$oracle/cases" && timeout -k 5 "${CHECK_TIMEOUT:-60}" "$interp" --python "$v" "$name.py") \
            < /dev/null > "$tmp/out" 2> "$tmp/err"
        rc=$?
        why=
        if [ -f "$exp.err" ] && [ $rc -eq 0 ]; then
            why="exit 0, CPython failed with: $(cat "$exp.err")"
        elif [ ! -f "$exp.err" ] && [ $rc -ne 0 ]; then
            why="exit $rc, expected 0; stderr ends: $(tail -n 1 "$tmp/err")"
        elif [ "$(lines "$tmp/out")" != "$(lines "$exp.out")" ]; then
            why="$(lines "$tmp/out") stdout lines, CPython printed $(lines "$exp.out")"
        fi
        if [ -n "$why" ]; then
            echo "FAIL $v $name: $why"; failed=$((failed + 1))
        else
            passed=$((passed + 1))
        fi
    done
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
