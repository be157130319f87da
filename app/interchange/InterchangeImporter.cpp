#include "app/interchange/InterchangeImporter.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/KeyInterchange.h"
#include "app/interchange/SignatureInterchange.h"
#include "app/people/L3Seal.h"
#include "app/rules/RecordRules.h"
#include "app/signing/KeyProofs.h"
#include "app/signing/RecordLocks.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <functional>

namespace {
// The page cache of the connection, raised while an import runs (see importDocument).
class ImportCache
{
public:
    explicit ImportCache(Database &db) : m_db(db)
    {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -32768")); // KiB: 32 MiB
    }
    ~ImportCache()
    {
        QSqlQuery q(m_db.sql());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    ImportCache(const ImportCache &) = delete;
    ImportCache &operator=(const ImportCache &) = delete;

private:
    Database &m_db;
    qint64 m_previous = -2000;
};

// A longer busy timeout on the connection while a batched import runs (see writeInBatches).
class ImportBusyWait
{
public:
    explicit ImportBusyWait(Database &db) : m_db(db)
    {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA busy_timeout = 60000"));
    }
    ~ImportBusyWait()
    {
        if (m_previous >= 0)
            QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_previous));
    }
    ImportBusyWait(const ImportBusyWait &) = delete;
    ImportBusyWait &operator=(const ImportBusyWait &) = delete;

private:
    Database &m_db;
    int m_previous = -1;
};

// Top-level keys that are not record arrays. "conflicts" is read-only: exported, never imported.
const QStringList HeaderKeys = {QStringLiteral("format"), QStringLiteral("version"),
                                QStringLiteral("exported_at"), QStringLiteral("device_id"),
                                QStringLiteral("conflicts")};
} // namespace

InterchangeImporter::InterchangeImporter(Database &db) : m_db(db) {}

bool InterchangeImporter::importJson(const QByteArray &json, Summary *summary, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::set(error, Error::Code::Validation,
                          tr("The file is not valid JSON (%1 at byte %2).")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!doc.isObject())
        return Error::set(error, Error::Code::Validation,
                          tr("The file is not a Field Desk export (expected a JSON object, found "
                             "a list). Import a file written by \"export --json\"."));
    return importDocument(doc.object(), summary, error);
}

bool InterchangeImporter::readFile(QFile &file, QByteArray *out, Error *error)
{
    const auto tooLarge = [&] {
        return Error::set(error, Error::Code::Validation,
                          tr("%1 is larger than %2 MiB, the most an import reads. Check that it "
                             "is a Field Desk export; split a larger one by section.")
                              .arg(QDir::toNativeSeparators(file.fileName()))
                              .arg(MaxFileBytes >> 20));
    };
    // The size first; a device or pipe reports none, so reading stops at the cap as well.
    if (!file.isSequential() && file.size() > MaxFileBytes)
        return tooLarge();
    out->clear();
    while (!file.atEnd() || file.isSequential()) {
        const QByteArray chunk = file.read(qint64(1) << 20);
        if (chunk.isEmpty())
            break;
        if (out->size() + chunk.size() > MaxFileBytes) {
            out->clear();
            return tooLarge();
        }
        out->append(chunk);
    }
    if (file.error() != QFileDevice::NoError)
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot read %1: %2")
                              .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return true;
}

