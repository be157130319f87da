#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

class Database;

// Reads that take long on ten years of records (the rows of a list, the start page's counts
// and deadlines) run here instead of on the GUI thread: one worker thread with a connection of
// its own to the database the window has open (a sibling: same file and key, opened in the
// worker as soon as it starts, so the KDF runs there too). Jobs run one after the other, urgent
// ones (what is on screen) before the rest; a job returns a continuation that is called on the
// thread of its context object, and dropped when that object is gone. WAL lets the worker read
// while the GUI thread writes; each job sees the database as last committed.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    // Runs in the worker. db is nullptr when the connection could not be opened (openError says
    // why). Returns what to do with the result on the context's thread (may be empty).
    using Job = std::function<std::function<void()>(Database *db, const QString &openError)>;
    enum class Priority { Background, Urgent };

    // main must stay open until stop() has returned (MainWindow stops the reader before it
    // closes the database).
    explicit BackgroundReader(const Database &main, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Queues work for context (not owned). A job queued earlier for the same context and key
    // that has not started yet is replaced: only the newest request of a list counts.
    void post(QObject *context, const QString &key, Priority priority, Job job);
    // Moves a waiting job of context/key to the front (the list just became visible).
    void raise(QObject *context, const QString &key);
    // Drops the waiting jobs of context, and the result of its running one. A context calls it
    // before it is destroyed.
    void cancel(QObject *context);
    // Whether a job of context/key is waiting or running.
    bool isPending(QObject *context, const QString &key) const;
    // Whether no job waits or runs (results may still be on their way to the GUI thread).
    bool isIdle() const;

    // Drops every waiting job, asks the running one to stop (it checks
    // QThread::isInterruptionRequested()), waits for it and closes the worker's connection.
    void stop();

    // True in a job whose reader is stopping: loops over many rows check it and give up.
    static bool interrupted();
    // From a running job: calls fn on its context's thread (progress), unless the context
    // cancelled meanwhile.
    static void report(std::function<void()> fn);

private:
    struct Entry
    {
        QPointer<QObject> context;
        const QObject *contextKey = nullptr; // the pointer, also after the object is gone
        QString key;
        Job job;
    };
    class Worker;
    void run(); // the worker thread's loop

    const Database &m_main;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Entry> m_queue;
    const QObject *m_runningContext = nullptr;
    QPointer<QObject> m_runningObject;
    QString m_runningKey;
    bool m_runningCancelled = false;
    bool m_stopping = false;
    QThread *m_thread = nullptr;
};
