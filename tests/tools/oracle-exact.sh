#!/usr/bin/env bash
# The shared oracle byte for byte (tests/oracle/check.sh), for one group of its cases:
#   sizes        every case that does not use tracemalloc: getsizeof, layouts, dict growth,
#                key sharing, messages (gating: the model has these exact)
#   tracemalloc  the cases that read tracemalloc's byte counts (exact small counts also need
#                CPython's frame allocations, still being modelled: see the README)
# usage: oracle-exact.sh INTERP GROUP [VERSION...]   Ends with check.sh's 'N passed, M failed'.
set -u
[ $# -ge 2 ] || { echo "usage: $0 INTERP sizes|tracemalloc [VERSION...]" >&2; exit 2; }
interp=$1 group=$2
shift 2
case $interp in */*) interp=$(cd "$(dirname "$interp")" && pwd)/$(basename "$interp") ;; esac
oracle=$(cd "$(dirname "$0")/../oracle" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/oracle-exact.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/cases"
ln -s "$oracle/expected" "$tmp/expected"
for path in "$oracle"/cases/*.py; do
    uses=no
    grep -q '^import tracemalloc\|^from tracemalloc' "$path" && uses=yes
    case $group:$uses in
        sizes:no | tracemalloc:yes) ln -s "$path" "$tmp/cases/" ;;
        sizes:yes | tracemalloc:no) ;;
        *) echo "oracle-exact.sh: unknown group '$group'" >&2; exit 2 ;;
    esac
done
"$oracle/check.sh" "$interp" "$@" --cases "$tmp/cases"
