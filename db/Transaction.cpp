#include "db/Transaction.h"

#include "db/BusyDatabase.h"
#include "db/Database.h"
#include "db/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    m_counted = true;
    if (m_level == 1) {
        m_active = m_db.sql().transaction();
        if (!m_active)
            m_beginError = m_db.sql().lastError().text();
    } else if (m_db.driver() && m_db.driver()->connection() &&
               sqlite3_get_autocommit(m_db.driver()->connection())) {
        // The enclosing guard has no open transaction (it could not begin): a savepoint here
        // would start one of its own and commit this part alone.
        m_outerInactive = true;
    } else {
        QSqlQuery q(m_db.sql());
        m_active = q.exec(QStringLiteral("SAVEPOINT fd_sp%1").arg(m_level));
        if (!m_active)
            m_beginError = q.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
    if (m_counted) {
        m_counted = false;
        --m_db.transactionDepth();
    }
}

bool Transaction::commit(Error *error)
{
    if (!m_active)
        return Error::set(
            error, Error::Code::Failure,
            m_outerInactive || BusyDatabase::isBusyText(m_beginError)
                ? BusyDatabase::message()
                : tr("The database is busy or cannot start a transaction: %1").arg(m_beginError));
    bool ok = false;
    QString detail;
    bool busy = false;
    if (m_level == 1) {
        ok = m_db.sql().commit();
        if (!ok) {
            detail = m_db.sql().lastError().text();
            busy = BusyDatabase::isBusy(m_db.sql().lastError());
        }
    } else {
        QSqlQuery q(m_db.sql());
        ok = q.exec(QStringLiteral("RELEASE SAVEPOINT fd_sp%1").arg(m_level));
        if (!ok)
            detail = q.lastError().text();
    }
    if (!ok) {
        rollback();
        return Error::set(error, Error::Code::Failure,
                          busy ? BusyDatabase::message()
                               : tr("The change could not be saved: %1").arg(detail));
    }
    m_active = false;
    m_counted = false;
    --m_db.transactionDepth();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_level == 1) {
        m_db.sql().rollback();
    } else {
        QSqlQuery q(m_db.sql());
        // ROLLBACK TO keeps the savepoint open; RELEASE then drops it.
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT fd_sp%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE SAVEPOINT fd_sp%1").arg(m_level));
    }
    m_active = false;
    m_counted = false;
    --m_db.transactionDepth();
}
