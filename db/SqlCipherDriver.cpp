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
    // SQLite's own affinity rules (datatype3.html §3.1), in their order.
    const QString t = declared.toUpper();
    if (t.isEmpty())
        return QMetaType();
    if (t.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    if (t.contains(QLatin1String("BOOL")))
        return QMetaType::fromType<bool>();
    return QMetaType::fromType<QString>();
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
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case SimpleLocking:
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
        const QByteArray pins =
            QByteArrayLiteral("PRAGMA kdf_iter = ") + QByteArray::number(KdfIterations) +
            QByteArrayLiteral("; PRAGMA cipher_page_size = ") + QByteArray::number(CipherPageSize) +
            QByteArrayLiteral("; PRAGMA cipher_use_hmac = ON;");
        if (!execSimple(pins.constData(), &failure))
            return fail(QStringLiteral("Cannot pin cipher settings"), QSqlError::ConnectionError,
                        0);
    }

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

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
           QLatin1Char(')'));
    // table_info columns: cid, name, type, notnull, dflt_value, pk
    int keyColumns = 0;
    int integerKey = -1;
    while (q.next()) {
        const QString declared = q.value(2).toString();
        QSqlField field(q.value(1).toString(), SqlCipherDriver::metaTypeForDeclaration(declared),
                        tableName);
        field.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        if (!q.isNull(4))
            field.setDefaultValue(q.value(4));
        if (q.value(5).toInt() > 0) {
            ++keyColumns;
            if (declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
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
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
           QLatin1Char(')'));
    QList<QPair<int, QSqlField>> keyFields;
    while (q.next()) {
        const int pkOrder = q.value(5).toInt();
        if (pkOrder > 0)
            keyFields.append(
                {pkOrder, QSqlField(q.value(1).toString(),
                                    SqlCipherDriver::metaTypeForDeclaration(q.value(2).toString()),
                                    tableName)});
    }
    std::sort(keyFields.begin(), keyFields.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : keyFields)
        index.append(entry.second);
    if (!keyFields.isEmpty())
        index.setName(tableName);
    return index;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(QLatin1Char('"')) &&
        identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
