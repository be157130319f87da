// fielddesk-cli team … and sync: the command bodies (dispatched from CliApp::run).
#include "app/cli/CliApp.h"
#include "app/sync/SyncProblems.h"
#include "app/sync/SyncRecovery.h"
#include "app/workflow/HolidayCalendar.h"

#include "app/sync/SyncSetup.h"
#include "app/sync/SyncTeam.h"
#include "app/utils/OutputFile.h"
#include "app/utils/RecordTime.h"
#include "db/Database.h"
#include "db/SyncEngine.h"
#include "db/SyncSnapshot.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const char *EnrollCodeEnv = "FIELDDESK_ENROLL_CODE";
}

int CliApp::cmdTeam()
{
    const QString sub = m_positional.value(0);
    if (sub == QLatin1String("keys"))
        return cmdTeamKeys();
    if (sub != QLatin1String("create") && sub != QLatin1String("invite") &&
        sub != QLatin1String("join"))
        return usage(tr("team needs one of: create, invite, join, keys."));
    const QString share = m_parser->value(QStringLiteral("share"));
    if ((sub == QLatin1String("create") || sub == QLatin1String("join")) && share.isEmpty())
        return usage(tr("team %1 needs --share DIR: the shared folder.").arg(sub));
    Database db;
    Error error;
    if (!openDatabase(db, &error))
        return fail(error);
    if (sub == QLatin1String("create")) {
        if (!SyncTeam::create(db, share, &error))
            return fail(error);
        const QString recovery = m_parser->value(QStringLiteral("recovery-out"));
        if (!recovery.isEmpty()) {
            const bool force = m_parser->isSet(QStringLiteral("force"));
            if (!OutputFile::check(
                    recovery, db,
                    force ? OutputFile::Existing::Overwrite : OutputFile::Existing::Refuse, &error))
                return fail(error);
            QFile f(recovery);
            // Owner-only before the recovery key goes in.
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate |
                        (force ? QIODevice::OpenMode() : QIODevice::NewOnly)) ||
                !OutputFile::restrictToOwner(recovery, &error) ||
                f.write(SyncTeam::recoverySheetText(db).toUtf8()) < 0 || !f.flush()) {
                Error::set(&error, Error::Code::Failure,
                           tr("Cannot write the recovery sheet to %1: %2")
                               .arg(QDir::toNativeSeparators(recovery), f.errorString()));
                return fail(error);
            }
        }
        m_out << tr("Created team %1 on %2. Print the recovery sheet and keep it in the safe.")
                     .arg(SyncTeam::teamId(db), QDir::toNativeSeparators(share))
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("invite")) {
        const QString out = m_parser->value(QStringLiteral("out"));
        if (out.isEmpty())
            return usage(tr("team invite needs --out FILE: the enrollment file to write."));
        QString code;
        if (!SyncTeam::invite(db, out, &code, &error))
            return fail(error);
        m_out << tr("Wrote the enrollment file %1. Give it and the code below to the new "
                    "device separately; the code opens it once.")
                     .arg(QDir::toNativeSeparators(out))
              << Qt::endl
              << code << Qt::endl;
        return Ok;
    }
    const QString enrollment = m_parser->value(QStringLiteral("enrollment"));
    if (enrollment.isEmpty())
        return usage(tr("team join needs --enrollment FILE."));
    const QString code = qEnvironmentVariable(EnrollCodeEnv);
    if (code.isEmpty())
        return usage(tr("No enrollment code: set %1.").arg(QString::fromLatin1(EnrollCodeEnv)));
    if (!SyncTeam::join(db, share, enrollment, code, &error))
        return fail(error);
    // A new device starts from the latest snapshot when there is one and it has no records
    // (the holiday calendar a new database starts with makes way for the team's).
    bool restored = false, cleared = false;
    Error snapshotError;
    HolidayCalendar calendar(db);
    if (!calendar.clearForSnapshot(&cleared, &error))
        return fail(error);
    if (!SyncSnapshot::restoreLatest(db, nullptr, &restored, &snapshotError) &&
        snapshotError.code != Error::Code::Usage)
        m_err << snapshotError.message << Qt::endl;
    // From a snapshot: the days it lacks (a newer year) are added; without one the team's
    // bundles bring its calendar (adding it here too would make each day a conflict).
    if (cleared && restored && !calendar.install(nullptr, &error))
        return fail(error);
    m_out << (restored ? tr("Joined team %1 and started from the latest snapshot. Run \"sync\" "
                            "to receive the newer changes.")
                       : tr("Joined team %1. Run \"sync\" to receive the team's records."))
                 .arg(SyncTeam::teamId(db))
          << Qt::endl;
    return Ok;
}

int CliApp::cmdSync()
{
    Database db;
    Error error;
    if (!openDatabase(db, &error))
        return fail(error);
    if (m_parser->isSet(QStringLiteral("problems")) || m_parser->isSet(QStringLiteral("release")) ||
        m_parser->isSet(QStringLiteral("adopt-fork")))
        return syncHousekeeping(db);
    SyncEngine engine(db);
    SyncSetup::configure(engine);
    SyncReport report;
    if (!engine.runRound(&report, &error))
        return fail(error);
    if (m_parser->isSet(QStringLiteral("snapshot"))) {
        QString path;
        if (!SyncSnapshot::publish(db, nullptr, &path, &error))
            report.errors << error.message;
        else
            report.warnings
                << tr("Snapshot for new devices: %1").arg(QDir::toNativeSeparators(path));
    }
    if (m_parser->isSet(QStringLiteral("json")))
        m_out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        m_out << report.toText() << Qt::endl;
    return report.hasQuarantine() || !report.errors.isEmpty() ? Failure : Ok;
}

