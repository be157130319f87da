#include "app/rules/RevisionLinkRule.h"

RevisionLinkRule::Problem RevisionLinkRule::check(const Facts &f)
{
    // In order of what a reader most needs to hear first.
    if (f.self)
        return Problem::Self;
    if (!f.previousInTable)
        return Problem::OtherTable;
    if (!f.previousExists)
        return Problem::PreviousMissing;
    if (f.cycle)
        return Problem::Cycle;
    if (!f.previousLocked)
        return Problem::NotLocked;
    if (!f.previousCurrent)
        return Problem::NotCurrent;
    if (f.recordAlreadyRevision)
        return Problem::AlreadyRevision;
    if (f.revision != f.previousRevision + 1)
        return Problem::WrongNumber;
    if (!f.samePlace)
        return Problem::OtherPlace;
    return Problem::None;
}

QString RevisionLinkRule::message(Problem problem, const QString &linkId, const Facts &f)
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::Self:
        return tr("Revision %1: a record cannot replace itself.").arg(linkId);
    case Problem::OtherTable:
        return tr("Revision %1: the record it replaces is of another kind; a correction "
                  "replaces a record of its own kind.")
            .arg(linkId);
    case Problem::PreviousMissing:
        return tr("Revision %1: the record it replaces does not exist.").arg(linkId);
    case Problem::Cycle:
        return tr("Revision %1: the revisions would form a cycle.").arg(linkId);
    case Problem::NotLocked:
        return tr("Revision %1: the record it replaces is not signed and locked; only a signed "
                  "form is corrected by a new revision.")
            .arg(linkId);
    case Problem::NotCurrent:
        return tr("Revision %1: the record it replaces was already replaced by another "
                  "revision; a correction replaces the current revision.")
            .arg(linkId);
    case Problem::AlreadyRevision:
        return tr("Revision %1: the record already replaces another record.").arg(linkId);
    case Problem::WrongNumber:
        return tr("Revision %1: it must be revision %2 (the record it replaces is revision %3), "
                  "not %4.")
            .arg(linkId)
            .arg(f.previousRevision + 1)
            .arg(f.previousRevision)
            .arg(f.revision);
    case Problem::OtherPlace:
        return tr("Revision %1: the record belongs to another task, engineer or day than the "
                  "record it replaces; a correction stays where the original was.")
            .arg(linkId);
    }
    return QString();
}
