#include "app/sync/SyncTeam.h"

#include "app/people/PeopleKeys.h"
#include "app/utils/OutputFile.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlCipherDriver.h"
#include "db/SyncFileSystem.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString TeamIdKey = QStringLiteral("sync_team_id");
const QString TeamKeyKey = QStringLiteral("sync_team_key");
const QString ShareKey = QStringLiteral("sync_share");
QAtomicInt enrollmentConnections;

// The enrollment file: a tiny SQLCipher database keyed with the one-time code.
class EnrollmentFile
{
public:
    EnrollmentFile(const QString &path, const QString &code, bool create)
        : m_name(QStringLiteral("fielddesk-enroll-%1")
                     .arg(enrollmentConnections.fetchAndAddRelaxed(1) + 1))
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::DriverName), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(create ? QStringLiteral("FD_CREATE") : QStringLiteral("FD_READONLY"));
        db.setPassword(code);
        m_open = db.open();
    }
    ~EnrollmentFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QString normalizedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

bool readTeamJson(const QString &share, QJsonObject *out, Error *error)
{
    const QString path = QDir(share).filePath(QStringLiteral("fielddesk/team.json"));
    QByteArray data;
    QString detail;
    if (!SyncFileSystem::local()->read(path, &data, &detail))
        return Error::set(
            error, Error::Code::NotFound,
            SyncTeam::tr("There is no Field Desk team in %1 (no fielddesk/team.json). "
                         "Check the folder.")
                .arg(QDir::toNativeSeparators(share)));
    *out = QJsonDocument::fromJson(data).object();
    return true;
}

} // namespace

QString SyncTeam::teamId(const Database &db)
{
    return db.meta(TeamIdKey);
}

QString SyncTeam::share(const Database &db)
{
    return db.meta(ShareKey);
}

QString SyncTeam::newCode()
{
    // No 0/O/1/I: the code is read aloud and typed.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 24; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}

bool SyncTeam::create(Database &db, const QString &share, Error *error)
{
    if (!teamId(db).isEmpty())
        return Error::set(error, Error::Code::Exists,
                          tr("This database already belongs to team %1.").arg(teamId(db)));
    const QString root = QDir(share).filePath(QStringLiteral("fielddesk"));
    const QString teamJson = QDir(root).filePath(QStringLiteral("team.json"));
    if (QFileInfo::exists(teamJson))
        return Error::set(error, Error::Code::Exists,
                          tr("%1 already holds a team; join it with an enrollment file instead.")
                              .arg(QDir::toNativeSeparators(share)));
    SyncFileSystem *fs = SyncFileSystem::local();
    QString detail;
    for (const char *sub : {"devices", "blobs", "numbers", "snapshots"}) {
        if (!fs->makePath(QDir(root).filePath(QLatin1String(sub)), &detail))
            return Error::set(error, Error::Code::Failure,
                              tr("Cannot prepare the shared folder: %1").arg(detail));
    }
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString key = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("fielddesk-team")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("team"), id},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!fs->writeNew(teamJson, QJsonDocument(o).toJson(), &detail))
        return Error::set(
            error, Error::Code::Failure,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(teamJson), detail));
    AuditLog audit(db);
    return db.setMeta(TeamIdKey, id, error) && db.setMeta(TeamKeyKey, key, error) &&
           db.setMeta(ShareKey, QDir(share).absolutePath(), error) &&
           audit.append(QStringLiteral("team_create"), QString(), QString(), id, error);
}

bool SyncTeam::invite(Database &db, const QString &outFile, QString *code, Error *error)
{
    if (teamId(db).isEmpty())
        return Error::set(error, Error::Code::Usage,
                          tr("This database belongs to no team: create one first."));
    if (QFileInfo::exists(outFile))
        return Error::set(error, Error::Code::Exists,
                          tr("%1 already exists; choose a new file name for the enrollment.")
                              .arg(QDir::toNativeSeparators(outFile)));
    if (!OutputFile::check(outFile, db, OutputFile::Existing::Refuse, error))
        return false;
    {
        // Created empty and owner-only before the key goes in (SQLite keeps the mode).
        QFile empty(outFile);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::set(error, Error::Code::Failure,
                              tr("Cannot write the enrollment file %1: %2")
                                  .arg(QDir::toNativeSeparators(outFile), empty.errorString()));
        empty.close();
        if (!OutputFile::restrictToOwner(outFile, error)) {
            QFile::remove(outFile);
            return false;
        }
    }
    *code = newCode();
    bool ok = false;
    {
        EnrollmentFile file(outFile, normalizedCode(*code), true);
        QSqlQuery q(file.db());
        ok = file.isOpen() &&
             q.exec(QStringLiteral("CREATE TABLE enrollment (key TEXT PRIMARY KEY, value)"));
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("format"), QStringLiteral("fielddesk-enrollment/1")},
            {QStringLiteral("enrollment"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("team"), teamId(db)},
            {QStringLiteral("key"), db.meta(TeamKeyKey)},
            // The key id of the team's first administrator: the new desk trusts the people's
            // keys that chain to it (PeopleKeys).
            {QStringLiteral("trust_root"), PeopleKeys::trustRoot(db)}};
        q.prepare(QStringLiteral("INSERT INTO enrollment (key, value) VALUES (?, ?)"));
        for (const auto &row : rows) {
            q.addBindValue(row.first);
            q.addBindValue(row.second);
            ok = ok && q.exec();
        }
    }
    if (!ok) {
        QFile::remove(outFile);
        return Error::set(
            error, Error::Code::Failure,
            tr("Cannot write the enrollment file %1.").arg(QDir::toNativeSeparators(outFile)));
    }
    AuditLog audit(db);
    return audit.append(QStringLiteral("team_invite"), QString(), QString(), teamId(db), error);
}

