#!/usr/bin/env bash
# Builds Retain: `web` (Emscripten -> dist/), `native` (CLI, unit and view tests), `sanitize` (clang with
# AddressSanitizer + UndefinedBehaviorSanitizer: the unit tests and the libFuzzer targets, build/sanitize),
# or `all` (default: the three).
# IMGUI_DIR overrides where Dear ImGui's sources are; BUILD_TYPE the CMake build type.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
jobs="${JOBS:-$(nproc)}"
imgui=()
[ -n "${IMGUI_DIR:-}" ] && imgui=(-DIMGUI_DIR="$IMGUI_DIR")
# Unity builds by default (CMakeLists.txt says why); RETAIN_UNITY=OFF compiles file by file.
unity=(-DCMAKE_UNITY_BUILD="${RETAIN_UNITY:-ON}")

build_web() {
  # Debian's emcc needs acorn from Debian's node packages for its JS optimizer.
  export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
  emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" "${imgui[@]}" "${unity[@]}" >/dev/null
  cmake --build build/web -j "$jobs"
}
build_native() {
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DRETAIN_WEB_BUILD_DIR="$PWD/build/web" -DRETAIN_SANITIZE_BUILD_DIR="$PWD/build/sanitize" "${imgui[@]}" "${unity[@]}" >/dev/null
  cmake --build build/native -j "$jobs"
}
# Only what the sanitizer and fuzzing layers run (docs/fuzzing.md). -O0 compiles 2.5x faster than -O1
# under the sanitizers, which is what the test command's time budget needs; a long fuzzing run can use
# SANITIZE_FLAGS="-O1 -gline-tables-only". CXX_SANITIZE picks another clang.
build_sanitize() {
  local cxx="${CXX_SANITIZE:-clang++-14}"
  cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="${SANITIZE_FLAGS:--O0 -gline-tables-only}" \
        -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="${cxx/clang++/clang}" -DRETAIN_FUZZ=ON "${imgui[@]}" "${unity[@]}" >/dev/null
  cmake --build build/sanitize -j "$jobs" --target retain_unit_tests retain_fuzzers
}

case "$what" in
  web) build_web ;;
  native) build_native ;;
  sanitize) build_sanitize ;;
  all) build_native; build_web; build_sanitize ;;
  *) echo "usage: scripts/build.sh [web|native|sanitize|all]" >&2; exit 2 ;;
esac
