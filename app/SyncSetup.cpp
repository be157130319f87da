#include "SyncSetup.h"

#include "RecordCatalog.h"
#include "RecordStore.h"
#include "SyncEngine.h"
#include "TaskNumberReservation.h"

void SyncSetup::install()
{
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
        {QStringLiteral("daily_reports"),
         {QStringLiteral("task_id"), QStringLiteral("engineer_id"), QStringLiteral("date")},
         QString()},
        {QStringLiteral("tasks"), {QStringLiteral("number")}, QStringLiteral("number")},
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
