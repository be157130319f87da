#!/usr/bin/env bash
# Installs the Debian 12 packages Lithera Field Desk needs to build, test and run.
# Does nothing (not even `apt-get update`) when every package is already installed, so it
# is cheap to call before every build. Run as root, or as a user with sudo.
set -euo pipefail

packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-pdf-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libsqlcipher-dev libqrencode-dev libssl-dev pkg-config
    xvfb xauth poppler-utils zbar-tools fonts-noto-cjk fonts-dejavu-core
    clang clang-format libclang-rt-14-dev
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
