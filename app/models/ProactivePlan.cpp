#include "app/models/ProactivePlan.h"

#include "db/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

QString ProactivePlan::Entry::statusText() const
{
    switch (status) {
    case ProactiveCadence::Status::None:
        return tr("on request");
    case ProactiveCadence::Status::Planned:
        return tr("planned");
    case ProactiveCadence::Status::Due:
        return tr("due");
    case ProactiveCadence::Status::Overdue:
        return tr("overdue");
    }
    return QString();
}

QString ProactivePlan::Entry::reasonText() const
{
    switch (reason) {
    case ProactiveCadence::Reason::NewCustomer:
        return tr("New customer: a visit within 3 months of the first order");
    case ProactiveCadence::Reason::Cadence:
        return lastVisit.isValid() ? tr("%1 after the last visit").arg(cadenceText(cadenceMonths))
                                   : tr("No proactive visit yet");
    case ProactiveCadence::Reason::None:
        break;
    }
    return QString();
}

QString ProactivePlan::cadenceText(int months)
{
    if (months == 3)
        return tr("every quarter");
    if (months == 6)
        return tr("every half year");
    if (months <= 0)
        return tr("on request");
    return tr("every %n month(s)", nullptr, months);
}

bool ProactivePlan::entries(const QDate &today, QList<Entry> *out, Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        return Error::set(
            error, Error::Code::Failure,
            tr("The proactive dispatch plan cannot be read: %1").arg(q.lastError().text()));
    };
    QList<Entry> all;
    QHash<QString, int> index;
    if (!run(QStringLiteral("SELECT id, name, tier, first_order_on FROM customers WHERE "
                            "deleted = 0 ORDER BY tier, name")))
        return false;
    while (q.next()) {
        Entry e;
        e.customerId = q.value(0).toString();
        e.customer = q.value(1).toString();
        e.tier = q.value(2).toString();
        e.firstOrderOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.cadenceMonths = ProactiveCadence::cadenceMonths(e.tier);
        index.insert(e.customerId, all.size());
        all << e;
    }
    QHash<QString, QDate> firstVisitAfterOrder;
    if (!run(QStringLiteral("SELECT customer_id, arrived_at, proactive, id FROM tasks WHERE "
                            "deleted = 0 AND arrived_at IS NOT NULL")))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue;
        Entry &e = all[*it];
        const QDate arrived = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).date();
        if (!arrived.isValid())
            continue;
        if (q.value(2).toInt() != 0 && (!e.lastVisit.isValid() || arrived > e.lastVisit)) {
            e.lastVisit = arrived;
            e.lastVisitTaskId = q.value(3).toString();
        }
        if (e.firstOrderOn.isValid() && arrived >= e.firstOrderOn) {
            QDate &first = firstVisitAfterOrder[e.customerId];
            if (!first.isValid() || arrived < first)
                first = arrived;
        }
    }
    for (Entry &e : all) {
        e.nextDue = ProactiveCadence::nextDue(e.tier, e.firstOrderOn, e.lastVisit,
                                              firstVisitAfterOrder.value(e.customerId), &e.reason);
        if (e.reason == ProactiveCadence::Reason::Cadence && !e.nextDue.isValid())
            e.status = ProactiveCadence::Status::Due; // never visited: due now
        else
            e.status = ProactiveCadence::status(e.nextDue, today);
    }
    const auto rank = [](ProactiveCadence::Status s) {
        switch (s) {
        case ProactiveCadence::Status::Overdue:
            return 0;
        case ProactiveCadence::Status::Due:
            return 1;
        case ProactiveCadence::Status::Planned:
            return 2;
        case ProactiveCadence::Status::None:
            break;
        }
        return 3;
    };
    std::stable_sort(all.begin(), all.end(), [&](const Entry &a, const Entry &b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        if (a.nextDue != b.nextDue)
            return a.nextDue < b.nextDue;
        return a.tier < b.tier;
    });
    *out = all;
    return true;
}