QString InterchangeImporter::nestedId(const QString &parentId, int orderNumber, int attempt)
{
    static const QUuid ns(QStringLiteral("3d1f6c2e-8b47-4f0a-9e35-7c52a1d4b9e6"));
    QString name = parentId.toLower() + QLatin1Char('/') + QString::number(orderNumber);
    if (attempt > 1)
        name += QLatin1Char('/') + QString::number(attempt);
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

namespace {
// The nested kind written under key inside records of parent, or null.
const RecordKind *nestedKind(const RecordKind &parent, const QString &key)
{
    for (const RecordKind &k : RecordCatalog::kinds()) {
        if (k.isNested() && k.parentArray == parent.array && k.nestedKey == key)
            return &k;
    }
    return nullptr;
}
} // namespace

bool InterchangeImporter::parseChildren(const RecordKind &child, const QString &parentId,
                                        const QJsonValue &list, QList<Pending> *children,
                                        Error *error) const
{
    if (!list.isArray())
        return Error::set(error, Error::Code::Validation,
                          tr("Record %1: \"%2\" must be a list.").arg(parentId, child.nestedKey),
                          parentId, child.nestedKey);
    const QJsonArray items = list.toArray();
    QSet<int> numbers;
    for (int i = 0; i < items.size(); ++i) {
        Pending p;
        if (!parseRecord(child, items.at(i), &p, nullptr, error, parentId, i + 1))
            return false;
        const int number = p.fields.value(child.orderField).toInt();
        if (numbers.contains(number))
            return Error::set(error, Error::Code::Validation,
                              tr("Record %1: %2 number %3 appears twice in \"%4\".")
                                  .arg(parentId, child.translatedSingular())
                                  .arg(number)
                                  .arg(child.nestedKey),
                              p.id, child.orderField);
        numbers.insert(number);
        children->append(p);
    }
    return true;
}

bool InterchangeImporter::parseRecord(const RecordKind &kind, const QJsonValue &value, Pending *out,
                                      QList<Pending> *children, Error *error,
                                      const QString &parentId, int position, int index) const
{
    const bool nested = kind.isNested();
    if (!value.isObject())
        return nested
                   ? Error::set(error, Error::Code::Validation,
                                tr("Record %1: every entry of \"%2\" must be a JSON object.")
                                    .arg(parentId, kind.nestedKey),
                                parentId, kind.nestedKey)
                   : Error::set(error, Error::Code::Validation,
                                tr("Every entry of \"%1\" must be a JSON object.").arg(kind.array));
    const QJsonObject object = value.toObject();
    QString id = object.value(QStringLiteral("id")).toString();
    const QJsonValue order = object.value(kind.orderField);
    if (nested && (object.value(QStringLiteral("id")).isUndefined() ||
                   object.value(QStringLiteral("id")).isNull())) {
        // Same file, same id: a re-import updates the child. A removed (tombstoned) child keeps
        // its id, so a new child in its place takes the next free variant.
        const int number = order.isDouble() ? order.toInt() : position;
        RecordStore store(m_db);
        int attempt = 1;
        do {
            id = nestedId(parentId, number, attempt++);
        } while (attempt <= 100 && store.exists(kind.table, id, true) &&
                 !store.exists(kind.table, id));
    }
    if (!FieldCodec::isUuid(id)) {
        // Named by its place in the file: it has no usable id.
        const QString where =
            nested ? QStringLiteral("%1 %2[%3]").arg(parentId, kind.nestedKey).arg(position - 1)
                   : QStringLiteral("%1[%2]").arg(kind.array).arg(index);
        return Error::set(error, Error::Code::Validation,
                          tr("Record %1 has no valid \"id\" (a UUID is required; found %2).")
                              .arg(where, object.value(QStringLiteral("id")).isString()
                                              ? QStringLiteral("\"%1\"").arg(id.left(40))
                                              : tr("no text")),
                          id, QStringLiteral("id"));
    }
    out->kind = &kind;
    out->id = id.toLower();
    if (nested) {
        out->fields.insert(kind.parentField, parentId);
        if (order.isUndefined() || order.isNull())
            out->fields.insert(kind.orderField, position);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        if (!nested && children) {
            if (const RecordKind *child = nestedKind(kind, it.key())) {
                if (it.value().isNull())
                    continue; // no list given: the stored children stay as they are
                if (!parseChildren(*child, out->id, it.value(), children, error))
                    return false;
                out->childLists << child;
                continue;
            }
        }
        const FieldSpec *spec = kind.field(it.key());
        if (nested && it.key() == kind.parentField) {
            // Implied by the nesting; accepted when it agrees.
            if (it.value().toString().compare(parentId, Qt::CaseInsensitive) == 0)
                continue;
            spec = nullptr;
        }
        if (!spec)
            return Error::set(error, Error::Code::Validation,
                              tr("Record %1 in \"%2\" has an unknown key \"%3\".")
                                  .arg(id, nested ? kind.nestedKey : kind.array, it.key()),
                              id, it.key());
        if (spec->derived)
            continue; // computed by the desk on export, ignored on import
        QVariant stored;
        if (!FieldCodec::fromJson(*spec, it.value(), &stored, id, error))
            return false;
        out->fields.insert(spec->key, stored);
    }
    return true;
}

bool InterchangeImporter::checkNotSigned(const Pending &p, const QVariantMap &current, Error *error)
{
    // A signed record is locked (RecordLocks): the same content may come in again, a change
    // may not. RecordStore refuses the write anyway; this names the field first.
    if (current.isEmpty())
        return true;
    bool locked = false;
    if (!RecordLocks(m_db).isLocked(p.id, &locked, error))
        return false;
    if (!locked)
        return true;
    for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it) {
        if (!RecordStore::sameValue(current.value(it.key()), it.value()))
            return Error::set(error, Error::Code::Locked,
                              tr("Record %1 is signed and locked and cannot be changed (%2); a "
                                 "correction is a new revision.")
                                  .arg(p.id, it.key()),
                              p.id, it.key());
    }
    return true;
}

