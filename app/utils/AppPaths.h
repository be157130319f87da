#pragma once

#include <QString>

// Where Field Desk keeps its files on this computer when nobody chose otherwise: the
// encrypted database and the local folder that stands in for the office file server.
// Both live under QStandardPaths::AppDataLocation, which depends on the organization and
// application names; call setApplicationNames() before asking for a path.
class AppPaths
{
public:
    static constexpr const char *OrganizationName = "Lithera";
    static constexpr const char *OrganizationDomain = "lithera.example";
    static constexpr const char *ApplicationName = "FieldDesk";

    // Sets the QCoreApplication organization/application names every Field Desk program uses.
    static void setApplicationNames();

    // <appdata> itself, e.g. ~/.local/share/Lithera/FieldDesk on Linux.
    static QString dataDirectory();
    // <appdata>/fielddesk.fdb
    static QString defaultDatabasePath();
    // <appdata>/share
    static QString defaultShareFolder();

    // Creates the folder that will hold filePath; true when it exists afterwards.
    static bool ensureParentDirectory(const QString &filePath);
};
