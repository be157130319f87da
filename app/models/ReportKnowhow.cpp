#include "app/models/ReportKnowhow.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QVariant>

ReportKnowhow::ReportKnowhow(Database &db) : m_db(db) {}

QList<ReportKnowhow::Entry> ReportKnowhow::entries(const QString &reportId) const
{
    QList<Entry> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT title, level FROM knowhow WHERE source_report_id = ? AND "
                             "deleted = 0 ORDER BY title"));
    q.addBindValue(reportId);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

QString ReportKnowhow::entryTitled(const QString &reportId, const QString &title) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM knowhow WHERE source_report_id = ? AND title = ? "
                             "AND deleted = 0 LIMIT 1"));
    q.addBindValue(reportId);
    q.addBindValue(title);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
