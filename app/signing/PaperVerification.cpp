#include "app/signing/PaperVerification.h"

#include "app/catalog/RecordCatalog.h"
#include "app/signing/PaperCode.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"

QString PaperVerification::statusName(Status status)
{
    switch (status) {
    case Status::Current:
        return QStringLiteral("current");
    case Status::Superseded:
        return QStringLiteral("superseded");
    case Status::Mismatch:
        return QStringLiteral("mismatch");
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

bool PaperVerification::verify(const QString &codeText, Result *result, Error *error)
{
    *result = Result();
    if (!evaluate(codeText, result, error))
        return false;
    // The code text is bounded so a pasted page does not flood the log.
    return AuditLog(m_db).append(
        QStringLiteral("verify_paper"), result->recordTable, result->recordId,
        QStringLiteral("%1,code=%2").arg(statusName(result->status), codeText.trimmed().left(80)),
        error);
}

bool PaperVerification::evaluate(const QString &codeText, Result *result, Error *error)
{
    PaperCode code;
    if (!PaperCode::parse(codeText, &code)) {
        result->status = Status::Invalid;
        result->sentence = tr("This is not a Field Desk paper code. It looks like "
                              "FD1:<record id>:<revision>:<12 hex digits>; check what was typed.");
        return true;
    }
    result->recordId = code.recordId;
    result->revision = code.revision;
    RecordStore store(m_db);
    const RecordKind *kind = nullptr;
    for (const RecordKind &k : RecordCatalog::kinds()) {
        if (store.exists(k.table, code.recordId)) {
            kind = &k;
            break;
        }
    }
    if (!kind) {
        result->status = Status::Unknown;
        result->sentence = tr("Record %1 is not in this database. The paper may come from "
                              "another desk that has not synced yet, or the code was mistyped.")
                               .arg(code.recordId);
        return true;
    }
    result->recordTable = kind->table;

    RecordLocks locks(m_db);
    RecordLocks::Lock lock;
    bool locked = false;
    if (!locks.lockOf(code.recordId, &lock, &locked, error))
        return false;
    result->locked = locked;
    QString contentHash;
    if (!RecordFingerprint::contentHash(m_db, *kind, code.recordId, &contentHash, error))
        return false;
    int revision = 1;
    RecordRevisions revisions(m_db);
    if (!revisions.revisionOf(code.recordId, &revision, error) ||
        !revisions.currentOf(code.recordId, &result->currentId, error))
        return false;
    const auto matches = [&](const QString &hash) {
        return !hash.isEmpty() && RecordFingerprint::shortHash(hash) == code.shortHash;
    };
    const bool same = code.revision == revision &&
                      (matches(contentHash) || (locked && matches(lock.contentHash)));
    if (!same) {
        result->status = Status::Mismatch;
        result->sentence =
            locked ? tr("This paper does not match the signed %1 (revision %2, code %3): it was "
                        "altered or printed from something else. Do not file it; print the "
                        "record again.")
                         .arg(kind->translatedSingular())
                         .arg(revision)
                         .arg(RecordFingerprint::shortHash(lock.contentHash))
                   : tr("This paper does not match the %1 as it is now: it was printed from an "
                        "earlier, unsigned draft (or altered). Print the record again.")
                         .arg(kind->translatedSingular());
        return true;
    }
    if (result->currentId != code.recordId) {
        if (!revisions.revisionOf(result->currentId, &result->currentRevision, error))
            return false;
        result->status = Status::Superseded;
        result->sentence = tr("This paper is revision %1 of the %2, which was corrected: the "
                              "current one is revision %3 (record %4). File it as superseded and "
                              "use the current one.")
                               .arg(revision)
                               .arg(kind->translatedSingular())
                               .arg(result->currentRevision)
                               .arg(result->currentId);
        return true;
    }
    result->currentRevision = revision;
    result->status = Status::Current;
    result->sentence = locked ? tr("This paper is the current, signed revision %1 of the %2.")
                                    .arg(revision)
                                    .arg(kind->translatedSingular())
                              : tr("This paper matches the current revision %1 of the %2, which "
                                   "is not signed yet: it is a draft copy.")
                                    .arg(revision)
                                    .arg(kind->translatedSingular());
    return true;
}
