#include "app/demo/DemoKeys.h"

#include "app/demo/DemoData.h"
#include "app/people/DeskSession.h"
#include "db/Database.h"

#include <QMutex>
#include <QSqlQuery>

namespace {

const QStringList &demoPeople()
{
    static const QStringList names = {QStringLiteral("王婧"),   QStringLiteral("Robert"),
                                      QStringLiteral("KC"),     QStringLiteral("Charles"),
                                      QStringLiteral("盛转红"), QStringLiteral("林国栋"),
                                      QStringLiteral("陈雅婷"), QStringLiteral("周文彬")};
    return names;
}

} // namespace

PeopleKeys::WrappingKey DemoKeys::wrappingKey()
{
    static QMutex mutex;
    static PeopleKeys::WrappingKey cached;
    QMutexLocker lock(&mutex);
    if (cached.key.isEmpty())
        cached = PeopleKeys::WrappingKey::derive(QString::fromLatin1(Pin),
                                                 QByteArrayLiteral("fielddesk-demo-salt"));
    return cached;
}

PeopleKeys::Unlocked DemoKeys::unlocked(const QString &personName)
{
    PeopleKeys::Unlocked u;
    if (!PersonalKeys::fromSeed(("fielddesk-demo-key/" + personName).toUtf8(), &u.keys, nullptr))
        return PeopleKeys::Unlocked();
    u.personId = DemoData::idFor(QStringLiteral("person"), personName);
    u.keyId = PersonalKeys::keyId(u.keys.signPublic);
    return u;
}

bool DemoKeys::enrolAll(Database &db, Error *error)
{
    PeopleKeys keys(db);
    for (const QString &name : demoPeople()) {
        const PeopleKeys::Unlocked person = unlocked(name);
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM desk_keys WHERE key_id = ?"));
        q.addBindValue(person.keyId);
        if (q.exec() && q.next())
            continue;
        if (!keys.enrol(person.personId, person.keys, wrappingKey(), nullptr, nullptr, error))
            return false;
    }
    // The administrator confirms everyone else once her own key is trusted here.
    const PeopleKeys::Unlocked root = unlocked(QString::fromUtf8(RootName));
    QHash<QString, PeopleKeys::Enrolment> trusted;
    if (!keys.trustedKeys(&trusted, error))
        return false;
    if (!trusted.contains(root.keyId))
        return true;
    for (const QString &name : demoPeople()) {
        const PeopleKeys::Unlocked person = unlocked(name);
        if (!trusted.contains(person.keyId) && !keys.confirm(person.personId, root, error))
            return false;
    }
    return true;
}

void DemoKeys::unlockAll()
{
    for (const QString &name : demoPeople())
        DeskSession::instance().add(unlocked(name));
}
