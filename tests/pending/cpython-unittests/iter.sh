#!/usr/bin/env bash
# Run a CPython test file under slotscope (run1.sh), adding every test that
# crashes the interpreter to SKIP, until unittest reports OK or FAILED.
# usage: iter.sh TESTFILE ["test_known_crash ..."]   -> WORK/out_NAME.txt
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-/tmp/cpt}; mkdir -p "$work"
f=$1; skip=${2:-}; out=$work/out_$(basename "$f" .py).txt
for i in $(seq 1 25); do
  SKIP="$skip" bash "$here/run1.sh" "$f" > "$out" 2>&1
  tail -3 "$out" | grep -qE '^(OK|FAILED)' && break
  t=$(grep -oE '^test_[A-Za-z0-9_]+ \(' "$out" | tail -1 | cut -d' ' -f1)
  [ -n "$t" ] || { echo "stopped before any test (see $out)"; break; }
  echo "crash in $t: $(tail -1 "$out" | cut -c1-150)"
  skip="$skip $t"
done
echo "SKIPPED: $skip"; tail -3 "$out"
