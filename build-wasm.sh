#!/usr/bin/env bash
# ROTS Werkmap: set up, build, serve and test, from a fresh Debian 12 machine.
#
#   ./build-wasm.sh serve    install what is missing, build, serve http://localhost:8080
#   ./build-wasm.sh test     install what is missing, build, run every test suite
#
# Steps used by those (each can be run alone):
#   setup    apt packages, Dear ImGui and libsodium sources (Debian source packages, checksums
#            verified), npm ci
#   build    native (core, storage, tests) and wasm (app, wasm tests) configurations
#   bench    builds, then runs the benchmarks; writes build/bench/results.json, docs/BENCHMARKS.md
#   fuzz [SECONDS [TARGET...]]  builds build/fuzz (clang-14, libFuzzer, ASan+UBSan) and runs each
#            fuzz target (or those named) for SECONDS (default 300); crashers: build/fuzz/crashes/<target>/
#   cli ARGS...     builds the native rots-bundle tool if needed and runs it with ARGS (paths are
#            relative to where you are; setup and build messages go to stderr)
#   clean    remove build outputs (keeps downloaded sources; 'clean --all' removes those too)
#
# ROTS_BUILD_LOCK=/path/to/lockfile runs every build and fuzz run under flock (shared machines).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD="$ROOT/build"
DEPS="$BUILD/deps"
PORT="${PORT:-8080}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Dear ImGui 1.90.1 (bookworm only has 1.86): source only, from Debian trixie's source package.
IMGUI_DEB_VERSION="1.90.1+ds-1"
IMGUI_TARBALL="imgui_1.90.1+ds.orig.tar.xz"
IMGUI_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
IMGUI_DIR="$DEPS/imgui-1.90.1"
TRIXIE_SRC_LIST="/etc/apt/sources.list.d/rots-werkmap-trixie-src.sources"

# libsodium for the wasm build: the same Debian version as the native libsodium-dev (bookworm's),
# compiled with emcc from its source package (upstream tarball + Debian's patches).
SODIUM_DEB_VERSION="1.0.18-1+deb12u1"
SODIUM_TARBALL="libsodium_1.0.18.orig.tar.gz"
SODIUM_SHA256="d59323c6b712a1519a5daf710b68f5e7fde57040845ffec53850911f10a5d4f4"
SODIUM_DEBIAN_TARBALL="libsodium_1.0.18-1+deb12u1.debian.tar.xz"
SODIUM_DEBIAN_SHA256="f410474e46346b06b162defa05b1be26906aeed6cf309e3d4ebe30b4d1350733"
SODIUM_DIR="$DEPS/libsodium-1.0.18"
BOOKWORM_SRC_LIST="/etc/apt/sources.list.d/rots-werkmap-bookworm-src.sources"

APT_PACKAGES=(
  ca-certificates xz-utils python3 make cmake g++   # build basics
  emscripten                                        # em++ 3.1.6 with clang-14, binaryen, prebuilt system libs
  libcereal-dev rapidjson-dev doctest-dev           # serialization and tests (header-only)
  libsodium-dev patch                               # bundle crypto natively; patch applies Debian's libsodium patches for wasm
  fonts-noto-core fonttools                         # Noto Sans, subset at build time with pyftsubset
  chromium                                          # headless browser for the end-to-end tests
  librsvg2-bin                                      # rsvg-convert: PNG app icons from the SVG sources
  clang-14 libclang-rt-14-dev                       # fuzzing: clang with libFuzzer and the sanitizer runtimes
)

# Emscripten 3.1.6 on Debian needs Debian's node modules (acorn) on Node's path.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n==> %s\n' "$*"; }
# Runs a command under flock when ROTS_BUILD_LOCK names a lock file (machines shared by builds).
locked() {
  if [ -n "${ROTS_BUILD_LOCK:-}" ]; then flock "$ROTS_BUILD_LOCK" "$@"; else "$@"; fi
}
fail() {
  printf '\nERROR: %s\n' "$1" >&2
  [ $# -gt 1 ] && printf 'What to do: %s\n' "$2" >&2
  exit 1
}
trap 'fail "command failed (line $LINENO): $BASH_COMMAND" "read the output above; rerun the same command once fixed."' ERR

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else fail "installing needs root: $*" "run this script as root, or install sudo."; fi
}

APT_UPDATED=0
apt_update_once() {
  [ "$APT_UPDATED" -eq 1 ] && return 0
  as_root apt-get update -q || fail "apt-get update failed" "check that Debian's package archive is reachable."
  APT_UPDATED=1
}

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

