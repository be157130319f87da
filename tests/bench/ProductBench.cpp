#include "tests/bench/ProductBench.h"

#include "app/catalog/RecordCatalog.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/models/BackgroundReader.h"
#include "app/models/DeadlineWatch.h"
#include "app/models/DeskSummary.h"
#include "app/models/RecordFilterProxy.h"
#include "app/models/RecordTableModel.h"
#include "app/print/RecordPrinter.h"
#include "app/search/SearchIndex.h"
#include "db/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread: what the GUI thread itself spends while a worker reads.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// A BackgroundReader whose connection is open (its first job has run), as the desktop's is by
// the time the window has been built.
std::unique_ptr<BackgroundReader> readyReader(Database &db)
{
    auto reader = std::make_unique<BackgroundReader>(db);
    QObject context;
    QEventLoop loop;
    reader->post(&context, QStringLiteral("warm-up"), BackgroundReader::Priority::Urgent,
                 [&loop](Database *, const QString &) -> std::function<void()> {
                     return [&loop] {
                         loop.quit();
                     };
                 });
    loop.exec();
    return reader;
}

QString kindName(Database::KeyKind kind)
{
    return kind == Database::KeyKind::None ? QStringLiteral("plain") : QStringLiteral("encrypted");
}

} // namespace

ProductBench::ProductBench(Database::KeyKind kind, const QString &directory) : m_kind(kind)
{
    m_path = QDir(directory).filePath(QStringLiteral("tenyear-%1.fdb").arg(kindName(kind)));
    if (kind != Database::KeyKind::None)
        m_key = QString(64, QLatin1Char('a'));
}

ProductBench::~ProductBench() = default;

qint64 ProductBench::statusKiB(const char *field)
{
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

int ProductBench::importChild(const QString &path, const QString &json, Database::KeyKind kind,
                              const QString &key)
{
    QFile file(json);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "import: cannot read %s\n", qPrintable(json));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Database db;
    Error e;
    InterchangeImporter::Summary summary;
    if (!db.create(path, key, &e, kind) ||
        !InterchangeImporter(db).importJson(file.readAll(), &summary, &e)) {
        std::fprintf(stderr, "import: %s\n", qPrintable(e.message));
        return 1;
    }
    db.close();
    const double ms = msSince(timer);
    std::printf("%lld %lld %d\n", static_cast<long long>(ms),
                static_cast<long long>(statusKiB("VmHWM")), summary.created);
    return 0;
}

int ProductBench::memoryChild(const QString &path, Database::KeyKind kind, const QString &key)
{
    Database db;
    Error e;
    if (!db.open(path, key, &e, kind)) {
        std::fprintf(stderr, "memory: %s\n", qPrintable(e.message));
        return 1;
    }
    // What the desktop holds with every list visited: one model per list, the start page.
    QList<RecordTableModel *> models;
    for (const RecordKind &k : RecordCatalog::kinds()) {
        if (k.isNested())
            continue;
        auto *model = new RecordTableModel(k);
        model->setDatabase(&db);
        if (!model->reload(&e)) {
            std::fprintf(stderr, "memory: %s\n", qPrintable(e.message));
            return 1;
        }
        models << model;
    }
    QList<Deadline> deadlines;
    DeadlineWatch(db).collect(QDateTime::currentDateTime(), &deadlines, &e);
    SearchIndex(db).search(QStringLiteral("涂布"), 50, &e);
    std::printf("%lld %lld\n", static_cast<long long>(statusKiB("VmRSS")),
                static_cast<long long>(statusKiB("VmHWM")));
    qDeleteAll(models);
    return 0;
}

bool ProductBench::runChild(const QStringList &arguments, QList<qint64> *numbers, QString *error)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FIELDDESK_BENCH_KEY"), m_key); // never on the command line
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                arguments + QStringList{QStringLiteral("--kind"), kindName(m_kind)});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2)").arg(arguments.first()).arg(child.exitCode());
        return false;
    }
    numbers->clear();
    for (const QByteArray &word : child.readAllStandardOutput().simplified().split(' '))
        numbers->append(word.toLongLong());
    return true;
}

bool ProductBench::importFile(const QString &json, double *ms, qint64 *peakKiB, QString *error)
{
    close();
    QFile::remove(m_path);
    QList<qint64> numbers;
    if (!runChild({QStringLiteral("--import-child"), m_path, QStringLiteral("--json"), json},
                  &numbers, error))
        return false;
    *ms = double(numbers.value(0));
    *peakKiB = numbers.value(1);
    return true;
}

bool ProductBench::measureMemory(qint64 *residentKiB, qint64 *peakKiB, QString *error)
{
    QList<qint64> numbers;
    if (!runChild({QStringLiteral("--memory-child"), m_path}, &numbers, error))
        return false;
    *residentKiB = numbers.value(0);
    *peakKiB = numbers.value(1);
    return true;
}

qint64 ProductBench::fileSize() const
{
    return QFileInfo(m_path).size();
}

bool ProductBench::open(QString *error)
{
    close();
    m_db = std::make_unique<Database>();
    Error e;
    if (!m_db->open(m_path, m_key, &e, m_kind)) {
        *error = e.message;
        m_db.reset();
        return false;
    }
    return true;
}

void ProductBench::close()
{
    if (m_db)
        m_db->close();
    m_db.reset();
}

