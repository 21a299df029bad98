#!/usr/bin/env bash
# Record the expected outputs of the pending tests from real CPython, and make a
# per-version copy (NNN_topic_3_X.py, first line '# version: 3.X') for every
# version whose output differs from 3.12's.  Pinned files (those that already
# start with '# version:') are only recorded.  Like tests/tools/regen.sh, each
# test is recorded with PYTHONHASHSEED=0 and checked again with another seed.
# usage: tests/pending/make-variants.sh [FILE.py...]   (default: every base test)
set -u
here=$(cd "$(dirname "$0")" && pwd)
tools=$here/../tools
standin=$tools/cpython-as-slotscope
PYENV_ROOT=${PYENV_ROOT:-/root/.pyenv}
VERSIONS="3.6 3.7 3.8 3.9 3.10 3.11 3.13"
export LC_ALL=C.UTF-8
record() {  # record FILE: write FILE's .out from CPython, check reproducibility
    RECORD=1 STANDIN_HASHSEED=0 bash "$tools/run-lang.sh" "$standin" "$1" > /tmp/mv.$$ 2>&1 \
        || { echo "FAILED TO RECORD $1"; sed 's/^/    /' /tmp/mv.$$; }
    STANDIN_HASHSEED=12345 bash "$tools/run-lang.sh" "$standin" "$1" > /tmp/mv.$$ 2>&1 \
        || { echo "NOT REPRODUCIBLE $1"; sed 's/^/    /' /tmp/mv.$$; }
}
if [ $# -eq 0 ]; then
    set -- $(ls "$here"/[0-9][0-9][0-9]_*.py | grep -v '_[23]_[0-9]*\.py$')
fi
for f in "$@"; do
    f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
    base=${f%.py}
    if head -1 "$f" | grep -q '^# version:'; then record "$f"; continue; fi
    rm -f "$base"_[23]_*.py "$base"_[23]_*.out
    record "$f"
    for v in $VERSIONS; do
        py=$(ls -d "$PYENV_ROOT"/versions/$v.*/bin/python 2>/dev/null | head -1)
        [ -n "$py" ] || continue
        out=$( (cd "$(dirname "$f")" && PYTHONHASHSEED=0 timeout 60 "$py" "$(basename "$f")") 2>/dev/null < /dev/null) || continue
        if [ "$out" != "$(cat "$base.out" 2>/dev/null)" ]; then
            vf="${base}_${v/./_}.py"
            { echo "# version: $v"; cat "$f"; } > "$vf"
            record "$vf"
        fi
    done
done
rm -f /tmp/mv.$$
