// fielddesk-cli team … and sync: the command bodies (dispatched from CliApp::run).
#include "app/cli/CliApp.h"

#include "app/sync/SyncSetup.h"
#include "app/sync/SyncTeam.h"
#include "db/Database.h"
#include "db/SyncEngine.h"
#include "db/SyncSnapshot.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

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
            QFile f(recovery);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
                f.write(SyncTeam::recoverySheetText(db).toUtf8()) < 0) {
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
    // A new device starts from the latest snapshot when there is one and it has no records.
    bool restored = false;
    Error snapshotError;
    if (!SyncSnapshot::restoreLatest(db, nullptr, &restored, &snapshotError) &&
        snapshotError.code != Error::Code::Usage)
        m_err << snapshotError.message << Qt::endl;
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