bool InterchangeImporter::checkLevelNotLowered(const Pending &p, const QVariantMap &current,
                                               Error *error) const
{
    if (current.isEmpty() || !p.fields.contains(QStringLiteral("level")) ||
        !p.kind->searchExcludeValues.contains(current.value(QStringLiteral("level")).toString()))
        return true;
    const QString level = p.fields.value(QStringLiteral("level")).toString();
    if (level == current.value(QStringLiteral("level")).toString())
        return true;
    const FieldSpec *spec = p.kind->field(QStringLiteral("level"));
    return Error::set(error, Error::Code::Validation,
                      tr("Record %1, %2 (level): a file cannot lower a restricted %3 from %4 to "
                         "%5. Change the level at the desk, where it is logged.")
                          .arg(p.id, spec ? spec->translatedLabel() : QStringLiteral("level"),
                               p.kind->translatedSingular(),
                               current.value(QStringLiteral("level")).toString(), level),
                      p.id, QStringLiteral("level"));
}

bool InterchangeImporter::removeLeftOut(const QList<Pending> &pending, int *removed, Error *error)
{
    QSet<QString> incoming;
    for (const Pending &p : pending)
        incoming.insert(p.id);
    RecordStore store(m_db);
    for (const Pending &p : pending) {
        for (const RecordKind *child : p.childLists) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0")
                          .arg(child->table, child->parentField));
            q.addBindValue(p.id);
            if (!q.exec())
                return Error::set(error, Error::Code::Failure, q.lastError().text(), p.id);
            QStringList leftOut;
            while (q.next()) {
                if (!incoming.contains(q.value(0).toString().toLower()))
                    leftOut << q.value(0).toString();
            }
            for (const QString &id : std::as_const(leftOut)) {
                if (!store.remove(child->table, id, error))
                    return false;
                ++*removed;
            }
        }
    }
    return true;
}

