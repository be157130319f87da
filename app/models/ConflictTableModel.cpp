#include "app/models/ConflictTableModel.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldSpec.h"
#include "app/catalog/Money.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/ReferenceOptions.h"
#include "app/people/SealedText.h"
#include "app/workflow/TaskNumbering.h"
#include "db/Database.h"
#include "db/HybridClock.h"
#include "db/RecordStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace {

const QString AcknowledgedKey = QStringLiteral("sync_acknowledged_conflicts");

QSet<QString> acknowledged(const Database &db)
{
    QSet<QString> ids;
    const QJsonArray a = QJsonDocument::fromJson(db.meta(AcknowledgedKey).toUtf8()).array();
    for (const QJsonValue &v : a)
        ids.insert(v.toString());
    return ids;
}

// A merge group's value is a JSON object text of its columns.
QVariantMap groupValue(const QVariant &stored)
{
    return QJsonDocument::fromJson(stored.toString().toUtf8()).object().toVariantMap();
}

// The value both sides started from: the version (hlc, device) in this device's change log or
// among the versions received. False when neither holds it (a version from a snapshot).
bool baseValue(Database &db, const SyncConflict &c, QVariant *value)
{
    if (c.baseHlc <= 0 || c.field.contains(QLatin1Char(',')))
        return false;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM change_log WHERE record_table = ? AND "
                             "record_id = ? AND field = ? AND hlc = ? AND device = ? UNION ALL "
                             "SELECT value FROM sync_changes WHERE record_table = ? AND "
                             "record_id = ? AND field = ? AND hlc = ? AND device = ? LIMIT 1"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(c.table);
        q.addBindValue(c.recordId);
        q.addBindValue(c.field);
        q.addBindValue(c.baseHlc);
        q.addBindValue(c.baseDevice);
    }
    if (!q.exec() || !q.next())
        return false;
    *value = q.value(0);
    return true;
}

} // namespace

ConflictTableModel::ConflictTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictTableModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

QList<SyncConflict> ConflictTableModel::openConflicts(Database &db)
{
    const QSet<QString> done = acknowledged(db);
    QList<SyncConflict> out;
    for (const SyncConflict &c : SyncConflicts(db).list(true)) {
        if (!done.contains(c.id))
            out << c;
    }
    return out;
}

void ConflictTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_db) {
        for (const SyncConflict &c : openConflicts(*m_db)) {
            Row r;
            r.conflict = c;
            const bool unique = c.kind == QLatin1String("unique");
            const bool deleted = c.kind == QLatin1String("delete");
            r.text << recordText(*m_db, c.table, unique ? c.other.toString() : c.recordId)
                   << fieldText(c.table, c.field);
            if (unique) {
                r.text << tr("%1 stays").arg(recordText(*m_db, c.table, c.kept.toString()));
            } else if (deleted) {
                r.text << tr("Kept (edited)");
            } else {
                r.text << valueText(*m_db, c.table, c.field, c.kept);
            }
            r.text << versionText(*m_db, c.keptDevice, c.keptHlc);
            if (unique)
                r.text << tr("Hidden: the same record entered twice");
            else if (deleted)
                r.text << tr("Deleted");
            else
                r.text << valueText(*m_db, c.table, c.field, c.other);
            r.text << versionText(*m_db, c.otherDevice, c.otherHlc);
            QVariant base;
            if (!c.baseHlc)
                r.text << tr("new record");
            else if (c.kind == QLatin1String("concurrent") && baseValue(*m_db, c, &base))
                r.text << tr("%1 (%2)").arg(valueText(*m_db, c.table, c.field, base),
                                            versionText(*m_db, c.baseDevice, c.baseHlc));
            else
                r.text << versionText(*m_db, c.baseDevice, c.baseHlc);
            r.text << kindText(c.kind);
            m_rows << r;
        }
    }
    endResetModel();
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.text.value(index.column());
    case IdRole:
        return row.conflict.id;
    case KindRole:
        return row.conflict.kind;
    default:
        return QVariant();
    }
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Kept:
        return tr("Value kept");
    case KeptBy:
        return tr("Kept from");
    case Other:
        return tr("Other value");
    case OtherBy:
        return tr("Other from");
    case Base:
        return tr("Both started from");
    case Kind:
        return tr("Conflict");
    case ColumnCount:
        break;
    }
    return QVariant();
}

SyncConflict ConflictTableModel::conflict(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).conflict : SyncConflict();
}

int ConflictTableModel::rowOfId(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).conflict.id == id)
            return r;
    }
    return -1;
}

QVariant ConflictTableModel::keptChoice(const SyncConflict &c)
{
    if (c.kind == QLatin1String("delete"))
        return true;
    if (c.kind == QLatin1String("unique"))
        return QVariantMap(); // the duplicate stays hidden (deleted)
    return c.field.contains(QLatin1Char(',')) ? QVariant(groupValue(c.kept)) : c.kept;
}

