#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QVariantMap>

class Database;
struct RecordKind;

// Rules that span several fields of one record (dates in order, unique task numbers). Field
// rules live in FieldCodec (the date window and text characters: PlausibleDates, TextCharacters);
// these run on the record as it would be after the change, in the importer and in the workflow
// alike. Messages name the field ("Planned end (planned_end): …") and say what to do, for the form
// that shows them at the field; error->recordId names the record, which the importer puts in front
// of the message.
class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(RecordRules)
public:
    static bool check(Database &db, const RecordKind &kind, const QString &id,
                      const QVariantMap &record, Error *error);

private:
    // Date-times of a task's life not before its registration (PlausibleDates).
    static bool checkTimeline(Database &db, const RecordKind &kind, const QString &id,
                              const QVariantMap &record, Error *error);
};
