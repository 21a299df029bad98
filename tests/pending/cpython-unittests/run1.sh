#!/usr/bin/env bash
# Run one of CPython's unit-test files under slotscope (the file itself is never
# committed here: copy it from /root/.pyenv/versions/3.12.1/lib/python3.12/test/).
# usage: [SKIP="test_a test_b"] [SLOTSCOPE=...] [WORK=/tmp/cpt] run1.sh TESTFILE [slotscope args]
# Builds WORK/bundle_NAME.py = prelude.py (stand-ins for test.support,
# unittest.mock, pickle, copyreg, random, io, registered in sys.modules, since
# slotscope cannot import modules from files) + the test file with
#   - `from test.test_dataclasses import X` turned into `import X` (still fails),
#   - complex literals NNNj turned into (NNN) (slotscope rejects them at compile
#     time, which would stop the whole file),
#   - the tests named in $SKIP (they crash slotscope) marked skipped,
# and runs it with -v (unittest.main's verbosity) under slotscope.
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-/tmp/cpt}; mkdir -p "$work"
slotscope=${SLOTSCOPE:-$here/../../../build/slotscope}
f=$1; shift
n=$(basename "$f" .py)
b=$work/bundle_$n.py
expr=(-e 's/^from test\.test_dataclasses import /import /' -e 's/\b([0-9]+(\.[0-9]*)?)[jJ]\b/(\1)/g')
for s in ${SKIP:-}; do expr+=(-e "s/^(    def $s\(self)/    @unittest.skip('crashes slotscope')\n\1/"); done
{ cat "$here/prelude.py"; sed -E "${expr[@]}" "$f"; } > "$b"
cd "$work" && timeout 900 "$slotscope" "$@" "$b" -v 2>&1
