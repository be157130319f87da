#include "tests/bench/SyncBench.h"

#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SyncBundle.h"
#include "db/SyncEngine.h"
#include "db/Transaction.h"
#include "tests/bench/Stats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

namespace {
const QString Key =
    QStringLiteral("5b1f0c9e2d7a4e3f8a6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f");
const QString TeamId = QStringLiteral("0b7e1d36-6a1f-4c6e-9d3b-7c2a5e8f1b40");
// Fields per customer record: 6 data fields + created_at + deleted = 8 changes each.
constexpr int ChangesPerRecord = 8;
} // namespace

SyncBench::SyncBench(const QString &directory)
    : m_dir(directory), m_share(QDir(directory).filePath(QStringLiteral("sync-share")))
{}

bool SyncBench::makeDevice(const QString &name, Database &db, QString *error)
{
    Error e;
    const QString root = QDir(m_share).filePath(QStringLiteral("fielddesk"));
    if (!QFile::exists(QDir(root).filePath(QStringLiteral("team.json")))) {
        QDir().mkpath(QDir(root).filePath(QStringLiteral("devices")));
        QFile f(QDir(root).filePath(QStringLiteral("team.json")));
        if (!f.open(QIODevice::WriteOnly))
            return (*error = f.errorString(), false);
        f.write("{\"format\": \"fielddesk-team\", \"version\": 1}\n");
    }
    if (!db.create(QDir(m_dir).filePath(name + QStringLiteral(".fdb")),
                   QString(64, QLatin1Char('c')), &e, Database::KeyKind::RawKey) ||
        !db.setMeta(QStringLiteral("sync_team_id"), TeamId, &e) ||
        !db.setMeta(QStringLiteral("sync_team_key"), Key, &e) ||
        !db.setMeta(QStringLiteral("sync_share"), m_share, &e)) {
        *error = e.message;
        return false;
    }
    return true;
}

bool SyncBench::addRecords(Database &db, int device, int count, QString *error)
{
    Error e;
    RecordStore store(db);
    Transaction tx(db);
    for (int i = 0; i < count; ++i) {
        const QString id =
            QUuid::createUuidV5(QUuid(TeamId), QStringLiteral("%1/%2").arg(device).arg(i))
                .toString(QUuid::WithoutBraces);
        if (!store.insert(
                QStringLiteral("customers"), id,
                {{QStringLiteral("name"), QStringLiteral("苏州精细化工 %1-%2").arg(device).arg(i)},
                 {QStringLiteral("tier"), QStringLiteral("B")},
                 {QStringLiteral("kind"), QStringLiteral("customer")},
                 {QStringLiteral("region"), QStringLiteral("华东")},
                 {QStringLiteral("address"), QStringLiteral("江苏省苏州市工业园区 %1 号").arg(i)},
                 {QStringLiteral("notes"), QStringLiteral("每年两次现场支持；联系人王工。")}},
                &e)) {
            *error = e.message;
            return false;
        }
    }
    if (!tx.commit(&e)) {
        *error = e.message;
        return false;
    }
    return true;
}

bool SyncBench::measureImport(int runs, double *importMs, double *directMs, int *changes,
                              QString *error)
{
    const int perDevice = (10000 + 3 * ChangesPerRecord - 1) / (3 * ChangesPerRecord);
    // Three devices publish one bundle each.
    for (int d = 0; d < 3; ++d) {
        Database db;
        if (!makeDevice(QStringLiteral("source%1").arg(d), db, error) ||
            !addRecords(db, d, perDevice, error))
            return false;
        SyncEngine engine(db);
        SyncReport report;
        Error e;
        if (!engine.runRound(&report, &e) || report.bundlesPublished != 1) {
            *error = e.message + report.errors.join(QLatin1Char(' '));
            return false;
        }
    }
    QList<double> imports, directs;
    for (int run = 0; run < runs; ++run) {
        {
            Database db;
            if (!makeDevice(QStringLiteral("import%1").arg(run), db, error))
                return false;
            SyncEngine engine(db);
            SyncReport report;
            Error e;
            QElapsedTimer t;
            t.start();
            if (!engine.applyIncoming(&report, &e)) {
                *error = e.message;
                return false;
            }
            imports << double(t.nsecsElapsed()) / 1e6;
            if (report.bundlesApplied != 3 || !report.errors.isEmpty()) {
                *error = QStringLiteral("import applied %1 bundles: %2")
                             .arg(report.bundlesApplied)
                             .arg(report.errors.join(QLatin1Char(' ')));
                return false;
            }
            *changes = report.changesApplied;
        }
        {
            Database db;
            if (!makeDevice(QStringLiteral("direct%1").arg(run), db, error))
                return false;
            QElapsedTimer t;
            t.start();
            for (int d = 0; d < 3; ++d) {
                if (!addRecords(db, d, perDevice, error))
                    return false;
            }
            directs << double(t.nsecsElapsed()) / 1e6;
        }
    }
    *importMs = Stats::median(imports);
    *directMs = Stats::median(directs);
    return true;
}

bool SyncBench::measureIdle(int runs, double *idleMs, QString *error)
{
    // 20 device folders with a few bundles each (16 more besides the 3 sources and this one).
    const QString root = QDir(m_share).filePath(QStringLiteral("fielddesk/devices"));
    for (int d = 0; d < 16; ++d) {
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QDir().mkpath(QDir(root).filePath(device));
        QString previous;
        for (int seq = 1; seq <= 3; ++seq) {
            SyncBundleMeta meta;
            meta.teamId = TeamId;
            meta.device = device;
            meta.sequence = seq;
            meta.previousSha256 = previous;
            const QList<SyncChange> changes;
            QByteArray bytes;
            if (!SyncBundle::build(QDir(m_dir).filePath(QStringLiteral("b.fdb")), Key, meta,
                                   changes, &bytes, error))
                return false;
            QFile f(QDir(root).filePath(device + QLatin1Char('/') + SyncBundle::fileName(seq)));
            if (!f.open(QIODevice::WriteOnly))
                return (*error = f.errorString(), false);
            f.write(bytes);
            previous = SyncBundle::sha256(bytes);
        }
    }
    Database db;
    if (!makeDevice(QStringLiteral("idle"), db, error))
        return false;
    SyncEngine engine(db);
    SyncReport first;
    Error e;
    if (!engine.runRound(&first, &e)) {
        *error = e.message;
        return false;
    }
    if (QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() < 20) {
        *error = QStringLiteral("the idle measure needs 20 device folders");
        return false;
    }
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        SyncReport report;
        QElapsedTimer t;
        t.start();
        if (!engine.runRound(&report, &e)) {
            *error = e.message;
            return false;
        }
        times << double(t.nsecsElapsed()) / 1e6;
        if (report.bundlesApplied != 0 || report.bundlesPublished != 0) {
            *error = QStringLiteral("an idle round found work to do");
            return false;
        }
    }
    *idleMs = Stats::median(times);
    return true;
}
