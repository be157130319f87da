#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest, headless. The
# benchmark runs in its quick form (ctest label "bench"); its targets are reported, not
# enforced. Extra arguments go to ctest, e.g. `bash packaging/test.sh -L bench`.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash packaging/deps.sh
bash packaging/build.sh

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" --output-on-failure -j2 "$@"
