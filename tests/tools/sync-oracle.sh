#!/usr/bin/env bash
# Re-copy the shared conformance oracle into tests/oracle/.
# usage: sync-oracle.sh [SOURCE]   (default: ../shared/oracle beside the repository)
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
src=${1:-$repo/../shared/oracle}
dst=$repo/tests/oracle
[ -f "$src/check.sh" ] && [ -d "$src/cases" ] || { echo "sync-oracle.sh: no oracle at $src" >&2; exit 1; }
rm -rf "$dst"
mkdir -p "$dst"
cp -R "$src"/. "$dst"/
find "$dst" -name __pycache__ -prune -exec rm -rf {} +
chmod -R u+w "$dst"
echo "copied $(ls "$dst/cases" | wc -l) cases from $src to tests/oracle/"
