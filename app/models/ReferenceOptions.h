#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

class Database;
struct FieldSpec;
struct RecordKind;

// The records a Reference or ReferenceList field may point at, as people choose them in an
// editor: id and a label (the record's title field; for kinds whose title is not unique on its
// own, such as NDAs, the title of the record's first required reference is added, e.g.
// "NDA-2026-v2 — 林国栋"). Fields naming several arrays ("customers,people") get the kind in the
// label. Reports, titled by a date, are named after their task first ("LITH-FE-2026-0001 —
// 2026-05-19 (Service report)"). Tombstoned records are left out; the list is sorted in the UI's
// collation.
class ReferenceOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceOptions)
public:
    struct Option
    {
        QString id;
        QString label;
        QString array; // the interchange array the record belongs to
    };

    static bool load(Database &db, const QString &refArrays, QList<Option> *out, Error *error);
    // The same labels for the given records only (unsorted): what a list shows for the
    // references of its rows, without reading every record of the referenced kinds.
    static bool labels(Database &db, const QString &refArrays, const QStringList &ids,
                       QHash<QString, QString> *out, Error *error);
    // The same label for one record (stored columns), e.g. for an editor's heading.
    static QString labelOf(Database &db, const RecordKind &kind, const QVariantMap &record);
    // Kinds titled by a date (reports) whose label comes from their owner (the task's number):
    // lists show those labels instead of the bare date.
    static bool hasOwnerLabel(const RecordKind &kind);

private:
    // ids: only these records; null for all.
    static bool collect(Database &db, const QString &refArrays, const QStringList *ids,
                        QList<Option> *out, Error *error);
    static QString joined(const RecordKind &kind, const QString &title, const QString &ownerName);
    // The reference that names records of kind along with their title, or null.
    static const FieldSpec *ownerField(const RecordKind &kind);
};
