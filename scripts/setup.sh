#!/usr/bin/env bash
# Installs whatever Retain's build and tests need and is missing, on Debian bookworm (run as root, or
# with sudo available). Safe to run again: each step checks first and does nothing when satisfied.
#   Debian packages: compilers (g++; clang-14 with its sanitizer and libFuzzer runtimes), Emscripten,
#                    header-only libraries, fonts, Chromium (browser tests)
#   Dear ImGui 1.86 sources: Debian's source package, unpacked into .deps/ (unless IMGUI_DIR is set)
#   npm packages: playwright-core (drives Debian's Chromium; never downloads a browser)
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# clang-14 + libclang-rt-14-dev: the sanitizer build and libFuzzer (emscripten brings clang-14 but only
# recommends the runtime libraries, which --no-install-recommends leaves out).
packages=(cmake make g++ emscripten nlohmann-json3-dev doctest-dev fonts-inter fonts-font-awesome
          chromium dpkg-dev xz-utils ca-certificates clang-14 libclang-rt-14-dev)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt_updated=0
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q
  apt_updated=1
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Dear ImGui sources. Debian ships them only as a source package, which needs a deb-src entry derived
# from the machine's own Debian sources (same mirrors, same suites).
if [ -z "${IMGUI_DIR:-}" ] && [ ! -f .deps/imgui/imgui.cpp ]; then
  if ! apt-get source --print-uris imgui >/dev/null 2>&1; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
        $SUDO tee /etc/apt/sources.list.d/retain-deb-src.sources >/dev/null
    else
      grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | sed 's/^deb /deb-src /' |
        $SUDO tee /etc/apt/sources.list.d/retain-deb-src.list >/dev/null
    fi
    apt_updated=0
  fi
  [ "$apt_updated" = 1 ] || $SUDO apt-get update -q
  mkdir -p .deps
  (cd .deps && apt-get source -q imgui)
  dir=$(find .deps -maxdepth 1 -type d -name 'imgui-*' | sort | tail -n 1)
  [ -f "$dir/imgui.cpp" ] || { echo "setup: apt-get source imgui gave no imgui.cpp" >&2; exit 1; }
  ln -sfn "$(basename "$dir")" .deps/imgui
  echo "setup: Dear ImGui sources in $dir"
fi

# npm packages for the browser tests, exactly as locked.
if [ ! -f node_modules/playwright-core/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
