#pragma once

#include <string>

// NTFS access control for files that hold keys (backups, recovery sheets, enrollment files), on
// Windows only. QFile::setPermissions cannot make a file private there: it only toggles the
// read-only flag, and the file keeps the access list it inherits from its folder (SYSTEM,
// Administrators, sometimes a whole share). These calls replace that list with a protected one
// that grants the user running the desk, and nobody else. Plain Win32 (no Qt) so the file can
// be compiled and checked with a MinGW cross compiler on a Linux machine.
class WindowsOwnerAccess
{
public:
    // Gives the file one access entry, full control for the current user, and stops it
    // inheriting its folder's entries. Returns 0, or the Win32 error code.
    static unsigned long restrictToOwner(const std::wstring &path);
    // True when the file's access list is protected and every entry that allows something is
    // the current user's. *winError (optional) gets the Win32 error code when it cannot be read.
    static bool isOwnerOnly(const std::wstring &path, unsigned long *winError = nullptr);
};
