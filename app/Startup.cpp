#include "app/Startup.h"

#include "app/people/PeopleKeys.h"
#include "app/search/SearchIndex.h"
#include "app/signing/RecordLocks.h"
#include "app/sync/SyncSetup.h"
#include "db/SqlCipherDriver.h"

void Startup::install()
{
    SqlCipherDriver::registerDriver();
    SearchIndex::install(); // the full-text index follows every record write
    RecordLocks::install(); // nested records of a signed form are locked with it
    SyncSetup::install();   // merge groups are written (and synced) as one unit
    PeopleKeys::install();  // key enrolments are append-only and must prove themselves
}
