// fielddesk-cli verify-paper: is a paper copy the current revision? (architecture.md
// "Printing"). Its own file so the command list in CliApp.cpp stays short.
#include "app/cli/CliApp.h"

#include "db/Database.h"
#include "app/signing/PaperVerification.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

int CliApp::cmdVerifyPaper()
{
    const QString code = m_parser->value(QStringLiteral("code"));
    if (code.trimmed().isEmpty())
        return usage(tr("verify-paper needs --code TEXT: the text of the paper's QR code or the "
                        "code printed under it."));
    Database db;
    Error error;
    PaperVerification::Result result;
    if (!openDatabase(db, &error) || !PaperVerification(db).verify(code, &result, &error))
        return fail(error);
    if (m_parser->isSet(QStringLiteral("json"))) {
        const QJsonObject report{
            {QStringLiteral("status"), PaperVerification::statusName(result.status)},
            {QStringLiteral("record_id"), result.recordId},
            {QStringLiteral("record_table"), result.recordTable},
            {QStringLiteral("revision"), result.revision},
            {QStringLiteral("current_id"), result.currentId},
            {QStringLiteral("current_revision"), result.currentRevision},
            {QStringLiteral("locked"), result.locked},
            {QStringLiteral("message"), result.sentence},
        };
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        m_out << result.sentence << Qt::endl;
    }
    return result.status == PaperVerification::Status::Current ? Ok : Failure;
}
