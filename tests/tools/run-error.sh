#!/usr/bin/env bash
# Run one program that must fail: INTERP [--python X.Y] NNN_topic.py inside
# tests/errors/, wanting stdout == .out, stderr == .err (the traceback, with the
# script's directory dropped from paths) and the exit status in .rc (default 0).
# usage: run-error.sh INTERP tests/errors/NNN_topic.py
set -u
. "$(dirname "$0")/common.sh"
[ $# -eq 2 ] || { echo "usage: $0 INTERP FILE.py" >&2; exit 2; }
clean_env
interp=$(abs_prog "$1")
dir=$(cd "$(dirname "$2")" && pwd)
name=$(basename "$2" .py)
ver=$(test_version "$2")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/slotscope-err.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$dir" && timeout -k 5 "$TEST_TIMEOUT" "$interp" ${ver:+--python "$ver"} "$name.py") \
    < /dev/null > "$tmp/out" 2> "$tmp/raw"
rc=$?
strip_dir "$dir" < "$tmp/raw" > "$tmp/err"
ok=0
check_rc "$dir/$name.rc" $rc "$tmp/err" || ok=1
same "$dir/$name.out" "$tmp/out" stdout || ok=1
same "$dir/$name.err" "$tmp/err" stderr || ok=1
exit $ok
