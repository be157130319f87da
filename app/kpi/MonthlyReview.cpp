#include "app/kpi/MonthlyReview.h"

#include "app/kpi/KpiEngine.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

const KpiFigure *MonthlyReview::Figures::kpi(const QString &name) const
{
    for (const KpiFigure &f : kpis) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

bool MonthlyReview::compute(Database &db, const KpiPeriod &month, Figures *out, Error *error)
{
    if (month.kind() != KpiPeriod::Kind::Month)
        return Error::set(error, Error::Code::Validation,
                          tr("A monthly review needs a month such as 2026-11."));
    KpiEngine engine(db);
    if (!engine.load(error))
        return false;
    *out = Figures();
    out->month = month.key();
    out->kpis = engine.figures(month);
    for (const QString &name : KpiCalculator::names())
        out->trends.insert(name, engine.trend(name, month, TrendMonths));
    out->computedAt = QDateTime::currentDateTime()
                          .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                          .toString(Qt::ISODate);
    return true;
}

QJsonObject MonthlyReview::toJson(const Figures &figures)
{
    QJsonArray kpis;
    for (const KpiFigure &f : figures.kpis)
        kpis.append(f.toStoredJson(true));
    QJsonObject trends;
    for (const QString &name : KpiCalculator::names()) {
        QJsonArray points;
        for (const KpiFigure &f : figures.trends.value(name))
            points.append(f.toStoredJson(false));
        trends.insert(name, points);
    }
    return QJsonObject{{QStringLiteral("month"), figures.month},
                       {QStringLiteral("computed_at"), figures.computedAt},
                       {QStringLiteral("kpis"), kpis},
                       {QStringLiteral("trends"), trends}};
}

bool MonthlyReview::fromJson(const QJsonObject &json, Figures *out)
{
    if (!json.value(QStringLiteral("kpis")).isArray())
        return false;
    *out = Figures();
    out->month = json.value(QStringLiteral("month")).toString();
    out->computedAt = json.value(QStringLiteral("computed_at")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("kpis")).toArray())
        out->kpis << KpiFigure::fromStoredJson(v.toObject());
    const QJsonObject trends = json.value(QStringLiteral("trends")).toObject();
    for (auto it = trends.constBegin(); it != trends.constEnd(); ++it) {
        QList<KpiFigure> points;
        for (const QJsonValue &v : it.value().toArray())
            points << KpiFigure::fromStoredJson(v.toObject());
        out->trends.insert(it.key(), points);
    }
    out->frozen = true;
    return true;
}

bool MonthlyReview::figuresOf(Database &db, const QString &reviewId, Figures *out, Error *error)
{
    QVariantMap review;
    if (!RecordStore(db).get(QStringLiteral("monthly_reviews"), reviewId, &review, error))
        return false;
    const QString stored = review.value(QStringLiteral("figures")).toString();
    if (!stored.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
        if (fromJson(doc.object(), out))
            return true;
        return Error::set(error, Error::Code::Failure,
                          tr("The figures stored in the monthly review %1 cannot be read.")
                              .arg(review.value(QStringLiteral("month")).toString()),
                          reviewId);
    }
    return compute(db, KpiPeriod::fromKey(review.value(QStringLiteral("month")).toString()), out,
                   error);
}

bool MonthlyReview::freeze(Database &db, const QString &reviewId, Error *error)
{
    QVariantMap review;
    RecordStore store(db);
    if (!store.get(QStringLiteral("monthly_reviews"), reviewId, &review, error))
        return false;
    if (!review.value(QStringLiteral("figures")).toString().isEmpty())
        return true;
    Figures figures;
    if (!compute(db, KpiPeriod::fromKey(review.value(QStringLiteral("month")).toString()), &figures,
                 error))
        return false;
    const QString json =
        QString::fromUtf8(QJsonDocument(toJson(figures)).toJson(QJsonDocument::Compact));
    return store.update(QStringLiteral("monthly_reviews"), reviewId,
                        {{QStringLiteral("figures"), json}}, error);
}

bool MonthlyReview::findByMonth(Database &db, const QString &month, QString *id, Error *error)
{
    QSqlQuery q(db.sql());
    // The newest revision: a corrected review supersedes the one it replaces.
    q.prepare(QStringLiteral(
        "SELECT r.id FROM monthly_reviews r WHERE r.month = ? AND r.deleted = 0 AND NOT EXISTS "
        "(SELECT 1 FROM record_revisions v WHERE v.previous_id = r.id AND v.deleted = 0) "
        "ORDER BY r.created_at DESC LIMIT 1"));
    q.addBindValue(month);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure,
                          tr("The monthly reviews could not be read: %1").arg(month));
    id->clear();
    if (q.next())
        *id = q.value(0).toString();
    return true;
}

bool MonthlyReview::cases(Database &db, const KpiPeriod &month, Cases *out, Error *error)
{
    *out = Cases();
    // Times carry their offset (+08:00): the first ten characters are the local date.
    const QString first = month.first().toString(Qt::ISODate);
    const QString last = month.last().toString(Qt::ISODate);
    const auto ids = [&](const QString &sql, QStringList *list,
                         const QStringList &binds = QStringList()) {
        QSqlQuery q(db.sql());
        q.prepare(sql);
        for (const QString &value : binds.isEmpty() ? QStringList{first, last} : binds)
            q.addBindValue(value);
        if (!q.exec())
            return Error::set(error, Error::Code::Failure,
                              tr("The cases of %1 could not be read.").arg(month.key()));
        while (q.next())
            *list << q.value(0).toString();
        return true;
    };
    return ids(QStringLiteral("SELECT id FROM anomalies WHERE deleted = 0 AND "
                              "substr(occurred_at, 1, 10) BETWEEN ? AND ? ORDER BY occurred_at"),
               &out->anomalies) &&
           ids(QStringLiteral("SELECT id FROM complaints WHERE deleted = 0 AND "
                              "substr(received_at, 1, 10) BETWEEN ? AND ? ORDER BY received_at"),
               &out->complaints) &&
           ids(QStringLiteral("SELECT id FROM knowhow_incidents WHERE deleted = 0 AND "
                              "found_on BETWEEN ? AND ? ORDER BY found_on"),
               &out->incidents) &&
           ids(QStringLiteral("SELECT id FROM callbacks WHERE deleted = 0 AND "
                              "substr(called_at, 1, 10) BETWEEN ? AND ? AND (satisfaction < 7 OR "
                              "nps < 7) ORDER BY called_at"),
               &out->lowCallbacks) &&
           ids(QStringLiteral("SELECT id FROM callbacks WHERE deleted = 0 AND improvement_plan IS "
                              "NOT NULL AND substr(called_at, 1, 10) <= ? AND "
                              "(improvement_done_on IS NULL OR improvement_done_on > ?) "
                              "ORDER BY improvement_due"),
               &out->openPlans, {last, last});
}
