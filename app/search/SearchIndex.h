#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;
struct RecordKind;

// One record found by full-text search: which record, what names it, and a short piece of
// its text around the match.
struct SearchHit
{
    QString table;
    QString id;
    QString title;
    QString snippet;
    double score = 0;
};

// Full-text search over the records, Chinese included (SearchText cuts text into bigrams for
// SQLite 3.15's FTS4). What is indexed is declared on each RecordKind (searchFields,
// searchTitleFields, searchTitleFrom): tasks and briefs now; know-how, daily and service
// reports by adding their declaration. The index (search_docs + the FTS4 table search_index)
// lives inside the encrypted database, never in a side file.
//
// Keeping it consistent: install() registers a RecordStore write hook, so every insert,
// update and tombstone of a declared kind re-indexes that record inside the same transaction
// as the write. Chosen over calling the index from each writer because the writers are many
// and growing (workflow, form editors, JSON import, the sync engine) and any one of them
// forgetting would silently leave stale hits; with the hook a failed index update rolls the
// record write back, so the two can never disagree. As a safety net against a program that
// wrote without the hook (or an index from an older tokenizer), the index remembers the last
// write it saw; search() rebuilds it first when that is not the database's last write.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    // Layout and tokenizer version; a different stored version rebuilds the index.
    static constexpr int Version = 2; // 2: L3 know-how excluded

    explicit SearchIndex(Database &db);

    // Registers the RecordStore write hook (process-wide; calling again has no effect).
    static void install();
    static void uninstall(); // tests: a program that writes without the hook
    // The kinds whose records are indexed.
    static QList<const RecordKind *> indexedKinds();

    // Brings the index entry of one record up to date (removes it when the record is gone or
    // tombstoned), and the entries named after it (a task's briefs).
    bool reindex(const QString &table, const QString &id, Error *error);
    // Empties the index and indexes every live record of the declared kinds again.
    bool rebuild(Error *error);
    // True when the index has seen the database's last write with the current version.
    bool isCurrent() const;
    bool ensureCurrent(Error *error);

    // Records containing every whitespace-separated part of text (any substring of two or
    // more Chinese characters, whole Latin words, the last word as a prefix): those with all of
    // it in their title first, newest first within each; tables narrows the kinds searched
    // (empty: all).
    QList<SearchHit> search(const QString &text, int limit, Error *error = nullptr,
                            const QStringList &tables = {});
    // Records sharing the most distinctive terms with text ("similar cases"), best first:
    // the rarest terms of text are weighted by how rare they are (idf), title hits count more;
    // at least two shared terms make a case. Records whose id is in excludeIds are left out.
    QList<SearchHit> similar(const QString &text, int limit, const QStringList &excludeIds = {},
                             const QStringList &tables = {}, Error *error = nullptr);

private:
    struct Row
    {
        QString id;
        QString title;
        QString body;
    };
    bool readRow(const RecordKind &kind, const QString &id, Row *row, bool *live, Error *error);
    bool store(const RecordKind &kind, const Row &row, bool *titleChanged, Error *error);
    bool remove(const QString &table, const QString &id, Error *error);
    bool reindexDependents(const RecordKind &parent, const QString &id, Error *error);
    QString bodyText(const QString &table, const QString &id) const;
    struct Match
    {
        qint64 docid = 0;
        SearchHit hit;
        QList<quint32> info; // matchinfo 'pcnx'
    };
    // column: search only that column of search_index (empty: all).
    // ids: only these records (empty: all).
    bool query(const QString &expression, const QString &column, const QStringList &tables,
               int limit, bool withMatchInfo, QList<Match> *out, Error *error,
               const QStringList &ids = {});

    Database &m_db;
};