bool ProductBench::openAndStartPage(double *openMs, double *startPageMs, double *guiMs,
                                    QString *error)
{
    close();
    QElapsedTimer timer;
    timer.start();
    if (!open(error))
        return false;
    *openMs = msSince(timer);
    // As the desktop does it after the unlock: the start page's figures (DeskSummary: counts,
    // audit chain since its checkpoint, holiday calendar), its deadlines (DeadlineWatch) and the
    // task list (RecordTableModel) read by the BackgroundReader, and handed to this thread.
    std::unique_ptr<BackgroundReader> reader = readyReader(*m_db);
    RecordTableModel tasks(*RecordCatalog::byArray(QStringLiteral("tasks")));
    tasks.setDatabase(m_db.get());
    tasks.setReader(reader.get());
    QObject context;
    QEventLoop loop;
    int pending = 3;
    bool ok = true;
    const auto done = [&] {
        if (--pending == 0)
            loop.quit();
    };
    QObject::connect(&tasks, &RecordTableModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            done();
    });
    timer.restart();
    const double cpu = threadCpuMs();
    const QDateTime now = QDateTime::currentDateTime();
    reader->post(&context, QStringLiteral("summary"), BackgroundReader::Priority::Urgent,
                 [&](Database *db, const QString &) -> std::function<void()> {
                     const DeskSummary summary = DeskSummary::read(*db, now.date());
                     return [&, summary] {
                         ok = ok && summary.auditIntact;
                         done();
                     };
                 });
    reader->post(&context, QStringLiteral("deadlines"), BackgroundReader::Priority::Urgent,
                 [&](Database *db, const QString &) -> std::function<void()> {
                     const DeadlineSnapshot deadlines = DeadlineSnapshot::read(*db, now);
                     return [&, deadlines] {
                         ok = ok && deadlines.ok;
                         done();
                     };
                 });
    tasks.requestReload(false);
    loop.exec();
    *startPageMs = msSince(timer);
    *guiMs = threadCpuMs() - cpu;
    if (!ok || !tasks.loadError().isEmpty()) {
        *error = tasks.loadError().isEmpty()
                     ? QStringLiteral("the audit chain or the deadlines cannot be read")
                     : tasks.loadError();
        return false;
    }
    return true;
}

bool ProductBench::auditCheck(int added, double *fullMs, double *unlockMs, int *entries,
                              QString *error)
{
    AuditLog audit(*m_db);
    QStringList problems;
    QElapsedTimer timer;
    timer.start();
    if (!audit.verify(&problems)) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    *fullMs = msSince(timer);
    Error e;
    for (int i = 0; i < added; ++i) {
        if (!audit.append(QStringLiteral("print"), QStringLiteral("service_reports"), QString(),
                          QStringLiteral("bench"), &e)) {
            *error = e.message;
            return false;
        }
    }
    timer.restart();
    if (!audit.verifySinceCheckpoint(&problems)) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    *unlockMs = msSince(timer);
    QSqlQuery q(m_db->sql());
    *entries = q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next()
                   ? q.value(0).toInt()
                   : 0;
    return true;
}

bool ProductBench::dailyReportList(double *reloadMs, double *guiMs, double *sortMs,
                                   QList<double> *filterKeyMs, int *rows, QString *error)
{
    const RecordKind &kind = *RecordCatalog::byArray(QStringLiteral("daily_reports"));
    RecordTableModel model(kind);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setDatabase(m_db.get());
    // The list as the desktop opens it: read by the BackgroundReader, swapped in here.
    std::unique_ptr<BackgroundReader> reader = readyReader(*m_db);
    model.setReader(reader.get());
    QEventLoop loop;
    QObject::connect(&model, &RecordTableModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    model.requestReload(true);
    loop.exec();
    *reloadMs = msSince(timer);
    *guiMs = threadCpuMs() - cpu;
    if (!model.loadError().isEmpty()) {
        *error = model.loadError();
        return false;
    }
    *rows = proxy.rowCount();
    const int dateColumn = model.columnOf(QStringLiteral("date"));
    timer.restart();
    proxy.sort(dateColumn < 0 ? 0 : dateColumn, Qt::DescendingOrder);
    *sortMs = msSince(timer);
    // Typing "涂布 批号" one key at a time, as the search box filters while typing.
    const QString typed = QStringLiteral("涂布 批号");
    for (int i = 1; i <= typed.size(); ++i) {
        timer.restart();
        proxy.setFilterText(typed.left(i));
        proxy.rowCount();
        filterKeyMs->append(msSince(timer));
    }
    return true;
}

bool ProductBench::search(const QString &text, double *ms, int *hits, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Error e;
    const QList<SearchHit> found = SearchIndex(*m_db).search(text, 50, &e);
    *ms = msSince(timer);
    if (e.isError()) {
        *error = e.message;
        return false;
    }
    *hits = int(found.size());
    return true;
}

bool ProductBench::printServiceReport(const QString &pdf, double *ms, int *pages, QString *error)
{
    if (!m_db) {
        *error = QStringLiteral("the database is not open");
        return false;
    }
    // The newest service report: its task has the most history before it.
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT id FROM service_reports WHERE deleted = 0 ORDER BY "
                               "signed_at DESC LIMIT 1")) ||
        !q.next()) {
        *error = QStringLiteral("no service report to print");
        return false;
    }
    const QString id = q.value(0).toString();
    q.finish();
    QElapsedTimer timer;
    timer.start();
    RecordPrinter printer(*m_db);
    PrintDocument document;
    Error e;
    if (!printer.document(id, &document, &e) ||
        !printer.writePdf({document}, pdf, &e, {}, nullptr, pages)) {
        *error = e.message;
        return false;
    }
    *ms = msSince(timer);
    return true;
}
