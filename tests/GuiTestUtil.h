#pragma once

#include "db/Database.h"

#include <QObject>
#include <QString>
#include <memory>

// Helpers shared by the GUI suites: find a named widget (failing loudly when a refactoring
// renamed it) and open a suite's database file again as the desktop would.
namespace GuiTestUtil {

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

inline std::unique_ptr<Database> openDatabase(const QString &path, const QString &passphrase)
{
    auto db = std::make_unique<Database>();
    Error error;
    if (!db->open(path, passphrase, &error))
        qFatal("open failed: %s", qPrintable(error.message));
    return db;
}

} // namespace GuiTestUtil
