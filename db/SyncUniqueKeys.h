#pragma once

#include "db/Error.h"
#include "db/SyncVersion.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class Database;

// Two records that must not both exist (one daily report per engineer, task and day; one task
// per number). When two offline devices create such a pair, the record created later (by
// version) loses: it is hidden (tombstoned locally) or, with clearColumn, only that column is
// emptied (a task number then is given again by its owner), and a conflict records it.
// optional columns belong to the key but may be empty, and empty is a value of its own there:
// an original daily report (no revision_of) clashes with another original, not with its
// correction.
struct SyncUniqueRule
{
    QString table;
    QStringList columns;
    QString clearColumn;
    QStringList optional;
};

// Applies the unique rules to a record being merged (SyncMerger). A "unique" conflict stands
// for a duplicate hidden now: it is filed under the loser, names the record that stays, and is
// dropped again when either of them is deleted or changes its key (SyncMerger re-resolves the
// pair), so the conflicts follow from the records' state whatever order versions arrived in.
class SyncUniqueKeys
{
    Q_DECLARE_TR_FUNCTIONS(SyncUniqueKeys)
public:
    explicit SyncUniqueKeys(Database &db) : m_db(db) {}

    void setRules(const QList<SyncUniqueRule> &rules) { m_rules = rules; }
    bool hasRule(const QString &table) const;

    // Checks the merged row of a live record against the others of its key: the record
    // created first keeps its place; a loser that is this record is hidden in *row, another
    // one in the table (its id added to *othersTouched). The clashes go to *conflicts.
    bool check(const QString &table, const QString &id, QVariantMap *row,
               const SyncVersion &created, QList<SyncFoundConflict> *conflicts,
               QStringList *othersTouched, Error *error) const;

    // The unique conflicts naming id (as the hidden record or as the one kept): their ids and
    // the other records in them.
    bool conflictsOf(const QString &table, const QString &id, QStringList *conflictIds,
                     QStringList *others, Error *error) const;
    bool drop(const QStringList &conflictIds, Error *error) const;

private:
    Database &m_db;
    QList<SyncUniqueRule> m_rules;
};
