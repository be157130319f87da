#pragma once

#include "app/people/PeopleKeys.h"
#include "app/people/SealedText.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class Database;

// Keeps the text of L3 know-how entries sealed (SealedText) in the database: the entry's
// "body" — its content, the one field that carries the formula or process window; the title,
// level and links stay readable so the library can list and route it. The readers are the
// people KnowhowAccess allows today (allowedIds) who have a confirmed key: every write of an
// L3 entry with text in clear seals it with a fresh content key (so each edit rotates the key
// and drops whoever left), an opening by an allowed person re-wraps the key when the readers
// changed (a newly linked engineer, a new key, someone who left), and sealStoredPlaintext()
// seals what older versions stored in clear, with its copies in the change log and the sync
// tables. Readers without a confirmed key cannot be sealed to; they are named so the desk can
// say so.
class L3Seal
{
    Q_DECLARE_TR_FUNCTIONS(L3Seal)
public:
    static constexpr const char *Table = "knowhow";
    static constexpr const char *TextField = "body";

    struct Readers
    {
        QList<SealedText::Recipient> recipients;
        QStringList withoutKey; // names of allowed people with no confirmed key yet
    };

    explicit L3Seal(Database &db) : m_db(db) {}

    static bool isL3(const QVariantMap &entry);

    // The people an entry linked to taskIds is sealed to today.
    bool readers(const QStringList &taskIds, const QDate &today, Readers *out, Error *error) const;

    // Before a knowhow entry is written (the editor's save, an import): stored is the entry as
    // the writer knows it (the opened text in clear for the editor, the stored row for an
    // import), changes what it writes. An L3 entry whose text would be written in clear — new
    // text, or an opened text with any change — gets its text sealed into changes; lowering
    // an entry from L3 writes the opened text in clear (refused when it was not opened). A
    // text already sealed passes as it is.
    bool prepareWrite(const QString &id, const QVariantMap &stored, QVariantMap *changes,
                      Error *error) const;

    // The text of entry id for person (their PIN entered; KnowhowAccess::check allowed them).
    // When the wraps are not those of today's readers it re-wraps and stores the entry.
    // *readers (optional) receives today's readers.
    bool open(const QString &id, const PeopleKeys::Unlocked &person, const QDate &today,
              QString *plain, Readers *readers, Error *error);

    // Seals every L3 text still stored in clear (records written before sealing existed, and
    // their copies in the change log and the sync tables); needs public keys only. *sealed:
    // entries sealed; *unsealable: entries nobody allowed has a confirmed key for (left in
    // clear until someone enrols). Audited ("l3_sealed") when something was sealed.
    bool sealStoredPlaintext(int *sealed, int *unsealable, Error *error);

    // Replaces the copies of one field's old values kept beside the record — the change log
    // (this desk's own versions, its sync outbox), the versions received from other desks and
    // the conflicts kept for a person to settle — with what seal() makes of each value in
    // clear; values already sealed stay. In place: the versions (HLC, device) stay, so no new
    // change and no conflict comes of it. The one place that knows where those copies live.
    // An empty seal only counts the copies in clear (*inClear); a seal that returns an empty
    // text fails the whole.
    static bool rewriteStoredCopies(Database &db, const QString &table, const QString &id,
                                    const QString &field,
                                    const std::function<QString(const QString &)> &seal,
                                    int *inClear, Error *error);

private:
    Database &m_db;
};
