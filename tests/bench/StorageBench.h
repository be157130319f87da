#pragma once

#include "tests/bench/BenchDataSet.h"
#include "db/Database.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

// One benchmark database: builds the data set in it and runs single timed operations on it
// (open + first screen, a lookup, a search, a sorted list, ...). BenchRunner drives two of
// these, one encrypted and one plain, alternating run by run so that both see the same
// machine load and their ratio is the cost of encryption, not of a busy neighbour.
class StorageBench
{
public:
    StorageBench(Database::KeyKind kind, const BenchDataSet &sizes, const QString &directory);
    ~StorageBench();
    StorageBench(const StorageBench &) = delete;
    StorageBench &operator=(const StorageBench &) = delete;

    bool isEncrypted() const { return m_kind != Database::KeyKind::None; }
    QString describe() const { return m_description; }
    QString databasePath() const { return m_path; }
    void setKey(const QString &key) { m_key = key; }

    // Building the data set, step by step; each step reports its own time.
    bool create(QString *error);
    bool insertRecords(double *ms, int *records, QString *error);
    bool insertDailyReports(double *ms, QString *error);
    bool insertOtherForms(double *ms, QString *error);
    bool fillSearchIndex(double *ms, int *documents, QString *error);
    void close();
    qint64 fileSize() const;

    // Opens the file in a new connection, shows the first screen, closes it again. cold drops
    // the file from the OS page cache first (false from canEvict() means it cannot).
    bool openWithFirstScreen(bool cold, double *ms, QString *error);
    static bool canEvict();
    // Opens the connection the following measures use.
    bool reopen(QString *error);
    bool lookupTask(int run, double *ms, int *rows, QString *error);
    bool search(const QString &term, double *ms, int *hits, QString *error);
    // The same search terms on every run and in every process.
    static QStringList searchTerms(int count);
    bool sortedList(const QString &orderBy, double *ms, int *rows, QString *error);
    bool filteredList(int run, double *ms, int *rows, QString *error);
    bool textFilteredList(double *ms, int *rows, QString *error);

    // Resident set size and its peak (KiB) of a fresh child process that opens this database
    // and does what the desk does after start-up. A child, so the figure holds neither the
    // data set generation nor the other database.
    bool measureMemory(qint64 *residentKiB, qint64 *peakKiB, QString *error);
    // What the child runs.
    bool probeMemory(qint64 *residentKiB, qint64 *peakKiB, QString *error);

private:
    struct TaskInfo
    {
        QString id;
        QString number;
        QStringList engineerIds;
        QDate start;
        int days = 1;
    };

    bool firstScreen(Database &db, QString *error);
    QString newId();
    bool ready(QString *error) const;

    Database::KeyKind m_kind;
    BenchDataSet m_sizes;
    QString m_path;
    QString m_key;
    QDate m_today;
    std::unique_ptr<Database> m_db;
    quint64 m_idState = 0;
    QStringList m_customerIds;
    QStringList m_personIds;
    QList<TaskInfo> m_tasks;
    QString m_description;
};
