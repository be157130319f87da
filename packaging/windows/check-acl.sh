#!/usr/bin/env bash
# Checks the Win32 code that makes key files owner-only (app/utils/WindowsOwnerAccess) on
# Linux: compiles and links it with MinGW-w64 (Debian package g++-mingw-w64-x86-64-posix) into
# a small program that restricts a file and reads its access list back, and runs that program
# under Wine when Wine is installed (package wine64). Wine 8 answers SetNamedSecurityInfoW
# with success but derives a file's access list from its Unix mode bits, so there the program
# reports "after: 0": the run shows that the calls load and return, nothing about NTFS.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cxx=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)
[[ -n "$cxx" ]] || { echo "check-acl.sh: install g++-mingw-w64-x86-64-posix" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/main.cpp" <<'CPP'
#include "app/utils/WindowsOwnerAccess.h"
#include <cstdio>
#include <fstream>
int main()
{
    const wchar_t *path = L"owner-only-check.txt";
    std::ofstream(path) << "key";
    const unsigned long before = WindowsOwnerAccess::isOwnerOnly(path);
    const unsigned long error = WindowsOwnerAccess::restrictToOwner(path);
    unsigned long readError = 0;
    const bool after = WindowsOwnerAccess::isOwnerOnly(path, &readError);
    std::printf("owner-only before: %lu, restrict: error %lu, after: %d (read error %lu)\n",
                before, error, int(after), readError);
    return error == 0 && after ? 0 : 1;
}
CPP
"$cxx" -std=c++17 -Wall -Wextra -Werror -I"$src" "$src/app/utils/WindowsOwnerAccess.cpp" \
    "$work/main.cpp" -static -o "$work/check-acl.exe" -ladvapi32
echo "check-acl.sh: WindowsOwnerAccess compiles and links for Windows (MinGW-w64)"
# Debian's wine64 package puts its loader in /usr/lib/wine; the "wine" package adds /usr/bin/wine.
wine=$(command -v wine64 || command -v wine || ls /usr/lib/wine/wine64 2>/dev/null || true)
if [[ -n "$wine" ]]; then
    (cd "$work" && WINEPREFIX="$work/prefix" WINEDEBUG=-all "$wine" ./check-acl.exe 2>/dev/null) ||
        true
    echo "check-acl.sh: ran under Wine (its access lists follow Unix modes: not a Windows check)"
else
    echo "check-acl.sh: Wine is not installed (package wine64): not run"
fi
