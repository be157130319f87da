#pragma once

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;
class SqlCipherDriver;

// One statement on a QSQLCIPHER connection. Rows are converted to QVariants as SQLite steps
// over them and kept in a cache so QSqlQuery can move backwards; forward-only queries keep just
// the current row, which is what the benchmark and the exporter use on large tables.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Called by the driver when the connection closes under a live query.
    void finalize();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    bool stepRow();
    QVariant columnValue(int column) const;
    void buildRecord(bool onRow);
    bool bindAll();
    void setStatementError(const QString &text, int rc);
    const SqlCipherDriver *cipherDriver() const;

    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql; // the text m_stmt was prepared from; empty when it is not to be kept
    QList<QList<QVariant>> m_cache;
    int m_cacheStart = 0;
    bool m_done = true;
    int m_rowsAffected = -1;
    QSqlRecord m_record;
};
