#include "db/Database.h"

#include "db/BusyDatabase.h"
#include "db/SchemaMigrator.h"
#include "db/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace {

QAtomicInt connectionCounter;

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

Database::Database()
    : m_connectionName(
          QStringLiteral("fielddesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1) + 1)),
      m_actor(defaultActor())
{
    SqlCipherDriver::registerDriver();
}

Database::~Database()
{
    close();
}

bool Database::validatePassphrase(const QString &passphrase, Error *error)
{
    if (passphrase.size() < MinimumPassphraseLength)
        return Error::set(
            error, Error::Code::Validation,
            tr("The passphrase must have at least %1 characters.").arg(MinimumPassphraseLength),
            QString(), QStringLiteral("passphrase"));
    return true;
}

bool Database::failOpen(Error *error, Error::Code code, const QString &message)
{
    close();
    return Error::set(error, code, message);
}

bool Database::openConnection(const QString &path, const QString &key, KeyKind kind, bool create,
                              Error *error)
{
    close();
    bool opened = false;
    bool rejected = false;
    QString detail;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            QString::fromLatin1(SqlCipherDriver::DriverName), m_connectionName);
        db.setDatabaseName(path);
        QStringList options;
        if (create)
            options << QStringLiteral("FD_CREATE");
        if (kind == KeyKind::RawKey)
            options << QStringLiteral("FD_RAW_KEY");
        if (kind == KeyKind::None)
            options << QStringLiteral("FD_PLAIN");
        db.setConnectOptions(options.join(QLatin1Char(';')));
        db.setPassword(kind == KeyKind::None ? QString() : key);
        opened = db.open();
        if (!opened) {
            rejected = static_cast<SqlCipherDriver *>(db.driver())->keyRejected();
            detail = db.lastError().driverText();
        }
    } // the local handle must be gone before close() removes the connection
    m_path = path;
    m_key = key;
    m_kind = kind;
    if (!opened) {
        if (rejected)
            return failOpen(error, Error::Code::WrongPassphrase,
                            tr("The passphrase is wrong, or %1 is not a Field Desk database.")
                                .arg(QDir::toNativeSeparators(path)));
        return failOpen(error, Error::Code::Failure,
                        tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), detail));
    }
    return true;
}

