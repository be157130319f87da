#include "db/SqlCipherDriver.h"

#include "db/SqlCipherResult.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>

#ifndef SQLITE_HAS_CODEC
#error "The QSQLCIPHER driver must be built against SQLCipher's sqlite3.h with SQLITE_HAS_CODEC"
#endif

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace {

QString nativeMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

} // namespace

QMetaType SqlCipherDriver::metaTypeForDeclaration(const QString &declared)
{
    // QSQLITE's mapping, word for word (not SQLite's affinity rules): code written against Qt's
    // own driver sees the same QSqlField types here. Values keep their storage class either way
    // (an INTEGER column reads as qlonglong).
    const QString t = declared.trimmed().toLower();
    if (t.isEmpty())
        return QMetaType();
    if (t == QLatin1String("integer") || t == QLatin1String("int"))
        return QMetaType::fromType<int>();
    if (t == QLatin1String("double") || t == QLatin1String("float") || t == QLatin1String("real") ||
        t.startsWith(QLatin1String("numeric")))
        return QMetaType::fromType<double>();
    if (t == QLatin1String("blob"))
        return QMetaType::fromType<QByteArray>();
    if (t == QLatin1String("boolean") || t == QLatin1String("bool"))
        return QMetaType::fromType<bool>();
    return QMetaType::fromType<QString>();
}

bool SqlCipherDriver::isIdentifierQuoted(QStringView identifier)
{
    return identifier.size() > 2 && ((identifier.startsWith(u'"') && identifier.endsWith(u'"')) ||
                                     (identifier.startsWith(u'`') && identifier.endsWith(u'`')) ||
                                     (identifier.startsWith(u'[') && identifier.endsWith(u']')));
}

