#pragma once

#include "app/interchange/InterchangeExporter.h"
#include "app/sync/SyncSetup.h"
#include "app/sync/SyncTeam.h"
#include "db/Database.h"
#include "db/SyncEngine.h"
#include "db/SyncFileSystem.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

// Helpers for the sync suites: a team of devices (raw-keyed databases, no KDF per open) on
// one shared folder inside a temporary directory.
namespace SyncTestUtil {

inline QString rawKey(int n)
{
    return QString(63, QLatin1Char('a')) + QString::number(n % 10);
}

struct Team
{
    QTemporaryDir dir;
    QString share;
    std::vector<std::unique_ptr<Database>> devices;

    // Device 0 creates the team; the others join with an enrollment each.
    bool setUp(int count, QString *problem)
    {
        share = dir.filePath(QStringLiteral("share"));
        QDir().mkpath(share);
        for (int i = 0; i < count; ++i) {
            auto db = std::make_unique<Database>();
            Error error;
            if (!db->create(dir.filePath(QStringLiteral("device%1.fdb").arg(i)), rawKey(i), &error,
                            Database::KeyKind::RawKey)) {
                *problem = error.message;
                return false;
            }
            devices.push_back(std::move(db));
        }
        Error error;
        if (!SyncTeam::create(*devices[0], share, &error)) {
            *problem = error.message;
            return false;
        }
        for (int i = 1; i < count; ++i) {
            const QString file = dir.filePath(QStringLiteral("invite%1.fde").arg(i));
            QString code;
            if (!SyncTeam::invite(*devices[0], file, &code, &error) ||
                !SyncTeam::join(*devices[i], share, file, code, &error)) {
                *problem = error.message;
                return false;
            }
        }
        return true;
    }

    SyncReport sync(int i, SyncFileSystem *fs = nullptr)
    {
        SyncEngine engine(*devices[i], fs);
        SyncSetup::configure(engine);
        SyncReport report;
        Error error;
        if (!engine.runRound(&report, &error))
            report.errors << error.message;
        return report;
    }
};

inline QByteArray exportHash(Database &db)
{
    InterchangeExporter exporter(db);
    QJsonObject doc;
    Error error;
    if (!exporter.exportAll(&doc, &error))
        return QByteArray("export failed: ") + error.message.toUtf8();
    return QCryptographicHash::hash(QJsonDocument(doc).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

inline QJsonObject exportDoc(Database &db)
{
    InterchangeExporter exporter(db);
    QJsonObject doc;
    Error error;
    exporter.exportAll(&doc, &error);
    return doc;
}

inline int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace SyncTestUtil

// A file system whose writes, renames or reads can be made to fail: a full disk, a share
// that disappears in the middle of a round.
class FailingFileSystem : public SyncFileSystem
{
public:
    bool failWrites = false;
    bool failRenames = false;
    int readsBeforeFailure = -1; // -1: never fail; 0: the next read fails
    QStringList written;

    bool read(const QString &path, QByteArray *data, QString *error) const override
    {
        if (readsBeforeFailure == 0) {
            if (error)
                *error = QStringLiteral("the network path was not found");
            return false;
        }
        if (readsBeforeFailure > 0)
            --const_cast<FailingFileSystem *>(this)->readsBeforeFailure;
        return SyncFileSystem::read(path, data, error);
    }
    bool writeNew(const QString &path, const QByteArray &data, QString *error) override
    {
        if (failWrites) {
            // Half a file, as a dying connection leaves it.
            SyncFileSystem::writeNew(path, data.left(data.size() / 2), error);
            if (error)
                *error = QStringLiteral("no space left on the device");
            return false;
        }
        written << path;
        return SyncFileSystem::writeNew(path, data, error);
    }
    bool renameNew(const QString &from, const QString &to, QString *error) override
    {
        if (failRenames) {
            if (error)
                *error = QStringLiteral("the specified network name is no longer available");
            return false;
        }
        return SyncFileSystem::renameNew(from, to, error);
    }
};
