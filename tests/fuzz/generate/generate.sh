#!/usr/bin/env bash
# Writes the fuzz seed corpus (tests/fuzz/corpus/<target>/) and dictionaries (tests/fuzz/dict/)
# from today's encoder, with make_seeds.cpp built in the native configuration:
#   tests/fuzz/generate/generate.sh
# Files it writes are replaced; commit the result. Inputs found by fuzzing live in
# tests/fuzz/regressions/ and are never touched here. Set ROTS_BUILD_LOCK to a lock file to
# serialise the build with other builds (flock).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build="$repo/build/native"
lock=()
[[ -n "${ROTS_BUILD_LOCK:-}" ]] && lock=(flock "$ROTS_BUILD_LOCK")

"${lock[@]}" cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
"${lock[@]}" cmake --build "$build" --target make_fuzz_seeds -j2
"$build/tests/make_fuzz_seeds" "$repo/tests/fuzz/corpus" "$repo/tests/golden" "$repo/tests/fuzz/dict"
for dir in "$repo"/tests/fuzz/corpus/*/; do
  echo "$(basename "$dir"): $(find "$dir" -type f | wc -l) files, $(du -sk "$dir" | cut -f1) KiB" >&2
done
