#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Field Desk desktop on a local demo set-up:
# an encrypted database filled with demo data and a local folder standing in for the office
# file server. The demo database is created on the first run only; later runs open it again.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash packaging/deps.sh
bash packaging/build.sh

# The demo's passphrase. Only for this demo database: a real desk gets its own.
demo_passphrase="lithera-demo-2026"
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Lithera/FieldDesk"
db="$data_dir/fielddesk.fdb"
share="$data_dir/share"
cli="$root/build/app/fielddesk-cli"
desktop="$root/build/ui/fielddesk"

mkdir -p "$data_dir" "$share"
if [[ ! -e "$db" ]]; then
    echo "run.sh: creating the demo database $db"
    # The passphrase travels in the environment, never on a command line.
    if ! FIELDDESK_PASSPHRASE="$demo_passphrase" "$cli" init --db "$db" ||
        ! FIELDDESK_PASSPHRASE="$demo_passphrase" "$cli" demo --db "$db"; then
        # A half-made demo database would be reused next time: remove it.
        rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
        echo "run.sh: creating the demo database failed (see above)." >&2
        exit 1
    fi
fi

if [[ ! -x "$desktop" ]]; then
    echo "run.sh: the desktop program $desktop was not built." >&2
    exit 1
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: no graphical display (DISPLAY / WAYLAND_DISPLAY are not set)." >&2
    echo "run.sh: run it in a desktop session, or under xvfb-run for a headless check." >&2
    exit 1
fi

echo
echo "  Database:          $db"
echo "  Share folder:      $share"
echo "  Demo passphrase:   $demo_passphrase"
echo
exec "$desktop" --db "$db" --share "$share"
