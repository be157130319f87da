#include "app/workflow/TaskNumbering.h"

#include "app/workflow/TaskNumberReservation.h"
#include "db/Database.h"
#include "db/SyncEngine.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

QString TaskNumbering::displayText(const QString &number)
{
    return number.isEmpty() ? QCoreApplication::translate("Field", "Pending number") : number;
}

QString TaskNumbering::format(int year, int sequence)
{
    return QStringLiteral("LITH-FE-%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

bool TaskNumbering::parse(const QString &number, int *year, int *sequence)
{
    static const QRegularExpression re(QStringLiteral("^LITH-FE-(\\d{4})-(\\d{4})$"));
    const auto m = re.match(number);
    if (!m.hasMatch())
        return false;
    if (year)
        *year = m.captured(1).toInt();
    if (sequence)
        *sequence = m.captured(2).toInt();
    return true;
}

bool TaskNumbering::next(Database &db, int year, QString *number, Error *error)
{
    // In a team, numbers are reserved on the share so offline devices never collide.
    if (SyncEngine::isConfigured(db))
        return TaskNumberReservation::reserve(db, year, number, error);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT max(CAST(substr(number, 14) AS INTEGER)) FROM tasks "
                             "WHERE number LIKE ?"));
    q.addBindValue(QStringLiteral("LITH-FE-%1-%").arg(year));
    if (!q.exec() || !q.next())
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot read the task numbers: %1").arg(q.lastError().text()));
    const int last = q.value(0).toInt();
    if (last >= 9999)
        return Error::set(error, Error::Code::Failure,
                          tr("All 9999 task numbers of %1 are used.").arg(year));
    *number = format(year, last + 1);
    return true;
}
