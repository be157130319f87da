// fielddesk-cli people … and team keys: enrolling and confirming personal keys, and the
// team's public-key file (dispatched from CliApp::run).
#include "app/cli/CliApp.h"

#include "app/people/PeopleKeys.h"
#include "db/AuditLog.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {
const char *PinEnv = "FIELDDESK_PIN";
const char *NewPinEnv = "FIELDDESK_NEW_PIN";
} // namespace

bool CliApp::pin(QString *out, Error *error)
{
    if (!passphrase(QStringLiteral("pin-file"), PinEnv, out, nullptr))
        return Error::set(
            error, Error::Code::Usage,
            tr("No PIN: set %1 or use --pin-file FILE.").arg(QString::fromLatin1(PinEnv)));
    return true;
}

bool CliApp::actingPerson(Database &db, PeopleKeys::Unlocked *out, Error *error)
{
    const QString as = m_parser->value(QStringLiteral("as"));
    if (as.isEmpty())
        return Error::set(error, Error::Code::Usage,
                          tr("%1 needs --as PERSON: the person acting, with their PIN in %2 or "
                             "--pin-file.")
                              .arg(m_command, QString::fromLatin1(PinEnv)));
    QString code;
    if (!pin(&code, error))
        return false;
    PeopleKeys keys(db);
    const QString personId = keys.resolvePerson(as);
    if (personId.isEmpty())
        return Error::set(error, Error::Code::Usage,
                          tr("There is no single person \"%1\" in the people registry: give the "
                             "name or the id.")
                              .arg(as));
    if (!keys.unlock(personId, code, out, error)) {
        AuditLog(db).append(QStringLiteral("pin_refused"), QStringLiteral("people"), personId,
                            QString(), nullptr);
        return false;
    }
    db.setActor(keys.personName(personId));
    return true;
}

int CliApp::cmdPeople()
{
    const QString sub = m_positional.value(0);
    if (sub != QLatin1String("enrol") && sub != QLatin1String("confirm") &&
        sub != QLatin1String("list") && sub != QLatin1String("pin"))
        return usage(tr("people needs one of: enrol, confirm, list, pin."));
    Database db;
    Error error;
    if (!openDatabase(db, &error))
        return fail(error);
    PeopleKeys keys(db);
    if (sub == QLatin1String("list")) {
        QJsonArray rows;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id, name FROM people WHERE deleted = 0 ORDER BY name"));
        while (q.next()) {
            const QString id = q.value(0).toString();
            PeopleKeys::Enrolment e;
            const bool confirmed = keys.currentKey(id, &e, nullptr);
            const PeopleKeys::Status status =
                confirmed ? PeopleKeys::Status::Confirmed : keys.status(id);
            const QString state =
                status == PeopleKeys::Status::Confirmed ? QStringLiteral("confirmed")
                : status == PeopleKeys::Status::Pending ? QStringLiteral("pending")
                                                        : QStringLiteral("none");
            rows.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), q.value(1).toString()},
                                    {QStringLiteral("key"), state},
                                    {QStringLiteral("key_id"), confirmed ? e.keyId : QString()}});
            if (!m_parser->isSet(QStringLiteral("json")))
                m_out << q.value(1).toString() << '\t' << state << '\t'
                      << (confirmed ? PersonalKeys::groupedKeyId(e.keyId) : QString()) << Qt::endl;
        }
        if (m_parser->isSet(QStringLiteral("json")))
            m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (sub == QLatin1String("enrol")) {
        const QString as = m_parser->value(QStringLiteral("as"));
        if (as.isEmpty())
            return usage(tr("people enrol needs --as PERSON: the person enrolling, with their "
                            "new PIN in %1 or --pin-file.")
                             .arg(QString::fromLatin1(PinEnv)));
        QString code;
        if (!pin(&code, &error))
            return fail(error);
        const QString personId = keys.resolvePerson(as);
        if (personId.isEmpty())
            return usage(tr("There is no single person \"%1\" in the people registry: give the "
                            "name or the id.")
                             .arg(as));
        PersonalKeys::KeyPair pair;
        if (!PersonalKeys::checkPin(code, &error) || !PersonalKeys::generate(&pair, &error))
            return fail(error);
        const auto wrap = PeopleKeys::WrappingKey::derive(
            code, PersonalKeys::randomBytes(PersonalKeys::SaltSize));
        QString keyId;
        bool root = false;
        db.setActor(keys.personName(personId));
        if (!keys.enrol(personId, pair, wrap, &keyId, &root, &error))
            return fail(error);
        m_out << tr("Enrolled %1: key %2.")
                     .arg(keys.personName(personId), PersonalKeys::groupedKeyId(keyId))
              << Qt::endl
              << (root ? tr("This is the team's trust root: its key id goes on the recovery "
                            "sheet.")
                       : tr("An administrator confirms it: people confirm --as ADMIN --person "
                            "%1.")
                             .arg(keys.personName(personId)))
              << Qt::endl;
        return Ok;
    }
    PeopleKeys::Unlocked acting;
    if (!actingPerson(db, &acting, &error))
        return fail(error);
    if (sub == QLatin1String("pin")) {
        QString newPin;
        if (!passphrase(QStringLiteral("new-pin-file"), NewPinEnv, &newPin, nullptr))
            return usage(tr("No new PIN: set %1 or use --new-pin-file FILE.")
                             .arg(QString::fromLatin1(NewPinEnv)));
        if (!PersonalKeys::checkPin(newPin, &error) ||
            !keys.changePin(acting,
                            PeopleKeys::WrappingKey::derive(
                                newPin, PersonalKeys::randomBytes(PersonalKeys::SaltSize)),
                            &error))
            return fail(error);
        m_out << tr("The PIN of %1 was changed.").arg(keys.personName(acting.personId)) << Qt::endl;
        return Ok;
    }
    const QString person = m_parser->value(QStringLiteral("person"));
    const QString personId = keys.resolvePerson(person);
    if (person.isEmpty() || personId.isEmpty())
        return usage(tr("people confirm needs --person PERSON: the person whose key is "
                        "confirmed."));
    if (!keys.confirm(personId, acting, &error))
        return fail(error);
    PeopleKeys::Enrolment e;
    keys.currentKey(personId, &e, nullptr);
    m_out << tr("Confirmed the key %1 of %2.")
                 .arg(PersonalKeys::groupedKeyId(e.keyId), keys.personName(personId))
          << Qt::endl;
    return Ok;
}

int CliApp::cmdTeamKeys()
{
    const QString out = m_parser->value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("team keys needs --out FILE: the public-key file to write."));
    Database db;
    Error error;
    QJsonObject document;
    if (!openDatabase(db, &error) || !PeopleKeys(db).teamKeysDocument(&document, &error))
        return fail(error);
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0) {
        Error::set(&error, Error::Code::Failure,
                   tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), f.errorString()));
        return fail(error);
    }
    m_out << tr("Wrote the team's public keys to %1 (trust root %2).")
                 .arg(QDir::toNativeSeparators(out),
                      PersonalKeys::groupedKeyId(PeopleKeys::trustRoot(db)))
          << Qt::endl;
    return Ok;
}
