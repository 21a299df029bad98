#!/usr/bin/env bash
# Run each workload N times (default 5) under build/slotscope and under python3
# when present; print the median seconds of each and the ratio slotscope/python3.
# usage: bench/run.sh [N]
# env:   SLOTSCOPE=path (default build/slotscope), PYTHON3=path (default python3)
set -u
. "$(dirname "$0")/lib.sh"
n=${1:-5}
check_slotscope

WORKLOADS=(
    "instances-dict   instances.py dict"
    "instances-slots  instances.py slots"
    "attr-rw          attr_rw.py"
    "attr-rw-slots    attr_rw.py slots"
    "method-calls     method_calls.py"
    "fib              fib.py"
    "dict-inserts     dict_inserts.py"
)

have_python3 && pyname=$("$PYTHON3" -c 'import sys; print("python%d.%d" % sys.version_info[:2])') || pyname="python3"
printf '%-16s %10s %10s %8s   (median of %d runs, seconds)\n' workload slotscope "$pyname" ratio "$n"
for w in "${WORKLOADS[@]}"; do
    read -r name file args <<< "$w"
    s=$(median_seconds "$n" "$SLOTSCOPE" "$file" $args)
    p=-
    have_python3 && p=$(median_seconds "$n" "$PYTHON3" "$file" $args)
    printf '%-16s %10s %10s %8s\n' "$name" "$s" "$p" "$(ratio "$s" "$p")"
done
