#include "app/models/RecordSummaries.h"

#include "app/catalog/RecordCatalog.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QDateTime>
#include <QHash>

namespace {

QString shortTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (t.isValid())
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return iso.left(10);
}

// The tables a figure's records can lie in, tried in this order.
const QStringList &candidateArrays()
{
    static const QStringList arrays = {
        QStringLiteral("tasks"),
        QStringLiteral("callbacks"),
        QStringLiteral("customers"),
        QStringLiteral("complaints"),
        QStringLiteral("knowhow_incidents"),
        QStringLiteral("service_reports"),
    };
    return arrays;
}

} // namespace

bool RecordSummaries::read(Database &db, const QStringList &ids, QList<Row> *out, Error *error)
{
    out->clear();
    RecordStore store(db);
    QHash<QString, QString> taskNumbers; // task id -> "number subject"
    const auto taskTitle = [&](const QString &taskId) {
        auto it = taskNumbers.constFind(taskId);
        if (it != taskNumbers.constEnd())
            return *it;
        QVariantMap task;
        QString title;
        if (!taskId.isEmpty() && store.get(QStringLiteral("tasks"), taskId, &task, nullptr))
            title = (task.value(QStringLiteral("number")).toString() + QLatin1Char(' ') +
                     task.value(QStringLiteral("title")).toString())
                        .trimmed();
        taskNumbers.insert(taskId, title);
        return title;
    };
    for (const QString &id : ids) {
        const RecordKind *kind = nullptr;
        for (const QString &array : candidateArrays()) {
            const RecordKind *k = RecordCatalog::byArray(array);
            if (k && store.exists(k->table, id)) {
                kind = k;
                break;
            }
        }
        if (!kind)
            continue; // deleted since the figures were taken
        QVariantMap r;
        if (!store.get(kind->table, id, &r, error))
            return false;
        Row row;
        row.id = id;
        row.table = kind->table;
        row.array = kind->array;
        row.kind = kind->translatedSingular();
        const QString titleValue = r.value(kind->titleField).toString();
        if (kind->array == QLatin1String("tasks")) {
            row.title = taskTitle(id);
            row.when = shortTime(r.value(QStringLiteral("arrived_at")).toString());
            if (row.when.isEmpty())
                row.when = shortTime(r.value(QStringLiteral("onsite_end")).toString());
        } else if (kind->array == QLatin1String("customers")) {
            row.title = titleValue + QStringLiteral(" (%1)").arg(tr("tier %1").arg(
                                         r.value(QStringLiteral("tier")).toString()));
        } else {
            const QString task = taskTitle(r.value(QStringLiteral("task_id")).toString());
            row.title = task.isEmpty() ? kind->translatedSingular() : task;
            row.when = shortTime(titleValue);
            if (kind->array == QLatin1String("callbacks"))
                row.title +=
                    QStringLiteral(" · %1 %2 · NPS %3")
                        .arg(tr("satisfaction"), r.value(QStringLiteral("satisfaction")).toString(),
                             r.value(QStringLiteral("nps")).toString());
        }
        out->append(row);
    }
    return true;
}
