#include "app/models/DeskSummary.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordLookup.h"
#include "app/models/RecordTableModel.h"
#include "app/workflow/HolidayCalendar.h"
#include "db/Database.h"

DeskSummary DeskSummary::read(Database &db, const QDate &today)
{
    DeskSummary s;
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        const int n = RecordTableModel::liveRecordCount(db, kind);
        s.counts.append({kind.array, n});
        s.totalRecords += qMax(0, n);
    }
    const RecordLookup lookup(db);
    s.auditIntact = lookup.auditIntact(&s.auditProblems);
    s.auditEntries = lookup.auditEntryCount();
    s.unfinishedImports = lookup.unfinishedImports();
    s.calendarWarning = HolidayCalendar(db).missingNextYear(today);
    return s;
}

DeadlineSnapshot DeadlineSnapshot::read(Database &db, const QDateTime &now)
{
    DeadlineSnapshot s;
    s.now = now;
    Error error;
    s.ok = DeadlineWatch(db).collect(now, &s.deadlines, &error);
    if (!s.ok)
        s.error = error.message;
    return s;
}