bool InterchangeImporter::checkReferences(const QList<Pending> &pending, Error *error) const
{
    QHash<QString, QSet<QString>> incoming;
    for (const Pending &p : pending)
        incoming[p.kind->array].insert(p.id);
    RecordStore store(m_db);
    for (const Pending &p : pending) {
        for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it) {
            const FieldSpec *spec = p.kind->field(it.key());
            if (!spec || spec->refArray.isEmpty() || it.value().isNull())
                continue;
            QList<const RecordKind *> targets;
            for (const QString &array : spec->refArray.split(QLatin1Char(','))) {
                if (const RecordKind *k = RecordCatalog::byArray(array))
                    targets << k;
            }
            if (targets.isEmpty())
                continue; // that kind arrives with a later feature
            QStringList ids;
            if (spec->type == FieldSpec::Type::Reference) {
                ids << it.value().toString();
            } else {
                const QJsonArray list =
                    QJsonDocument::fromJson(it.value().toString().toUtf8()).array();
                for (const QJsonValue &v : list)
                    ids << v.toString();
            }
            for (const QString &ref : ids) {
                bool found = false;
                for (const RecordKind *target : targets)
                    found = found || incoming.value(target->array).contains(ref.toLower()) ||
                            store.exists(target->table, ref.toLower());
                if (!found)
                    return Error::set(error, Error::Code::Validation,
                                      tr("Record %1, %2 (%3): there is no %4 with id %5.")
                                          .arg(p.id, spec->translatedLabel(), spec->key,
                                               targets.first()->translatedSingular(), ref),
                                      p.id, spec->key);
            }
        }
    }
    return true;
}

bool InterchangeImporter::checkKeyProof(const Pending &p, const QVariantMap &current,
                                        const QVariantMap &merged, Error *error)
{
    if (!KeyProofs::covers(p.kind->table))
        return true;
    bool changed = current.isEmpty();
    for (auto it = p.fields.cbegin(); !changed && it != p.fields.cend(); ++it)
        changed = !RecordStore::sameValue(current.value(it.key()), it.value());
    if (!changed)
        return true;
    if (!m_trustRead) {
        if (!KeyProofs::trust(m_db, &m_trust, error))
            return false;
        m_trustRead = true;
    }
    const QString problem = KeyProofs::check(m_db, p.kind->table, p.id, merged, m_trust, true);
    if (problem.isEmpty())
        return true;
    return Error::set(error, Error::Code::Validation, problem, p.id, QStringLiteral("proof"));
}

QList<InterchangeImporter::Pending>
InterchangeImporter::referencedFirst(const QList<Pending> &pending)
{
    QHash<QString, int> index;
    for (int i = 0; i < pending.size(); ++i)
        index.insert(pending.at(i).id, i);
    QList<Pending> out;
    QSet<int> placed, visiting;
    std::function<void(int)> place = [&](int i) {
        if (placed.contains(i) || visiting.contains(i))
            return; // placed, or a cycle (the references check has passed it: keep file order)
        visiting.insert(i);
        const Pending &p = pending.at(i);
        for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it) {
            const FieldSpec *spec = p.kind->field(it.key());
            if (!spec || spec->type != FieldSpec::Type::Reference || it.value().isNull() ||
                !spec->refArray.split(QLatin1Char(',')).contains(p.kind->array))
                continue;
            const int target = index.value(it.value().toString().toLower(), -1);
            if (target >= 0 && pending.at(target).kind == p.kind)
                place(target);
        }
        visiting.remove(i);
        placed.insert(i);
        out.append(p);
    };
    for (int i = 0; i < pending.size(); ++i)
        place(i);
    return out;
}

