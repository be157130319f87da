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

# Fuzzing (quality.md): the JSON importer under libFuzzer for a bounded time, in its own
# clang build. FIELDDESK_FUZZ_SECONDS=0 skips it; extra ctest arguments (a label, -R) too.
fuzz_seconds=${FIELDDESK_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" -gt 0 ] && [ $# -eq 0 ] && command -v clang++ >/dev/null 2>&1; then
    echo "== fuzzing the JSON importer for ${fuzz_seconds}s"
    CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIELDDESK_FUZZ=ON \
        -DFIELDDESK_BUILD_GUI=OFF -DFIELDDESK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$root/build-fuzz" -j"$(nproc)" --target fuzz_import fuzz_bundle
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
    # Seed: the demo data set as the exporter writes it.
    FIELDDESK_PASSPHRASE=fuzz-seed-passphrase "$root/build/app/fielddesk-cli" init --db "$corpus/seed.fdb" >/dev/null
    FIELDDESK_PASSPHRASE=fuzz-seed-passphrase "$root/build/app/fielddesk-cli" demo --db "$corpus/seed.fdb" >/dev/null
    mkdir "$corpus/in"
    FIELDDESK_PASSPHRASE=fuzz-seed-passphrase "$root/build/app/fielddesk-cli" export --db "$corpus/seed.fdb" --json >"$corpus/in/demo.json"
    ASAN_OPTIONS=detect_leaks=0 "$root/build-fuzz/tests/fuzz/fuzz_import" \
        -max_total_time="$fuzz_seconds" -rss_limit_mb=2048 -artifact_prefix="$root/build-fuzz/" \
        "$corpus/in"
    echo "== fuzzing the sync bundle reader and merge for ${fuzz_seconds}s"
    mkdir "$corpus/bundle"
    ASAN_OPTIONS=detect_leaks=0 "$root/build-fuzz/tests/fuzz/fuzz_bundle" \
        -max_total_time="$fuzz_seconds" -rss_limit_mb=2048 -artifact_prefix="$root/build-fuzz/" \
        "$corpus/bundle"
fi