QVariant ConflictTableModel::otherChoice(const SyncConflict &c)
{
    if (c.kind == QLatin1String("delete"))
        return false;
    return c.field.contains(QLatin1Char(',')) ? QVariant(groupValue(c.other)) : c.other;
}

bool ConflictTableModel::acknowledge(Database &db, const QString &conflictId, Error *error)
{
    QJsonArray a = QJsonDocument::fromJson(db.meta(AcknowledgedKey).toUtf8()).array();
    if (!a.contains(conflictId))
        a.append(conflictId);
    return db.setMeta(AcknowledgedKey,
                      QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)), error);
}

QString ConflictTableModel::fieldText(const QString &table, const QString &field)
{
    const RecordKind *kind = RecordCatalog::byTable(table);
    QStringList names;
    for (const QString &key : field.split(QLatin1Char(','))) {
        const FieldSpec *spec = kind ? kind->field(key) : nullptr;
        if (key == QLatin1String("deleted"))
            names << tr("Deleted");
        else
            names << (spec ? spec->translatedLabel() : key);
    }
    return names.join(QStringLiteral(" + "));
}

QString ConflictTableModel::recordText(Database &db, const QString &table, const QString &id)
{
    const RecordKind *kind = RecordCatalog::byTable(table);
    if (!kind)
        return id;
    QVariantMap record;
    QString label;
    if (RecordStore(db).get(table, id, &record, nullptr))
        label = ReferenceOptions::labelOf(db, *kind, record);
    if (label.isEmpty() && table == QLatin1String("tasks"))
        label = TaskNumbering::displayText(QString());
    if (label.isEmpty())
        label = id.left(8);
    return tr("%1 %2").arg(kind->translatedSingular(), label);
}

QString ConflictTableModel::valueText(Database &db, const QString &table, const QString &field,
                                      const QVariant &stored)
{
    const RecordKind *kind = RecordCatalog::byTable(table);
    if (field.contains(QLatin1Char(','))) {
        const QVariantMap map = groupValue(stored);
        QStringList parts;
        for (const QString &key : field.split(QLatin1Char(',')))
            parts << tr("%1: %2").arg(fieldText(table, key),
                                      valueText(db, table, key, map.value(key)));
        return parts.join(QStringLiteral("; "));
    }
    if (stored.isNull() || stored.toString().isEmpty())
        return table == QLatin1String("tasks") && field == QLatin1String("number")
                   ? TaskNumbering::displayText(QString())
                   : tr("(empty)");
    const FieldSpec *spec = kind ? kind->field(field) : nullptr;
    const QString text = stored.toString();
    if (!spec)
        return text;
    using T = FieldSpec::Type;
    switch (spec->type) {
    case T::Enum:
        return EnumNames::text(spec->key, text);
    case T::EnumList:
        return EnumNames::listText(spec->key, text);
    case T::Bool:
        return stored.toInt() ? tr("yes") : tr("no");
    case T::Money:
        return tr("RMB %1").arg(Money::fromFen(stored.toLongLong()).toString());
    case T::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? d.toString(Qt::ISODate) : text;
    }
    case T::DateTime: {
        const QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
        return d.isValid() ? RecordTime::text(d) : text;
    }
    case T::Reference:
    case T::ReferenceList: {
        QStringList ids = spec->type == T::Reference
                              ? QStringList{text}
                              : QJsonDocument::fromJson(text.toUtf8()).toVariant().toStringList();
        QStringList labels;
        for (const QString &id : std::as_const(ids)) {
            QString label;
            for (const QString &array : spec->refArray.split(QLatin1Char(','))) {
                const RecordKind *refKind = RecordCatalog::byArray(array.trimmed());
                QVariantMap record;
                if (refKind && RecordStore(db).get(refKind->table, id, &record, nullptr)) {
                    label = ReferenceOptions::labelOf(db, *refKind, record);
                    break;
                }
            }
            labels << (label.isEmpty() ? tr("(linked record)") : label);
        }
        return labels.join(EnumNames::listSeparator());
    }
    case T::Number:
    case T::Text:
        break;
    case T::LongText:
        // Sealed L3 text is not shown as its ciphertext.
        if (SealedText::isSealed(text))
            return tr("(sealed L3 text)");
        break;
    }
    return text;
}

QString ConflictTableModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("concurrent"))
        return tr("Edited on two desks");
    if (kind == QLatin1String("delete"))
        return tr("Edited on one desk, deleted on another");
    if (kind == QLatin1String("unique"))
        return tr("Entered twice");
    if (kind == QLatin1String("locked"))
        return tr("Rejected: the record is signed");
    if (kind == QLatin1String("invalid"))
        return tr("Rejected: not a valid correction");
    return kind;
}

QString ConflictTableModel::versionText(const Database &db, const QString &device, qint64 hlc)
{
    const QString who =
        device == db.deviceId() ? tr("this desk") : tr("desk %1").arg(device.left(8));
    if (hlc <= 0)
        return who;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(HybridClock::millisOf(hlc));
    return tr("%1, %2").arg(who, QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm")));
}
