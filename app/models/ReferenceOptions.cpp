#include "app/models/ReferenceOptions.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordStatus.h"
#include "app/rules/SignerRoles.h"
#include "db/Database.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QString identifier(const Database &db, const QString &name, QSqlDriver::IdentifierType type)
{
    return db.sql().driver()->escapeIdentifier(name, type);
}

// Ids per statement when only some records are wanted (SQLite allows 999 parameters).
constexpr int IdsPerQuery = 500;

// id -> title of the live records of kind: all of them, or those in ids.
bool titles(Database &db, const RecordKind &kind, const QString &extraColumn,
            QHash<QString, QString> *title, QHash<QString, QString> *extra, Error *error,
            const QStringList *ids = nullptr)
{
    QString columns =
        QStringLiteral("id, %1").arg(identifier(db, kind.titleField, QSqlDriver::FieldName));
    if (!extraColumn.isEmpty())
        columns += QStringLiteral(", ") + identifier(db, extraColumn, QSqlDriver::FieldName);
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0")
                               .arg(columns, identifier(db, kind.table, QSqlDriver::TableName));
    const FieldSpec *titleSpec = kind.field(kind.titleField);
    const QString emptyTitle = titleSpec ? titleSpec->translatedEmptyText() : QString();
    const qsizetype total = ids ? ids->size() : 1;
    for (qsizetype from = 0; from < total; from += IdsPerQuery) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        bool ok = false;
        if (!ids) {
            ok = q.exec(select);
        } else {
            const QStringList part = ids->mid(from, IdsPerQuery);
            q.prepare(
                select +
                QStringLiteral(" AND id IN (%1)")
                    .arg(QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))));
            for (const QString &id : part)
                q.addBindValue(id);
            ok = q.exec();
        }
        if (!ok)
            return Error::set(error, Error::Code::Failure,
                              ReferenceOptions::tr("Cannot read the list of %1: %2")
                                  .arg(kind.translatedPlural(), q.lastError().text()));
        while (q.next()) {
            const QString text = q.value(1).toString();
            title->insert(q.value(0).toString(), text.isEmpty() ? emptyTitle : text);
            if (extra && !extraColumn.isEmpty())
                extra->insert(q.value(0).toString(), q.value(2).toString());
        }
    }
    return true;
}

bool datedTitle(const RecordKind &kind)
{
    const FieldSpec *title = kind.field(kind.titleField);
    return title &&
           (title->type == FieldSpec::Type::Date || title->type == FieldSpec::Type::DateTime);
}

// A date or date-time title as people read it in a label: the day ("2026-05-19").
QString titleText(const RecordKind &kind, const QString &stored)
{
    if (!datedTitle(kind) || stored.isEmpty())
        return stored;
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODate);
    return at.isValid() ? at.date().toString(Qt::ISODate) : stored.left(10);
}

} // namespace

QString ReferenceOptions::joined(const RecordKind &kind, const QString &title,
                                 const QString &ownerName)
{
    if (ownerName.isEmpty())
        return titleText(kind, title);
    if (title.isEmpty())
        return ownerName;
    // A report is named after its task first: "LITH-FE-2026-0001 — 2026-05-19".
    return datedTitle(kind) ? tr("%1 — %2").arg(ownerName, titleText(kind, title))
                            : tr("%1 — %2").arg(title, ownerName);
}

bool ReferenceOptions::hasOwnerLabel(const RecordKind &kind)
{
    return datedTitle(kind) && ownerField(kind);
}

const FieldSpec *ReferenceOptions::ownerField(const RecordKind &kind)
{
    // A kind whose records are told apart by what they refer to (an NDA by its counterparty):
    // its first required reference goes into the label.
    // Reports (daily reports, service reports) are titled by a date: their task names them.
    const FieldSpec *title = kind.field(kind.titleField);
    if (!title || (title->type != FieldSpec::Type::Text && !datedTitle(kind)))
        return nullptr;
    for (const FieldSpec &f : kind.fields) {
        if (f.type == FieldSpec::Type::Reference && f.required && !f.refArray.isEmpty())
            return &f;
    }
    return nullptr;
}

