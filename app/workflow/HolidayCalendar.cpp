#include "app/workflow/HolidayCalendar.h"

#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const char *const Folder = ":/holidays";

QString fileFor(int year)
{
    return QStringLiteral("%1/cn-%2.json").arg(QLatin1String(Folder)).arg(year);
}

} // namespace

QList<int> HolidayCalendar::shippedYears()
{
    QList<int> years;
    const QStringList files =
        QDir(QLatin1String(Folder)).entryList({QStringLiteral("cn-*.json")}, QDir::Files);
    for (const QString &file : files) {
        bool ok = false;
        const int year = file.mid(3, 4).toInt(&ok);
        if (ok)
            years << year;
    }
    std::sort(years.begin(), years.end());
    return years;
}

QList<HolidayCalendar::Day> HolidayCalendar::days(int year)
{
    QList<Day> out;
    QFile file(fileFor(year));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    if (doc.value(QStringLiteral("format")).toString() != QLatin1String("fielddesk-holidays"))
        return out;
    for (const QJsonValue &v : doc.value(QStringLiteral("days")).toArray()) {
        const QJsonObject o = v.toObject();
        Day d{QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate),
              o.value(QStringLiteral("kind")).toString(),
              o.value(QStringLiteral("name")).toString()};
        if (d.date.isValid() && d.date.year() == year &&
            (d.kind == QLatin1String("holiday") || d.kind == QLatin1String("workday")))
            out << d;
    }
    return out;
}

QString HolidayCalendar::idFor(const QDate &date)
{
    static const QUuid ns(QStringLiteral("3f1d2c7e-5b8a-4e0f-9c61-7a2b9d4e8f05"));
    return QUuid::createUuidV5(ns, QStringLiteral("cn-holiday/") + date.toString(Qt::ISODate))
        .toString(QUuid::WithoutBraces);
}

bool HolidayCalendar::install(int *added, Error *error)
{
    if (added)
        *added = 0;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT date FROM holidays WHERE deleted = 0")))
        return Error::set(error, Error::Code::Failure,
                          tr("The holiday calendar cannot be read: %1").arg(q.lastError().text()));
    QSet<QString> have;
    while (q.next())
        have.insert(q.value(0).toString());
    q.finish();
    RecordStore store(m_db);
    Transaction tx(m_db);
    int count = 0;
    for (int year : shippedYears()) {
        for (const Day &d : days(year)) {
            const QString id = idFor(d.date);
            if (have.contains(d.date.toString(Qt::ISODate)) ||
                store.exists(QStringLiteral("holidays"), id, true))
                continue;
            const QVariantMap fields{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), d.kind},
                                     {QStringLiteral("name"), d.name}};
            if (!store.insert(QStringLiteral("holidays"), id, fields, error))
                return false;
            ++count;
        }
    }
    if (count == 0)
        return true; // nothing written: no empty transaction to commit
    if (!tx.commit(error))
        return false;
    if (added)
        *added = count;
    return true;
}

bool HolidayCalendar::clearForSnapshot(bool *cleared, Error *error)
{
    *cleared = false;
    RecordStore store(m_db);
    QSet<QString> shipped;
    for (int year : shippedYears()) {
        for (const Day &d : days(year))
            shipped.insert(idFor(d.date));
    }
    const auto failed = [&](const QSqlQuery &q) {
        return Error::set(error, Error::Code::Failure,
                          tr("The holiday calendar cannot be read: %1").arg(q.lastError().text()));
    };
    QSqlQuery q(m_db.sql());
    for (const QString &table : m_db.sql().tables()) {
        if (store.dataColumns(table).isEmpty() || table == QLatin1String("holidays"))
            continue;
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
            return failed(q);
        if (q.next())
            return true; // real records: nothing to do here
    }
    if (!q.exec(QStringLiteral("SELECT id FROM holidays")))
        return failed(q);
    int rows = 0;
    while (q.next()) {
        ++rows;
        if (!shipped.contains(q.value(0).toString()))
            return true; // a day entered by hand
    }
    if (!q.exec(QStringLiteral("SELECT 1 FROM change_log WHERE bundle_seq IS NOT NULL LIMIT 1")))
        return failed(q);
    if (rows == 0 || q.next())
        return true; // nothing to take out, or already sent to the team
    q.finish();
    Transaction tx(m_db);
    for (const char *sql :
         {"DELETE FROM holidays", "DELETE FROM change_log WHERE record_table = 'holidays'",
          "DELETE FROM field_versions WHERE record_table = 'holidays'"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return failed(q);
    }
    if (!tx.commit(error))
        return false;
    *cleared = true;
    return true;
}

bool HolidayCalendar::hasYear(int year, bool *has, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM holidays WHERE deleted = 0 AND date >= ? AND date <= "
                             "? LIMIT 1"));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year));
    q.addBindValue(QStringLiteral("%1-12-31").arg(year));
    if (!q.exec())
        return Error::set(error, Error::Code::Failure,
                          tr("The holiday calendar cannot be read: %1").arg(q.lastError().text()));
    *has = q.next();
    return true;
}

QString HolidayCalendar::missingNextYear(const QDate &today) const
{
    // This year first (a database older than the shipped calendar), then the next one.
    int next = today.year();
    bool has = true;
    if (!hasYear(next, &has, nullptr))
        return QString();
    if (has) {
        ++next;
        if (!hasYear(next, &has, nullptr) || has)
            return QString();
    }
    return tr("There is no holiday calendar for %1 yet: working-day deadlines in %1 count only "
              "weekends. Enter the State Council's holiday notice for %1 under Holidays (or "
              "update Field Desk, which ships it once published).")
        .arg(next);
}
