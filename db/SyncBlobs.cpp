#include "db/SyncBlobs.h"

#include "db/Database.h"
#include "db/SyncBundle.h"
#include "db/SyncEngine.h"
#include "db/SyncFileSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

SyncBlobs::SyncBlobs(Database &db, SyncFileSystem *fs)
    : m_db(db), m_fs(fs ? fs : SyncFileSystem::local()),
      m_key(db.meta(QStringLiteral("sync_team_key"))),
      m_dir(QDir(SyncEngine::shareRootOf(db)).filePath(QStringLiteral("blobs")))
{}

QString SyncBlobs::nameFor(const QString &keyHex, const QByteArray &data)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(data, QByteArray::fromHex(keyHex.toLatin1()),
                                         QCryptographicHash::Sha256)
            .toHex());
}

QString SyncBlobs::tempPath(const QString &what) const
{
    SyncEngine engine(m_db, m_fs);
    QDir().mkpath(engine.stateDir());
    return QDir(engine.stateDir()).filePath(what);
}

bool SyncBlobs::upload(const QString &name, const QByteArray &data, Error *error)
{
    const QString target = QDir(m_dir).filePath(name);
    if (m_fs->exists(target))
        return true; // written once: equal content, equal name
    if (nameFor(m_key, data) != name)
        return Error::set(error, Error::Code::Failure,
                          tr("The attachment content does not match its name %1.").arg(name));
    // The content travels in the same container as bundle changes: one change, the file.
    SyncBundleMeta meta;
    meta.teamId = m_db.meta(QStringLiteral("sync_team_id"));
    meta.device = m_db.deviceId();
    SyncChange content;
    content.table = QStringLiteral("blob");
    content.rowId = name;
    content.field = SyncBundle::sha256(data);
    content.value = data;
    QByteArray bytes;
    QString detail;
    const QString partial = target + QStringLiteral(".partial");
    if (!SyncBundle::build(tempPath(QStringLiteral("blob.fdb")), m_key, meta, {content}, &bytes,
                           &detail) ||
        !m_fs->makeShareFolder(QFileInfo(m_dir).absolutePath(), m_dir, &detail) ||
        !m_fs->remove(partial, &detail) || !m_fs->writeNew(partial, bytes, &detail) ||
        !m_fs->renameNew(partial, target, &detail)) {
        if (m_fs->exists(target))
            return true; // another device wrote the same blob at the same time
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot put the attachment on the share: %1").arg(detail));
    }
    return true;
}

bool SyncBlobs::fetch(const QString &name, QByteArray *data, Error *error)
{
    QByteArray bytes;
    QString detail;
    if (!m_fs->read(QDir(m_dir).filePath(name), &bytes, &detail))
        return Error::set(error, Error::Code::NotFound,
                          tr("The attachment is not on this computer yet and the shared folder "
                             "cannot give it (%1). Connect to the file server and try again.")
                              .arg(detail));
    SyncBundleMeta meta;
    QList<SyncChange> changes;
    if (!SyncBundle::parse(tempPath(QStringLiteral("blob-read.fdb")), m_key, bytes, &meta, &changes,
                           &detail) ||
        changes.size() != 1 || changes.first().rowId != name ||
        SyncBundle::sha256(changes.first().value.toByteArray()) != changes.first().field ||
        nameFor(m_key, changes.first().value.toByteArray()) != name)
        return Error::set(error, Error::Code::Failure,
                          tr("The attachment %1 on the shared folder is damaged or not from this "
                             "team; attach the original file again.")
                              .arg(name));
    *data = changes.first().value.toByteArray();
    return true;
}
