#include "tests/bench/KpiBench.h"

#include "app/kpi/KpiEngine.h"
#include "app/utils/OffsetTime.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString chinaTime(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

bool fill(Database &db, int tasks, QString *error)
{
    Error e;
    Transaction tx(db);
    QSqlQuery q(db.sql());
    const auto run = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        *error = sql.left(40) + QStringLiteral("…: ") + q.lastError().text();
        return false;
    };
    const QString head = QStringLiteral("id, created_at, updated_at, updated_by");
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    QRandomGenerator random(20261207);
    QStringList customers;
    for (int i = 0; i < 400; ++i) {
        const QString id = RecordStore::newId();
        const char *tier = i < 10 ? "A" : i < 50 ? "B" : i < 300 ? "C" : "D";
        if (!run(QStringLiteral("INSERT INTO customers (%1, name, tier, kind) VALUES (?, ?, ?, ?, "
                                "?, ?, 'customer')")
                     .arg(head),
                 {id, now, 0, QStringLiteral("bench"), QStringLiteral("客户 %1").arg(i),
                  QString::fromLatin1(tier)}))
            return false;
        customers << id;
    }
    for (int y = 2017; y <= 2026; ++y) {
        for (const QDate &d :
             {QDate(y, 1, 1), QDate(y, 5, 1), QDate(y, 10, 1), QDate(y, 10, 2), QDate(y, 10, 3)})
            if (!run(QStringLiteral("INSERT INTO holidays (%1, date, kind) VALUES (?, ?, ?, ?, "
                                    "?, 'holiday')")
                         .arg(head),
                     {RecordStore::newId(), now, 0, QStringLiteral("bench"),
                      d.toString(Qt::ISODate)}))
                return false;
    }
    const QDateTime start = OffsetTime::at(QDate(2017, 1, 1), QTime(9, 0), 8 * 3600);
    const qint64 span = start.secsTo(OffsetTime::at(QDate(2026, 12, 1), QTime(9, 0), 8 * 3600));
    const QStringList types = {QStringLiteral("line_support"), QStringLiteral("training"),
                               QStringLiteral("urgent_complaint"), QStringLiteral("oem_mixing")};
    for (int i = 0; i < tasks; ++i) {
        const QString id = RecordStore::newId();
        const QDateTime requested = start.addSecs(qint64(random.bounded(double(span))));
        const QDate plannedStart = requested.date().addDays(2 + random.bounded(10));
        const QDateTime arrived = OffsetTime::at(plannedStart, QTime(9, 0), 8 * 3600)
                                      .addSecs(random.bounded(20) == 0 ? 86400 : 3600);
        const QDateTime left = arrived.addDays(1 + random.bounded(3));
        const QString customer = customers.at(random.bounded(int(customers.size())));
        if (!run(QStringLiteral("INSERT INTO tasks (%1, number, customer_id, type, priority, "
                                "state, requested_at, registered_at, planned_start, arrived_at, "
                                "onsite_end, proactive) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'closed', "
                                "?, ?, ?, ?, ?, ?)")
                     .arg(head),
                 {id, now, 0, QStringLiteral("bench"),
                  QStringLiteral("LITH-FE-%1-%2")
                      .arg(requested.date().year())
                      .arg(i % 10000, 4, 10, QLatin1Char('0')),
                  customer, types.at(i % types.size()),
                  random.bounded(3) == 0 ? QStringLiteral("P0") : QStringLiteral("P1"),
                  chinaTime(requested), chinaTime(requested.addSecs(3600)),
                  plannedStart.toString(Qt::ISODate), chinaTime(arrived), chinaTime(left),
                  random.bounded(4) == 0 ? 1 : 0}))
            return false;
        if (!run(QStringLiteral("INSERT INTO service_reports (%1, task_id, satisfaction, "
                                "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                     .arg(head),
                 {RecordStore::newId(), now, 0, QStringLiteral("bench"), id, 7 + random.bounded(4),
                  chinaTime(left.addDays(random.bounded(6)))}) ||
            !run(QStringLiteral("INSERT INTO callbacks (%1, task_id, called_at, satisfaction, "
                                "nps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(head),
                 {RecordStore::newId(), now, 0, QStringLiteral("bench"), id,
                  chinaTime(left.addDays(1)), 6 + random.bounded(5), 4 + random.bounded(7)}))
            return false;
        if (i % 30 == 0 &&
            !run(QStringLiteral("INSERT INTO complaints (%1, received_at, customer_id, task_id, "
                                "severity) VALUES (?, ?, ?, ?, ?, ?, ?, 'normal')")
                     .arg(head),
                 {RecordStore::newId(), now, 0, QStringLiteral("bench"), chinaTime(left.addDays(5)),
                  customer, id}))
            return false;
        if (i % 300 == 0 &&
            !run(QStringLiteral("INSERT INTO knowhow_incidents (%1, found_on, level) VALUES (?, "
                                "?, ?, ?, ?, 'L2')")
                     .arg(head),
                 {RecordStore::newId(), now, 0, QStringLiteral("bench"),
                  left.date().addDays(3).toString(Qt::ISODate)}))
            return false;
    }
    if (!tx.commit(&e)) {
        *error = e.message;
        return false;
    }
    return true;
}

bool once(Database &db, const KpiPeriod &period, double *ms, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    KpiEngine engine(db);
    Error e;
    if (!engine.load(&e)) {
        *error = e.message;
        return false;
    }
    const QList<KpiFigure> figures = engine.figures(period);
    *ms = timer.nsecsElapsed() / 1e6;
    if (figures.size() != 9 || !figures.first().hasValue) {
        *error = QStringLiteral("the KPI bench computed no figures for %1").arg(period.key());
        return false;
    }
    return true;
}

} // namespace

bool KpiBench::measure(const QString &directory, int tasks, int runs, QList<double> *monthEnc,
                       QList<double> *monthPlain, QList<double> *quarterEnc,
                       QList<double> *quarterPlain, QString *error)
{
    Database enc, pln;
    const QDir dir(directory);
    for (Database *db : {&enc, &pln}) {
        const bool plain = db == &pln;
        const QString path =
            dir.filePath(plain ? QStringLiteral("kpi-plain.fdb") : QStringLiteral("kpi-enc.fdb"));
        QFile::remove(path);
        Error e;
        if (!db->create(path, plain ? QString() : QString(64, QLatin1Char('7')), &e,
                        plain ? Database::KeyKind::None : Database::KeyKind::RawKey)) {
            *error = e.message;
            return false;
        }
        if (!fill(*db, tasks, error))
            return false;
    }
    const KpiPeriod month = KpiPeriod::fromKey(QStringLiteral("2026-10"));
    const KpiPeriod quarter = KpiPeriod::fromKey(QStringLiteral("2026-Q3"));
    double ms = 0;
    for (int i = 0; i < runs; ++i) {
        // Which database goes first alternates, as in the storage measures.
        for (Database *db : i % 2 ? QList<Database *>{&enc, &pln} : QList<Database *>{&pln, &enc}) {
            if (!once(*db, month, &ms, error))
                return false;
            (db == &enc ? monthEnc : monthPlain)->append(ms);
            if (!once(*db, quarter, &ms, error))
                return false;
            (db == &enc ? quarterEnc : quarterPlain)->append(ms);
        }
    }
    return true;
}
