// fielddesk-cli verify-paper: is a paper copy the current revision, and who signed it?
// (architecture.md "Printing", "People and keys"). With --db the desk says whether the paper is
// current; the signatures a signed paper carries are checked against the database's trusted
// keys, or — with --keys FILE and no database at all — against the team's public-key file.
#include "app/cli/CliApp.h"

#include "app/people/PeopleKeys.h"
#include "app/signing/PaperCode.h"
#include "app/signing/PaperSignatureCheck.h"
#include "app/signing/PaperVerification.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

int CliApp::cmdVerifyPaper()
{
    const QString code = m_parser->value(QStringLiteral("code"));
    if (code.trimmed().isEmpty())
        return usage(tr("verify-paper needs --code TEXT: the text of the paper's QR code or the "
                        "code printed under it."));
    const QString keysFile = m_parser->value(QStringLiteral("keys"));
    const bool withDb = !m_parser->value(QStringLiteral("db")).isEmpty();
    if (!withDb && keysFile.isEmpty())
        return usage(tr("verify-paper needs --db FILE, or --keys FILE (the team's public keys "
                        "from \"team keys\") to check the signatures without a database."));
    Error error;
    Database db;
    PaperVerification::Result result;
    if (withDb &&
        (!openDatabase(db, &error) || !PaperVerification(db).verify(code, &result, &error)))
        return fail(error);

    // The signatures on the paper, against the team's keys.
    PaperCode paper;
    const bool parsed = PaperCode::parse(code, &paper);
    QHash<QString, PeopleKeys::Enrolment> trusted;
    QHash<QString, QString> names;
    if (!keysFile.isEmpty()) {
        QFile f(keysFile);
        if (!f.open(QIODevice::ReadOnly)) {
            Error::set(&error, Error::Code::Usage,
                       tr("Cannot read the public-key file %1: %2")
                           .arg(QDir::toNativeSeparators(keysFile), f.errorString()));
            return fail(error);
        }
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        trusted = PeopleKeys::trustedKeysOf(doc);
        names = PaperSignatureCheck::namesOf(doc);
        if (trusted.isEmpty()) {
            Error::set(&error, Error::Code::Validation,
                       tr("%1 holds no trusted key: it is no team key file, or it was altered.")
                           .arg(QDir::toNativeSeparators(keysFile)));
            return fail(error);
        }
    } else if (withDb) {
        PeopleKeys(db).trustedKeys(&trusted, nullptr);
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id, name FROM people"));
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    const QList<PaperSignatureCheck::Signer> signers =
        parsed ? PaperSignatureCheck::check(paper, trusted, names)
               : QList<PaperSignatureCheck::Signer>();
    const bool signaturesOk = parsed && PaperSignatureCheck::allValid(signers);
    QString sentence;
    if (withDb)
        sentence = result.sentence;
    else if (!parsed)
        sentence = tr("This is not a Field Desk paper code; check what was typed.");
    else
        sentence = signers.isEmpty()
                       ? tr("Record %1, revision %2: the paper carries no personal signature "
                            "(without the database only signatures can be checked).")
                             .arg(paper.recordId)
                             .arg(paper.revision)
                       : tr("Record %1, revision %2, content %3. Whether this is still the "
                            "current revision only the database can tell.")
                             .arg(paper.recordId)
                             .arg(paper.revision)
                             .arg(paper.shortHash);

    const bool current = !withDb || result.status == PaperVerification::Status::Current;
    const bool ok = parsed && current && signaturesOk;
    if (m_parser->isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const PaperSignatureCheck::Signer &s : signers)
            list.append(QJsonObject{{QStringLiteral("person_id"), s.personId},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("signed_at"), s.signedAt},
                                    {QStringLiteral("valid"), s.valid},
                                    {QStringLiteral("problem"), s.problem}});
        QJsonObject report{
            {QStringLiteral("record_id"), parsed ? paper.recordId : result.recordId},
            {QStringLiteral("revision"), parsed ? paper.revision : result.revision},
            {QStringLiteral("signatures"), list},
            {QStringLiteral("signatures_valid"), signaturesOk},
            {QStringLiteral("message"), sentence},
        };
        if (withDb) {
            report.insert(QStringLiteral("status"), PaperVerification::statusName(result.status));
            report.insert(QStringLiteral("record_table"), result.recordTable);
            report.insert(QStringLiteral("current_id"), result.currentId);
            report.insert(QStringLiteral("current_revision"), result.currentRevision);
            report.insert(QStringLiteral("locked"), result.locked);
        }
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        m_out << sentence << Qt::endl;
        for (const PaperSignatureCheck::Signer &s : signers)
            m_out
                << (s.valid
                        ? tr("Signed by %1 as %2 on %3: valid.").arg(s.name, s.role, s.signedAt)
                        : tr("Signature of %1 as %2: NOT VALID. %3").arg(s.name, s.role, s.problem))
                << Qt::endl;
    }
    return ok ? Ok : Failure;
}
