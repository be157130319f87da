#pragma once

#include "db/SyncMerger.h"

class SyncEngine;

// Ties the generic sync engine (db/) to Field Desk's record kinds: the merge groups declared
// on the fields (FieldSpec::mergeGroup) and the records that must not exist twice.
class SyncSetup
{
public:
    // Makes RecordStore write merge groups as one unit. Call once at program start, next to
    // SearchIndex::install(). Adding it twice has no effect.
    static void install();
    // One daily report per task, engineer and day (the later one is hidden and kept as a
    // conflict); one task per number (the later task's number is emptied and given again).
    static QList<SyncUniqueRule> uniqueRules();
    // Unique rules plus numbering of pending tasks after each round.
    static void configure(SyncEngine &engine);
};
