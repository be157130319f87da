#include "app/workflow/AttachmentStore.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SyncBlobs.h"
#include "db/SyncEngine.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Table = QStringLiteral("attachments");

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

AttachmentStore::AttachmentStore(Database &db) : m_db(db) {}

QString AttachmentStore::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool AttachmentStore::tooLarge(const QString &fileName, qint64 size, Error *error)
{
    return Error::set(error, Error::Code::Validation,
                      tr("The file %1 is %2 MB; an attachment can be at most %3 MB. Scan it "
                         "again with a lower resolution or in black and white, or split it "
                         "into several files.")
                          .arg(fileName, megabytes(size), megabytes(MaxSize)),
                      QString(), QStringLiteral("data"));
}

bool AttachmentStore::readFile(const QString &filePath, QByteArray *data, Error *error)
{
    const QFileInfo fi(filePath);
    if (!fi.exists() || !fi.isFile())
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no file %1; choose the file again.")
                              .arg(QDir::toNativeSeparators(filePath)));
    // Checked before reading, so a huge file is not loaded into memory first.
    if (fi.size() > MaxSize)
        return tooLarge(fi.fileName(), fi.size(), error);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot read the file %1: %2. Check that it is not open in another "
                             "program and that you may read it.")
                              .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    // At most one byte past the limit: the file may have grown since it was measured.
    QByteArray content = file.read(MaxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot read the file %1: %2.")
                              .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    if (content.size() > MaxSize)
        return tooLarge(fi.fileName(), content.size(), error);
    if (data)
        *data = std::move(content);
    return true;
}

bool AttachmentStore::add(const QString &filePath, QString *attachmentId, Error *error)
{
    QByteArray data;
    if (!readFile(filePath, &data, error))
        return false;
    const QString id = RecordStore::newId();
    if (!addData(QFileInfo(filePath).fileName(), data, id, error))
        return false;
    if (attachmentId)
        *attachmentId = id;
    return true;
}

bool AttachmentStore::addData(const QString &fileName, const QByteArray &data, const QString &id,
                              Error *error)
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty())
        return Error::set(error, Error::Code::Usage, tr("An attachment needs a file name."));
    if (data.size() > MaxSize)
        return tooLarge(name, data.size(), error);
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();

    Transaction tx(m_db);
    RecordStore store(m_db);
    const QVariantMap fields{
        {QStringLiteral("file_name"), name},
        {QStringLiteral("mime_type"), mime},
        {QStringLiteral("sha256"), sha256Hex(data)},
        {QStringLiteral("size"), qint64(data.size())},
        {QStringLiteral("data"), data},
    };
    // In a team the content travels as a blob on the share, named by its HMAC (SyncBlobs).
    QVariantMap withBlob = fields;
    if (SyncEngine::isConfigured(m_db))
        withBlob.insert(QStringLiteral("blob"),
                        SyncBlobs::nameFor(m_db.meta(QStringLiteral("sync_team_key")), data));
    return store.insert(Table, id, withBlob, error) && tx.commit(error);
}

bool AttachmentStore::info(const QString &id, Info *out, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT file_name, mime_type, sha256, size FROM attachments "
                             "WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text(), id);
    if (!q.next())
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no attachment %1 in this database.").arg(id), id);
    if (out) {
        out->id = id;
        out->fileName = q.value(0).toString();
        out->mimeType = q.value(1).toString();
        out->sha256 = q.value(2).toString();
        out->size = q.value(3).toLongLong();
    }
    return true;
}

bool AttachmentStore::read(const QString &id, QByteArray *data, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT file_name, sha256, data, blob FROM attachments "
                             "WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text(), id);
    if (!q.next())
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no attachment %1 in this database.").arg(id), id);
    const QString name = q.value(0).toString();
    QByteArray content = q.value(2).toByteArray();
    const QString blob = q.value(3).toString();
    const QString expected = q.value(1).toString().toLower();
    q.finish();
    if (content.isEmpty() && !blob.isEmpty()) {
        // Synced from another device: fetched from the share once, then kept here.
        SyncBlobs blobs(m_db);
        if (!blobs.fetch(blob, &content, error))
            return false;
        if (sha256Hex(content) == expected) {
            QSqlQuery keep(m_db.sql());
            keep.prepare(QStringLiteral("UPDATE attachments SET data = ? WHERE id = ?"));
            keep.addBindValue(content);
            keep.addBindValue(id);
            keep.exec();
        }
    }
    if (sha256Hex(content) != expected)
        return Error::set(error, Error::Code::Failure,
                          tr("The attachment %1 (%2) is damaged: its content no longer matches "
                             "the checksum stored with it. Attach the original file again.")
                              .arg(name, id),
                          id, QStringLiteral("data"));
    if (data)
        *data = content;
    return true;
}

bool AttachmentStore::logCopySaved(const QString &id, const QString &path, Error *error)
{
    return AuditLog(m_db).append(QStringLiteral("attachment_export"), QStringLiteral("attachments"),
                                 id, QStringLiteral("path=%1").arg(path), error);
}