setup_apt() {
  step "Checking Debian packages"
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do is_installed "$pkg" || missing+=("$pkg"); done
  # Node.js: any node >= 18 will do (the machine may bring its own); else Debian's.
  if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
  if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
  if [ ${#missing[@]} -eq 0 ]; then echo "all present"; return 0; fi
  echo "installing: ${missing[*]}"
  apt_update_once
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" ||
    fail "apt-get install failed for: ${missing[*]}" "check the apt output above (disk space, archive reachable)."
}

# A source-only (deb-src) apt entry, so `apt-get source` can fetch from <suite>; nothing is
# installed from it.
ensure_deb_src() {
  local list="$1" suite="$2"
  [ -f "$list" ] && return 0
  echo "adding a source-only (deb-src) entry for Debian $suite: $list"
  as_root tee "$list" >/dev/null <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  APT_UPDATED=0
}

imgui_tarball_ok() {
  [ -f "$DEPS/$IMGUI_TARBALL" ] && echo "$IMGUI_SHA256  $DEPS/$IMGUI_TARBALL" | sha256sum --check --status
}

setup_imgui() {
  step "Dear ImGui $IMGUI_DEB_VERSION sources"
  if [ -f "$IMGUI_DIR/.verified" ]; then echo "present: $IMGUI_DIR"; return 0; fi
  mkdir -p "$DEPS"
  if ! imgui_tarball_ok; then
    ensure_deb_src "$TRIXIE_SRC_LIST" trixie
    apt_update_once
    rm -f "$DEPS/$IMGUI_TARBALL"
    (cd "$DEPS" && apt-get source --download-only "imgui=$IMGUI_DEB_VERSION") ||
      fail "could not download the imgui source package $IMGUI_DEB_VERSION" \
           "check $TRIXIE_SRC_LIST and that 'apt-get update' reaches Debian trixie's Sources."
    imgui_tarball_ok || fail "checksum mismatch for $DEPS/$IMGUI_TARBALL" \
      "the downloaded file is not the pinned Dear ImGui 1.90.1; delete it and retry, or report it."
  fi
  rm -rf "$IMGUI_DIR"
  tar -xJf "$DEPS/$IMGUI_TARBALL" -C "$DEPS"
  [ -f "$IMGUI_DIR/imgui.cpp" ] || fail "imgui.cpp missing after unpacking $IMGUI_TARBALL" "run './build-wasm.sh clean --all' and retry."
  echo "$IMGUI_SHA256" > "$IMGUI_DIR/.verified"
  echo "unpacked: $IMGUI_DIR"
}

sodium_tarballs_ok() {
  [ -f "$DEPS/$SODIUM_TARBALL" ] && [ -f "$DEPS/$SODIUM_DEBIAN_TARBALL" ] &&
    printf '%s  %s\n%s  %s\n' "$SODIUM_SHA256" "$DEPS/$SODIUM_TARBALL" \
      "$SODIUM_DEBIAN_SHA256" "$DEPS/$SODIUM_DEBIAN_TARBALL" | sha256sum --check --status
}

# The wasm build compiles libsodium's C files itself (cmake/sodium.cmake; no autotools): unpack
# the upstream tarball and apply Debian's patches in their series order, as Debian's build does.
setup_sodium() {
  step "libsodium $SODIUM_DEB_VERSION sources (for the wasm build)"
  if [ -f "$SODIUM_DIR/.verified" ]; then echo "present: $SODIUM_DIR"; return 0; fi
  mkdir -p "$DEPS"
  if ! sodium_tarballs_ok; then
    ensure_deb_src "$BOOKWORM_SRC_LIST" bookworm
    apt_update_once
    rm -f "$DEPS/$SODIUM_TARBALL" "$DEPS/$SODIUM_DEBIAN_TARBALL"
    (cd "$DEPS" && apt-get source --download-only "libsodium=$SODIUM_DEB_VERSION") ||
      fail "could not download the libsodium source package $SODIUM_DEB_VERSION" \
           "check $BOOKWORM_SRC_LIST and that 'apt-get update' reaches Debian bookworm's Sources."
    sodium_tarballs_ok || fail "checksum mismatch for the libsodium tarballs in $DEPS" \
      "the downloaded files are not the pinned libsodium $SODIUM_DEB_VERSION; delete them and retry, or report it."
  fi
  rm -rf "$SODIUM_DIR"
  tar -xzf "$DEPS/$SODIUM_TARBALL" -C "$DEPS"
  tar -xJf "$DEPS/$SODIUM_DEBIAN_TARBALL" -C "$SODIUM_DIR"
  local name
  while read -r name; do
    case "$name" in '' | '#'*) continue ;; esac
    patch -p1 --quiet -d "$SODIUM_DIR" <"$SODIUM_DIR/debian/patches/$name" ||
      fail "Debian's patch $name does not apply to $SODIUM_DIR" "run './build-wasm.sh clean --all' and retry."
  done <"$SODIUM_DIR/debian/patches/series"
  [ -f "$SODIUM_DIR/src/libsodium/include/sodium.h" ] ||
    fail "sodium.h missing after unpacking $SODIUM_TARBALL" "run './build-wasm.sh clean --all' and retry."
  printf '%s %s\n' "$SODIUM_SHA256" "$SODIUM_DEBIAN_SHA256" > "$SODIUM_DIR/.verified"
  echo "unpacked and patched: $SODIUM_DIR"
}

# em++ must never see /usr/include (glibc headers would mix into the wasm sysroot): give it a
# folder holding only the header-only libraries it needs.
setup_deps_include() {
  local inc="$DEPS/include" lib
  mkdir -p "$inc"
  for lib in cereal rapidjson doctest; do
    [ -d "/usr/include/$lib" ] || fail "/usr/include/$lib is missing" "run './build-wasm.sh setup'."
    ln -sfn "/usr/include/$lib" "$inc/$lib"
  done
}

setup_npm() {
  step "npm packages (from package-lock.json)"
  local stamp="$ROOT/node_modules/.rots-lock-sha256" want
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then echo "up to date"; return 0; fi
  (cd "$ROOT" && npm ci --no-audit --no-fund) ||
    fail "npm ci failed" "check that the npm registry is reachable; the versions are pinned in package-lock.json."
  echo "$want" > "$stamp"
}

cmd_setup() {
  setup_apt
  setup_imgui
  setup_sodium
  setup_deps_include
  setup_npm
}

cmd_build() {
  step "Native build (core, storage, doctest suites)"
  cmake -S "$ROOT" -B "$BUILD/native" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD/native" -j "$JOBS"

  step "Wasm build (app and wasm test suites)"
  if [ ! -f "$BUILD/wasm/CMakeCache.txt" ]; then
    emcmake cmake -S "$ROOT" -B "$BUILD/wasm" -DCMAKE_BUILD_TYPE=Release -DROTS_DEPS_INCLUDE="$DEPS/include" \
      -DROTS_IMGUI_DIR="$IMGUI_DIR" -DROTS_SODIUM_DIR="$SODIUM_DIR" >/dev/null ||
      fail "configuring the wasm build failed" "run './build-wasm.sh setup' first."
  elif ! grep -qxF "ROTS_SODIUM_DIR:PATH=$SODIUM_DIR" "$BUILD/wasm/CMakeCache.txt"; then
    # configured before libsodium was a dependency (the cache keeps the toolchain)
    cmake -S "$ROOT" -B "$BUILD/wasm" -DROTS_SODIUM_DIR="$SODIUM_DIR" >/dev/null
  fi
  cmake --build "$BUILD/wasm" -j "$JOBS"

  step "Offline and install: icons, service worker (Workbox)"
  node "$ROOT/tools/build-pwa.mjs" --dist "$BUILD/wasm/dist" --icons "$ROOT/assets/icons"
  echo "app: $BUILD/wasm/dist"
}

cmd_clean() {
  step "Removing build outputs"
  rm -rf "$BUILD/native" "$BUILD/wasm" "$BUILD/test-results"
  if [ "${1:-}" = "--all" ]; then rm -rf "$DEPS" "$ROOT/node_modules"; fi
}

cmd_serve() {
  cmd_setup
  cmd_build
  step "Serving http://localhost:$PORT (Ctrl+C stops)"
  exec node "$ROOT/tools/static-server.mjs" --root "$BUILD/wasm/dist" --port "$PORT"
}

# Runs one suite, keeps its output, and remembers its pass/fail counts for the summary.
PASSED=0 FAILED=0 SUITES_FAILED=()
run_suite() {
  local name="$1" log="$BUILD/test-results/$1.log"; shift
  step "Tests: $name"
  local status=0
  "$@" 2>&1 | tee "$log" || status=$?
  local counts
  counts=$(node "$ROOT/tools/count-results.mjs" "$name" "$log")
  PASSED=$((PASSED + ${counts% *})); FAILED=$((FAILED + ${counts#* }))
  if [ "$status" -ne 0 ]; then SUITES_FAILED+=("$name"); [ "${counts#* }" -gt 0 ] || FAILED=$((FAILED + 1)); fi
}

cmd_test() {
  cmd_setup
  cmd_build
  mkdir -p "$BUILD/test-results"
  trap - ERR
  set +e
  run_suite native ctest --test-dir "$BUILD/native" --output-on-failure
  run_suite wasm ctest --test-dir "$BUILD/wasm" --output-on-failure --verbose
  run_suite e2e env ROTS_DIST="$BUILD/wasm/dist" ROTS_ARTIFACTS="$BUILD/test-results/e2e" ROTS_CLI="$BUILD/native/src/app/rots-bundle" \
    node --test "$ROOT"/tests/e2e/*.test.mjs
  set -e
  step "Summary"
  echo "screenshots and logs: $BUILD/test-results"
  [ ${#SUITES_FAILED[@]} -eq 0 ] || echo "failing suites: ${SUITES_FAILED[*]}"
  echo "$PASSED passed, $FAILED failed"
  [ ${#SUITES_FAILED[@]} -eq 0 ] && [ "$FAILED" -eq 0 ]
}

cmd_bench() {
  cmd_setup
  cmd_build
  step "Encryption at rest: native and wasm (Node)"
  mkdir -p "$BUILD/bench"
  cmake --build "$BUILD/native" -j "$JOBS" --target rots_vault_bench rots_scale_bench
  cmake --build "$BUILD/wasm" -j "$JOBS" --target rots_vault_bench rots_scale_bench rots_bench_seed rots_bench_bare
  "$BUILD/native/tests/rots_vault_bench" | tee "$BUILD/bench/vault-native.txt"
  node --no-experimental-fetch "$BUILD/wasm/tests/rots_vault_bench.js" | tee "$BUILD/bench/vault-wasm.txt"
  step "Search and bundles at scale: native and wasm (Node)"
  "$BUILD/native/tests/rots_scale_bench" | tee "$BUILD/bench/scale-native.txt"
  node --no-experimental-fetch "$BUILD/wasm/tests/rots_scale_bench.js" | tee "$BUILD/bench/scale-wasm.txt"
  step "Browser benchmarks (headless Chromium)"
  ROTS_VAULT_BENCH="$BUILD/bench" ROTS_BENCH_WASM="$BUILD/wasm/tests" ROTS_DIST="$BUILD/wasm/dist" ROTS_ARTIFACTS="$BUILD/bench/artifacts" ROTS_BENCH_OUT="$BUILD/bench/results.json" \
    ROTS_BENCH_DOC="$ROOT/docs/BENCHMARKS.md" node "$ROOT/tests/bench/browser-bench.mjs"
  echo "results: $BUILD/bench/results.json and docs/BENCHMARKS.md"
}

# Builds (only) the rots-bundle target of the native configuration, quietly, and runs it in the
# caller's directory: stdout is the tool's alone, so `cli export-json F > out.json` works.
cmd_cli() {
  setup_apt >&2
  local log="$BUILD/cli-build.log"
  mkdir -p "$BUILD"
  if ! { locked cmake -S "$ROOT" -B "$BUILD/native" -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
         locked cmake --build "$BUILD/native" --target rots-bundle -j "$JOBS"; } >"$log" 2>&1; then
    cat "$log" >&2
    fail "building rots-bundle failed (log: $log)" "read the compiler output above; run './build-wasm.sh setup' if packages are missing."
  fi
  trap - ERR
  exec "$BUILD/native/src/app/rots-bundle" "$@"
}

# ---- fuzzing ------------------------------------------------------------------------------------
FUZZ="$BUILD/fuzz"
FUZZ_TARGETS=(fuzz_record fuzz_bundle_payload fuzz_bundle_file)
FUZZ_CHUNK=600  # seconds per libFuzzer run: the lock is released in between

# Largest input in bytes (FUZZ_MAX_LEN overrides): room for a large case, small enough to mutate
# fast; files need two 64 KiB chunks to reach the multi-chunk paths.
fuzz_max_len() {
  if [ -n "${FUZZ_MAX_LEN:-}" ]; then echo "$FUZZ_MAX_LEN"; return; fi
  case "$1" in
    fuzz_bundle_file) echo 131072 ;;
    *) echo 65536 ;;
  esac
}

fuzz_build() {
  step "Fuzz build (clang-14, libFuzzer, AddressSanitizer + UndefinedBehaviorSanitizer)"
  locked env CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$FUZZ" -DROTS_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null ||
    fail "configuring the fuzz build failed" "run './build-wasm.sh setup' (clang-14, libclang-rt-14-dev)."
  locked cmake --build "$FUZZ" -j "$JOBS"
}

# Fuzzes one target for $2 seconds in runs of at most FUZZ_CHUNK. New inputs go to
# build/fuzz/corpus/<target>/, crashers to build/fuzz/crashes/<target>/, logs to build/fuzz/logs/.
# Sets FUZZ_EXECS (executions) and FUZZ_STATUS (0: no crash).
fuzz_target() {
  local target="$1" left="$2" bin="$FUZZ/tests/fuzz/$1"
  local work="$FUZZ/corpus/$target" crashes="$FUZZ/crashes/$target" logs="$FUZZ/logs"
  mkdir -p "$work" "$crashes" "$logs"
  local inputs=("$work" "$ROOT/tests/fuzz/corpus/$target") options=()
  [ -d "$ROOT/tests/fuzz/regressions/$target" ] && inputs+=("$ROOT/tests/fuzz/regressions/$target")
  [ -f "$ROOT/tests/fuzz/dict/$target.dict" ] && options+=("-dict=$ROOT/tests/fuzz/dict/$target.dict")
  FUZZ_EXECS=0 FUZZ_STATUS=0
  while [ "$left" -gt 0 ]; do
    local chunk=$((left < FUZZ_CHUNK ? left : FUZZ_CHUNK)) log execs
    log="$logs/$target-$(date +%Y%m%d-%H%M%S).log"
    locked "$bin" "${inputs[@]}" "${options[@]}" -max_len="$(fuzz_max_len "$target")" -max_total_time="$chunk" \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" 2>"$log" ||
      FUZZ_STATUS=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    FUZZ_EXECS=$((FUZZ_EXECS + ${execs:-0}))
    echo "  $target: ${chunk}s run, ${execs:-?} executions (log: $log)"
    if [ "$FUZZ_STATUS" -ne 0 ]; then
      grep -E 'ERROR:|SUMMARY:|runtime error|fuzz_[a-z_]+:|Test unit written|deadly signal' "$log" | head -n 12 | sed 's/^/    /'
      return 0
    fi
    left=$((left - chunk))
  done
}

cmd_fuzz() {
  local seconds="${1:-300}" target total=0 failed=() targets
  [[ "$seconds" =~ ^[1-9][0-9]*$ ]] || fail "fuzz: SECONDS must be a positive number, got '$seconds'" \
    "run e.g. './build-wasm.sh fuzz 300'."
  shift $(($# > 0 ? 1 : 0))
  targets=("${@:-${FUZZ_TARGETS[@]}}")
  for target in "${targets[@]}"; do
    [[ " ${FUZZ_TARGETS[*]} " == *" $target "* ]] || fail "fuzz: unknown target '$target'" "use: ${FUZZ_TARGETS[*]}."
  done
  setup_apt
  fuzz_build
  step "Fuzzing ${#targets[@]} target(s), ${seconds}s each (one worker)"
  for target in "${targets[@]}"; do
    local started=$SECONDS before
    mkdir -p "$FUZZ/crashes/$target"
    before=$(find "$FUZZ/crashes/$target" -type f | wc -l)
    fuzz_target "$target" "$seconds"
    total=$((total + FUZZ_EXECS))
    echo "$target: $FUZZ_EXECS executions in $((SECONDS - started))s," \
      "$(($(find "$FUZZ/crashes/$target" -type f | wc -l) - before)) new file(s) in build/fuzz/crashes/$target/"
    [ "$FUZZ_STATUS" -eq 0 ] || failed+=("$target")
  done
  step "Fuzz summary"
  echo "total executions: $total"
  [ ${#failed[@]} -eq 0 ] || fail "crash, hang, leak or broken promise in: ${failed[*]}" \
    "reproduce with build/fuzz/tests/fuzz/<target> <crash file>, fix the cause in src/, then add the file to tests/fuzz/regressions/<target>/ named <kind>-<expect>_<what> (tests/fuzz/README.md)."
}

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }

case "${1:-}" in
  setup) cmd_setup ;;
  build) cmd_setup; cmd_build ;;
  serve) cmd_serve ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  cli) shift; cmd_cli "$@" ;;
  clean) shift; cmd_clean "$@" ;;
  -h|--help|help|"") usage ;;
  *) usage; fail "unknown command: $1" "use one of: serve, test, setup, build, bench, fuzz, cli, clean." ;;
esac