void SqlCipherDriver::registerDriver()
{
    static QMutex mutex;
    static bool registered = false;
    QMutexLocker lock(&mutex);
    if (registered)
        return;
    QSqlDatabase::registerSqlDriver(QString::fromLatin1(DriverName),
                                    new QSqlDriverCreator<SqlCipherDriver>);
    registered = true;
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
    case SimpleLocking: // as QSQLITE: a write waits for readers of the same file
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt rewrites :name to ? for us
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QByteArray SqlCipherDriver::rawKeyMaterial(const QString &hexKey)
{
    // SQLCipher reads x'<64 hex digits>' as the key itself and skips PBKDF2.
    return QByteArrayLiteral("x'") + hexKey.toLatin1() + QByteArrayLiteral("'");
}

bool SqlCipherDriver::execSimple(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = message ? QString::fromUtf8(message) : nativeMessage(m_db);
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool SqlCipherDriver::applyKey(const QString &password, bool rawKey, QString *error)
{
    if (rawKey) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (!hex.match(password).hasMatch()) {
            *error = QStringLiteral("FD_RAW_KEY needs exactly 64 hex digits");
            return false;
        }
    }
    const QByteArray material = rawKey ? rawKeyMaterial(password) : password.toUtf8();
    if (sqlite3_key(m_db, material.constData(), material.size()) != SQLITE_OK) {
        *error = nativeMessage(m_db);
        return false;
    }
    return true;
}

QByteArray SqlCipherDriver::pinPragmas(bool defaults)
{
    const QByteArray kdf = defaults ? "cipher_default_kdf_iter" : "kdf_iter";
    const QByteArray page = defaults ? "cipher_default_page_size" : "cipher_page_size";
    const QByteArray hmac = defaults ? "cipher_default_use_hmac" : "cipher_use_hmac";
    return "PRAGMA " + kdf + " = " + QByteArray::number(KdfIterations) + "; PRAGMA " + page +
           " = " + QByteArray::number(CipherPageSize) + "; PRAGMA " + hmac + " = ON;";
}

bool SqlCipherDriver::pinDefaults(QString *error)
{
    // The defaults are global to the SQLCipher library; every connection sets the same values,
    // so setting them again (from any thread) changes nothing.
    if (!m_cipherVersion.startsWith(QLatin1String("3.")) &&
        !execSimple("PRAGMA cipher_default_compatibility = 3", error))
        return false;
    return execSimple(pinPragmas(true).constData(), error);
}

bool SqlCipherDriver::open(const QString &path, const QString &, const QString &password,
                           const QString &, int, const QString &options)
{
    if (isOpen())
        close();
    m_keyRejected = false;
    bool create = false, readOnly = false, rawKey = false, plain = false;
    int busyTimeout = 5000;
    for (const QString &raw : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("FD_CREATE"))
            create = true;
        else if (option == QLatin1String("FD_READONLY"))
            readOnly = true;
        else if (option == QLatin1String("FD_RAW_KEY"))
            rawKey = true;
        else if (option == QLatin1String("FD_PLAIN"))
            plain = true;
        else if (option.startsWith(QLatin1String("FD_BUSY_TIMEOUT=")))
            busyTimeout = option.mid(16).toInt();
    }
    if (!plain && password.isEmpty()) {
        setLastError(QSqlError(QStringLiteral("No key given"),
                               QStringLiteral("A key is required unless FD_PLAIN is set"),
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_FULLMUTEX; // the connection may move to the GUI thread after the KDF
    const QByteArray nativePath = path.toUtf8();
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    QString failure;
    auto fail = [&](const QString &what, QSqlError::ErrorType type, int code) {
        setLastError(QSqlError(what, failure, type, QString::number(code)));
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    };
    if (rc != SQLITE_OK) {
        failure = nativeMessage(m_db);
        return fail(QStringLiteral("Cannot open database"), QSqlError::ConnectionError, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeout);

    // The key must be the first thing the connection sees.
    if (!plain && !applyKey(password, rawKey, &failure))
        return fail(QStringLiteral("Cannot set key"), QSqlError::ConnectionError, rc);

    // Runtime proof that this process talks to SQLCipher and not to a plain sqlite3 that
    // happens to be loaded first.
    sqlite3_stmt *stmt = nullptr;
    m_cipherVersion.clear();
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        m_cipherVersion =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (m_cipherVersion.isEmpty()) {
        failure = QStringLiteral("PRAGMA cipher_version returned nothing");
        return fail(QStringLiteral("Not SQLCipher"), QSqlError::ConnectionError, 0);
    }

    if (!plain) {
        // Pinned settings: SQLCipher 3's cipher (AES-256-CBC, HMAC-SHA1, PBKDF2-SHA1) with a
        // stronger KDF and 4 KiB pages. 4.x needs compatibility mode 3 first, then the same
        // explicit values, so both versions read every file.
        if (!m_cipherVersion.startsWith(QLatin1String("3.")) &&
            !execSimple("PRAGMA cipher_compatibility = 3", &failure))
            return fail(QStringLiteral("Cannot pin cipher settings"), QSqlError::ConnectionError,
                        0);
        if (!execSimple(pinPragmas(false).constData(), &failure))
            return fail(QStringLiteral("Cannot pin cipher settings"), QSqlError::ConnectionError,
                        0);
    }
    // `ATTACH … KEY` (and an ATTACH that reuses the main key) builds its cipher context from
    // SQLCipher's process-wide defaults, not from this connection's pins: the defaults get the
    // same values so an attached file is read and created exactly like a main one.
    if (!pinDefaults(&failure))
        return fail(QStringLiteral("Cannot pin cipher settings"), QSqlError::ConnectionError, 0);

    // Reading the schema is the first access that needs the key: a wrong key or a file that
    // is not a database fails here, before anything could be written.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failure = nativeMessage(m_db);
        m_keyRejected = (rc & 0xff) == SQLITE_NOTADB;
        return fail(m_keyRejected ? QStringLiteral("Wrong key or not a database")
                                  : QStringLiteral("Cannot read database"),
                    QSqlError::ConnectionError, rc);
    }
    // Temporary tables and sort files stay in memory so no plaintext reaches a temp file.
    if (!execSimple("PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;", &failure))
        return fail(QStringLiteral("Cannot configure connection"), QSqlError::ConnectionError, 0);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    const auto results = m_results;
    for (SqlCipherResult *result : results)
        result->finalize();
    m_results.clear();
    clearStatements();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::registerResult(SqlCipherResult *result) const
{
    m_results.insert(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult *result) const
{
    m_results.remove(result);
}

namespace {
// Enough for every statement of a write path (record, change log, versions, audit, index) and
// the lists; statements past it are finalized as before.
constexpr int MaxKeptStatements = 256;
} // namespace

sqlite3_stmt *SqlCipherDriver::takeStatement(const QString &sql) const
{
    return m_db ? m_statements.take(sql) : nullptr;
}

void SqlCipherDriver::keepStatement(const QString &sql, sqlite3_stmt *statement) const
{
    if (!statement)
        return;
    if (!m_db || m_statements.size() >= MaxKeptStatements || m_statements.contains(sql)) {
        sqlite3_finalize(statement);
        return;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_statements.insert(sql, statement);
}

void SqlCipherDriver::clearStatements() const
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so two connections never deadlock upgrading
    // a read lock; the busy timeout makes the second one wait instead.
    QString error;
    if (!isOpen() || !execSimple("BEGIN IMMEDIATE", &error)) {
        setLastError(QSqlError(QStringLiteral("Cannot begin transaction"), error,
                               QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::commitTransaction()
{
    QString error;
    if (!isOpen() || !execSimple("COMMIT", &error)) {
        setLastError(QSqlError(QStringLiteral("Cannot commit transaction"), error,
                               QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::rollbackTransaction()
{
    QString error;
    if (!isOpen() || !execSimple("ROLLBACK", &error)) {
        setLastError(QSqlError(QStringLiteral("Cannot roll back transaction"), error,
                               QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::executeScript(const QString &sql, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = QStringLiteral("Database is not open");
        return false;
    }
    // A script changes the schema: statements prepared against the old one are not kept.
    clearStatements();
    return execSimple(sql.toUtf8().constData(), error);
}

bool SqlCipherDriver::rekey(const QString &password, bool rawKey, QString *error)
{
    if (!isOpen() || password.isEmpty()) {
        *error = QStringLiteral("Database is not open or the new key is empty");
        return false;
    }
    const QByteArray material = rawKey ? rawKeyMaterial(password) : password.toUtf8();
    if (sqlite3_rekey(m_db, material.constData(), material.size()) != SQLITE_OK) {
        *error = nativeMessage(m_db);
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE ") +
               kinds.join(QLatin1String(" OR ")) + QStringLiteral(" ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
    }
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_master");
    return names;
}

QList<SqlCipherDriver::ColumnInfo> SqlCipherDriver::tableInfo(const QString &tableName) const
{
    QList<ColumnInfo> columns;
    if (!isOpen() || tableName.isEmpty())
        return columns;
    // `schema.table` works when both parts are quoted ("main"."t", [aux].[t], main.[t]); an
    // unquoted a.b is first one table named "a.b", as with QSQLITE, then schema a, table b.
    QStringList attempts{escapeIdentifier(tableName, TableName)};
    const qsizetype dot = tableName.indexOf(QLatin1Char('.'));
    if (dot > 0 && !isIdentifierQuoted(tableName))
        attempts << escapeIdentifier(tableName.left(dot), TableName) + QLatin1Char('.') +
                        escapeIdentifier(tableName.mid(dot + 1), TableName);
    for (const QString &target : std::as_const(attempts)) {
        QString schema;
        QString table = target;
        const qsizetype separator = target.indexOf(QLatin1Char('.'));
        if (separator > -1) {
            const QStringView left = QStringView(target).left(separator);
            const QStringView right = QStringView(target).mid(separator + 1);
            if (isIdentifierQuoted(left) && isIdentifierQuoted(right)) {
                schema = left.toString() + QLatin1Char('.');
                table = right.toString();
            }
        }
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("PRAGMA ") + schema + QStringLiteral("table_info(") + table +
               QLatin1Char(')'));
        // table_info columns: cid, name, type, notnull, dflt_value, pk
        while (q.next()) {
            ColumnInfo column;
            column.name = q.value(1).toString();
            column.declared = q.value(2).toString();
            column.notNull = q.value(3).toInt() != 0;
            // The default as SQL text; a string literal loses its quotes, as with QSQLITE.
            column.defaultValue = q.value(4).toString();
            if (column.defaultValue.startsWith(QLatin1Char('\''))) {
                const qsizetype end = column.defaultValue.lastIndexOf(QLatin1Char('\''));
                if (end > 0)
                    column.defaultValue = column.defaultValue.mid(1, end - 1);
            }
            column.keyOrder = q.value(5).toInt();
            columns << column;
        }
        if (!columns.isEmpty())
            break;
    }
    return columns;
}

namespace {

// A table column without a declared type is a QString field, as with QSQLITE (a query's
// expression column has no type instead).
QMetaType tableColumnType(const QString &declared)
{
    const QMetaType type = SqlCipherDriver::metaTypeForDeclaration(declared);
    return type.isValid() ? type : QMetaType::fromType<QString>();
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    const QList<ColumnInfo> columns = tableInfo(tableName);
    int keyColumns = 0;
    int integerKey = -1;
    for (const ColumnInfo &column : columns) {
        QSqlField field(column.name, tableColumnType(column.declared), tableName);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(column.defaultValue);
        if (column.keyOrder > 0) {
            ++keyColumns;
            if (column.declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                integerKey = int(rec.count());
        }
        rec.append(field);
    }
    // Only a lone INTEGER PRIMARY KEY is the rowid that SQLite fills in; an INTEGER column of a
    // composite key is not.
    if (keyColumns == 1 && integerKey >= 0) {
        QSqlField field = rec.field(integerKey);
        field.setAutoValue(true);
        rec.replace(integerKey, field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    // Unnamed, as with QSQLITE; the columns in key order (QSQLITE: table order).
    QSqlIndex index;
    QList<ColumnInfo> keyColumns;
    for (const ColumnInfo &column : tableInfo(tableName)) {
        if (column.keyOrder > 0)
            keyColumns << column;
    }
    std::sort(keyColumns.begin(), keyColumns.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.keyOrder < b.keyOrder; });
    for (const ColumnInfo &column : std::as_const(keyColumns)) {
        QSqlField field(column.name, tableColumnType(column.declared), tableName);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(column.defaultValue);
        field.setAutoValue(keyColumns.size() == 1 &&
                           column.declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) ==
                               0);
        index.append(field);
    }
    return index;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    // QSQLITE's rules: "x", `x` and [x] are already quoted; in a.b a quoted part stays as it is
    // and the other is quoted; otherwise the whole name is one identifier.
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    auto quoted = [](QStringView part) {
        QString escaped = part.toString();
        escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    };
    const qsizetype dot = identifier.indexOf(QLatin1Char('.'));
    if (dot > -1) {
        const QStringView left = QStringView(identifier).left(dot);
        const QStringView right = QStringView(identifier).mid(dot + 1);
        const bool leftQuoted = isIdentifierQuoted(left);
        const bool rightQuoted = isIdentifierQuoted(right);
        if (leftQuoted || rightQuoted)
            return (leftQuoted ? left.toString() : quoted(left)) + QLatin1Char('.') +
                   (rightQuoted ? right.toString() : quoted(right));
    }
    return quoted(identifier);
}

bool SqlCipherDriver::isIdentifierEscaped(const QString &identifier, IdentifierType) const
{
    return isIdentifierQuoted(identifier);
}

QString SqlCipherDriver::stripDelimiters(const QString &identifier, IdentifierType type) const
{
    const qsizetype dot = identifier.indexOf(QLatin1Char('.'));
    if (dot > -1) {
        QStringView left = QStringView(identifier).left(dot);
        QStringView right = QStringView(identifier).mid(dot + 1);
        const bool leftQuoted = isIdentifierQuoted(left);
        const bool rightQuoted = isIdentifierQuoted(right);
        if (leftQuoted || rightQuoted) {
            if (leftQuoted)
                left = left.mid(1, left.size() - 2);
            if (rightQuoted)
                right = right.mid(1, right.size() - 2);
            return left.toString() + QLatin1Char('.') + right.toString();
        }
    }
    if (isIdentifierEscaped(identifier, type))
        return identifier.mid(1, identifier.size() - 2);
    return identifier;
}
