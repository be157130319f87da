#include "app/print/PrintRecord.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/Money.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/ReferenceOptions.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/SignerRoles.h"
#include "app/signing/PaperCode.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "app/signing/SignatureStrokes.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

PrintRecord::PrintRecord(Database &db) : m_db(db) {}

const RecordKind *PrintRecord::kindOf(Database &db, const QString &id)
{
    RecordStore store(db);
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        if (store.exists(kind.table, id))
            return &kind;
    }
    return nullptr;
}

bool PrintRecord::load(const QString &id, Error *error)
{
    m_id = id;
    m_kind = kindOf(m_db, id);
    if (!m_kind)
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no record %1 to print: check the id.").arg(id), id);
    if (!RecordStore(m_db).get(m_kind->table, id, &m_stored, error))
        return false;
    m_derived = DerivedFields(m_db).compute(*m_kind, m_stored);
    RecordRevisions revisions(m_db);
    QString newer;
    if (!revisions.revisionOf(id, &m_revision, error) || !revisions.supersededBy(id, &newer, error))
        return false;
    m_supersededBy = 0;
    if (!newer.isEmpty() && !revisions.revisionOf(newer, &m_supersededBy, error))
        return false;
    if (!revisions.reasonOf(id, &m_correctionReason, error))
        return false;
    return RecordFingerprint::contentHash(m_db, *m_kind, id, &m_hash, error) &&
           loadSignatures(error);
}

bool PrintRecord::loadSignatures(Error *error)
{
    m_signatures.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT role, signer_id, signer_name, strokes, signed_at FROM "
                             "signatures WHERE record_id = ? AND deleted = 0 "
                             "ORDER BY signed_at, id"));
    q.addBindValue(m_id);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text(), m_id);
    while (q.next())
        m_signatures << Signature{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString()};
    return true;
}

QString PrintRecord::noneText()
{
    return tr("(none)");
}

QString PrintRecord::formatDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : iso;
}

