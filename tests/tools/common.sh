# shellcheck shell=bash
# Shared helpers for the test drivers (sourced, not run).  POSIX tools + bash only.

# Keep the caller's PYTHON* settings away from the interpreter under test and
# from CPython when regenerating; fix the locale so that output is UTF-8.
clean_env() {
    local var
    for var in $(compgen -e); do
        case $var in PYTHON*) unset "$var" ;; esac
    done
    export LC_ALL=C.UTF-8
}

# The version a test asks for: '# version: X.Y' on its first line, or nothing.
test_version() {
    local line
    IFS= read -r line < "$1" || true
    case $line in "# version:"*) set -- ${line#\# version:}; echo "$1" ;; esac
}

# Absolute path of a program given relative to the caller's directory.
abs_prog() {
    case $1 in
        /*) echo "$1" ;;
        */*) echo "$PWD/$1" ;;
        *) command -v "$1" || echo "$1" ;;
    esac
}

# CPython 3.9+ shows the main script by its absolute path (in tracebacks and
# some messages), 3.8 and slotscope may show it as given; expected files hold
# names relative to the test's directory.  usage: strip_dir DIR < stderr
strip_dir() { sed "s|$1/||g"; }

# Compare an expected file (a missing one means: nothing) with what was
# produced; print a diff when they differ.  With RECORD=1 (regen.sh), write the
# expected file instead (remove it when nothing was produced).
# usage: same EXPECTED GOT LABEL
same() {
    local want=$1
    if [ "${RECORD:-0}" = 1 ]; then
        if [ -s "$2" ]; then cp "$2" "$want"; else rm -f "$want"; fi
        return 0
    fi
    [ -f "$want" ] || want=/dev/null
    cmp -s "$want" "$2" && return 0
    echo "--- $3 differs (expected ${1##*/tests/}, got below):"
    diff -u --label expected --label got "$want" "$2" | head -n 60
    return 1
}

# Each line of a .re file is an extended regex that must match some line.
# usage: matches REFILE GOT LABEL
matches() {
    local re ok=0
    while IFS= read -r re; do
        [ -n "$re" ] || continue
        grep -Eq -- "$re" "$2" || { echo "--- $3 has no line matching: $re"; ok=1; }
    done < "$1"
    [ $ok -eq 0 ] || { echo "--- $3 was:"; head -n 30 "$2"; }
    return $ok
}

# Check the exit status against RCFILE (it holds the status; a missing one
# means 0; an empty RCFILE argument means 0 and is never recorded); print what
# happened if it is wrong.  With RECORD=1, write RCFILE instead.
# usage: check_rc RCFILE GOT ERRFILE
check_rc() {
    local want=0
    if [ "${RECORD:-0}" = 1 ] && [ -n "$1" ]; then
        if [ "$2" != 0 ]; then echo "$2" > "$1"; else rm -f "$1"; fi
        return 0
    fi
    [ -n "$1" ] && [ -f "$1" ] && want=$(cat "$1")
    [ "$want" = "$2" ] && return 0
    if [ "$2" = 124 ] || [ "$2" = 137 ]; then
        echo "--- timed out after ${TEST_TIMEOUT}s (exit $2), expected exit $want"
    else
        echo "--- exit status $2, expected $want"
    fi
    [ -s "$3" ] && { echo "--- stderr ends:"; tail -n 15 "$3"; }
    return 1
}

TEST_TIMEOUT=${TEST_TIMEOUT:-60}
