#include "app/people/DeskSession.h"

DeskSession &DeskSession::instance()
{
    static DeskSession session;
    return session;
}

void DeskSession::add(const PeopleKeys::Unlocked &person)
{
    if (person.isNull())
        return;
    QMutexLocker lock(&m_mutex);
    m_people.insert(person.personId, person);
    m_acting = person.personId;
}

bool DeskSession::unlocked(const QString &personId, PeopleKeys::Unlocked *out) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_people.constFind(personId);
    if (it == m_people.constEnd())
        return false;
    if (out)
        *out = *it;
    return true;
}

bool DeskSession::isUnlocked(const QString &personId) const
{
    return unlocked(personId, nullptr);
}

QString DeskSession::actingPersonId() const
{
    QMutexLocker lock(&m_mutex);
    return m_acting;
}

void DeskSession::setActingPersonId(const QString &personId)
{
    QMutexLocker lock(&m_mutex);
    if (m_people.contains(personId))
        m_acting = personId;
}

void DeskSession::clear()
{
    QMutexLocker lock(&m_mutex);
    // Overwrite the private halves before letting go of them.
    for (auto &p : m_people) {
        p.keys.signPrivate.fill('\0');
        p.keys.sealPrivate.fill('\0');
    }
    m_people.clear();
    m_acting.clear();
}
