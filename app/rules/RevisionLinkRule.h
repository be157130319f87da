#pragma once

#include <QCoreApplication>
#include <QString>

// When a record_revisions row (record R replaces previous P as revision n) may stand: only as
// the trace of a real correction (RecordSigning::correct). P is of R's table, signed and
// locked, and current (nothing else replaced it); R is no other record's revision; n is P's
// revision + 1; R belongs where P does (the same task; a daily report the same engineer and
// day; the correction names P); and the chain has no cycle. Anything else would let a file or
// a bundle mark a signed form as superseded by arbitrary content. The facts are gathered by
// RevisionLinks (app/signing) from the database as it is with the row in it.
class RevisionLinkRule
{
    Q_DECLARE_TR_FUNCTIONS(RevisionLinkRule)
public:
    enum class Problem {
        None,
        Self,            // R replaces itself
        OtherTable,      // P is no record of R's table
        PreviousMissing, // P does not exist (or is deleted)
        NotLocked,       // P is not signed and locked
        NotCurrent,      // something else replaced P already
        AlreadyRevision, // R already replaces another record
        WrongNumber,     // n is not P's revision + 1
        OtherPlace,      // another task, engineer or day, or R names another original
        Cycle,           // following the chain back from P reaches R again
    };
    struct Facts
    {
        bool self = false;
        bool previousInTable = true;
        bool previousExists = true;
        bool previousLocked = true;
        bool previousCurrent = true;
        bool recordAlreadyRevision = false;
        int previousRevision = 1;
        int revision = 2;
        bool samePlace = true;
        bool cycle = false;
    };

    static Problem check(const Facts &facts);
    // A translated sentence naming the link and saying why it is refused.
    static QString message(Problem problem, const QString &linkId, const Facts &facts);
};
