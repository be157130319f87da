#include "app/models/BackgroundReader.h"

#include "db/Database.h"

#include <QMetaObject>
#include <QMutexLocker>

#include <memory>

namespace {
// The reader whose worker runs on this thread (report() needs it).
thread_local BackgroundReader *currentReader = nullptr;
} // namespace

// The worker thread: its run() is the reader's loop, so the sibling connection is created,
// used and closed in this one thread, as Qt's SQL classes require.
class BackgroundReader::Worker : public QThread
{
public:
    explicit Worker(BackgroundReader *reader) : m_reader(reader) {}

protected:
    void run() override { m_reader->run(); }

private:
    BackgroundReader *m_reader;
};

BackgroundReader::BackgroundReader(const Database &main, QObject *parent)
    : QObject(parent), m_main(main)
{
    m_thread = new Worker(this);
    m_thread->setObjectName(QStringLiteral("BackgroundReader"));
    m_thread->start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    stop();
}

void BackgroundReader::post(QObject *context, const QString &key, Priority priority, Job job)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->contextKey == context && it->key == key) {
            m_queue.erase(it);
            break;
        }
    }
    Entry entry{QPointer<QObject>(context), context, key, std::move(job)};
    if (priority == Priority::Urgent)
        m_queue.push_front(std::move(entry));
    else
        m_queue.push_back(std::move(entry));
    m_wake.wakeOne();
}

void BackgroundReader::raise(QObject *context, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->contextKey == context && it->key == key) {
            Entry entry = std::move(*it);
            m_queue.erase(it);
            m_queue.push_front(std::move(entry));
            return;
        }
    }
}

void BackgroundReader::cancel(QObject *context)
{
    QMutexLocker lock(&m_mutex);
    if (m_runningContext == context)
        m_runningCancelled = true; // its result is not delivered
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (it->contextKey == context)
            it = m_queue.erase(it);
        else
            ++it;
    }
}

bool BackgroundReader::isPending(QObject *context, const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    if (m_runningContext == context && m_runningKey == key)
        return true;
    for (const Entry &e : m_queue) {
        if (e.contextKey == context && e.key == key)
            return true;
    }
    return false;
}

bool BackgroundReader::isIdle() const
{
    QMutexLocker lock(&m_mutex);
    return m_queue.empty() && !m_runningContext;
}

void BackgroundReader::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_wake.wakeAll();
    }
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool BackgroundReader::interrupted()
{
    return QThread::currentThread()->isInterruptionRequested();
}

void BackgroundReader::report(std::function<void()> fn)
{
    BackgroundReader *reader = currentReader;
    if (!reader)
        return;
    QMutexLocker lock(&reader->m_mutex);
    if (reader->m_runningCancelled || reader->m_stopping || !reader->m_runningObject)
        return;
    QMetaObject::invokeMethod(reader->m_runningObject.data(), std::move(fn), Qt::QueuedConnection);
}

void BackgroundReader::run()
{
    currentReader = this;
    // The connection first (with a passphrase this is the KDF): meanwhile the window is built
    // and posts its jobs, which then run in the order of their priority.
    std::unique_ptr<Database> db = std::make_unique<Database>();
    QString openError;
    {
        Error error;
        if (!db->openSibling(m_main, &error)) {
            db.reset();
            openError = error.message;
        }
    }
    for (;;) {
        Entry entry;
        {
            QMutexLocker lock(&m_mutex);
            m_runningContext = nullptr;
            m_runningKey.clear();
            while (!m_stopping && m_queue.empty())
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            entry = std::move(m_queue.front());
            m_queue.pop_front();
            m_runningContext = entry.contextKey;
            m_runningKey = entry.key;
            m_runningCancelled = false;
            m_runningObject = entry.context;
        }
        if (!entry.context)
            continue; // its list is gone
        std::function<void()> done = entry.job(db.get(), openError);
        // Under the lock: a context cancels (and so waits here) before it is destroyed, so it
        // is alive while its result is posted; Qt drops the event if it goes later.
        QMutexLocker lock(&m_mutex);
        if (done && !m_runningCancelled && !m_stopping && entry.context)
            QMetaObject::invokeMethod(entry.context.data(), std::move(done), Qt::QueuedConnection);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_runningContext = nullptr;
        m_runningObject.clear();
        m_runningKey.clear();
    }
    if (db)
        db->close();
}
