#pragma once

#include "db/Error.h"

#include <QCoreApplication>

class Database;

// A scoped transaction: the outermost guard is BEGIN IMMEDIATE/COMMIT, inner guards are
// savepoints, so a repository call can be used alone or inside an import that must be all
// or nothing. Anything not committed is rolled back when the guard goes out of scope.
// An outermost guard that could not begin (another program held the lock too long) still
// counts until it goes out of scope, and every guard inside it fails too: a form save of
// several records never writes some of them on their own, outside a transaction.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not begin (e.g. another writer held the lock too long).
    bool isActive() const { return m_active; }
    bool commit(Error *error);
    void rollback();

private:
    Database &m_db;
    int m_level = 0;
    bool m_active = false;
    bool m_counted = false;       // counted in the database's transaction depth
    bool m_outerInactive = false; // inside a guard whose transaction is not open
    QString m_beginError;
};
