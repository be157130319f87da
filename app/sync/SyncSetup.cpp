#include "app/sync/SyncSetup.h"

#include "app/catalog/RecordCatalog.h"
#include "app/signing/KeyProofs.h"
#include "app/signing/RevisionLinks.h"
#include "app/workflow/TaskNumberReservation.h"
#include "db/RecordStore.h"
#include "db/SyncEngine.h"

namespace {

// A record of a unique key written on this desk: a duplicate sync hid behind it may come back
// (SyncMerger::recheckUnique).
bool recheckUnique(Database &db, const QString &table, const QString &id, Error *error)
{
    return SyncMerger::recheckUnique(db, SyncSetup::uniqueRules(), table, id, error);
}

} // namespace

void SyncSetup::install()
{
    RecordStore::addWriteHook(&recheckUnique);
    // A revision link from a bundle must be the trace of a real correction.
    SyncMerger::setRowCheck(QStringLiteral("record_revisions"), &RevisionLinks::checkMerged);
    // Signatures, locks, approvals and corrections must be their makers' (personal keys).
    KeyProofs::installSyncChecks();
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        QList<QStringList> groups;
        QHash<QString, int> index;
        for (const FieldSpec &f : kind.storedFields()) {
            if (f.mergeGroup.isEmpty())
                continue;
            if (!index.contains(f.mergeGroup)) {
                index.insert(f.mergeGroup, groups.size());
                groups.append(QStringList());
            }
            groups[index.value(f.mergeGroup)].append(f.key);
        }
        if (!groups.isEmpty())
            RecordStore::setMergeGroups(kind.table, groups);
        if (kind.isNested())
            SyncMerger::setLockParent(kind.table, kind.parentField);
    }
}

QList<SyncUniqueRule> SyncSetup::uniqueRules()
{
    return {
        // The key of daily_reports_one_per_day (schema 009): revisions of one report differ
        // in revision_of.
        {QStringLiteral("daily_reports"),
         {QStringLiteral("task_id"), QStringLiteral("engineer_id"), QStringLiteral("date"),
          QStringLiteral("revision_of")},
         QString(),
         {QStringLiteral("revision_of")}},
        {QStringLiteral("tasks"), {QStringLiteral("number")}, QStringLiteral("number"), {}},
    };
}

void SyncSetup::configure(SyncEngine &engine)
{
    engine.setUniqueRules(uniqueRules());
    engine.setBlobFields(
        {{QStringLiteral("attachments"), QStringLiteral("data"), QStringLiteral("blob")}});
    engine.setAfterApply([](Database &db, SyncReport *report, Error *error) {
        int numbered = 0;
        if (!TaskNumberReservation::numberPending(db, &numbered, error))
            return false;
        if (numbered > 0)
            report->notes << SyncEngine::tr("%n pending task number(s) given.", nullptr, numbered);
        return true;
    });
}
