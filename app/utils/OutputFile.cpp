#include "app/utils/OutputFile.h"

#include "app/utils/WindowsOwnerAccess.h"
#include "db/Database.h"

#include <QDir>
#include <QFileInfo>

namespace {

// The absolute, symlink-free form of a path that may not exist yet: the deepest existing
// folder is resolved and the rest appended, so "a/../db.fdb" or a link to the database is
// recognised as the database.
QString resolved(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (info.exists() && !info.canonicalFilePath().isEmpty())
        return info.canonicalFilePath();
    QStringList rest{info.fileName()};
    QDir dir = info.absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        rest.prepend(dir.dirName());
        if (!dir.cdUp())
            break;
    }
    const QString base = dir.canonicalPath().isEmpty() ? dir.absolutePath() : dir.canonicalPath();
    return QDir::cleanPath(base + QLatin1Char('/') + rest.join(QLatin1Char('/')));
}

bool inside(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

bool OutputFile::isProtected(const QString &target, const Database &db)
{
    const QString path = resolved(target);
    if (!db.path().isEmpty()) {
        const QString database = resolved(db.path());
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            if (path == database + QLatin1String(suffix))
                return true;
        }
        if (inside(path, database + QStringLiteral(".sync")))
            return true;
    }
    // The team's shared folder (SyncTeam keeps it in meta "sync_share").
    const QString share = db.isOpen() ? db.meta(QStringLiteral("sync_share")) : QString();
    return !share.isEmpty() && inside(path, resolved(share));
}

bool OutputFile::check(const QString &target, const Database &db, Existing existing, Error *error)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (isProtected(target, db))
        return Error::set(error, Error::Code::Usage,
                          tr("%1 is part of the database or its shared folder and is never "
                             "written over. Choose a file in another folder.")
                              .arg(shown));
    if (QFileInfo(target).isDir())
        return Error::set(error, Error::Code::Usage,
                          tr("%1 is a folder. Choose a file name.").arg(shown));
    if (existing == Existing::Refuse && QFileInfo(target).exists())
        return Error::set(error, Error::Code::Exists,
                          tr("%1 already exists and was left as it is. Choose a new file name, "
                             "or give --force to replace it.")
                              .arg(shown));
    return true;
}

bool OutputFile::restrictToOwner(const QString &path, Error *error)
{
#ifdef Q_OS_WIN
    // On NTFS the permission bits are only the read-only flag: the access list is what counts.
    const bool done =
        WindowsOwnerAccess::restrictToOwner(
            QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString()) == 0;
#else
    const bool done = QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    if (!done)
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot make %1 readable by its owner only. Delete it: it holds a "
                             "key.")
                              .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool OutputFile::isOwnerOnly(const QString &path)
{
#ifdef Q_OS_WIN
    return WindowsOwnerAccess::isOwnerOnly(
        QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString());
#else
    const QFileInfo info(path);
    return info.exists() &&
           !(info.permissions() &
             (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
              QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
#endif
}
