#include "app/sync/SyncRecovery.h"

#include "app/sync/SyncSetup.h"
#include "app/sync/SyncTeam.h"
#include "app/workflow/AttachmentStore.h"
#include "app/workflow/HolidayCalendar.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SyncBundle.h"
#include "db/SyncEngine.h"
#include "db/SyncFileSystem.h"
#include "db/SyncSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// A bound on the rounds: each applies every bundle it can; the loop only guards a share that
// keeps changing while it is read.
constexpr int MaxRounds = 50;

} // namespace

bool SyncRecovery::parseKey(const QString &text, QString *keyHex, Error *error)
{
    // On the sheet the key follows "Recovery key:" (in any language, the line ending with a
    // colon before the groups); a file may also hold the bare key.
    // The sheet also prints other hex groups (the trust root's key id): the key is the block of
    // consecutive group lines that makes exactly 64 digits.
    QString candidate;
    QString block;
    const QRegularExpression groups(
        QStringLiteral("^\\s*([0-9A-Fa-f]{4}[\\s-]+)+[0-9A-Fa-f]{4}\\s*$"));
    const QRegularExpression bare(QStringLiteral("^\\s*[0-9A-Fa-f]{64}\\s*$"));
    const QRegularExpression separators(QStringLiteral("[\\s-]"));
    const QStringList lines = text.split(QLatin1Char('\n')) << QString();
    for (const QString &line : lines) {
        if (groups.match(line).hasMatch() || bare.match(line).hasMatch()) {
            block += line;
            continue;
        }
        block.remove(separators);
        if (block.size() == 64 && candidate.isEmpty())
            candidate = block;
        block.clear();
    }
    if (candidate.size() != 64)
        return Error::set(error, Error::Code::Validation,
                          tr("No recovery key found: the file must hold the recovery sheet's "
                             "text or the key itself (64 letters and digits in groups of "
                             "four)."),
                          QString(), QStringLiteral("recovery-key"));
    *keyHex = candidate.toLower();
    return true;
}

std::unique_ptr<Database> SyncRecovery::rebuild(const QString &path, const QString &passphrase,
                                                const QString &actor, const QString &share,
                                                const QString &keyHex, SyncReport *report,
                                                int *attachments, Error *error)
{
    *report = SyncReport();
    *attachments = 0;
    if (QFileInfo::exists(path)) {
        Error::set(error, Error::Code::Exists,
                   tr("%1 already exists: recover into a new database file.")
                       .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    if (!actor.isEmpty())
        db->setActor(actor);
    const bool created = db->create(path, passphrase, error);
    if (created && HolidayCalendar(*db).install(nullptr, error) &&
        SyncRecovery(*db).recover(share, keyHex, report, attachments, error))
        return db;
    // Nothing half-made stays behind: the file is new and holds no recovered desk.
    db->close();
    if (created) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return nullptr;
}

SyncRecovery::SyncRecovery(Database &db, SyncFileSystem *fs)
    : m_db(db), m_fs(fs ? fs : SyncFileSystem::local())
{}

bool SyncRecovery::checkKey(const QString &root, const QString &keyHex, const QString &teamId,
                            Error *error)
{
    // The first bundle of each device, until one opens: a wrong key opens none.
    const QString devices = QDir(root).filePath(QStringLiteral("devices"));
    SyncEngine engine(m_db, m_fs);
    QDir().mkpath(engine.stateDir());
    bool any = false;
    for (const QString &device : m_fs->folders(devices)) {
        QStringList bundles;
        for (const QString &name : m_fs->files(QDir(devices).filePath(device))) {
            if (SyncBundle::sequenceOf(name) > 0)
                bundles << name;
        }
        std::sort(bundles.begin(), bundles.end());
        if (bundles.isEmpty())
            continue;
        any = true;
        QByteArray bytes;
        QString detail;
        if (!m_fs->read(QDir(QDir(devices).filePath(device)).filePath(bundles.first()), &bytes,
                        &detail))
            continue;
        SyncBundleMeta meta;
        QList<SyncChange> changes;
        const QString temp = QDir(engine.stateDir()).filePath(QStringLiteral("recover-check.fdb"));
        QFile::remove(temp);
        if (SyncBundle::parse(temp, keyHex, bytes, &meta, &changes, &detail) &&
            meta.teamId == teamId)
            return true;
    }
    const QString snapshots = QDir(root).filePath(QStringLiteral("snapshots"));
    if (!any && m_fs->files(snapshots).isEmpty())
        return Error::set(error, Error::Code::NotFound,
                          tr("The shared folder holds no bundles and no snapshot of the team: "
                             "there is nothing to recover."));
    if (!any)
        return true; // the snapshot's own check below decides
    return Error::set(error, Error::Code::WrongPassphrase,
                      tr("The recovery key does not open the team's files on the shared folder. "
                         "Check the key against the recovery sheet (and that the sheet belongs "
                         "to this team)."),
                      QString(), QStringLiteral("recovery-key"));
}

bool SyncRecovery::fetchAttachments(int *count, Error *error)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id FROM attachments WHERE deleted = 0 AND blob IS NOT "
                               "NULL AND (data IS NULL OR length(data) = 0)")))
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    AttachmentStore store(m_db);
    for (const QString &id : std::as_const(ids)) {
        if (!store.read(id, nullptr, error))
            return false;
    }
    *count = int(ids.size());
    return true;
}