int CliApp::cmdRecover()
{
    Error error;
    const QString path = requireDb(&error);
    if (path.isEmpty())
        return fail(error);
    const QString share = m_parser->value(QStringLiteral("share"));
    const QString keyFile = m_parser->value(QStringLiteral("recovery-key-file"));
    if (share.isEmpty() || keyFile.isEmpty())
        return usage(tr("recover needs --share DIR (the team's shared folder) and "
                        "--recovery-key-file FILE (the recovery sheet's text)."));
    if (QFileInfo::exists(path))
        return fail(Error{Error::Code::Exists,
                          tr("%1 already exists: recover into a new database file.")
                              .arg(QDir::toNativeSeparators(path)),
                          QString(), QString()});
    QFile sheet(keyFile);
    if (!sheet.open(QIODevice::ReadOnly))
        return usage(tr("Cannot read the recovery key file %1: %2")
                         .arg(QDir::toNativeSeparators(keyFile), sheet.errorString()));
    QString key;
    if (!SyncRecovery::parseKey(QString::fromUtf8(sheet.readAll()), &key, &error))
        return fail(error);
    // The new desk's passphrase, as for rekey: never an argument.
    QString passphraseText;
    if (!passphrase(QStringLiteral("new-passphrase-file"), "FIELDDESK_NEW_PASSPHRASE",
                    &passphraseText, &error))
        return fail(error);
    SyncReport report;
    int attachments = 0;
    const std::unique_ptr<Database> recovered =
        SyncRecovery::rebuild(path, passphraseText, QStringLiteral("cli:") + Database().actor(),
                              share, key, &report, &attachments, &error);
    if (!recovered)
        return fail(error);
    Database &db = *recovered;
    m_out << tr("Recovered team %1 into %2 as a new device (%3): %n bundle(s) applied", nullptr,
                report.bundlesApplied)
                 .arg(SyncTeam::teamId(db), QDir::toNativeSeparators(path), db.deviceId())
          << QLatin1String(", ") << tr("%n attachment(s) fetched.", nullptr, attachments)
          << Qt::endl;
    for (const QString &line :
         report.notes + report.warnings + report.quarantined + report.alarms + report.waiting)
        m_out << line << Qt::endl;
    return report.hasQuarantine() ? Failure : Ok;
}

int CliApp::syncHousekeeping(Database &db)
{
    Error error;
    if (!SyncEngine::isConfigured(db))
        return fail(Error{Error::Code::Usage,
                          tr("This database belongs to no team: there is nothing to sync."),
                          QString(), QString()});
    SyncProblems problems(db);
    const bool json = m_parser->isSet(QStringLiteral("json"));
    if (m_parser->isSet(QStringLiteral("problems"))) {
        QList<SyncProblems::Problem> list;
        if (!problems.list(&list, &error))
            return fail(error);
        if (json) {
            QJsonArray rows;
            for (const SyncProblems::Problem &p : std::as_const(list))
                rows.append(
                    QJsonObject{{QStringLiteral("bundle"), p.key()},
                                {QStringLiteral("device"), p.device},
                                {QStringLiteral("file"), p.fileName},
                                {QStringLiteral("kind"),
                                 p.fork ? QStringLiteral("fork") : QStringLiteral("set_aside")},
                                {QStringLiteral("reason"), p.reason},
                                {QStringLiteral("at"), p.at}});
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("problems"), rows}})
                         .toJson(QJsonDocument::Indented);
        } else if (list.isEmpty()) {
            m_out << tr("No set-aside bundles and no forks.") << Qt::endl;
        } else {
            for (const SyncProblems::Problem &p : std::as_const(list))
                m_out << (p.fork ? tr("%1 (fork, %2): %3") : tr("%1 (set aside, %2): %3"))
                             .arg(p.key(), RecordTime::text(QVariant(p.at)), p.reason)
                      << Qt::endl;
        }
        return Ok;
    }
    SyncProblems::Outcome outcome;
    const bool release = m_parser->isSet(QStringLiteral("release"));
    const QString what =
        m_parser->value(release ? QStringLiteral("release") : QStringLiteral("adopt-fork"));
    if (!(release ? problems.release(what, &outcome, &error)
                  : problems.adoptFork(what, &outcome, &error)))
        return fail(error);
    if (outcome.applied)
        m_out << (release ? tr("%1 was checked again and applied.")
                          : tr("The new line of device %1 is adopted; its bundles are applied."))
                     .arg(what)
              << Qt::endl;
    else
        m_out << tr("%1 stays set aside: %2").arg(what, outcome.reason) << Qt::endl;
    m_out << outcome.report.toText() << Qt::endl;
    return outcome.applied ? Ok : Failure;
}
