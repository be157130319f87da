#!/usr/bin/env bash
# Builds the Debian package and proves it installs and runs on a clean Debian 12:
#   1. cpack (DEB) from build/ (packaging/build.sh first), then lintian (no errors),
#      desktop-file-validate and appstreamcli validate on the package's files;
#   2. a fresh copy of a clean bookworm root (debootstrap, kept as a pristine copy in
#      $FIELDDESK_DEB_ROOT.pristine) gets the .deb through apt-get, which pulls its dependencies;
#   3. fielddesk-cli init / demo / verify run there from the installed files;
#   4. the installed desktop starts there on an Xvfb display of this machine, is unlocked with
#      the demo passphrase (xdotool) and a screenshot is saved: build/deb-test/screenshot.png.
# The test tools (Xvfb, xdotool, ImageMagick) run on this machine, not in the root, so nothing
# but the package and what it depends on is installed there. Run as root.
#
#   bash packaging/test-deb.sh [path/to/package.deb]
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=${FIELDDESK_DEB_ROOT:-/var/tmp/fielddesk-deb-bookworm}
release=${FIELDDESK_DEB_RELEASE:-bookworm}
mirror=${FIELDDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
out="$src/build/deb-test"
passphrase='deb-test-passphrase-2026'

if ((EUID != 0)); then
    echo "test-deb.sh: run as root (debootstrap and chroot need it)." >&2
    exit 1
fi
need=()
for tool in debootstrap:debootstrap lintian:lintian desktop-file-validate:desktop-file-utils \
    appstreamcli:appstream Xvfb:xvfb xdotool:xdotool import:imagemagick; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool##*:}")
done
if ((${#need[@]})); then
    DEBIAN_FRONTEND=noninteractive apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
fi

# 1. The package and its static checks.
deb=${1:-}
if [[ -z "$deb" ]]; then
    bash "$src/packaging/build.sh" >/dev/null
    (cd "$src/build" && cpack -G DEB >/dev/null)
    deb=$(ls -t "$src"/build/lithera-fielddesk_*.deb | head -1)
fi
deb=$(realpath "$deb")
echo "== $deb"
dpkg-deb -f "$deb" Package Version Depends Recommends
rm -rf "$out" && mkdir -p "$out/files"
dpkg-deb -x "$deb" "$out/files"
echo "== lintian"
lintian --no-tag-display-limit "$deb" | tee "$out/lintian.txt" || true
if grep -q '^E:' "$out/lintian.txt"; then
    echo "test-deb.sh: lintian reports errors" >&2
    exit 1
fi
echo "== desktop-file-validate, appstreamcli validate"
desktop-file-validate "$out"/files/usr/share/applications/*.desktop
appstreamcli validate --no-net "$out"/files/usr/share/metainfo/*.metainfo.xml

# 2. A clean root, fresh for every run.
if [[ ! -x "$root.pristine/usr/bin/apt-get" ]]; then
    rm -rf "$root.pristine"
    echo "== debootstrap $release into $root.pristine"
    debootstrap --variant=minbase "$release" "$root.pristine" "$mirror"
fi
mounted=()
xvfb_pid=
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
rm -rf "$root"
cp -a "$root.pristine" "$root"
for m in proc dev dev/pts tmp/.X11-unix; do
    mkdir -p "$root/$m"
done
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 "$@"; }

echo "== apt-get install the package into the clean root"
in_root bash -c "apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y /tmp/$(basename "$deb") >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }"
in_root dpkg -L lithera-fielddesk | grep -E 'bin/|\.desktop|metainfo|icons/hicolor/(scalable|256)' 

# 3. The command-line tool from the installed files.
echo "== fielddesk-cli init / demo / verify"
in_root bash -c "export FIELDDESK_PASSPHRASE='$passphrase'; set -e; cd /root
    fielddesk-cli --version
    fielddesk-cli init --db demo.fdb
    fielddesk-cli demo --db demo.fdb
    fielddesk-cli verify --db demo.fdb"

# 4. The desktop from the installed files, on this machine's Xvfb.
echo "== the desktop under Xvfb"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
for _ in $(seq 50); do [[ -S "/tmp/.X11-unix/X${display#:}" ]] && break; sleep 0.2; done
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" && mounted+=("$root/tmp/.X11-unix")
in_root bash -c "export DISPLAY=$display XDG_RUNTIME_DIR=/tmp/runtime QT_QPA_PLATFORM=xcb
    mkdir -p -m 700 /tmp/runtime; cd /root
    echo \$\$ >/tmp/fielddesk.pid
    exec fielddesk --db /root/demo.fdb >/tmp/fielddesk.log 2>&1" &
desk_pid=$!
window=
for _ in $(seq 150); do
    window=$(DISPLAY=$display xdotool search --onlyvisible --class fielddesk 2>/dev/null | tail -1 || true)
    [[ -n "$window" ]] && break
    sleep 0.2
done
if [[ -z "$window" ]]; then
    echo "test-deb.sh: the desktop showed no window; its log:" >&2
    cat "$root/tmp/fielddesk.log" >&2 || true
    exit 1
fi
sleep 2
DISPLAY=$display import -window root "$out/unlock.png"
DISPLAY=$display xdotool windowfocus --sync "$window" type --delay 40 "$passphrase"
DISPLAY=$display xdotool key Return
sleep 8
DISPLAY=$display import -window root "$out/screenshot.png"
kill -0 "$desk_pid" 2>/dev/null || {
    echo "test-deb.sh: the desktop ended early; its log:" >&2
    cat "$root/tmp/fielddesk.log" >&2
    exit 1
}
DISPLAY=$display xdotool search --onlyvisible --class fielddesk getwindowname %@ || true
kill "$(cat "$root/tmp/fielddesk.pid")" 2>/dev/null || true
wait "$desk_pid" 2>/dev/null || true
echo "== test-deb.sh: installed, ran the CLI and the desktop; screenshots: $out/unlock.png," \
    "$out/screenshot.png"
