#!/usr/bin/env bash
# The benchmark suite (issue 9) in one command. Installs what is missing (scripts/setup.sh), builds
# Release natively (bench tools) and for the web into build/bench/, writes the deterministic dataset,
# runs the native and the in-browser (headless Chromium) benchmarks, and prints the tables that
# docs/performance.md keeps. Results: build/bench/results.json. RUNS=N repeats each measurement N times
# (median reported; default 3). Benchmarks are not tests: nothing here passes or fails on a number.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
jobs="${JOBS:-$(nproc)}"
imgui=()
[ -n "${IMGUI_DIR:-}" ] && imgui=(-DIMGUI_DIR="$IMGUI_DIR")
# Unity builds as scripts/build.sh makes them (minutes instead of a quarter hour on two cores).
unity=(-DCMAKE_UNITY_BUILD="${RETAIN_UNITY:-ON}")
out=build/bench

scripts/setup.sh
cmake -S . -B "$out/native" -DCMAKE_BUILD_TYPE=Release "${imgui[@]}" "${unity[@]}" >/dev/null
cmake --build "$out/native" --target bench_dataset bench_native -j "$jobs"
# Debian's emcc needs acorn from Debian's node packages for its JS optimizer.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
emcmake cmake -S . -B "$out/web" -DCMAKE_BUILD_TYPE=Release -DRETAIN_DIST_DIR="$PWD/$out/dist" "${imgui[@]}" "${unity[@]}" >/dev/null
cmake --build "$out/web" --target retain_site -j "$jobs"

mkdir -p "$out/data"
"$out/native/bench_dataset" --out "$out/data"
"$out/native/bench_native" --data "$out/data" --runs "$runs" --out "$out/native.json"
node bench/web/run.mjs --dist "$out/dist" --data "$out/data" --runs "$runs" --out "$out/web.json"
node bench/report.mjs --native "$out/native.json" --web "$out/web.json" --out "$out/results.json"
