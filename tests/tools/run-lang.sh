#!/usr/bin/env bash
# Run one language test: INTERP [--python X.Y] NNN_topic.py inside tests/lang/,
# wanting exit 0 and stdout equal to NNN_topic.out byte for byte.
# usage: run-lang.sh INTERP tests/lang/NNN_topic.py
set -u
. "$(dirname "$0")/common.sh"
[ $# -eq 2 ] || { echo "usage: $0 INTERP FILE.py" >&2; exit 2; }
clean_env
interp=$(abs_prog "$1")
dir=$(cd "$(dirname "$2")" && pwd)
name=$(basename "$2" .py)
ver=$(test_version "$2")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/slotscope-lang.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$dir" && timeout -k 5 "$TEST_TIMEOUT" "$interp" ${ver:+--python "$ver"} "$name.py") \
    < /dev/null > "$tmp/out" 2> "$tmp/err"
rc=$?
ok=0
check_rc "" $rc "$tmp/err" || ok=1
same "$dir/$name.out" "$tmp/out" stdout || ok=1
[ $ok -eq 0 ] && [ -s "$tmp/err" ] && { echo "--- stderr (not checked):"; head -n 20 "$tmp/err"; }
exit $ok
