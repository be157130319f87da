#include "app/workflow/BriefingPack.h"

#include "app/catalog/RecordCatalog.h"
#include "app/search/SearchIndex.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSet>
#include <QSqlQuery>

namespace {
const QString Tasks = QStringLiteral("tasks");
const QString Briefings = QStringLiteral("briefings");
} // namespace

BriefingPack::BriefingPack(Database &db) : m_db(db) {}

bool BriefingPack::load(const QString &taskId, Error *error)
{
    m_task.clear();
    m_customer.clear();
    m_pastTasks.clear();
    m_cases.clear();
    m_ndas.clear();
    m_readAt = QDateTime();
    RecordStore store(m_db);
    if (!store.get(Tasks, taskId, &m_task, error))
        return false;
    store.get(QStringLiteral("customers"), m_task.value(QStringLiteral("customer_id")).toString(),
              &m_customer, nullptr);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT pack_read_at FROM briefings WHERE task_id = ? AND "
                             "deleted = 0 ORDER BY created_at LIMIT 1"));
    q.addBindValue(taskId);
    if (q.exec() && q.next())
        m_readAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    loadPastTasks();
    loadCases();
    loadNdas();
    return true;
}

void BriefingPack::loadPastTasks()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.number, t.title, t.type, t.state, coalesce(t.planned_start, "
        "substr(t.registered_at, 1, 10)), t.major_complaint, "
        "(SELECT b.objectives FROM briefings b WHERE b.task_id = t.id AND b.deleted = 0 "
        " ORDER BY b.created_at LIMIT 1) "
        "FROM tasks t WHERE t.customer_id = ? AND t.id <> ? AND t.deleted = 0 "
        "ORDER BY t.registered_at DESC"));
    q.addBindValue(m_customer.value(QStringLiteral("id"), QStringLiteral("-")));
    q.addBindValue(m_task.value(QStringLiteral("id")));
    q.exec();
    while (q.next()) {
        PastTask t;
        t.id = q.value(0).toString();
        t.number = q.value(1).toString();
        t.title = q.value(2).toString();
        t.type = q.value(3).toString();
        t.state = q.value(4).toString();
        t.start = q.value(5).toString();
        t.complaint = q.value(6).toInt() != 0 || t.type == QLatin1String("urgent_complaint");
        t.objectives = q.value(7).toString();
        m_pastTasks << t;
    }
}

void BriefingPack::loadCases()
{
    const QString taskId = m_task.value(QStringLiteral("id")).toString();
    const QString text = m_task.value(QStringLiteral("title")).toString() + QLatin1Char('\n') +
                         m_task.value(QStringLiteral("description")).toString();
    // The task and the records named after it (its brief, its reports) are left out.
    QStringList own{taskId};
    for (const RecordKind *kind : SearchIndex::indexedKinds()) {
        const FieldSpec *owner =
            kind->searchTitleFrom.isEmpty() ? nullptr : kind->field(kind->searchTitleFrom);
        if (!owner || owner->refArray != Tasks)
            continue;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                      .arg(kind->table, kind->searchTitleFrom));
        q.addBindValue(taskId);
        q.exec();
        while (q.next())
            own << q.value(0).toString();
    }
    // More hits than shown: a task, its brief and its reports are one case.
    const QList<SearchHit> hits = SearchIndex(m_db).similar(text, MaxCases * 4, own);
    QSet<QString> seenTasks;
    for (const SearchHit &hit : hits) {
        Case c{hit.table, hit.id, hit.title, hit.snippet, hit.table};
        // Records named after a task (briefs, daily and service reports) stand for that task.
        const RecordKind *kind = RecordCatalog::byTable(hit.table);
        const FieldSpec *owner =
            kind && !kind->searchTitleFrom.isEmpty() ? kind->field(kind->searchTitleFrom) : nullptr;
        if (owner && owner->refArray == Tasks) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                          .arg(kind->searchTitleFrom, kind->table));
            q.addBindValue(hit.id);
            if (q.exec() && q.next()) {
                c.table = Tasks;
                c.id = q.value(0).toString();
            }
        }
        if (c.table == Tasks && (c.id == taskId || seenTasks.contains(c.id)))
            continue;
        seenTasks.insert(c.id);
        m_cases << c;
        if (m_cases.size() == MaxCases)
            break;
    }
}

void BriefingPack::loadNdas()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT n.id, n.template_version, n.scope, n.signed_on, n.attachment_id, a.file_name, "
        "a.size FROM ndas n LEFT JOIN attachments a ON a.id = n.attachment_id AND a.deleted = 0 "
        "WHERE n.counterparty_id = ? AND n.deleted = 0 ORDER BY n.signed_on DESC"));
    q.addBindValue(m_customer.value(QStringLiteral("id"), QStringLiteral("-")));
    q.exec();
    while (q.next()) {
        Nda n;
        n.id = q.value(0).toString();
        n.templateVersion = q.value(1).toString();
        n.scope = q.value(2).toString();
        n.signedOn = q.value(3).toString();
        n.attachmentId = q.value(5).isNull() ? QString() : q.value(4).toString();
        n.fileName = q.value(5).toString();
        n.size = q.value(6).toLongLong();
        m_ndas << n;
    }
}

bool BriefingPack::markRead(Database &db, const QString &taskId, const QDateTime &at, Error *error)
{
    const QDateTime local = at.toOffsetFromUtc(at.offsetFromUtc());
    return TaskWorkflow(db).saveBriefing(
        taskId, {{QStringLiteral("pack_read_at"), local.toString(Qt::ISODate)}}, nullptr, error);
}
