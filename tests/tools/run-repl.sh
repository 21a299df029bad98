#!/usr/bin/env bash
# Run one REPL transcript: NNN_topic.in is fed to `INTERP -i [ARGS]` on stdin
# (ARGS from NNN_topic.args if present: options, or a FILE.py to run first);
# stdout and stderr, merged in the order they were written, must equal
# NNN_topic.expected once the banner is dropped: every line before the first one
# that starts with the '>>> ' prompt (with a FILE.py, CPython prints no banner
# and nothing is dropped).  The exit status must be the one in NNN_topic.rc
# (default 0).
# usage: run-repl.sh INTERP tests/repl/NNN_topic.in
set -u
. "$(dirname "$0")/common.sh"
[ $# -eq 2 ] || { echo "usage: $0 INTERP FILE.in" >&2; exit 2; }
clean_env
interp=$(abs_prog "$1")
dir=$(cd "$(dirname "$2")" && pwd)
name=$(basename "$2" .in)
args=
[ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/slotscope-repl.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$dir" && timeout -k 5 "$TEST_TIMEOUT" "$interp" -i $args) \
    < "$dir/$name.in" > "$tmp/raw" 2>&1
rc=$?
case " $args " in
    *.py\ *) strip_dir "$dir" < "$tmp/raw" > "$tmp/got" ;;    # FILE given: no banner
    *) sed -n '/^>>> /,$p' "$tmp/raw" | strip_dir "$dir" > "$tmp/got" ;;  # drop the banner
esac
ok=0
check_rc "$dir/$name.rc" $rc "$tmp/raw" || ok=1
same "$dir/$name.expected" "$tmp/got" transcript || ok=1
exit $ok
