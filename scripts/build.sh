#!/usr/bin/env bash
# Builds Retain: `web` (Emscripten -> dist/), `native` (CLI, unit and view tests), or `all` (default).
# IMGUI_DIR overrides where Dear ImGui's sources are; BUILD_TYPE the CMake build type.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
jobs="${JOBS:-$(nproc)}"
imgui=()
[ -n "${IMGUI_DIR:-}" ] && imgui=(-DIMGUI_DIR="$IMGUI_DIR")

build_web() {
  # Debian's emcc needs acorn from Debian's node packages for its JS optimizer.
  export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
  emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" "${imgui[@]}" >/dev/null
  cmake --build build/web -j "$jobs"
}
build_native() {
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DRETAIN_WEB_BUILD_DIR="$PWD/build/web" "${imgui[@]}" >/dev/null
  cmake --build build/native -j "$jobs"
}

case "$what" in
  web) build_web ;;
  native) build_native ;;
  all) build_native; build_web ;;
  *) echo "usage: scripts/build.sh [web|native|all]" >&2; exit 2 ;;
esac
