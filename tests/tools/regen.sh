#!/usr/bin/env bash
# Regenerate expected outputs from real CPython (through cpython-as-slotscope,
# which needs $PYENV_ROOT/versions/X.Y.*/bin/python, PYENV_ROOT=/root/.pyenv by
# default), then run each test a second time with another hash seed and
# report any output that is not reproducible.
#
# usage: regen.sh [PATH...]
#   PATH  a test file (tests/lang/NNN.py, tests/errors/NNN.py,
#         tests/errors/cli/NNN.cmd, tests/repl/NNN.in) or one of those folders;
#         default: all four folders.  The oracle is regenerated upstream
#         (../shared/oracle/run-cpython.sh), then copied by sync-oracle.sh.
# Read the diff (git diff tests/) before committing: CPython is the reference,
# but a test that prints something nondeterministic must be fixed, not recorded.
set -u
tools=$(cd "$(dirname "$0")" && pwd)
tests=$(dirname "$tools")
standin=$tools/cpython-as-slotscope
[ $# -gt 0 ] || set -- "$tests/lang" "$tests/errors" "$tests/errors/cli" "$tests/repl"

runner_for() {  # the driver script for one test file, or nothing
    case $(basename "$(dirname "$1")")/$(basename "$1") in
        lang/*.py) echo run-lang.sh ;;
        errors/*.py) echo run-error.sh ;;
        cli/*.cmd) echo run-cli.sh ;;
        repl/*.in) echo run-repl.sh ;;
    esac
}

files=()
for p in "$@"; do
    if [ -d "$p" ]; then
        for f in "$p"/*.py "$p"/*.cmd "$p"/*.in; do
            [ -f "$f" ] && [ -n "$(runner_for "$f")" ] && files+=("$f")
        done
    elif [ -n "$(runner_for "$p")" ]; then
        files+=("$p")
    else
        echo "regen.sh: not a test: $p" >&2; exit 2
    fi
done

log=$(mktemp "${TMPDIR:-/tmp}/regen.XXXXXX")
trap 'rm -f "$log"' EXIT
n=0; bad=0
for f in "${files[@]}"; do
    r=$tools/$(runner_for "$f")
    if ! RECORD=1 STANDIN_HASHSEED=0 "$r" "$standin" "$f" > "$log" 2>&1; then
        echo "FAILED TO RECORD $f:"; sed 's/^/    /' "$log"; bad=$((bad + 1))
    elif ! STANDIN_HASHSEED=12345 "$r" "$standin" "$f" > "$log" 2>&1; then
        echo "NOT REPRODUCIBLE $f:"; sed 's/^/    /' "$log"; bad=$((bad + 1))
    fi
    n=$((n + 1))
done
echo "regenerated $n tests, $bad problem(s)"
[ $bad -eq 0 ]
