#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDriver>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;
class SqlCipherResult;

// The "QSQLCIPHER" Qt SQL driver: Qt's public QSqlDriver API over the SQLCipher library, so
// QSqlQuery, QSqlTableModel and friends work on encrypted files. No distribution ships such a
// driver, and Qt's own SQLite plugin must never be loaded next to it (two SQLite copies in one
// process clash), so the project carries this one.
//
// The key material travels as the QSqlDatabase password; the connect options choose its form:
//   FD_CREATE        create the file if it does not exist (otherwise opening a missing file fails)
//   FD_READONLY      open read-only
//   FD_RAW_KEY       the password is 64 hex digits: a raw 256-bit key (no KDF; sync bundles)
//   FD_PLAIN         no key at all: a plain SQLite file (only the benchmark's baseline uses it)
//   FD_BUSY_TIMEOUT=ms
// Every keyed database gets the same pinned cipher settings, readable by SQLCipher 3.4 and 4.x.
//
// Prepared statements are kept per connection and handed out again for the same SQL text: a
// QSqlQuery that prepares a statement it (or another one) ran before skips SQLite's parser and
// planner, which on a bulk write (an import: several statements per field of 100,000 records)
// costs more than the writing itself. Callers keep the plain QSqlQuery idiom.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *DriverName = "QSQLCIPHER";
    // PBKDF2 iterations for passphrase keys; raised from SQLCipher 3's 64000 default.
    static constexpr int KdfIterations = 256000;
    // 4 KiB pages, pinned: SQLCipher decrypts page by page with a fixed cost per page, and
    // both 3.4 and 4.x read 4096 when it is set explicitly (1 KiB doubled open and scan times).
    static constexpr int CipherPageSize = 4096;

    // Makes "QSQLCIPHER" known to QSqlDatabase::addDatabase(). Safe to call more than once.
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password,
              const QString &host, int port, const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QVariant handle() const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    bool isIdentifierEscaped(const QString &identifier, IdentifierType type) const override;
    QString stripDelimiters(const QString &identifier, IdentifierType type) const override;

    // The native connection, for the backup API and scripts; null when closed.
    sqlite3 *connection() const { return m_db; }
    // What `PRAGMA cipher_version` answered when the connection was opened.
    QString cipherVersion() const { return m_cipherVersion; }
    // True when the last open() failed because the key does not decrypt the file.
    bool keyRejected() const { return m_keyRejected; }
    // Runs several statements at once (migration scripts). Fills *error on failure.
    bool executeScript(const QString &sql, QString *error);
    // Changes the key of the open database (PRAGMA rekey through sqlite3_rekey).
    bool rekey(const QString &password, bool rawKey, QString *error);

    // Qt type of a column from its declared SQL type, by QSQLITE's rules (INTEGER and INT are
    // int, NUMERIC… REAL DOUBLE FLOAT double, BLOB, BOOL(EAN), anything else QString); invalid
    // for an empty declaration.
    static QMetaType metaTypeForDeclaration(const QString &declared);
    // "x", `x` or [x].
    static bool isIdentifierQuoted(QStringView identifier);
    // Same hex form as FD_RAW_KEY expects.
    static QByteArray rawKeyMaterial(const QString &hexKey);

private:
    friend class SqlCipherResult;
    // One row of PRAGMA table_info.
    struct ColumnInfo
    {
        QString name;
        QString declared;
        QString defaultValue; // SQL text, string literals unquoted; null without a default
        bool notNull = false;
        int keyOrder = 0; // position in the primary key from 1, 0 when not part of it
    };
    QList<ColumnInfo> tableInfo(const QString &tableName) const;
    // The pinned cipher settings as PRAGMAs for this connection's main database, or (defaults)
    // for SQLCipher's process-wide defaults that ATTACH uses.
    static QByteArray pinPragmas(bool defaults);
    bool pinDefaults(QString *error);
    bool execSimple(const char *sql, QString *error);
    bool applyKey(const QString &password, bool rawKey, QString *error);
    void registerResult(SqlCipherResult *result) const;
    void unregisterResult(SqlCipherResult *result) const;
    // The kept statement for sql (reset, no bindings) or null; the caller owns it until it
    // gives it back with keepStatement(), which finalizes it when the cache is full.
    sqlite3_stmt *takeStatement(const QString &sql) const;
    void keepStatement(const QString &sql, sqlite3_stmt *statement) const;
    void clearStatements() const;

    sqlite3 *m_db = nullptr;
    QString m_cipherVersion;
    bool m_keyRejected = false;
    mutable QSet<SqlCipherResult *> m_results;
    mutable QHash<QString, sqlite3_stmt *> m_statements;
};