bool SyncRecovery::recover(const QString &share, const QString &keyHex, SyncReport *report,
                           int *attachments, Error *error)
{
    *report = SyncReport();
    *attachments = 0;
    if (!SyncTeam::teamId(m_db).isEmpty())
        return Error::set(error, Error::Code::Exists,
                          tr("This database already belongs to team %1; recover into a new "
                             "database.")
                              .arg(SyncTeam::teamId(m_db)));
    const QString root = QDir(share).filePath(QStringLiteral("fielddesk"));
    QByteArray bytes;
    QString detail;
    if (!m_fs->read(QDir(root).filePath(QStringLiteral("team.json")), &bytes, &detail))
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no Field Desk team in %1 (no fielddesk/team.json). "
                             "Check the folder.")
                              .arg(QDir::toNativeSeparators(share)));
    const QString teamId =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("team")).toString();
    if (teamId.isEmpty())
        return Error::set(
            error, Error::Code::Validation,
            tr("%1 is not a Field Desk team file.")
                .arg(QDir::toNativeSeparators(QDir(root).filePath(QStringLiteral("team.json")))));
    if (!checkKey(root, keyHex, teamId, error))
        return false;

    // The calendar a new database starts with makes way for the team's snapshot.
    HolidayCalendar calendar(m_db);
    bool cleared = false;
    if (!calendar.clearForSnapshot(&cleared, error))
        return false;
    if (!m_db.setMeta(QStringLiteral("sync_team_id"), teamId, error) ||
        !m_db.setMeta(QStringLiteral("sync_team_key"), keyHex, error) ||
        !m_db.setMeta(QStringLiteral("sync_share"), QDir(share).absolutePath(), error) ||
        !AuditLog(m_db).append(QStringLiteral("team_recover"), QString(), QString(), teamId, error))
        return false;
    bool restored = false;
    if (!SyncSnapshot::restoreLatest(m_db, m_fs, &restored, error))
        return false;
    if (restored)
        report->notes << tr("Started from the latest snapshot.");

    // Every later bundle of every device; a round applies what it can, the next one finds
    // nothing new.
    for (int round = 0; round < MaxRounds; ++round) {
        SyncEngine engine(m_db, m_fs);
        SyncSetup::configure(engine);
        SyncReport r;
        if (!engine.runRound(&r, error))
            return false;
        report->bundlesApplied += r.bundlesApplied;
        report->changesApplied += r.changesApplied;
        report->bundlesPublished += r.bundlesPublished;
        report->openConflicts = r.openConflicts;
        report->newConflicts += r.newConflicts;
        report->quarantined = r.quarantined;
        report->waiting = r.waiting;
        report->alarms = r.alarms;
        report->warnings += r.warnings;
        report->errors += r.errors;
        report->finishedAt = r.finishedAt;
        if (r.bundlesApplied == 0 || !r.errors.isEmpty())
            break;
    }
    if (!report->errors.isEmpty())
        return Error::set(error, Error::Code::Failure, report->errors.join(QLatin1Char(' ')));
    // Every bundle is in: only the days the team never had are added (no conflict possible).
    if (cleared && !calendar.install(nullptr, error))
        return false;
    return fetchAttachments(attachments, error);
}
