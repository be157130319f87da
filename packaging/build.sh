#!/usr/bin/env bash
# Configures and builds Lithera Field Desk in build/ at the repository root
# (RelWithDebInfo, Ninja, all cores). Extra arguments go to the CMake configure step,
# e.g. `bash packaging/build.sh -DFIELDDESK_BUILD_TESTS=OFF`. Safe to run again: an
# existing build/ is reconfigured and built incrementally.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"

configure=(-S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo)
# The generator is chosen once; a build/ configured earlier keeps its own.
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    configure+=(-G Ninja)
fi
# The desktop needs ui/CMakeLists.txt; without it (a checkout from before the desktop
# existed) build the headless parts instead of failing at configure time.
if [[ -f "$root/ui/CMakeLists.txt" ]]; then
    configure+=(-DFIELDDESK_BUILD_GUI=ON)
else
    echo "build.sh: WARNING: ui/CMakeLists.txt is missing; building without the desktop." >&2
    configure+=(-DFIELDDESK_BUILD_GUI=OFF)
fi

cmake "${configure[@]}" "$@"
cmake --build "$build" -j"$(nproc)"