bool InterchangeImporter::prepare(const QJsonObject &document, QList<Pending> *out, Error *error)
{
    m_trustRead = false;
    if (document.value(QStringLiteral("format")).toString() !=
        QLatin1String(InterchangeExporter::Format))
        return Error::set(error, Error::Code::Validation,
                          tr("The file is not a Field Desk export (\"format\" must be \"%1\").")
                              .arg(QLatin1String(InterchangeExporter::Format)));
    const QJsonValue version = document.value(QStringLiteral("version"));
    if (!version.isDouble())
        return Error::set(
            error, Error::Code::Validation,
            tr("The file's \"version\" must be the number %1, not %2.")
                .arg(InterchangeExporter::Version)
                .arg(version.isString()
                         ? QStringLiteral("\"%1\"").arg(version.toString().left(20))
                         : QString::fromUtf8(
                               QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact))
                               .mid(1)
                               .chopped(1)
                               .left(20)));
    if (version.toDouble() != InterchangeExporter::Version)
        return Error::set(error, Error::Code::Validation,
                          tr("Export format version %1 is not supported; this program reads "
                             "version %2.")
                              .arg(document.value(QStringLiteral("version")).toVariant().toString())
                              .arg(InterchangeExporter::Version));
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (HeaderKeys.contains(it.key()) || SignatureInterchange::arrays().contains(it.key()) ||
            KeyInterchange::arrays().contains(it.key()))
            continue;
        const RecordKind *kind = RecordCatalog::byArray(it.key());
        if (!kind)
            return Error::set(error, Error::Code::Validation,
                              tr("The file has an unknown section \"%1\".").arg(it.key()));
        if (kind->isNested())
            return Error::set(error, Error::Code::Validation,
                              tr("\"%1\" is not a section of its own: write them inside each "
                                 "\"%2\" record as \"%3\".")
                                  .arg(it.key(), kind->parentArray, kind->nestedKey));
    }

    // Check everything before writing anything.
    QList<Pending> pending;
    QSet<QString> seen;
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        const QJsonValue section = document.value(kind.array);
        if (section.isUndefined() || kind.isNested())
            continue;
        if (!section.isArray())
            return Error::set(error, Error::Code::Validation,
                              tr("\"%1\" must be a list of records.").arg(kind.array));
        const QJsonArray records = section.toArray();
        for (int index = 0; index < records.size(); ++index) {
            Pending p;
            QList<Pending> children;
            if (!parseRecord(kind, records.at(index), &p, &children, error, QString(), 0, index))
                return false;
            children.prepend(p); // the parent is written before its children
            for (const Pending &record : std::as_const(children)) {
                if (seen.contains(record.id))
                    return Error::set(error, Error::Code::Validation,
                                      tr("Record %1 appears twice in the file.").arg(record.id),
                                      record.id, QStringLiteral("id"));
                seen.insert(record.id);
                pending << record;
            }
        }
    }
    if (!checkReferences(pending, error))
        return false;
    pending = referencedFirst(pending);
    // Task numbers must be unique within the file as well as against the database.
    QHash<QString, QString> numbers;
    for (const Pending &p : pending) {
        const QString number = p.fields.value(QStringLiteral("number")).toString();
        if (p.kind->array != QLatin1String("tasks") || number.isEmpty())
            continue;
        if (numbers.contains(number))
            return Error::set(error, Error::Code::Validation,
                              tr("Record %1: task number %2 is also used by record %3 in the "
                                 "file.")
                                  .arg(p.id, number, numbers.value(number)),
                              p.id, QStringLiteral("number"));
        numbers.insert(number, p.id);
    }
    *out = pending;
    return true;
}

bool InterchangeImporter::writeRecord(const Pending &p, Summary *counts, Error *error)
{
    RecordStore store(m_db);
    // Cross-field rules on the record as it will be after the import.
    QVariantMap current;
    store.get(p.kind->table, p.id, &current, nullptr);
    if (!checkNotSigned(p, current, error) || !checkLevelNotLowered(p, current, error))
        return false;
    QVariantMap merged = current;
    for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (!RecordRules::check(m_db, *p.kind, p.id, merged, error)) {
        // The rules name the field, as the forms show it; a file names the record too.
        if (error)
            error->message = tr("Record %1, %2").arg(p.id, error->message);
        return false;
    }
    if (!checkKeyProof(p, current, merged, error))
        return false;
    // L3 text in clear is sealed on the way in, to its readers' confirmed keys.
    QVariantMap fields = p.fields;
    if (p.kind->table == QLatin1String(L3Seal::Table) &&
        !L3Seal(m_db).prepareWrite(p.id, current, &fields, error))
        return false;
    if (store.exists(p.kind->table, p.id)) {
        QStringList changed;
        if (!store.update(p.kind->table, p.id, fields, error, &changed))
            return false;
        changed.isEmpty() ? ++counts->unchanged : ++counts->updated;
        return true;
    }
    if (store.exists(p.kind->table, p.id, true))
        return Error::set(error, Error::Code::Validation,
                          tr("Record %1 was deleted in this database and cannot be "
                             "imported again.")
                              .arg(p.id),
                          p.id, QStringLiteral("id"));
    // New records must carry every required field.
    for (const FieldSpec &spec : p.kind->storedFields()) {
        if (!FieldCodec::validate(spec, p.fields.value(spec.key), p.id, error))
            return false;
    }
    if (!store.insert(p.kind->table, p.id, fields, error))
        return false;
    ++counts->created;
    return true;
}

