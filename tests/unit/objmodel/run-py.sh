#!/usr/bin/env bash
# Run one object-model Python test: INTERP VERSION FILE.py; stdout+stderr, with addresses
# replaced by 0xADDR, must equal FILE.VERSION.out (made with real CPython X.Y).
set -u
[ $# -eq 3 ] || { echo "usage: $0 INTERP VERSION FILE.py" >&2; exit 2; }
interp=$1 ver=$2 file=$3
exp="${file%.py}.$ver.out"
out=$(cd "$(dirname "$file")" && timeout 60 "$interp" --python "$ver" "$(basename "$file")" 2>&1 | sed -E 's/0x[0-9a-f]+/0xADDR/g')
if [ "$out" != "$(cat "$exp")" ]; then
    diff <(printf '%s\n' "$out") "$exp" | head -n 30
    exit 1
fi