QString ReferenceOptions::labelOf(Database &db, const RecordKind &kind, const QVariantMap &record)
{
    QString title = record.value(kind.titleField).toString();
    if (const FieldSpec *titleSpec = title.isEmpty() ? kind.field(kind.titleField) : nullptr)
        title = titleSpec->translatedEmptyText(); // a task's pending number
    const FieldSpec *owner = ownerField(kind);
    const QString ownerId = owner ? record.value(owner->key).toString() : QString();
    if (ownerId.isEmpty())
        return title;
    for (const QString &array : owner->refArray.split(QLatin1Char(','))) {
        const RecordKind *ownerKind = RecordCatalog::byArray(array.trimmed());
        if (!ownerKind)
            continue;
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                      .arg(identifier(db, ownerKind->titleField, QSqlDriver::FieldName),
                           identifier(db, ownerKind->table, QSqlDriver::TableName)));
        q.addBindValue(ownerId);
        if (q.exec() && q.next())
            return joined(kind, title, q.value(0).toString());
    }
    return titleText(kind, title);
}

bool ReferenceOptions::collect(Database &db, const QString &refArrays, const QStringList *ids,
                               QList<Option> *out, Error *error)
{
    out->clear();
    const QStringList arrays = refArrays.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &arrayName : arrays) {
        const RecordKind *kind = RecordCatalog::byArray(arrayName.trimmed());
        if (!kind || kind->titleField.isEmpty())
            continue;
        const FieldSpec *owner = ownerField(*kind);
        QHash<QString, QString> title, ownerId;
        if (!titles(db, *kind, owner ? owner->key : QString(), &title, &ownerId, error, ids))
            return false;
        QHash<QString, QString> ownerTitle;
        if (owner) {
            // The owners of these records only (all of them when every record is wanted).
            QStringList owners;
            if (ids) {
                QSet<QString> distinct;
                for (const QString &o : std::as_const(ownerId))
                    distinct.insert(o);
                owners = QStringList(distinct.cbegin(), distinct.cend());
            }
            for (const QString &ownerArray : owner->refArray.split(QLatin1Char(','))) {
                const RecordKind *ownerKind = RecordCatalog::byArray(ownerArray.trimmed());
                QHash<QString, QString> t;
                if (ownerKind && titles(db, *ownerKind, QString(), &t, nullptr, nullptr,
                                        ids ? &owners : nullptr))
                    ownerTitle.insert(t);
            }
        }
        // Two revisions of one signed form have the same title: the revision tells them apart.
        QHash<QString, RecordStatus::State> status;
        if (SignerRoles::isSignable(kind->table) &&
            !RecordStatus::load(db, kind->table, &status, error))
            return false;
        for (auto it = title.cbegin(); it != title.cend(); ++it) {
            QString label = joined(*kind, it.value(), ownerTitle.value(ownerId.value(it.key())));
            const QString revision = RecordStatus::revisionText(status.value(it.key()));
            if (!revision.isEmpty())
                label = tr("%1 · %2").arg(label, revision);
            if (arrays.size() > 1)
                label = tr("%1 (%2)").arg(label, kind->translatedSingular());
            out->append({it.key(), label, kind->array});
        }
    }
    return true;
}

bool ReferenceOptions::load(Database &db, const QString &refArrays, QList<Option> *out,
                            Error *error)
{
    if (!collect(db, refArrays, nullptr, out, error))
        return false;
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(out->begin(), out->end(), [&collator](const Option &a, const Option &b) {
        return collator.compare(a.label, b.label) < 0;
    });
    return true;
}

bool ReferenceOptions::labels(Database &db, const QString &refArrays, const QStringList &ids,
                              QHash<QString, QString> *out, Error *error)
{
    QList<Option> options;
    if (!ids.isEmpty() && !collect(db, refArrays, &ids, &options, error))
        return false;
    for (const Option &o : std::as_const(options))
        out->insert(o.id, o.label);
    return true;
}