bool Database::create(const QString &path, const QString &key, Error *error, KeyKind kind)
{
    if (kind == KeyKind::Passphrase && !validatePassphrase(key, error))
        return false;
    // Exclusive creation of an empty file: SQLite turns it into a new database, and a file
    // that appeared in the meantime is never overwritten.
    QFile file(path);
    if (QFileInfo::exists(path) || !file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return Error::set(error,
                          QFileInfo::exists(path) ? Error::Code::Exists : Error::Code::Failure,
                          QFileInfo::exists(path)
                              ? tr("%1 already exists; Field Desk never overwrites a database. "
                                   "Choose another file name.")
                                    .arg(QDir::toNativeSeparators(path))
                              : tr("Cannot create %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.close();
    const bool ok = openConnection(path, key, kind, true, error) && checkIdentity(true, error) &&
                    SchemaMigrator::migrate(*this, -1, error) && loadRuntimeState(error);
    if (!ok) {
        close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return ok;
}

bool Database::open(const QString &path, const QString &key, Error *error, KeyKind kind,
                    int migrateTo)
{
    if (!QFileInfo::exists(path))
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
    if (!openConnection(path, key, kind, false, error) || !checkIdentity(false, error))
        return false;
    if (!SchemaMigrator::migrate(*this, migrateTo, error)) {
        const Error::Code code = error ? error->code : Error::Code::Failure;
        return failOpen(error, code, error ? error->message : QString());
    }
    return loadRuntimeState(error);
}

bool Database::openSibling(const Database &other, Error *error)
{
    // Not other.isOpen(): from a worker thread Qt refuses to hand out the other thread's
    // connection. Whether the connection exists is thread-safe to ask, and a closed Database
    // has its key wiped.
    if (other.m_path.isEmpty() || !QSqlDatabase::contains(other.m_connectionName) ||
        (other.m_kind != KeyKind::None && other.m_key.isEmpty()))
        return Error::set(error, Error::Code::Failure, tr("The database is not open."));
    setActor(other.actor());
    return open(other.m_path, other.m_key, error, other.m_kind);
}

bool Database::checkIdentity(bool freshFile, Error *error)
{
    QSqlQuery q(sql());
    q.exec(QStringLiteral("PRAGMA application_id"));
    const qint32 appId = q.next() ? q.value(0).toInt() : 0;
    const int version = schemaVersion();
    if (freshFile) {
        // The application id marks the file as ours before any table exists.
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return failOpen(error, Error::Code::Failure, q.lastError().text());
        return true;
    }
    // Our application id with schema 0 is a create that stopped before its first migration.
    if (appId != ApplicationId || (version == 0 && hasUserTables()))
        return failOpen(error, Error::Code::NotFieldDesk,
                        tr("%1 is a database, but not a Field Desk database.")
                            .arg(QDir::toNativeSeparators(m_path)));
    return true;
}

bool Database::hasUserTables() const
{
    QSqlQuery q(sql());
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1")) &&
           q.next();
}

bool Database::loadRuntimeState(Error *error)
{
    QSqlQuery q(sql());
    // WAL lets the sync worker read while the GUI writes; NORMAL keeps every committed
    // transaction through a process crash (only power loss can lose the newest ones).
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Each page read is decrypted and checked (HMAC) before use, so the page cache saves far
    // more here than on plain SQLite. SQLite's 2 MiB default is smaller than what the start
    // page reads in one go (tasks, briefings, call-backs and their indexes), and every
    // statement decrypted the same pages again; 16 MiB holds them. It is an upper bound,
    // filled only by pages actually read.
    q.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    m_deviceId = meta(QStringLiteral("device_id"));
    if (m_deviceId.isEmpty()) {
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!setMeta(QStringLiteral("device_id"), m_deviceId, error) ||
            !setMeta(QStringLiteral("created_at"),
                     QDateTime::currentDateTime()
                         .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                         .toString(Qt::ISODate),
                     error))
            return failOpen(error, Error::Code::Failure, error ? error->message : QString());
    }
    m_clock.observe(meta(QStringLiteral("hlc_last")).toLongLong());
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_key.fill(QLatin1Char('\0'));
    m_key.clear();
    m_deviceId.clear();
    m_transactionDepth = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && sql().isOpen();
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlCipherDriver *Database::driver() const
{
    return static_cast<SqlCipherDriver *>(sql().driver());
}

QString Database::cipherVersion() const
{
    return isOpen() ? driver()->cipherVersion() : QString();
}

int Database::schemaVersion() const
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString Database::meta(const QString &key) const
{
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

bool Database::setMeta(const QString &key, const QString &value, Error *error)
{
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error::set(
            error, Error::Code::Failure,
            BusyDatabase::describe(
                q.lastError(), tr("Cannot store setting %1: %2").arg(key, q.lastError().text())));
    return true;
}

bool Database::rekey(const QString &newPassphrase, Error *error)
{
    if (!validatePassphrase(newPassphrase, error))
        return false;
    if (m_kind != KeyKind::Passphrase)
        return Error::set(error, Error::Code::Usage,
                          tr("Only a passphrase-protected database can change its passphrase."));
    QString detail;
    // SQLCipher re-encrypts page by page; the WAL is folded in first so no page is missed.
    QSqlQuery q(sql());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // Leaving WAL needs the only connection to the file. When another program (an open
    // desktop, a sync) has it open the switch fails, and re-encrypting under it would leave
    // that program reading pages with the old key: refuse instead.
    const bool leftWal =
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
        q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    q.finish();
    if (!leftWal) {
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        return Error::set(error, Error::Code::Failure,
                          tr("%1 is open in another program (the desktop, a sync or a second "
                             "command). Close it there, then change the passphrase again; "
                             "nothing was changed.")
                              .arg(QDir::toNativeSeparators(m_path)));
    }
    const bool ok = driver()->rekey(newPassphrase, false, &detail);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!ok)
        return Error::set(error, Error::Code::Failure,
                          tr("Changing the passphrase failed: %1").arg(detail));
    m_key = newPassphrase;
    sql().setPassword(newPassphrase);
    return true;
}

bool Database::backupTo(const QString &target, Error *error) const
{
    return backupTo(target, m_key, m_kind, error);
}

bool Database::backupTo(const QString &target, const QString &key, KeyKind kind, Error *error) const
{
    if (!isOpen())
        return Error::set(error, Error::Code::Failure, tr("The database is not open."));
    if (QFileInfo::exists(target))
        return Error::set(error, Error::Code::Exists,
                          tr("%1 already exists; a backup never overwrites a file. Choose a new "
                             "file name.")
                              .arg(QDir::toNativeSeparators(target)));
    // The copy gets the pinned cipher settings with the key asked for (by default the
    // original's, so it opens with the same passphrase).
    SqlCipherDriver destination;
    QStringList options{QStringLiteral("FD_CREATE")};
    if (kind == KeyKind::RawKey)
        options << QStringLiteral("FD_RAW_KEY");
    if (kind == KeyKind::None)
        options << QStringLiteral("FD_PLAIN");
    if (!destination.open(target, QString(), key, QString(), 0, options.join(QLatin1Char(';'))))
        return Error::set(
            error, Error::Code::Failure,
            tr("Cannot create the backup file %1: %2")
                .arg(QDir::toNativeSeparators(target), destination.lastError().driverText()));
    sqlite3_backup *backup =
        sqlite3_backup_init(destination.connection(), "main", driver()->connection(), "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        // All pages in one step: the copy is one consistent snapshot of the source.
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(destination.connection()));
    destination.close();
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        return Error::set(
            error, Error::Code::Failure,
            tr("The backup to %1 failed: %2").arg(QDir::toNativeSeparators(target), detail));
    }
    return true;
}

bool Database::checkIntegrity(QStringList *problems) const
{
    QStringList found;
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        found << q.lastError().text();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                found << line;
        }
    }
    // SQLCipher 4 can also check every page's HMAC; 3.4 has no such pragma.
    if (!cipherVersion().startsWith(QLatin1String("3.")) &&
        q.exec(QStringLiteral("PRAGMA cipher_integrity_check"))) {
        while (q.next())
            found << q.value(0).toString();
    }
    if (problems)
        *problems = found;
    return found.isEmpty();
}

void Database::moveToThread(QThread *thread)
{
    if (QSqlDatabase::contains(m_connectionName))
        sql().driver()->moveToThread(thread);
}
