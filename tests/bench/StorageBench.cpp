#include "tests/bench/StorageBench.h"

#include "tests/bench/BigramTokenizer.h"
#include "db/RecordStore.h"
#include "tests/bench/Stats.h"
#include "tests/bench/TextGenerator.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <cstring>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

// Fixed seeds: both databases of a run, and every run, hold the same data.
constexpr quint32 DataSeed = 20261120;
constexpr quint32 QuerySeed = 4242;

// "Today" of the data set: fixed so due dates and the deadlines panel select the same rows
// whatever day the benchmark runs.
QDate dataSetToday()
{
    return QDate(2026, 11, 20);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString at(const QDate &date, int hour, int minute)
{
    return QStringLiteral("%1T%2:%3:00+08:00")
        .arg(date.toString(Qt::ISODate))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

// Reads every column of every row, as a list or a form would; returns the row count.
int drain(QSqlQuery &query)
{
    int rows = 0;
    while (query.next()) {
        const int columns = query.record().count();
        for (int c = 0; c < columns; ++c)
            (void)query.value(c);
        ++rows;
    }
    return rows;
}

qint64 statusKiB(const char *field)
{
    // Linux only; elsewhere the memory measure is skipped.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Drops the file's pages from the OS page cache so the next open reads from the disk, as
// the first start of a day does. Only this file is touched, never the machine's whole cache.
bool evictFromPageCache(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    // Dirty pages cannot be dropped: write them out first.
    const bool ok = ::fsync(fd) == 0 && ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

const QStringList OpenStates = {QStringLiteral("registered"), QStringLiteral("assessed"),
                                QStringLiteral("approved"),   QStringLiteral("briefed"),
                                QStringLiteral("on_site"),    QStringLiteral("reporting"),
                                QStringLiteral("callback")};
const QStringList TaskTypes = {QStringLiteral("oem_mixing"),    QStringLiteral("line_support"),
                               QStringLiteral("training"),      QStringLiteral("urgent_complaint"),
                               QStringLiteral("product_trial"), QStringLiteral("audit"),
                               QStringLiteral("trade_show")};
const QStringList Categories = {QStringLiteral("transport"), QStringLiteral("lodging"),
                                QStringLiteral("meals"),     QStringLiteral("hospitality"),
                                QStringLiteral("gift"),      QStringLiteral("other")};

bool fail(QString *error, const QString &step, const QSqlQuery &query)
{
    *error = QStringLiteral("%1: %2").arg(step, query.lastError().text());
    return false;
}

bool exec(QSqlQuery &query, const QString &step, QString *error)
{
    return query.exec() || fail(error, step, query);
}

bool exec(QSqlQuery &query, const QString &sql, const QString &step, QString *error)
{
    return query.exec(sql) || fail(error, step, query);
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    return query.prepare(sql) || fail(error, QStringLiteral("prepare %1").arg(sql), query);
}

// Binds values by position and runs the statement.
bool bindAndExec(QSqlQuery &query, const QVariantList &values, const QString &step, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return exec(query, step, error);
}

// The daily-report list: the columns a list row shows, joined to the task and the engineer.
const QString ListQuery =
    QStringLiteral("SELECT r.id, r.report_date, r.submitted_at, t.number, p.name,"
                   " r.submitted_at > r.report_date || 'T17:00:00' AS late"
                   " FROM bench_daily_reports r"
                   " JOIN bench_tasks t ON t.id = r.task_id"
                   " JOIN people p ON p.id = r.engineer_id"
                   " WHERE r.deleted = 0 %1 ORDER BY %2");

} // namespace

StorageBench::StorageBench(Database::KeyKind kind, const BenchDataSet &sizes,
                           const QString &directory)
    : m_kind(kind), m_sizes(sizes), m_today(dataSetToday())
{
    m_path = directory + (isEncrypted() ? QStringLiteral("/bench-encrypted.fdb")
                                        : QStringLiteral("/bench-plain.fdb"));
    if (isEncrypted()) {
        QByteArray raw(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(raw.begin(), raw.end());
        m_key = QString::fromLatin1(raw.toHex());
    }
    m_description = isEncrypted() ? QStringLiteral("encrypted") : QStringLiteral("plain");
}

StorageBench::~StorageBench() = default;

QString StorageBench::newId()
{
    // Deterministic UUIDs (splitmix64), so both databases get the same keys in the same order.
    auto next = [this] {
        quint64 z = (m_idState += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    const quint64 a = next(), b = next();
    QByteArray bytes(16, Qt::Uninitialized);
    std::memcpy(bytes.data(), &a, 8);
    std::memcpy(bytes.data() + 8, &b, 8);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool StorageBench::ready(QString *error) const
{
    if (m_db && m_db->isOpen())
        return true;
    *error = QStringLiteral("the %1 database is not open").arg(m_description);
    return false;
}

bool StorageBench::create(QString *error)
{
    QFile::remove(m_path);
    m_db = std::make_unique<Database>();
    Error err;
    if (!m_db->create(m_path, m_key, &err, m_kind)) {
        *error = QStringLiteral("create %1: %2").arg(m_path, err.message);
        return false;
    }
    QSqlQuery q(m_db->sql());
    const QString pageSize =
        q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toString() : QString();
    m_description = QStringLiteral("%1 (SQLCipher %2, page size %3)")
                        .arg(m_description, m_db->cipherVersion(), pageSize);
    for (const QString &statement : BenchDataSet::schema()) {
        if (!exec(q, statement, QStringLiteral("bench schema"), error))
            return false;
    }
    return true;
}

void StorageBench::close()
{
    m_db.reset();
}

qint64 StorageBench::fileSize() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

bool StorageBench::insertRecords(double *ms, int *records, QString *error)
{
    if (!ready(error))
        return false;
    Database &db = *m_db;
    TextGenerator text(DataSeed);
    RecordStore store(db);
    Error err;
    *records = 0;
    auto insert = [&](const QString &table, const QString &id, const QVariantMap &fields) {
        if (store.insert(table, id, fields, &err)) {
            ++*records;
            return true;
        }
        *error = QStringLiteral("RecordStore::insert into %1: %2").arg(table, err.message);
        return false;
    };

    QElapsedTimer timer;
    timer.start();
    // One transaction around all inserts, as an import does; each insert is a savepoint.
    Transaction tx(db);
    static const QStringList LeaderRoles = {
        QStringLiteral("[\"cto\",\"engineer\"]"), QStringLiteral("[\"sales\"]"),
        QStringLiteral("[\"admin\"]"), QStringLiteral("[\"gm\"]"),
        QStringLiteral("[\"chairman\"]")};
    for (int i = 0; i < m_sizes.people; ++i) {
        const QString id = newId();
        const bool consultant = i >= 5 && i % 6 == 0;
        const QVariantMap fields{
            {QStringLiteral("name"), text.personName(i)},
            {QStringLiteral("roles"), i < 5        ? LeaderRoles.at(i)
                                      : consultant ? QStringLiteral("[\"consultant\"]")
                                                   : QStringLiteral("[\"engineer\"]")},
            {QStringLiteral("phone"), QStringLiteral("138%1").arg(text.number(10000000, 99999999))},
            {QStringLiteral("email"), QStringLiteral("person%1@lithera.example").arg(i)},
            {QStringLiteral("certified_on"),
             m_today.addDays(-text.number(30, 3000)).toString(Qt::ISODate)},
            {QStringLiteral("refresher_on"),
             m_today.addDays(-text.number(10, 400)).toString(Qt::ISODate)},
            {QStringLiteral("non_compete"), consultant ? 1 : 0},
            {QStringLiteral("assessment_passed"), consultant ? 1 : 0},
            {QStringLiteral("notes"), text.callbackNote()}};
        if (!insert(QStringLiteral("people"), id, fields))
            return false;
        m_personIds << id;
    }
    for (int i = 0; i < m_sizes.customers; ++i) {
        const QString id = newId();
        const QString name = text.customerName(i);
        const QString region = text.region();
        QJsonArray contacts;
        contacts.append(QJsonObject{
            {QStringLiteral("name"), text.personName(5 + i % 20) + QStringLiteral("经理")},
            {QStringLiteral("phone"),
             QStringLiteral("139%1").arg(text.number(10000000, 99999999))}});
        const QVariantMap fields{
            {QStringLiteral("name"), name},
            {QStringLiteral("short_name"), text.customerShortName(name)},
            {QStringLiteral("tier"), i < 4 ? QStringLiteral("A")
                                           : text.pick({QStringLiteral("B"), QStringLiteral("C"),
                                                        QStringLiteral("C"), QStringLiteral("D")})},
            {QStringLiteral("kind"),
             i % 5 == 0 ? QStringLiteral("oem") : QStringLiteral("customer")},
            {QStringLiteral("first_order_on"),
             m_today.addDays(-text.number(30, 4000)).toString(Qt::ISODate)},
            {QStringLiteral("industry"), text.industry()},
            {QStringLiteral("region"), region},
            {QStringLiteral("address"),
             QStringLiteral("%1市高新区工业园 %2 号").arg(region).arg(text.number(1, 300))},
            {QStringLiteral("contacts"),
             QString::fromUtf8(QJsonDocument(contacts).toJson(QJsonDocument::Compact))},
            {QStringLiteral("notes"), text.callbackNote()}};
        if (!insert(QStringLiteral("customers"), id, fields))
            return false;
        m_customerIds << id;
    }
    // Ten years of tasks, oldest first, numbered per year.
    QMap<int, int> perYear;
    const int engineers = int(m_personIds.size()) - 5;
    for (int i = 0; i < m_sizes.tasks; ++i) {
        TaskInfo task;
        task.id = newId();
        const QDate registered = m_today.addDays(-3650 + qint64(i) * 3650 / m_sizes.tasks);
        const int year = registered.year();
        task.number =
            QStringLiteral("LITH-FE-%1-%2").arg(year).arg(++perYear[year], 4, 10, QLatin1Char('0'));
        task.start = registered.addDays(text.number(1, 14));
        task.days = text.number(1, 8);
        task.engineerIds << m_personIds.at(5 + text.number(0, engineers - 1));
        if (text.chance(40))
            task.engineerIds << m_personIds.at(5 + text.number(0, engineers - 1));
        const int age = int(registered.daysTo(m_today));
        const QString state =
            age > 60 ? (text.chance(4) ? QStringLiteral("cancelled") : QStringLiteral("closed"))
                     : text.pick(OpenStates);
        const QDate end = task.start.addDays(task.days - 1);
        const int customer =
            text.chance(20) ? text.number(0, 3) : text.number(0, m_sizes.customers - 1);
        const QVariantMap fields{
            {QStringLiteral("number"), task.number},
            {QStringLiteral("customer_id"), m_customerIds.at(customer)},
            {QStringLiteral("type"), text.pick(TaskTypes)},
            {QStringLiteral("priority"),
             text.chance(15) ? QStringLiteral("P0") : QStringLiteral("P1")},
            {QStringLiteral("state"), state},
            {QStringLiteral("requested_at"), at(registered, 9, text.number(0, 59))},
            {QStringLiteral("registered_at"), at(registered, 10 + text.number(0, 7), 30)},
            {QStringLiteral("complexity"),
             text.pick(
                 {QStringLiteral("simple"), QStringLiteral("medium"), QStringLiteral("complex")})},
            {QStringLiteral("planned_days"), task.days},
            {QStringLiteral("knowhow_risk"),
             text.pick({QStringLiteral("none"), QStringLiteral("normal"), QStringLiteral("core")})},
            {QStringLiteral("safety_risk"),
             text.pick({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                        QStringLiteral("hf")})},
            {QStringLiteral("major_complaint"), text.chance(5) ? 1 : 0},
            {QStringLiteral("engineer_ids"), jsonList(task.engineerIds)},
            {QStringLiteral("planned_start"), task.start.toString(Qt::ISODate)},
            {QStringLiteral("planned_end"), end.toString(Qt::ISODate)},
            {QStringLiteral("onsite_end"),
             end < m_today ? QVariant(end.toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("title"), text.taskTitle()}};
        if (!insert(QStringLiteral("bench_tasks"), task.id, fields))
            return false;
        m_tasks << task;
    }
    if (!tx.commit(&err)) {
        *error = QStringLiteral("commit of RecordStore inserts: %1").arg(err.message);
        return false;
    }
    *ms = msSince(timer);
    return true;
}

bool StorageBench::insertDailyReports(double *ms, QString *error)
{
    if (!ready(error))
        return false;
    Database &db = *m_db;
    TextGenerator text(DataSeed + 1);
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    QSqlQuery q(db.sql());
    if (!prepare(q,
                 QStringLiteral("INSERT INTO bench_daily_reports (id, task_id, engineer_id,"
                                " report_date, submitted_at, created_at, updated_at, updated_by,"
                                " deleted, work, findings, plan, support, expenses)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"),
                 error))
        return false;
    const int tasks = int(m_tasks.size());
    for (int r = 0; r < m_sizes.dailyReports; ++r) {
        // Reports spread over the tasks: one per engineer per on-site day.
        const TaskInfo &task = m_tasks.at(r % tasks);
        const int n = r / tasks;
        const QDate date = task.start.addDays(n % task.days);
        const QString &engineer = task.engineerIds.at((n / task.days) % task.engineerIds.size());
        const bool late = text.chance(15);
        const QString submitted =
            at(date, late ? text.number(17, 22) : text.number(12, 16), text.number(0, 59));
        const TextGenerator::DailyReport report = text.dailyReport();
        if (!bindAndExec(q,
                         {newId(), task.id, engineer, date.toString(Qt::ISODate), submitted,
                          submitted, db.clock().now(), db.deviceId(), report.work, report.findings,
                          report.plan, report.support, report.expenses},
                         QStringLiteral("insert daily report"), error))
            return false;
    }
    Error err;
    if (!tx.commit(&err)) {
        *error = QStringLiteral("commit of daily reports: %1").arg(err.message);
        return false;
    }
    *ms = msSince(timer);
    return true;
}

bool StorageBench::insertOtherForms(double *ms, QString *error)
{
    if (!ready(error))
        return false;
    Database &db = *m_db;
    TextGenerator text(DataSeed + 2);
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    const int tasks = int(m_tasks.size());

    // Expense claims: one per task, the lines spread evenly over them.
    QSqlQuery claim(db.sql()), line(db.sql());
    if (!prepare(claim,
                 QStringLiteral("INSERT INTO bench_expense_claims (id, task_id, claimant_id,"
                                " submitted_on, created_at, updated_at, updated_by)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 error) ||
        !prepare(line,
                 QStringLiteral("INSERT INTO bench_expense_lines (id, claim_id, line_no,"
                                " spent_on, category, amount_cents, paid_by, receipt,"
                                " updated_at, updated_by, description)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 error))
        return false;
    QStringList claimIds;
    for (const TaskInfo &task : std::as_const(m_tasks)) {
        const QString id = newId();
        const QDate submitted = task.start.addDays(task.days + 1);
        if (!bindAndExec(claim,
                         {id, task.id, task.engineerIds.first(), submitted.toString(Qt::ISODate),
                          at(submitted, 10, 0), db.clock().now(), db.deviceId()},
                         QStringLiteral("insert expense claim"), error))
            return false;
        claimIds << id;
    }
    for (int l = 0; l < m_sizes.expenseLines; ++l) {
        const TaskInfo &task = m_tasks.at(l % tasks);
        const QString category = text.pick(Categories);
        if (!bindAndExec(line,
                         {newId(), claimIds.at(l % tasks), l / tasks + 1,
                          task.start.addDays(text.number(0, task.days - 1)).toString(Qt::ISODate),
                          category, text.number(1500, 90000),
                          text.chance(10) ? QStringLiteral("customer") : QStringLiteral("company"),
                          text.chance(85) ? 1 : 0, db.clock().now(), db.deviceId(),
                          text.expenseDescription(category)},
                         QStringLiteral("insert expense line"), error))
            return false;
    }

    QSqlQuery report(db.sql()), callback(db.sql()), knowhow(db.sql());
    if (!prepare(report,
                 QStringLiteral("INSERT INTO bench_service_reports (id, task_id, satisfaction,"
                                " signed_at, created_at, updated_at, updated_by, body)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 error) ||
        !prepare(callback,
                 QStringLiteral("INSERT INTO bench_callbacks (id, task_id, called_at, caller_id,"
                                " satisfaction, nps, created_at, updated_at, updated_by, notes)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 error) ||
        !prepare(knowhow,
                 QStringLiteral("INSERT INTO bench_knowhow (id, level, created_at, updated_at,"
                                " updated_by, title, body, task_ids)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 error))
        return false;
    for (int i = 0; i < m_sizes.serviceReports; ++i) {
        const TaskInfo &task = m_tasks.at(i % tasks);
        const QString signedAt = at(task.start.addDays(task.days + 2), 15, 0);
        if (!bindAndExec(report,
                         {newId(), task.id, text.number(6, 10), signedAt, signedAt,
                          db.clock().now(), db.deviceId(), text.serviceReport()},
                         QStringLiteral("insert service report"), error))
            return false;
    }
    for (int i = 0; i < m_sizes.callbacks; ++i) {
        const TaskInfo &task = m_tasks.at(i % tasks);
        const QString calledAt = at(task.start.addDays(task.days + 1), 11, 0);
        if (!bindAndExec(callback,
                         {newId(), task.id, calledAt, m_personIds.at(1), text.number(5, 10),
                          text.number(0, 10), calledAt, db.clock().now(), db.deviceId(),
                          text.callbackNote()},
                         QStringLiteral("insert callback"), error))
            return false;
    }
    for (int i = 0; i < m_sizes.knowhow; ++i) {
        QStringList taskIds;
        for (int k = 0, n = text.number(1, 3); k < n; ++k)
            taskIds << m_tasks.at(text.number(0, tasks - 1)).id;
        if (!bindAndExec(
                knowhow,
                {newId(),
                 text.pick({QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")}),
                 at(m_today.addDays(-text.number(0, 3650)), 9, 0), db.clock().now(), db.deviceId(),
                 text.knowhowTitle(), text.knowhowBody(), jsonList(taskIds)},
                QStringLiteral("insert know-how"), error))
            return false;
    }
    Error err;
    if (!tx.commit(&err)) {
        *error = QStringLiteral("commit of forms: %1").arg(err.message);
        return false;
    }
    *ms = msSince(timer);
    return true;
}

bool StorageBench::fillSearchIndex(double *ms, int *documents, QString *error)
{
    if (!ready(error))
        return false;
    Database &db = *m_db;
    // Built from the stored records, as a re-index after a migration would be.
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    QSqlQuery insert(db.sql());
    if (!prepare(insert,
                 QStringLiteral("INSERT INTO bench_search (kind, ref, body) VALUES (?, ?, ?)"),
                 error))
        return false;
    const QList<QPair<QString, QString>> sources = {
        {QStringLiteral("daily_report"),
         QStringLiteral("SELECT id, work || char(10) || findings || char(10) || plan || char(10)"
                        " || support FROM bench_daily_reports ORDER BY rowid")},
        {QStringLiteral("service_report"),
         QStringLiteral("SELECT id, body FROM bench_service_reports ORDER BY rowid")},
        {QStringLiteral("knowhow"),
         QStringLiteral("SELECT id, title || char(10) || body FROM bench_knowhow ORDER BY rowid")}};
    *documents = 0;
    for (const auto &source : sources) {
        QSqlQuery select(db.sql());
        select.setForwardOnly(true);
        if (!exec(select, source.second, QStringLiteral("read %1 for the index").arg(source.first),
                  error))
            return false;
        while (select.next()) {
            if (!bindAndExec(insert,
                             {source.first, select.value(0),
                              BigramTokenizer::indexText(select.value(1).toString())},
                             QStringLiteral("index %1").arg(source.first), error))
                return false;
            ++*documents;
        }
    }
    Error err;
    if (!tx.commit(&err)) {
        *error = QStringLiteral("commit of the search index: %1").arg(err.message);
        return false;
    }
    *ms = msSince(timer);
    return true;
}

bool StorageBench::firstScreen(Database &db, QString *error)
{
    // The start page: the newest tasks with their customers, the deadlines panel (open tasks
    // by due date, on-site tasks still missing today's daily report) and the customer list.
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QStringList quoted;
    for (const QString &state : OpenStates)
        quoted << QLatin1Char('\'') + state + QLatin1Char('\'');
    const QStringList statements = {
        QStringLiteral("SELECT count(*) FROM bench_tasks WHERE deleted = 0"),
        QStringLiteral("SELECT t.id, t.number, t.state, t.priority, t.registered_at,"
                       " t.planned_start, t.planned_end, c.short_name, c.name, c.tier"
                       " FROM bench_tasks t JOIN customers c ON c.id = t.customer_id"
                       " WHERE t.deleted = 0 ORDER BY t.registered_at DESC LIMIT 200"),
        QStringLiteral("SELECT t.id, t.number, t.state, t.planned_start, t.planned_end,"
                       " t.onsite_end FROM bench_tasks t WHERE t.deleted = 0 AND t.state IN"
                       " (%1) ORDER BY t.planned_end LIMIT 100")
            .arg(quoted.join(QLatin1Char(','))),
        QStringLiteral("SELECT t.id, t.number FROM bench_tasks t WHERE t.state = 'on_site'"
                       " AND t.deleted = 0 AND NOT EXISTS (SELECT 1 FROM bench_daily_reports r"
                       " WHERE r.task_id = t.id AND r.report_date = '%1')")
            .arg(m_today.toString(Qt::ISODate)),
        QStringLiteral("SELECT count(*) FROM customers WHERE deleted = 0"),
        QStringLiteral("SELECT id, name, short_name, tier, region FROM customers"
                       " WHERE deleted = 0 ORDER BY name LIMIT 200")};
    for (const QString &sql : statements) {
        if (!exec(q, sql, QStringLiteral("first screen"), error))
            return false;
        drain(q);
    }
    return true;
}

bool StorageBench::canEvict()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

bool StorageBench::openWithFirstScreen(bool cold, double *ms, QString *error)
{
    if (cold && !evictFromPageCache(m_path)) {
        *error = QStringLiteral("cannot drop %1 from the page cache").arg(m_path);
        return false;
    }
    Database db;
    Error err;
    QElapsedTimer timer;
    timer.start();
    if (!db.open(m_path, m_key, &err, m_kind)) {
        *error = QStringLiteral("open: %1").arg(err.message);
        return false;
    }
    if (!firstScreen(db, error))
        return false;
    *ms = msSince(timer);
    return true;
}

bool StorageBench::reopen(QString *error)
{
    m_db = std::make_unique<Database>();
    Error err;
    if (m_db->open(m_path, m_key, &err, m_kind))
        return true;
    *error = QStringLiteral("reopen: %1").arg(err.message);
    return false;
}

bool StorageBench::lookupTask(int run, double *ms, int *rows, QString *error)
{
    if (!ready(error))
        return false;
    // Opening a task by number: the task row, then its daily reports in date order. The
    // run number picks the task, so both databases look up the same ones.
    const TaskInfo &info = m_tasks.at(int((quint64(run) * 2654435761u) % quint64(m_tasks.size())));
    QElapsedTimer timer;
    timer.start();
    QSqlQuery task(m_db->sql()), reports(m_db->sql());
    task.setForwardOnly(true);
    reports.setForwardOnly(true);
    if (!prepare(task,
                 QStringLiteral("SELECT id, number, state, customer_id, title, planned_start,"
                                " planned_end FROM bench_tasks WHERE number = ? AND deleted = 0"),
                 error) ||
        !prepare(reports,
                 QStringLiteral("SELECT id, report_date, engineer_id, submitted_at, work,"
                                " findings, plan FROM bench_daily_reports"
                                " WHERE task_id = ? AND deleted = 0 ORDER BY report_date"),
                 error))
        return false;
    if (!bindAndExec(task, {info.number}, QStringLiteral("task by number"), error))
        return false;
    if (!task.next()) {
        *error = QStringLiteral("task %1 not found by its number").arg(info.number);
        return false;
    }
    if (!bindAndExec(reports, {task.value(0)}, QStringLiteral("daily reports of a task"), error))
        return false;
    *rows = drain(reports);
    *ms = msSince(timer);
    return true;
}

QStringList StorageBench::searchTerms(int count)
{
    return TextGenerator(QuerySeed).searchTerms(count);
}

bool StorageBench::search(const QString &term, double *ms, int *hits, QString *error)
{
    if (!ready(error))
        return false;
    // One search as the desk shows it: the newest 50 hits, the first 20 with their record's
    // date and an excerpt of its text.
    QElapsedTimer timer;
    timer.start();
    QSqlQuery search(m_db->sql()), report(m_db->sql()), service(m_db->sql()), knowhow(m_db->sql());
    search.setForwardOnly(true);
    if (!prepare(search,
                 QStringLiteral("SELECT docid, kind, ref FROM bench_search WHERE body MATCH ?"
                                " ORDER BY docid DESC LIMIT 50"),
                 error) ||
        !prepare(report,
                 QStringLiteral("SELECT report_date, engineer_id, substr(findings, 1, 60)"
                                " FROM bench_daily_reports WHERE id = ?"),
                 error) ||
        !prepare(service,
                 QStringLiteral("SELECT signed_at, substr(body, 1, 60)"
                                " FROM bench_service_reports WHERE id = ?"),
                 error) ||
        !prepare(knowhow, QStringLiteral("SELECT title, level FROM bench_knowhow WHERE id = ?"),
                 error))
        return false;
    if (!bindAndExec(search, {BigramTokenizer::matchQuery(term)},
                     QStringLiteral("search for %1").arg(term), error))
        return false;
    *hits = 0;
    while (search.next()) {
        if (++*hits > 20)
            continue;
        const QString kind = search.value(1).toString();
        QSqlQuery &detail = kind == QLatin1String("daily_report")     ? report
                            : kind == QLatin1String("service_report") ? service
                                                                      : knowhow;
        if (!bindAndExec(detail, {search.value(2)}, QStringLiteral("search hit in %1").arg(kind),
                         error))
            return false;
        drain(detail);
    }
    *ms = msSince(timer);
    return true;
}

bool StorageBench::sortedList(const QString &orderBy, double *ms, int *rows, QString *error)
{
    if (!ready(error))
        return false;
    // The whole list, every row fetched: what a sortable, filterable view needs.
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!exec(q, ListQuery.arg(QString(), orderBy),
              QStringLiteral("list sorted by %1").arg(orderBy), error))
        return false;
    *rows = drain(q);
    *ms = msSince(timer);
    return true;
}

bool StorageBench::filteredList(int run, double *ms, int *rows, QString *error)
{
    if (!ready(error))
        return false;
    // The list filtered to one engineer's last two years, newest first.
    const QString engineer = m_personIds.at(5 + run % (int(m_personIds.size()) - 5));
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!prepare(q,
                 ListQuery.arg(QStringLiteral("AND r.engineer_id = ? AND r.report_date >= ?"),
                               QStringLiteral("r.report_date DESC")),
                 error) ||
        !bindAndExec(q, {engineer, m_today.addYears(-2).toString(Qt::ISODate)},
                     QStringLiteral("filtered list"), error))
        return false;
    *rows = drain(q);
    *ms = msSince(timer);
    return true;
}

bool StorageBench::textFilteredList(double *ms, int *rows, QString *error)
{
    if (!ready(error))
        return false;
    // A text filter on a long column cannot use an index: every report's text is read.
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!prepare(q,
                 ListQuery.arg(QStringLiteral("AND r.findings LIKE ?"),
                               QStringLiteral("r.report_date DESC")),
                 error) ||
        !bindAndExec(q, {QStringLiteral("%结晶残留%")}, QStringLiteral("text-filtered list"),
                     error))
        return false;
    *rows = drain(q);
    *ms = msSince(timer);
    return true;
}

bool StorageBench::measureMemory(qint64 *residentKiB, qint64 *peakKiB, QString *error)
{
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The child needs the key: a throw-away key of a temporary file.
    env.insert(QStringLiteral("FIELDDESK_BENCH_KEY"), m_key);
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    probe.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-probe"), m_path, QStringLiteral("--kind"),
                 isEncrypted() ? QStringLiteral("encrypted") : QStringLiteral("plain")});
    if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        *error = QStringLiteral("the memory probe failed: %1").arg(probe.errorString());
        return false;
    }
    const QList<QByteArray> fields = probe.readAllStandardOutput().trimmed().split(' ');
    *residentKiB = fields.value(0).toLongLong();
    *peakKiB = fields.value(1).toLongLong();
    if (*residentKiB > 0)
        return true;
    *error = QStringLiteral("the memory probe printed no figure");
    return false;
}

bool StorageBench::probeMemory(qint64 *residentKiB, qint64 *peakKiB, QString *error)
{
    if (statusKiB("VmRSS") < 0) {
        *error = QStringLiteral("no /proc/self/status on this system");
        return false;
    }
    if (!reopen(error) || !firstScreen(*m_db, error))
        return false;
    double ms = 0;
    int rows = 0;
    if (!sortedList(QStringLiteral("r.report_date DESC"), &ms, &rows, error))
        return false;
    for (const QString &term : searchTerms(20)) {
        if (!search(term, &ms, &rows, error))
            return false;
    }
    *residentKiB = statusKiB("VmRSS");
    *peakKiB = statusKiB("VmHWM");
    return true;
}
