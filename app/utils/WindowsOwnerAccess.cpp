#include "app/utils/WindowsOwnerAccess.h"

#ifdef _WIN32

#include <windows.h>

#include <aclapi.h>

#include <vector>

namespace {

// The SID of the user this process runs as, kept in the TOKEN_USER buffer that holds it.
class CurrentUser
{
public:
    CurrentUser()
    {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
            m_error = GetLastError();
            return;
        }
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        m_buffer.resize(size);
        if (size == 0 || !GetTokenInformation(token, TokenUser, m_buffer.data(), size, &size))
            m_error = GetLastError();
        CloseHandle(token);
    }
    DWORD error() const { return m_error; }
    PSID sid() const
    {
        return m_error ? nullptr : reinterpret_cast<const TOKEN_USER *>(m_buffer.data())->User.Sid;
    }

private:
    std::vector<unsigned char> m_buffer;
    DWORD m_error = 0;
};

} // namespace

unsigned long WindowsOwnerAccess::restrictToOwner(const std::wstring &path)
{
    const CurrentUser user;
    if (user.error())
        return user.error();

    EXPLICIT_ACCESS_W access = {};
    access.grfAccessPermissions = FILE_ALL_ACCESS;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(user.sid());

    PACL acl = nullptr;
    DWORD result = SetEntriesInAclW(1, &access, nullptr, &acl);
    if (result != ERROR_SUCCESS)
        return result;
    // PROTECTED_DACL: the entries inherited from the folder go, and later changes to the
    // folder's list do not reach this file.
    std::wstring name = path;
    result = SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                   DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                   nullptr, nullptr, acl, nullptr);
    LocalFree(acl);
    return result;
}

bool WindowsOwnerAccess::isOwnerOnly(const std::wstring &path, unsigned long *winError)
{
    const CurrentUser user;
    if (user.error()) {
        if (winError)
            *winError = user.error();
        return false;
    }
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    std::wstring name = path;
    const DWORD result =
        GetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                              nullptr, &dacl, nullptr, &descriptor);
    if (winError)
        *winError = result;
    if (result != ERROR_SUCCESS)
        return false;

    bool ownerOnly = dacl != nullptr; // a null DACL grants everyone everything
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    if (!GetSecurityDescriptorControl(descriptor, &control, &revision) ||
        !(control & SE_DACL_PROTECTED))
        ownerOnly = false;
    ACL_SIZE_INFORMATION size = {};
    if (ownerOnly && !GetAclInformation(dacl, &size, sizeof(size), AclSizeInformation))
        ownerOnly = false;
    for (DWORD i = 0; ownerOnly && i < size.AceCount; ++i) {
        void *entry = nullptr;
        if (!GetAce(dacl, i, &entry)) {
            ownerOnly = false;
            break;
        }
        const auto *header = static_cast<const ACE_HEADER *>(entry);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE)
            continue; // deny entries take nothing away from the owner-only promise
        auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(entry);
        if (!EqualSid(reinterpret_cast<PSID>(&allowed->SidStart), user.sid()))
            ownerOnly = false;
    }
    LocalFree(descriptor);
    return ownerOnly;
}

#endif
