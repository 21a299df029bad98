#!/usr/bin/env bash
# Run one command-line test.  NNN_name.cmd is a shell command line in which
# `slotscope` stands for the interpreter under test; it runs inside the test's
# directory with NNN_name.in (or nothing) on stdin.  Expected:
#   stdout  == NNN_name.out, or each ERE line of NNN_name.out.re matches a line
#   stderr  == NNN_name.err (script directory dropped from paths),
#              or each ERE line of NNN_name.err.re matches a line
#   status  == NNN_name.rc (default 0)
# usage: run-cli.sh INTERP tests/errors/cli/NNN_name.cmd
set -u
. "$(dirname "$0")/common.sh"
[ $# -eq 2 ] || { echo "usage: $0 INTERP FILE.cmd" >&2; exit 2; }
clean_env
interp=$(abs_prog "$1")
dir=$(cd "$(dirname "$2")" && pwd)
name=$(basename "$2" .cmd)
input=/dev/null
[ -f "$dir/$name.in" ] && input=$dir/$name.in
tmp=$(mktemp -d "${TMPDIR:-/tmp}/slotscope-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

slotscope() { timeout -k 5 "$TEST_TIMEOUT" "$interp" "$@"; }
(cd "$dir" && eval "$(cat "$name.cmd")") < "$input" > "$tmp/out" 2> "$tmp/raw"
rc=$?
strip_dir "$dir" < "$tmp/raw" > "$tmp/err"
ok=0
check_rc "$dir/$name.rc" $rc "$tmp/err" || ok=1
for s in out err; do
    if [ -f "$dir/$name.$s.re" ]; then
        matches "$dir/$name.$s.re" "$tmp/$s" "std$s" || ok=1
    else
        same "$dir/$name.$s" "$tmp/$s" "std$s" || ok=1
    fi
done
exit $ok