bool SyncTeam::join(Database &db, const QString &share, const QString &enrollmentFile,
                    const QString &code, Error *error)
{
    if (!teamId(db).isEmpty())
        return Error::set(error, Error::Code::Exists,
                          tr("This database already belongs to team %1.").arg(teamId(db)));
    QJsonObject team;
    if (!readTeamJson(share, &team, error))
        return false;
    QHash<QString, QString> values;
    {
        EnrollmentFile file(enrollmentFile, normalizedCode(code), false);
        QSqlQuery q(file.db());
        if (file.isOpen() && q.exec(QStringLiteral("SELECT key, value FROM enrollment"))) {
            while (q.next())
                values.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    if (values.value(QStringLiteral("format")) != QLatin1String("fielddesk-enrollment/1"))
        return Error::set(error, Error::Code::WrongPassphrase,
                          tr("The code does not open the enrollment file %1 (or it is no "
                             "enrollment file). Check the code.")
                              .arg(QDir::toNativeSeparators(enrollmentFile)),
                          QString(), QStringLiteral("code"));
    if (values.value(QStringLiteral("team")) != team.value(QStringLiteral("team")).toString())
        return Error::set(error, Error::Code::Validation,
                          tr("The enrollment is for another team than the one in %1.")
                              .arg(QDir::toNativeSeparators(share)));
    // One use only: the marker is created exclusively on the share.
    const QString usedDir = QDir(share).filePath(QStringLiteral("fielddesk/enrollments"));
    QString detail;
    SyncFileSystem *fs = SyncFileSystem::local();
    if (!fs->makePath(usedDir, &detail) ||
        !fs->writeNew(QDir(usedDir).filePath(values.value(QStringLiteral("enrollment"))),
                      db.deviceId().toUtf8(), &detail))
        return Error::set(error, Error::Code::Validation,
                          tr("This enrollment file was used already. Ask for a new invitation."));
    AuditLog audit(db);
    return db.setMeta(TeamIdKey, values.value(QStringLiteral("team")), error) &&
           db.setMeta(TeamKeyKey, values.value(QStringLiteral("key")), error) &&
           db.setMeta(ShareKey, QDir(share).absolutePath(), error) &&
           (values.value(QStringLiteral("trust_root")).isEmpty() ||
            !PeopleKeys::trustRoot(db).isEmpty() ||
            db.setMeta(QStringLiteral("trust_root"), values.value(QStringLiteral("trust_root")),
                       error)) &&
           audit.append(QStringLiteral("team_join"), QString(), QString(),
                        values.value(QStringLiteral("team")), error);
}

bool SyncTeam::moveShare(Database &db, const QString &share, Error *error)
{
    QJsonObject team;
    if (!readTeamJson(share, &team, error))
        return false;
    if (team.value(QStringLiteral("team")).toString() != teamId(db))
        return Error::set(error, Error::Code::Validation,
                          tr("%1 holds another team.").arg(QDir::toNativeSeparators(share)));
    return db.setMeta(ShareKey, QDir(share).absolutePath(), error);
}

QString SyncTeam::recoverySheetText(const Database &db)
{
    const QString key = db.meta(TeamKeyKey).toUpper();
    QStringList groups;
    for (int i = 0; i < key.size(); i += 4)
        groups << key.mid(i, 4);
    QStringList lines;
    lines << tr("Lithera Field Desk — team recovery sheet") << QString()
          << tr("Team: %1").arg(teamId(db))
          << tr("Shared folder: %1").arg(QDir::toNativeSeparators(share(db))) << QString()
          << tr("Recovery key:");
    for (int i = 0; i < groups.size(); i += 8)
        lines << groups.mid(i, 8).join(QLatin1Char(' '));
    const QString root = PeopleKeys::trustRoot(db);
    if (!root.isEmpty())
        lines << QString() << tr("Trust root (the first administrator's key id):")
              << PersonalKeys::groupedKeyId(root);
    lines << QString()
          << tr("Keep this sheet in the company safe. With the recovery key an administrator "
                "can read every bundle on the shared folder and rebuild the records when every "
                "passphrase is lost. Anyone holding it can read the team's records.");
    return lines.join(QLatin1Char('\n'));
}
