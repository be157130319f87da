#!/usr/bin/env bash
# Checks the Windows installer's CPack/NSIS settings on Linux: builds a throw-away installer
# with makensis (Debian package nsis) from packaging/windows/NsisInstaller.cmake, with
# stand-in programs, and shows the Start-menu and desktop shortcuts it creates. It cannot
# check windeployqt or the runtime DLLs: that needs Windows (.github/workflows/windows.yml).
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v makensis >/dev/null || { echo "check-nsis.sh: install nsis (apt-get install nsis)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.21)
project(LitheraFieldDesk VERSION 0.1.0 LANGUAGES NONE)
set(CMAKE_INSTALL_BINDIR bin)
file(WRITE \${CMAKE_BINARY_DIR}/fielddesk.exe "stand-in")
file(WRITE \${CMAKE_BINARY_DIR}/fielddesk-cli.exe "stand-in")
install(PROGRAMS \${CMAKE_BINARY_DIR}/fielddesk.exe \${CMAKE_BINARY_DIR}/fielddesk-cli.exe DESTINATION bin)
set(CPACK_PACKAGE_NAME "lithera-fielddesk")
set(CPACK_PACKAGE_VENDOR "Lithera")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Lithera Field Desk")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lithera Field Desk")
set(CMAKE_SOURCE_DIR "$src")
include("$src/packaging/windows/NsisInstaller.cmake")
include(CPack)
CMAKE
cmake -S "$work" -B "$work/b" >/dev/null
(cd "$work/b" && cpack -G NSIS >/dev/null)
ls -l "$work"/b/LitheraFieldDesk-*-win64.exe
grep -h 'CreateShortCut\|MUI_FINISHPAGE_RUN\|MUI_PAGE_LICENSE' "$work"/b/_CPack_Packages/*/NSIS/project.nsi
echo "check-nsis.sh: the NSIS script compiles"
