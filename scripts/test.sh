#!/usr/bin/env bash
# README command 2: install what is missing, build everything, run every test layer through ctest:
#   unit_native, unit_wasm (node), views_smoke (ImGui, no renderer), e2e_browser (headless Chromium),
#   plus the CLI contract and the demo-asset check. ctest prints the one closing line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh all
ctest --test-dir build/native --output-on-failure --timeout 900
