#pragma once

#include "app/people/PersonalKeys.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// The people registry's keys (architecture.md "People and keys"). A person enrols at their own
// desk: new key pairs, the private halves wrapped under their PIN in desk_keys (this desk
// only), the public halves as a self-proved person_keys row. An administrator's confirmation
// (key_confirmations, signed with their own trusted key) makes the key trusted; the team's
// first administrator confirms their own key and is the trust root (meta 'trust_root', on the
// recovery sheet). Trust is worked out from the signatures every time keys are read, so a row
// that was forged, edited or carried in by an import or a bundle is simply not trusted; the
// lock guard installed by install() also refuses such rows, and any change to a stored one,
// at the door.
class PeopleKeys
{
    Q_DECLARE_TR_FUNCTIONS(PeopleKeys)
public:
    struct Enrolment
    {
        QString id;
        QString personId;
        QString keyId;
        QByteArray signKey;
        QByteArray sealKey;
        QString enrolledAt;
        QByteArray proof;
    };
    struct Confirmation
    {
        QString id;
        QString keyId;
        QString personId;
        QString confirmedById;
        QString confirmedByKey;
        QString confirmedAt;
        QByteArray signature;
    };
    // A PIN-derived key with its salt: derive() is the slow part (PBKDF2), the rest is fast.
    struct WrappingKey
    {
        QByteArray salt;
        int iterations = PersonalKeys::MinimumIterations;
        QByteArray key;
        static WrappingKey derive(const QString &pin, const QByteArray &salt,
                                  int iterations = PersonalKeys::MinimumIterations);
    };
    // The wrapped private halves of one key made at this desk.
    struct DeskKey
    {
        QString keyId;
        QString personId;
        int iterations = 0;
        QByteArray salt;
        QByteArray wrapped;
    };
    // A person whose PIN was entered: their private keys, in memory for the session only.
    struct Unlocked
    {
        QString personId;
        QString keyId;
        PersonalKeys::KeyPair keys;
        bool isNull() const { return personId.isEmpty() || !keys.hasPrivate(); }
    };
    enum class Status {
        None,      // no enrolment
        Pending,   // enrolled, not confirmed by an administrator yet
        Confirmed, // a trusted key
    };

    explicit PeopleKeys(Database &db) : m_db(db) {}

    // Refuses writes to person_keys / key_confirmations that change a stored row or whose
    // signatures do not hold (process-wide, from Startup::install()).
    static void install();

    static QString trustRoot(const Database &db);

    static QByteArray enrolmentMessage(const Enrolment &e);
    // Whether e was enrolled by `at`, a row's own time: rows carry whole seconds, enrolments
    // milliseconds, so a row written in the second of the enrolment counts as after it.
    static bool enrolledBy(const Enrolment &e, const QDateTime &at);
    static QByteArray confirmationMessage(const Enrolment &e, const QString &confirmedById,
                                          const QString &confirmedByKey,
                                          const QString &confirmedAt);

    // The person's id for a name or an id (CLI --as); empty when unknown or ambiguous.
    QString resolvePerson(const QString &nameOrId) const;
    QString personName(const QString &personId) const;

    // Enrols personId with keys (PersonalKeys::generate, or a demo seed) wrapped under wrap.
    // The first administrator enrolled on a desk without a trust root becomes the root (their
    // key confirmed by itself); *isRoot tells. Audited ("key_enrol").
    bool enrol(const QString &personId, const PersonalKeys::KeyPair &keys, const WrappingKey &wrap,
               QString *keyId, bool *isRoot, Error *error);
    // The newest key made at this desk for the person; false with NotFound when none.
    bool deskKey(const QString &personId, DeskKey *out, Error *error) const;
    // Opens a desk key with a derived key (WrappingKey::derive with the desk key's salt);
    // WrongPassphrase for a wrong PIN. Refuses a person who has left.
    bool open(const DeskKey &deskKey, const QByteArray &derived, Unlocked *out, Error *error) const;
    // deskKey + derive + open in one call (slow: not on the GUI thread).
    bool unlock(const QString &personId, const QString &pin, Unlocked *out, Error *error) const;
    // Wraps the unlocked keys under a new PIN.
    bool changePin(const Unlocked &person, const WrappingKey &wrap, Error *error);

    // An administrator confirms the newest pending enrolment of personId. Audited
    // ("key_confirm").
    bool confirm(const QString &personId, const Unlocked &admin, Error *error);

    // Every enrolment whose proof holds, by key id.
    bool enrolments(QHash<QString, Enrolment> *out, Error *error) const;
    // The trusted keys: the root and every key confirmed through a chain from it.
    bool trustedKeys(QHash<QString, Enrolment> *out, Error *error) const;
    // The person's newest trusted key; false with NotFound when none.
    bool currentKey(const QString &personId, Enrolment *out, Error *error) const;
    Status status(const QString &personId) const;
    // Enrolments not (yet) trusted, newest per person.
    bool pending(QList<Enrolment> *out, Error *error) const;

    // The team's public keys for someone without a database (verify-paper): the trust root,
    // every enrolment and confirmation. Its own trust is checked again on reading.
    bool teamKeysDocument(QJsonObject *out, Error *error) const;
    // The trusted keys of such a document (the same rules as trustedKeys, no database).
    static QHash<QString, Enrolment> trustedKeysOf(const QJsonObject &document);

private:
    bool confirmations(QList<Confirmation> *out, Error *error) const;
    bool peopleRoles(QHash<QString, QPair<QStringList, QDate>> *out, Error *error) const;
    static QHash<QString, Enrolment>
    trustChain(const QString &root, const QHash<QString, Enrolment> &enrolments,
               const QList<Confirmation> &confirmations,
               const QHash<QString, QPair<QStringList, QDate>> &people);

    Database &m_db;
};
