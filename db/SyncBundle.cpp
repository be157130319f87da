#include "db/SyncBundle.h"

#include "db/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QAtomicInt bundleConnections;

// One QSqlDatabase connection to a bundle file that is removed with this object.
class BundleConnection
{
public:
    BundleConnection(const QString &path, const QString &keyHex, bool create)
        : m_name(QStringLiteral("fielddesk-bundle-%1")
                     .arg(bundleConnections.fetchAndAddRelaxed(1) + 1))
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::DriverName), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(create ? QStringLiteral("FD_CREATE;FD_RAW_KEY")
                                    : QStringLiteral("FD_READONLY;FD_RAW_KEY"));
        db.setPassword(keyHex);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~BundleConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

void removeTemp(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString SyncBundle::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString SyncBundle::fileName(qint64 sequence)
{
    return QStringLiteral("%1.fdb").arg(sequence, 9, 10, QLatin1Char('0'));
}

qint64 SyncBundle::sequenceOf(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{9})\\.fdb$"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool SyncBundle::build(const QString &tempPath, const QString &keyHex, const SyncBundleMeta &meta,
                       const QList<SyncChange> &changes, QByteArray *bytes, QString *error)
{
    removeTemp(tempPath);
    bool ok = false;
    {
        BundleConnection c(tempPath, keyHex, true);
        if (!c.isOpen())
            return failWith(error, tr("Cannot create a bundle: %1").arg(c.error()));
        QSqlDatabase db = c.db();
        QSqlQuery q(db);
        // One transaction, no journal: the file is private until it is complete.
        q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        q.exec(QStringLiteral("PRAGMA synchronous = OFF")); // a temporary file, read back whole
        ok = q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)")) &&
             q.exec(QStringLiteral(
                 "CREATE TABLE changes (n INTEGER PRIMARY KEY, record_table TEXT NOT NULL, "
                 "record_id TEXT NOT NULL, field TEXT NOT NULL, value, base_hlc INTEGER NOT "
                 "NULL, base_device TEXT NOT NULL, hlc INTEGER NOT NULL, device TEXT NOT NULL)")) &&
             db.transaction();
        if (ok) {
            const QList<QPair<QString, QVariant>> rows = {
                {QStringLiteral("format"), meta.format},
                {QStringLiteral("team"), meta.teamId},
                {QStringLiteral("device"), meta.device},
                {QStringLiteral("sequence"), meta.sequence},
                {QStringLiteral("hlc_min"), meta.hlcMin},
                {QStringLiteral("hlc_max"), meta.hlcMax},
                {QStringLiteral("previous_sha256"), meta.previousSha256},
                {QStringLiteral("changes"), qint64(changes.size())},
            };
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            for (const auto &row : rows) {
                q.addBindValue(row.first);
                q.addBindValue(row.second);
                ok = ok && q.exec();
            }
            q.prepare(QStringLiteral("INSERT INTO changes (record_table, record_id, field, value, "
                                     "base_hlc, base_device, hlc, device) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const SyncChange &ch : changes) {
                if (!ok)
                    break;
                q.addBindValue(ch.table);
                q.addBindValue(ch.rowId);
                q.addBindValue(ch.field);
                q.addBindValue(ch.value);
                q.addBindValue(ch.baseHlc);
                // NOT NULL: "no base" is '' (a null QString binds as NULL).
                q.addBindValue(ch.baseDevice.isNull() ? QStringLiteral("") : ch.baseDevice);
                q.addBindValue(ch.hlc);
                // A blob's content change names no device: '' like "no base" above.
                q.addBindValue(ch.device.isNull() ? QStringLiteral("") : ch.device);
                ok = q.exec();
            }
            const QString detail = q.lastError().text();
            ok = ok && db.commit();
            if (!ok && error)
                *error = tr("Cannot write a bundle: %1").arg(detail);
        } else if (error) {
            *error = tr("Cannot write a bundle: %1").arg(q.lastError().text());
        }
    }
    if (ok) {
        QFile f(tempPath);
        ok = f.open(QIODevice::ReadOnly);
        if (ok)
            *bytes = f.readAll();
        else if (error)
            *error = f.errorString();
    }
    removeTemp(tempPath);
    return ok;
}

bool SyncBundle::parse(const QString &tempPath, const QString &keyHex, const QByteArray &bytes,
                       SyncBundleMeta *meta, QList<SyncChange> *changes, QString *error)
{
    removeTemp(tempPath);
    {
        QFile f(tempPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size())
            return failWith(error, tr("Cannot copy the bundle to %1: %2")
                                       .arg(QDir::toNativeSeparators(tempPath), f.errorString()));
    }
    bool ok = false;
    QString problem;
    {
        BundleConnection c(tempPath, keyHex, false);
        if (!c.isOpen()) {
            problem = tr("it cannot be decrypted with the team key (damaged, or from another "
                         "team)");
        } else {
            QSqlQuery q(c.db());
            QHash<QString, QVariant> values;
            // quick_check reads every page: a truncated or altered file fails here as a whole
            // (each page also carries its own HMAC under the team key).
            const bool pagesOk = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() &&
                                 q.value(0).toString() == QLatin1String("ok");
            if (pagesOk && q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
                while (q.next())
                    values.insert(q.value(0).toString(), q.value(1));
            }
            if (values.isEmpty()) {
                problem = tr("it cannot be read with the team key (damaged, truncated or from "
                             "another team)");
            } else {
                meta->format = values.value(QStringLiteral("format")).toInt();
                meta->teamId = values.value(QStringLiteral("team")).toString();
                meta->device = values.value(QStringLiteral("device")).toString();
                meta->sequence = values.value(QStringLiteral("sequence")).toLongLong();
                meta->hlcMin = values.value(QStringLiteral("hlc_min")).toLongLong();
                meta->hlcMax = values.value(QStringLiteral("hlc_max")).toLongLong();
                meta->previousSha256 = values.value(QStringLiteral("previous_sha256")).toString();
                meta->changeCount = values.value(QStringLiteral("changes")).toLongLong();
                changes->clear();
                ok = q.exec(QStringLiteral("SELECT record_table, record_id, field, value, "
                                           "base_hlc, base_device, hlc, device FROM changes "
                                           "ORDER BY n"));
                while (ok && q.next()) {
                    SyncChange ch;
                    ch.table = q.value(0).toString();
                    ch.rowId = q.value(1).toString();
                    ch.field = q.value(2).toString();
                    ch.value = q.value(3);
                    ch.baseHlc = q.value(4).toLongLong();
                    ch.baseDevice = q.value(5).toString();
                    ch.hlc = q.value(6).toLongLong();
                    ch.device = q.value(7).toString();
                    changes->append(ch);
                }
                if (!ok || q.lastError().isValid()) {
                    ok = false;
                    problem = tr("its changes cannot be read (%1)").arg(q.lastError().text());
                } else if (meta->format != Format) {
                    ok = false;
                    problem = tr("it has format %1; this Field Desk reads format %2 (update "
                                 "Field Desk)")
                                  .arg(meta->format)
                                  .arg(Format);
                } else if (changes->size() != meta->changeCount) {
                    ok = false;
                    problem = tr("it announces %1 changes but holds %2")
                                  .arg(meta->changeCount)
                                  .arg(changes->size());
                }
            }
        }
    }
    removeTemp(tempPath);
    if (!ok)
        return failWith(error, problem);
    return true;
}
