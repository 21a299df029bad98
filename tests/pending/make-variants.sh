#!/usr/bin/env bash
# Record the expected outputs of the pending tests from real CPython (through
# tests/tools/cpython-as-slotscope, as tests/tools/regen.sh does) and make a
# per-version copy NNN_topic_X_Y.py (first line '# version: X.Y') for every
# version whose expected output differs from 3.12's.
#   tests/pending/NNN_topic.py         lang tests (run-lang.sh); no version line
#                                      (3.12); a file whose first line pins
#                                      another version is only recorded
#   tests/pending/errors/NNN_topic.py  error tests (run-error.sh); first line
#                                      '# version: 3.12', replaced in the copies
#                                      so that traceback line numbers agree
# Versions tried: 3.6 3.7 3.8 3.9 3.10 3.11 3.13, and 2.7 for files that
# `from __future__ import print_function` (2.7 copies are always kept).  A version that cannot run a lang
# test (non-zero exit) or cannot compile an error test gets no copy.  Each
# recording is checked again with another hash seed (like regen.sh).
# usage: tests/pending/make-variants.sh [FILE.py...]   (default: every base test)
set -u
here=$(cd "$(dirname "$0")" && pwd)
tools=$(cd "$here/../tools" && pwd)
standin=$tools/cpython-as-slotscope
tmp=$(mktemp -d "${TMPDIR:-/tmp}/variants.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
driver() { case $1 in */errors/*) echo "$tools/run-error.sh" ;; *) echo "$tools/run-lang.sh" ;; esac; }
record() {  # record FILE: 0 if recorded and reproducible
    local d; d=$(driver "$1")
    RECORD=1 STANDIN_HASHSEED=0 bash "$d" "$standin" "$1" > "$tmp/log" 2>&1 || { cp "$tmp/log" "$tmp/why"; return 1; }
    STANDIN_HASHSEED=12345 bash "$d" "$standin" "$1" > "$tmp/log" 2>&1 \
        || { echo "NOT REPRODUCIBLE $1"; sed 's/^/    /' "$tmp/log"; }
    return 0
}
same_expect() {  # same_expect BASE VARIANT: the recorded files agree (file names aside)
    local x b=${1##*/} v=${2##*/}
    for x in out err rc; do
        [ ! -e "${1}.$x" ] && [ ! -e "${2}.$x" ] && continue
        [ -e "${1}.$x" ] && [ -e "${2}.$x" ] || return 1
        sed "s/$v\.py/$b.py/g" "${2}.$x" | cmp -s "${1}.$x" - || return 1
    done
}
if [ $# -eq 0 ]; then
    set -- $(ls "$here"/[0-9][0-9][0-9]_*.py "$here"/errors/[0-9][0-9][0-9]_*.py 2>/dev/null | grep -v '_[23]_[0-9]*\.py$')
fi
for f in "$@"; do
    f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
    base=${f%.py}
    first=$(head -1 "$f")
    case $f in
        */errors/*) ;;
        *) if [ "${first#\# version:}" != "$first" ]; then
               record "$f" || { echo "FAILED TO RECORD $f"; sed 's/^/    /' "$tmp/why"; }
               continue
           fi ;;
    esac
    for old in "$base"_[23]_*.py; do [ -e "$old" ] && rm -f "${old%.py}".*; done
    record "$f" || { echo "FAILED TO RECORD $f"; sed 's/^/    /' "$tmp/why"; continue; }
    versions="3.6 3.7 3.8 3.9 3.10 3.11 3.13"
    grep -q '^from __future__ import print_function' "$f" && versions="2.7 $versions"
    for v in $versions; do
        vf="${base}_${v/./_}.py"
        case $f in
            */errors/*) { echo "# version: $v"; tail -n +2 "$f"; } > "$vf" ;;
            *) { echo "# version: $v"; cat "$f"; } > "$vf" ;;
        esac
        # 2.7 is kept even when it prints the same: it is a separate profile
        if ! record "$vf" || { [ "$v" != 2.7 ] && same_expect "$base" "${vf%.py}"; } \
           || { case $f in */errors/*) grep -q '^SyntaxError' "${vf%.py}.err" 2>/dev/null && ! grep -q '^SyntaxError' "$base.err" 2>/dev/null ;; *) false ;; esac; }; then
            rm -f "${vf%.py}".*
        fi
    done
done
