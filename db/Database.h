#pragma once

#include "db/Error.h"
#include "db/HybridClock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QThread;
class SqlCipherDriver;

// One open Field Desk database: an encrypted SQLCipher file with its schema migrated to the
// version this build knows. Creating refuses to overwrite; opening tells a wrong passphrase
// apart from other failures and never writes to a file it could not unlock. Everything that
// reads or writes records goes through the QSqlDatabase connection this object owns.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class KeyKind {
        Passphrase, // a person's passphrase; PBKDF2 with the pinned iteration count
        RawKey,     // 64 hex digits used as the key itself (sync bundles, benchmarks)
        None,       // plain SQLite through the same code: only the benchmark baseline
    };
    // PRAGMA application_id of every Field Desk database ("FDSK").
    static constexpr qint32 ApplicationId = 0x4644534b;
    static constexpr int MinimumPassphraseLength = 8;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates a new database file at path (never over an existing file) and opens it.
    bool create(const QString &path, const QString &key, Error *error,
                KeyKind kind = KeyKind::Passphrase);
    // Opens an existing database, migrating an older schema and refusing a newer one.
    // migrateTo < 0 means "the latest version"; tests use lower values to build old files.
    bool open(const QString &path, const QString &key, Error *error,
              KeyKind kind = KeyKind::Passphrase, int migrateTo = -1);
    // Opens a second connection to the file `other` has open, with the same key: for a worker
    // thread (list loading, sync) that must not share the GUI thread's connection. Call it in
    // the thread that will use the connection; the KDF runs again there, off the GUI thread.
    bool openSibling(const Database &other, Error *error);
    void close();
    bool isOpen() const;

    QSqlDatabase sql() const;
    SqlCipherDriver *driver() const;
    QString path() const { return m_path; }
    KeyKind keyKind() const { return m_kind; }
    QString cipherVersion() const;
    int schemaVersion() const;
    QString deviceId() const { return m_deviceId; }
    // Who is doing the work, for the audit log: the signed-in person or the OS account.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    HybridClock &clock() { return m_clock; }

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, Error *error);

    // Changes the passphrase in place.
    bool rekey(const QString &newPassphrase, Error *error);
    // A consistent encrypted copy through the SQLite backup API (same key, same settings).
    bool backupTo(const QString &target, Error *error) const;
    // The same copy keyed differently (sync snapshots: the raw team key).
    bool backupTo(const QString &target, const QString &key, KeyKind kind, Error *error) const;
    // PRAGMA integrity_check (and cipher_integrity_check where SQLCipher has it).
    bool checkIntegrity(QStringList *problems) const;

    // Hands the connection to another thread: the desktop unlocks (slow KDF) in a worker and
    // then gives the open database to the GUI thread.
    void moveToThread(QThread *thread);

    // Nesting depth of Transaction guards on this connection.
    int &transactionDepth() { return m_transactionDepth; }

    static bool validatePassphrase(const QString &passphrase, Error *error);

private:
    bool openConnection(const QString &path, const QString &key, KeyKind kind, bool create,
                        Error *error);
    bool checkIdentity(bool freshFile, Error *error);
    bool loadRuntimeState(Error *error);
    bool hasUserTables() const;
    bool failOpen(Error *error, Error::Code code, const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_deviceId;
    QString m_actor;
    QString m_key;
    KeyKind m_kind = KeyKind::Passphrase;
    HybridClock m_clock;
    int m_transactionDepth = 0;
};
