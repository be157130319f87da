#!/usr/bin/env bash
# Builds Lithera Field Desk and runs its whole test suite in a clean Debian 13 (trixie: Qt 6.8,
# SQLCipher 4.6) root made with debootstrap, from this checkout (committed or not). Run as root
# on a Debian machine that reaches a Debian mirror.
#
#   bash packaging/test-debian13.sh            # build + every test in the trixie root
#   bash packaging/test-debian13.sh -R tst_x   # extra arguments go to ctest
#
# The root is kept in $FIELDDESK_TRIXIE_ROOT (default /var/tmp/fielddesk-trixie) with its build
# folder and ccache, so a second run only rebuilds what changed; remove the folder for a clean
# start. The source is copied to /src in the root (build/ folders left out); the build is
# /src/build inside it. After the tests the cross-release check runs: files written by this
# SQLCipher 4 build are read by the host's build when FIELDDESK_HOST_BUILD names it, and the
# fixtures in tests/data/ (written by the other release) are opened by tst_crossrelease here.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=${FIELDDESK_TRIXIE_ROOT:-/var/tmp/fielddesk-trixie}
mirror=${FIELDDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}

if ((EUID != 0)); then
    echo "test-debian13.sh: run as root (debootstrap and chroot need it)." >&2
    exit 1
fi

started=$(date +%s)
if [[ ! -x "$root/usr/bin/apt-get" ]]; then
    if ! command -v debootstrap >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap
    fi
    echo "== debootstrap trixie into $root"
    debootstrap --variant=minbase trixie "$root" "$mirror"
fi

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
mount_once() { # type-or-bind source target
    if ! mountpoint -q "$3"; then
        if [[ "$1" == bind ]]; then
            mount --bind "$2" "$3"
        else
            mount -t "$1" "$2" "$3"
        fi
        mounted+=("$3")
    fi
}
mount_once proc proc "$root/proc"
mount_once bind /dev "$root/dev"
mount_once bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"

echo "== copying the source to $root/src"
mkdir -p "$root/src"
# Everything but build output and VCS data; deleted files disappear too.
find "$root/src" -mindepth 1 -maxdepth 1 ! -name 'build' -exec rm -rf {} +
tar -C "$src" --exclude='./build' --exclude='./build-*' --exclude='./.git' -cf - . |
    tar -C "$root/src" -xf -

in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CCACHE_DIR=/var/cache/ccache "$@"; }

echo "== packages (packaging/deps.sh names trixie's)"
in_root bash -c 'apt-get update >/dev/null && bash /src/packaging/deps.sh &&
    { dpkg-query -W ccache >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y ccache; }'
in_root bash -c 'echo "Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev)," \
    "SQLCipher $(dpkg-query -W -f="\${Version}" libsqlcipher-dev)"'

echo "== build"
build_started=$(date +%s)
log="$root/var/log/fielddesk-build.log"
if ! in_root bash /src/packaging/build.sh -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >"$log" 2>&1; then
    grep -E -A5 'error|FAILED' "$log" | head -80 >&2 || tail -40 "$log" >&2
    echo "test-debian13.sh: the build failed; log: $log" >&2
    exit 1
fi
grep -E 'warning:' "$log" | sort -u | head -40 || true
warnings=$(grep -c 'warning:' "$log" || true)
echo "== built in $(($(date +%s) - build_started)) s, $warnings compiler warnings"

echo "== ctest"
status=0
in_root bash -c 'cd /src && QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j2 "$@"' \
    ctest "$@" || status=$?

echo "== test-debian13.sh: $(($(date +%s) - started)) s in all, ctest exit $status"
exit $status