QString PrintRecord::formatDateTime(const QString &iso)
{
    // Printed in the time zone it was recorded in (the desk's local time, +08:00).
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QString PrintRecord::titleOf(const QString &refArrays, const QString &id) const
{
    if (id.isEmpty())
        return QString();
    auto it = m_titles.constFind(id);
    if (it != m_titles.constEnd())
        return *it;
    QString title;
    RecordStore store(m_db);
    for (const QString &array : refArrays.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const RecordKind *kind = RecordCatalog::byArray(array.trimmed());
        QVariantMap record;
        if (kind && store.get(kind->table, id, &record, nullptr)) {
            title = ReferenceOptions::labelOf(m_db, *kind, record);
            break;
        }
    }
    if (title.isEmpty())
        title = tr("(linked record)");
    m_titles.insert(id, title);
    return title;
}

QString PrintRecord::format(const FieldSpec &field, const QVariant &raw) const
{
    if (raw.isNull())
        return QString();
    const QString text = raw.toString();
    using T = FieldSpec::Type;
    switch (field.type) {
    case T::Date:
        return formatDate(text);
    case T::DateTime:
        return formatDateTime(text);
    case T::Enum:
        return text.isEmpty() ? QString() : EnumNames::text(field.key, text);
    case T::EnumList:
        return EnumNames::listText(field.key, text);
    case T::Bool:
        return raw.toInt() != 0 ? tr("Yes") : tr("No");
    case T::Number:
        return QString::number(raw.toDouble());
    case T::Money:
        return Money::fromFen(raw.toLongLong()).toString();
    case T::Reference:
        return titleOf(field.refArray, text);
    case T::ReferenceList: {
        QStringList names;
        for (const QString &id : FieldCodec::listValues(text))
            names << titleOf(field.refArray, id);
        return names.join(EnumNames::listSeparator());
    }
    case T::Text:
    case T::LongText:
        break;
    }
    return text;
}

QString PrintRecord::formatDerived(const FieldSpec &field, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QString();
    using T = FieldSpec::Type;
    switch (field.type) {
    case T::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case T::EnumList:
        return EnumNames::listText(
            field.key,
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    case T::Date:
        return formatDate(value.toString());
    case T::DateTime:
        return formatDateTime(value.toString());
    case T::Text:
        // The approval a task needs is named like an approval decision's level.
        return EnumNames::text(field.key == QLatin1String("approval") ? QStringLiteral("level")
                                                                      : field.key,
                               value.toString());
    default:
        return value.isString() ? value.toString() : QString::number(value.toDouble());
    }
}

QString PrintRecord::text(const QString &key) const
{
    const FieldSpec *field = m_kind ? m_kind->field(key) : nullptr;
    if (!field)
        return QString();
    if (field->derived)
        return formatDerived(*field, m_derived.value(key));
    return format(*field, m_stored.value(key));
}

QString PrintRecord::label(const QString &key) const
{
    const FieldSpec *field = m_kind ? m_kind->field(key) : nullptr;
    return field ? field->translatedLabel() : key;
}

QPair<QString, QString> PrintRecord::pair(const QString &key) const
{
    return {label(key), text(key)};
}

QList<QPair<QString, QString>> PrintRecord::pairs(const QStringList &keys) const
{
    QList<QPair<QString, QString>> out;
    for (const QString &key : keys)
        out << pair(key);
    return out;
}

PrintForm PrintRecord::startForm(const QString &formCode, const QString &title,
                                 const QString &recordNumber, bool keepPermanently) const
{
    PrintForm form;
    form.table = m_kind->table;
    form.recordId = m_id;
    form.formCode = formCode;
    form.title = title;
    form.recordNumber = recordNumber;
    form.revision = m_revision;
    if (m_supersededBy > 0)
        form.superseded = tr("Superseded by revision %1").arg(m_supersededBy);
    // A correction says on its face what it corrects and why (the reason asked for when it was
    // made), so the paper explains itself next to the superseded copy.
    if (m_revision > 1 && !m_correctionReason.isEmpty())
        form.addNote(tr("Revision %1, correcting revision %2: %3")
                         .arg(m_revision)
                         .arg(m_revision - 1)
                         .arg(m_correctionReason));
    // SOP-10 §9: every form is kept 10 years, NDAs permanently.
    form.retention = keepPermanently ? tr("Keep permanently") : tr("Keep 10 years");
    form.shortHash = RecordFingerprint::shortHash(m_hash);
    PaperCode code;
    code.recordId = m_id;
    code.revision = m_revision;
    code.shortHash = form.shortHash;
    // Signatures made with personal keys travel on the paper, so the team's public keys alone
    // tell who signed it.
    QList<RecordSigning::Signature> signatures;
    if (RecordSigning(m_db).signatures(m_id, &signatures, nullptr)) {
        for (const RecordSigning::Signature &s : std::as_const(signatures)) {
            if (!s.proof.isEmpty())
                code.signatures.append({s.keyId, s.role, s.signedAtText, s.contentHash, s.proof});
        }
    }
    if (!code.signatures.isEmpty())
        code.fullHash = m_hash;
    form.paperCode = code.toText();
    return form;
}

QList<PrintSignature>
PrintRecord::signatureBlocks(const QHash<QString, QStringList> &expectedNames) const
{
    QList<PrintSignature> out;
    for (const SignerRole &role : SignerRoles::forTable(m_kind->table))
        out << signatureBlocks(role.key, role.translatedLabel(), expectedNames.value(role.key));
    return out;
}

QList<PrintSignature> PrintRecord::signatureBlocks(const QString &role, const QString &roleLabel,
                                                   const QStringList &expectedNames) const
{
    QList<PrintSignature> out;
    for (const Signature &s : m_signatures) {
        if (s.role != role)
            continue;
        PrintSignature block;
        block.role = roleLabel;
        block.name = s.signerName;
        block.date = formatDate(s.signedAt);
        // The signing code's own parser: anything it refuses prints as a line for ink.
        SignatureStrokes strokes;
        if (SignatureStrokes::parse(s.strokes, &strokes, nullptr)) {
            block.padSize = QSizeF(strokes.width, strokes.height);
            block.strokes = strokes.strokes;
        }
        out << block;
    }
    if (!out.isEmpty())
        return out;
    const QStringList names = expectedNames.isEmpty() ? QStringList{QString()} : expectedNames;
    for (const QString &name : names) {
        PrintSignature block;
        block.role = roleLabel;
        block.name = name;
        out << block;
    }
    return out;
}
