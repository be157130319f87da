#include "app/workflow/RecordSave.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordKind.h"
#include "app/people/L3Seal.h"
#include "app/rules/RecordRules.h"
#include "app/workflow/AttachmentStore.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

RecordSave::RecordSave(Database &db) : m_db(db) {}

QString RecordSave::newId()
{
    return RecordStore::newId();
}

bool RecordSave::check(const RecordKind &kind, const QString &id, const QVariantMap &stored,
                       const QVariantMap &changes, Error *error) const
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldSpec *spec = kind.field(it.key());
        // Columns the catalogue does not declare are the store's to refuse.
        if (spec && !FieldCodec::validate(*spec, it.value(), QString(), error))
            return false;
    }
    QVariantMap record = stored;
    record.insert(changes);
    return RecordRules::check(m_db, kind, id, record, error);
}

bool RecordSave::save(const RecordKind &kind, const QString &id, bool isNew,
                      const QVariantMap &stored, const QVariantMap &changes,
                      const QList<File> &files, Error *error)
{
    if (!check(kind, id, stored, changes, error))
        return false;
    // An L3 entry's text is stored sealed only (checked above in clear).
    QVariantMap written = changes;
    if (kind.table == QLatin1String(L3Seal::Table) &&
        !L3Seal(m_db).prepareWrite(id, stored, &written, error))
        return false;
    Transaction tx(m_db);
    AttachmentStore attachments(m_db);
    for (const File &file : files) {
        if (!attachments.addData(file.fileName, file.data, file.id, error)) {
            if (error)
                error->field = file.field;
            tx.rollback();
            return false;
        }
    }
    RecordStore store(m_db);
    const bool ok = (isNew ? store.insert(kind.table, id, written, error)
                           : store.update(kind.table, id, written, error)) &&
                    tx.commit(error);
    if (!ok)
        tx.rollback();
    return ok;
}
