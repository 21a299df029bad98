# shellcheck shell=bash
# Helpers for bench/run.sh and bench/tracemalloc_overhead.sh (sourced).
here=$(cd "$(dirname "$0")" && pwd)
SLOTSCOPE=${SLOTSCOPE:-$here/../build/slotscope}
PYTHON3=${PYTHON3:-python3}
# The workloads run inside bench/: a path given relative to the caller's directory is made
# absolute first (a bare name is looked up in PATH as usual).
abs_path() { case $1 in /*) echo "$1" ;; */*) echo "$PWD/$1" ;; *) echo "$1" ;; esac; }
SLOTSCOPE=$(abs_path "$SLOTSCOPE")
PYTHON3=$(abs_path "$PYTHON3")

# median_seconds N CMD...: run CMD N times in bench/ and print the median
# wall-clock time in seconds, or "failed" if any run exits non-zero.
median_seconds() {
    local n=$1 i start end
    shift
    for ((i = 0; i < n; i++)); do
        start=$(date +%s%N)
        (cd "$here" && "$@") > /dev/null 2>&1 || { echo failed; return; }
        end=$(date +%s%N)
        echo $(( end - start ))
    done | sort -n | awk '{ t[NR] = $1 }
        END { if (t[1] == "failed") { print "failed"; exit }
              m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
              printf "%.3f\n", m / 1e9 }'
}

# ratio A B: A / B to two decimals, or "-" when either is not a number.
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f\n", a / b; else print "-" }'
}

have_python3() { command -v "$PYTHON3" > /dev/null 2>&1; }

check_slotscope() {
    [ -x "$SLOTSCOPE" ] && return 0
    echo "no slotscope at $SLOTSCOPE: build it first (cmake --build build) or set SLOTSCOPE=" >&2
    exit 2
}
