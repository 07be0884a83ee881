#!/usr/bin/env bash
# README command 1: install what is missing, build the web app into dist/, serve it on
# http://127.0.0.1:${PORT:-8080} (the embedded demo workspace loads on first visit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh web
exec node scripts/serve.mjs --root dist --port "${PORT:-8080}"
