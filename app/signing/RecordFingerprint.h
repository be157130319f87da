#pragma once

#include "db/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;
struct RecordKind;

// The content of one record as the paper archive sees it, and its SHA-256. Signing stores the
// hash with the lock (architecture.md "Signed records"); the printout shows its first twelve
// hex digits and carries them in the QR code, so a paper copy can be matched to a revision.
// The canonical form is compact JSON with sorted keys: the record kind, its id and every
// declared stored field in interchange form (derived fields and the sync columns excluded),
// and its nested child records (expense lines) in their order. Equal content gives equal bytes
// on every device and platform.
class RecordFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(RecordFingerprint)
public:
    static constexpr int ShortLength = 12;

    static bool canonicalContent(Database &db, const RecordKind &kind, const QString &id,
                                 QByteArray *out, Error *error);
    // Lower-case hex SHA-256 of canonicalContent.
    static bool contentHash(Database &db, const RecordKind &kind, const QString &id,
                            QString *hexHash, Error *error);
    static QString shortHash(const QString &hexHash) { return hexHash.left(ShortLength); }
};
