#include "app/print/PrintLog.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

QString PrintLog::targetName(Target target)
{
    switch (target) {
    case Target::Pdf:
        return QStringLiteral("pdf");
    case Target::Printer:
        return QStringLiteral("printer");
    case Target::Preview:
        return QStringLiteral("preview");
    }
    return QString();
}

bool PrintLog::logForm(const PrintForm &form, Target target, const QString &destination, int copies,
                       Error *error)
{
    // JSON detail: machine-readable for the audit view, stable key order.
    const QJsonObject detail{
        {QStringLiteral("form"), form.formCode},
        {QStringLiteral("number"), form.recordNumber},
        {QStringLiteral("revision"), form.revision},
        {QStringLiteral("hash"), form.shortHash},
        {QStringLiteral("copies"), copies},
        {QStringLiteral("target"), targetName(target)},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("by"), m_db.actor()},
        {QStringLiteral("superseded"), !form.superseded.isEmpty()},
    };
    return AuditLog(m_db).append(
        QStringLiteral("print"), form.table, form.recordId,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), error);
}

bool PrintLog::logDocuments(const QList<PrintDocument> &documents, Target target,
                            const QString &destination, int copies, Error *error)
{
    Transaction tx(m_db);
    for (const PrintDocument &document : documents) {
        for (const PrintForm &form : document.forms) {
            if (!logForm(form, target, destination, copies, error))
                return false;
        }
    }
    return tx.commit(error);
}
