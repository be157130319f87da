#!/usr/bin/env bash
# Writes the cross-release fixtures with the fielddesk-cli of the build at hand: a desk database
# with the demo data that belongs to a team, the team's share (bundle and snapshot) and an
# enrollment file with its one-time code. tst_crossrelease reads every fixture set under
# tests/data/crossrelease/ with whichever SQLCipher the build has, so files written by
# SQLCipher 3.4 (Debian 12) and 4.x (Debian 13) are each opened by the other.
#
#   bash packaging/make-crossrelease-fixtures.sh build/app/fielddesk-cli OUTDIR
set -euo pipefail
cli=$(realpath "$1")
out=$2
rm -rf "$out" && mkdir -p "$out"
cd "$out"
export FIELDDESK_PASSPHRASE='crossrelease-fixture-2026'
"$cli" init --db desk.fdb >/dev/null
"$cli" demo --db desk.fdb >/dev/null
"$cli" team create --db desk.fdb --share share --recovery-out recovery.txt >/dev/null
"$cli" sync --db desk.fdb --snapshot >/dev/null
# A change after the snapshot, so a joining desk also has a bundle to read (000000002.fdb).
"$cli" export --db desk.fdb --json >export.json
python3 - <<'PY'
import json
with open("export.json", encoding="utf-8") as f:
    data = json.load(f)
customer = sorted(data["customers"], key=lambda c: c["id"])[0]
data = {"format": data["format"], "version": data["version"],
        "customers": [dict(customer, notes="changed after the snapshot / 快照之后的修改")]}
with open("change.json", "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False)
PY
"$cli" import --db desk.fdb change.json >/dev/null
"$cli" sync --db desk.fdb >/dev/null
rm -f export.json change.json
"$cli" team invite --db desk.fdb --out invite.fde | tail -1 >invite-code.txt
"$cli" verify --db desk.fdb >/dev/null
rm -rf desk.fdb.sync
{
    echo "written by: $("$cli" --version | tail -1)"
    echo "passphrase: $FIELDDESK_PASSPHRASE"
    if command -v dpkg-query >/dev/null; then
        echo "sqlcipher: $(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || echo '?')"
        echo "qt: $(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo '?')"
    fi
    echo "date: $(date -u +%Y-%m-%d)"
} >WRITER.txt
find . -type f | sort
