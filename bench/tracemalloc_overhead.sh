#!/usr/bin/env bash
# The cost of tracemalloc: 1,000,000 instances (with and without __slots__)
# created with tracing off and on, N runs each (default 3), under build/slotscope
# and python3 when present; prints medians and the ratio on/off.
# usage: bench/tracemalloc_overhead.sh [N]
# env:   SLOTSCOPE=path (default build/slotscope), PYTHON3=path (default python3)
set -u
. "$(dirname "$0")/lib.sh"
n=${1:-3}
check_slotscope

interps=("slotscope:$SLOTSCOPE")
have_python3 && interps+=("python3:$PYTHON3")
printf '%-10s %-6s %10s %10s %8s   (median of %d runs, seconds)\n' interp kind off on on/off "$n"
for entry in "${interps[@]}"; do
    label=${entry%%:*}; prog=${entry#*:}
    for kind in dict slots; do
        off=$(median_seconds "$n" "$prog" instances.py "$kind")
        on=$(median_seconds "$n" "$prog" instances.py "$kind" trace)
        printf '%-10s %-6s %10s %10s %8s\n' "$label" "$kind" "$off" "$on" "$(ratio "$on" "$off")"
    done
done
