#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

// The few file operations sync performs on the share and in its local state, behind one small
// interface so tests can make a write, a flush or a rename fail (a share that vanishes, a full
// disk) and check that nothing is left half done. The default implementation is the local
// file system (an SMB share is mounted and looks local). Nothing here ever overwrites a file.
class SyncFileSystem
{
public:
    virtual ~SyncFileSystem() = default;

    virtual bool exists(const QString &path) const;
    virtual bool makePath(const QString &dir, QString *error);
    // makePath for a folder on the share: only while the share's sync folder (root, holding
    // team.json) is there. A share that vanished is an error, never created again.
    bool makeShareFolder(const QString &root, const QString &dir, QString *error);
    // Names of the plain files / sub-folders in dir (not recursive), sorted.
    virtual QStringList files(const QString &dir) const;
    virtual QStringList folders(const QString &dir) const;
    virtual bool read(const QString &path, QByteArray *data, QString *error) const;
    // Creates path exclusively (fails if it exists), writes data and flushes it to the disk.
    virtual bool writeNew(const QString &path, const QByteArray &data, QString *error);
    // Renames to a name that must not exist yet (never renames over a file).
    virtual bool renameNew(const QString &from, const QString &to, QString *error);
    virtual bool remove(const QString &path, QString *error);
    virtual QDateTime modified(const QString &path) const;

    // The process-wide default (the local file system).
    static SyncFileSystem *local();
};
