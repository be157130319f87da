#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

class Database;

// Checks a record_revisions row against the records it links (RevisionLinkRule), with the
// row already in the database: the importer after writing a file's signing records, the
// sync merger for a row that arrives in a bundle.
class RevisionLinks
{
    Q_DECLARE_TR_FUNCTIONS(RevisionLinks)
public:
    enum class Mode {
        File, // import: every condition
        Sync, // merged from bundles: two desks correcting one revision offline is a sync
              // conflict settled by the unique rules, not a forged link, so "current" and
              // "no other revision" are left to them
    };
    // link: record_table, record_id, previous_id, revision. A refused link is Validation.
    static bool validate(Database &db, const QString &linkId, const QVariantMap &link, Error *error,
                         Mode mode = Mode::File);
    // The check the sync merger runs on every record_revisions row (SyncMerger::setRowCheck).
    static bool checkMerged(Database &db, const QString &linkId, QString *reason);
};