bool InterchangeImporter::finish(const QJsonObject &document, const QList<Pending> &pending,
                                 Summary *counts, Error *error)
{
    if (!removeLeftOut(pending, &counts->removed, error))
        return false;
    // Signatures, revisions and locks last: a lock is checked against the content as written.
    if (!SignatureInterchange(m_db).importFrom(document, &counts->created, error))
        return false;
    return AuditLog(m_db).append(QStringLiteral("import"), QString(), QString(),
                                 QStringLiteral("created=%1,updated=%2,unchanged=%3,removed=%4")
                                     .arg(counts->created)
                                     .arg(counts->updated)
                                     .arg(counts->unchanged)
                                     .arg(counts->removed),
                                 error);
}

bool InterchangeImporter::writeAll(const QJsonObject &document, const QList<Pending> &pending,
                                   Summary *summary, Error *error)
{
    Summary counts;
    // One transaction writes every record with its change log, versions, audit entries and
    // index terms: with SQLite's default 2 MB page cache the indexes of those tables no longer
    // fit and each insert reads and spills pages (decrypting and encrypting them). A bigger
    // cache for the import's duration keeps them in memory; the default comes back after it.
    const ImportCache cache(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.commit(error); // busy: says so, nothing written
    // The people's keys first: what is signed in the file is checked against them.
    if (!KeyInterchange(m_db).importFrom(document, &counts.created, error))
        return false;
    for (const Pending &p : pending) {
        if (!writeRecord(p, &counts, error))
            return false;
    }
    if (!finish(document, pending, &counts, error) || !tx.commit(error))
        return false;
    if (summary)
        *summary = counts;
    return true;
}

bool InterchangeImporter::importDocument(const QJsonObject &document, Summary *summary,
                                         Error *error)
{
    QList<Pending> pending;
    if (!prepare(document, &pending, error))
        return false;
    // Inside a caller's transaction (the demo data) the caller decides what is one unit.
    if (m_db.transactionDepth() > 0 || pending.size() <= OneTransactionRecords)
        return writeAll(document, pending, summary, error);
    return checkOnCopy(document, pending, error) &&
           writeInBatches(document, pending, summary, error);
}

bool InterchangeImporter::checkOnCopy(const QJsonObject &document, const QList<Pending> &pending,
                                      Error *error)
{
    // Next to the database (the same disk has room for a copy of it), owner-only, encrypted
    // with a key that exists only in this process.
    const QFileInfo info(m_db.path());
    const QString prefix = info.fileName() + QStringLiteral(".import-check-");
    // The copy of an import killed while it checked is useless (its key is gone); one whose
    // lock file nobody holds any more is removed.
    for (const QString &name :
         info.absoluteDir().entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden)) {
        QDir stale(info.absoluteDir().filePath(name));
        QLockFile owner(stale.filePath(QStringLiteral("lock")));
        owner.setStaleLockTime(0);
        if (owner.tryLock(0)) {
            owner.unlock();
            stale.removeRecursively();
        }
    }
    QTemporaryDir dir(info.absoluteDir().filePath(prefix + QStringLiteral("XXXXXX")));
    QLockFile inUse(dir.filePath(QStringLiteral("lock")));
    if (!dir.isValid() || !inUse.tryLock(0))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot make a working copy next to %1 to check the import: %2")
                              .arg(QDir::toNativeSeparators(m_db.path()), dir.errorString()));
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    const QString hexKey = QString::fromLatin1(key.toHex());
    // A plain database (the benchmark's baseline) can only be copied plain.
    const Database::KeyKind kind = m_db.keyKind() == Database::KeyKind::None
                                       ? Database::KeyKind::None
                                       : Database::KeyKind::RawKey;
    const QString path = dir.filePath(QStringLiteral("check.fdb"));
    Database copy;
    if (!m_db.backupTo(path, hexKey, kind, error) || !copy.open(path, hexKey, error, kind))
        return false;
    {
        // The copy is private and thrown away: nothing needs to survive a crash, and a rollback
        // journal writes each page once where the WAL writes it twice (log, then checkpoint).
        QSqlQuery q(copy.sql());
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    InterchangeImporter check(copy);
    const bool ok = check.writeAll(document, pending, nullptr, error);
    copy.close();
    return ok;
}

