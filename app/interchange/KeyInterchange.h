#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class Database;

// The people's public keys in the JSON interchange format, so that an export carries what its
// signatures, locks, approvals and corrections are checked against (architecture.md "People
// and keys"):
//   "person_keys"       id, person_id, key_id, sign_key, seal_key, enrolled_at, proof
//   "key_confirmations" id, key_id, person_id, confirmed_by_id, confirmed_by_key,
//                       confirmed_at, signature
// Append-only like the signing records: an id already stored must come in unchanged; a new
// row must prove itself (PeopleKeys' guard). Trust is still worked out from the desk's own
// trust root, so a file cannot make a key trusted that no administrator confirmed.
class KeyInterchange
{
    Q_DECLARE_TR_FUNCTIONS(KeyInterchange)
public:
    static const QStringList &arrays();

    explicit KeyInterchange(Database &db) : m_db(db) {}

    bool exportTo(QJsonObject *document, Error *error) const;
    // Runs inside the importer's transaction, before anything signed is checked; *created
    // counts the new rows.
    bool importFrom(const QJsonObject &document, int *created, Error *error);

private:
    Database &m_db;
};
