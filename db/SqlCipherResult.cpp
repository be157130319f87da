#include "db/SqlCipherResult.h"

#include "db/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

namespace {

// Qt type of a result column: its declared type as QSQLITE maps it, else (an expression) the
// storage class of the first row; a NULL or no row at all gives no type, as with QSQLITE.
QMetaType columnType(const char *declared, int storage)
{
    const QMetaType fromDeclaration =
        SqlCipherDriver::metaTypeForDeclaration(QString::fromUtf8(declared ? declared : ""));
    if (fromDeclaration.isValid())
        return fromDeclaration;
    switch (storage) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<int>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    default:
        return QMetaType();
    }
}

// A typed null binds as SQL NULL. In Qt 6 QVariant(QString()).isNull() is false, so the value
// inside is asked (as Qt's own drivers do): a null string or byte array, an invalid date, time
// or date-time, a null UUID.
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(v.constData())->isValid();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(v.constData())->isNull();
    default:
        return false;
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver)
{
    driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver *d = cipherDriver())
        d->unregisterResult(this);
    finalize();
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver *>(driver());
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        // Back to the connection's statement cache (which resets it), or finalized.
        const SqlCipherDriver *d = cipherDriver();
        if (d && !m_sql.isEmpty())
            d->keepStatement(m_sql, m_stmt);
        else
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_sql.clear();
    m_cache.clear();
    m_cacheStart = 0;
    m_done = true;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::setStatementError(const QString &text, int rc)
{
    sqlite3 *db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    setLastError(QSqlError(text, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(),
                           QSqlError::StatementError, QString::number(rc)));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record = QSqlRecord();
    m_rowsAffected = -1;
    const SqlCipherDriver *d = cipherDriver();
    if (!d || !d->isOpen() || !d->connection()) {
        setLastError(QSqlError(QStringLiteral("Database is not open"), QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    m_stmt = d->takeStatement(query);
    if (m_stmt) {
        m_sql = query;
        return true;
    }
    const void *tail = nullptr;
    const int rc = sqlite3_prepare16_v2(d->connection(), query.utf16(),
                                        int(query.size() * sizeof(char16_t)), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(QStringLiteral("Unable to prepare statement"), rc);
        finalize();
        return false;
    }
    // One statement per query, as with every Qt driver; scripts go through executeScript().
    // Anything after the first statement's `;` — another `;` too — is refused, as by QSQLITE.
    const auto *rest = static_cast<const char16_t *>(tail);
    const qsizetype restSize =
        rest ? query.size() - (rest - reinterpret_cast<const char16_t *>(query.utf16())) : 0;
    if (restSize > 0 && !QStringView(rest, restSize).trimmed().isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("Only one statement per query is allowed"),
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    m_sql = query;
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch"),
                               QStringLiteral("%1 values bound, statement has %2 parameters")
                                   .arg(values.size())
                                   .arg(expected),
                               QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (isNullValue(v)) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (v.typeId()) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, index, qint64(v.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
                break;
            case QMetaType::QDateTime: {
                // ISO 8601 with offset, the interchange format's own form. Local times carry no
                // offset in Qt's ISO text, so they are pinned to the offset they have.
                QDateTime dt = v.toDateTime();
                if (dt.timeSpec() == Qt::LocalTime)
                    dt = dt.toOffsetFromUtc(dt.offsetFromUtc());
                rc = sqlite3_bind_text16(m_stmt, index, dt.toString(Qt::ISODateWithMs).utf16(), -1,
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDate:
                rc = sqlite3_bind_text16(m_stmt, index, v.toDate().toString(Qt::ISODate).utf16(),
                                         -1, SQLITE_TRANSIENT);
                break;
            case QMetaType::QTime:
                rc = sqlite3_bind_text16(
                    m_stmt, index, v.toTime().toString(QStringLiteral("hh:mm:ss.zzz")).utf16(), -1,
                    SQLITE_TRANSIENT);
                break;
            default: {
                const QString text = v.toString();
                rc = sqlite3_bind_text16(m_stmt, index, text.utf16(),
                                         int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setStatementError(QStringLiteral("Unable to bind value"), rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("No prepared statement"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    setLastError(QSqlError());
    m_cache.clear();
    m_cacheStart = 0;
    m_rowsAffected = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindAll())
        return false;

    m_done = false;
    setSelect(sqlite3_column_count(m_stmt) > 0);
    // The first step runs the statement, so errors surface from exec() as callers expect.
    sqlite3 *db = cipherDriver()->connection();
    const int before = sqlite3_total_changes(db);
    const bool onRow = stepRow();
    if (!onRow && lastError().isValid())
        return false;
    // Now, while the statement still stands on the first row (storage classes).
    buildRecord(onRow);
    // sqlite3_changes() counts only the statement's own rows (not a trigger's) but keeps its
    // old value after statements that change nothing; total_changes() tells the two apart.
    m_rowsAffected = isSelect() || sqlite3_total_changes(db) == before ? 0 : sqlite3_changes(db);
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_stmt);
        QList<QVariant> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(columnValue(c));
        if (isForwardOnly()) {
            m_cacheStart += int(m_cache.size());
            m_cache.clear();
        }
        m_cache.append(row);
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        setStatementError(QStringLiteral("Unable to fetch row"), rc);
        sqlite3_reset(m_stmt);
        return false;
    }
    // Releases the statement's read lock while keeping it prepared for re-execution.
    sqlite3_reset(m_stmt);
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        // The precision policy is about floating-point values, as with QSQLITE: integers stay
        // 64-bit (HLCs, ids) whatever it says.
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(int(sqlite3_column_int(m_stmt, column)));
        case QSql::LowPrecisionInt64:
            return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
        default:
            return QVariant(sqlite3_column_double(m_stmt, column));
        }
    case SQLITE_BLOB: {
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        // x'' reads as an empty, not a null, QByteArray: bound again it stays x'', not NULL.
        return QVariant(data ? QByteArray(data, bytes) : QByteArray(""));
    }
    case SQLITE_NULL: {
        // A null of the column's declared type (QSQLITE: always a null QString).
        const QMetaType type = columnType(sqlite3_column_decltype(m_stmt, column), SQLITE_NULL);
        return QVariant(type.isValid() ? type : QMetaType::fromType<QString>());
    }
    default: {
        // '' reads as an empty, not a null, QString (as with QSQLITE): bound again it stays ''.
        const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column));
        const int bytes = sqlite3_column_bytes16(m_stmt, column);
        return QVariant(text ? QString(text, bytes / int(sizeof(QChar))) : QStringLiteral(""));
    }
    }
}

void SqlCipherResult::buildRecord(bool onRow)
{
    m_record = QSqlRecord();
    if (!m_stmt)
        return;
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const QString name =
            QString::fromUtf16(static_cast<const char16_t *>(sqlite3_column_name16(m_stmt, c)));
        const char *table = sqlite3_column_table_name(m_stmt, c);
        // The storage class of the first row; none without rows (sqlite3_column_type is
        // undefined then).
        const int storage = onRow ? sqlite3_column_type(m_stmt, c) : -1;
        QSqlField field(name, columnType(sqlite3_column_decltype(m_stmt, c), storage),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect())
        return false;
    if (isForwardOnly() && at() >= 0 && index < at())
        return false;
    while (m_cacheStart + m_cache.size() <= index) {
        if (!stepRow())
            return false;
    }
    if (index < m_cacheStart)
        return false;
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    while (stepRow()) {
    }
    if (m_cache.isEmpty())
        return false;
    setAt(m_cacheStart + int(m_cache.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    const int row = at() - m_cacheStart;
    if (row < 0 || row >= m_cache.size() || field < 0 || field >= m_cache.at(row).size())
        return QVariant();
    return m_cache.at(row).at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return data(field).isNull();
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell the row count without stepping; QuerySize is not offered
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    // As QSQLITE: nothing after a failed exec() and nothing before the first insert (rowid 0),
    // instead of an older statement's rowid.
    const SqlCipherDriver *d = cipherDriver();
    if (!isActive() || !d || !d->connection())
        return QVariant();
    const qint64 id = sqlite3_last_insert_rowid(d->connection());
    return id ? QVariant(qlonglong(id)) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}
