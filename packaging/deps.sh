#!/usr/bin/env bash
# Installs the Debian packages Lithera Field Desk needs to build, test and run, on Debian 12
# (bookworm: Qt 6.4, SQLCipher 3.4) or Debian 13 (trixie: Qt 6.8, SQLCipher 4.6); the release
# is read from /etc/os-release and only the names that differ between them are chosen by it.
# Does nothing (not even `apt-get update`) when every package is already installed, so it
# is cheap to call before every build. Run as root, or as a user with sudo.
set -euo pipefail

release=unknown
if [[ -r /etc/os-release ]]; then
    release=$(. /etc/os-release && echo "${VERSION_CODENAME:-unknown}")
fi
case "$release" in
    bookworm) clang_rt=libclang-rt-14-dev ;; # libFuzzer and ASan for clang 14
    trixie) clang_rt=libclang-rt-19-dev ;;   # … for clang 19
    *)
        echo "deps.sh: WARNING: '$release' is neither Debian 12 (bookworm) nor 13 (trixie);" \
            "using Debian 13's package names." >&2
        clang_rt=libclang-rt-19-dev
        ;;
esac

packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-pdf-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libsqlcipher-dev libqrencode-dev libssl-dev pkg-config
    # Qt's own SQLite plugin: only the driver conformance suite's child process loads it.
    libqt6sql6-sqlite
    xvfb xauth poppler-utils zbar-tools fonts-noto-cjk fonts-dejavu-core
    clang clang-format "$clang_rt"
    libgl-dev libxkbcommon-dev
)

missing=()
for package in "${packages[@]}"; do
    # "installed" only: a package that was removed but left its config files is missing.
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps.sh: all build dependencies are installed."
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "deps.sh: missing packages: ${missing[*]}" >&2
        echo "deps.sh: run this script as root (or install sudo) to install them." >&2
        exit 1
    fi
    sudo=(sudo)
fi

echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y "${missing[@]}"