namespace {
const QString UnfinishedPrefix = QStringLiteral("import_unfinished:");
} // namespace

QStringList InterchangeImporter::unfinishedImports(Database &db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key LIKE ? ORDER BY key"));
    q.addBindValue(UnfinishedPrefix + QLatin1Char('%'));
    if (!q.exec())
        return out;
    while (q.next()) {
        const QJsonObject mark = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        out << tr("An import of %1 started at %2 did not finish: some of its %3 records are "
                  "written, others and their signatures are not. Import the same file again "
                  "to complete it.")
                   .arg(mark.value(QStringLiteral("file")).toString(),
                        mark.value(QStringLiteral("started_at")).toString())
                   .arg(mark.value(QStringLiteral("records")).toInt());
    }
    return out;
}

bool InterchangeImporter::writeInBatches(const QJsonObject &document, const QList<Pending> &pending,
                                         Summary *summary, Error *error)
{
    // The same file gets the same mark: importing it again completes the import and clears it.
    const QString mark =
        UnfinishedPrefix +
        QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(document).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(32));
    const QString markValue = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("file"),
                 m_sourceName.isEmpty() ? tr("a file") : QDir::toNativeSeparators(m_sourceName)},
                {QStringLiteral("started_at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                {QStringLiteral("records"), int(pending.size())}})
            .toJson(QJsonDocument::Compact));
    const ImportCache cache(m_db);
    // Between batches another program may hold the lock for a moment; the import waits for
    // it rather than stopping halfway.
    const ImportBusyWait wait(m_db);
    Summary counts;
    int next = 0;
    int committed = 0;
    const auto stopped = [&](Error *e) {
        // The rules passed on the copy, so this is a change made meanwhile by another program
        // (or a failing disk). What earlier batches wrote stays, whole and marked; it is no
        // "input rejected, nothing written".
        if (e && committed > 0) {
            e->code = Error::Code::Failure;
            e->message = tr("The import stopped after writing %1 of %2 records: %3 The database "
                            "is marked as holding an unfinished import; import the same file "
                            "again to complete it.")
                             .arg(committed)
                             .arg(pending.size())
                             .arg(e->message);
        }
        return false;
    };
    bool first = true;
    while (first || next < pending.size()) {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            tx.commit(error); // the busy message
            return stopped(error);
        }
        if (first && !m_db.setMeta(mark, markValue, error))
            return false;
        // The people's keys first: what is signed in the file is checked against them.
        if (first && !KeyInterchange(m_db).importFrom(document, &counts.created, error))
            return stopped(error);
        QElapsedTimer batch;
        batch.start();
        while (next < pending.size() && batch.elapsed() < BatchMillis) {
            if (!writeRecord(pending.at(next), &counts, error))
                return stopped(error);
            ++next;
        }
        if (next == pending.size()) {
            QSqlQuery clear(m_db.sql());
            clear.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            clear.addBindValue(mark);
            if (!finish(document, pending, &counts, error))
                return stopped(error);
            if (!clear.exec()) {
                Error::set(error, Error::Code::Failure, clear.lastError().text());
                return stopped(error);
            }
        }
        if (!tx.commit(error))
            return stopped(error);
        committed = next;
        first = false;
        if (next < pending.size())
            QThread::msleep(PauseMillis);
    }
    if (summary)
        *summary = counts;
    return true;
}
