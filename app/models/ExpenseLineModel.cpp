#include "app/models/ExpenseLineModel.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldSpec.h"
#include "app/catalog/MoneyInput.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/SiteReportRules.h"
#include "db/RecordStore.h"

#include <QColor>
#include <QDate>

namespace {

const char *const Keys[] = {"date",    "category", "description",    "amount",
                            "paid_by", "receipt",  "daily_report_id"};

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

ExpenseLineModel::ExpenseLineModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ExpenseLineModel::fieldKey(int column)
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(Keys[column]) : QString();
}

void ExpenseLineModel::setLines(const QList<QVariantMap> &records)
{
    beginResetModel();
    m_lines.clear();
    m_removed.clear();
    for (const QVariantMap &r : records) {
        Line line;
        line.id = r.value(QStringLiteral("id")).toString();
        line.isNew = false;
        for (int c = 0; c < ColumnCount; ++c)
            line.stored.insert(fieldKey(c), r.value(fieldKey(c)));
        m_lines << line;
    }
    endResetModel();
    markSaved();
    emit totalsChanged();
}

int ExpenseLineModel::addLine(const QVariantMap &defaults)
{
    Line line;
    line.id = RecordStore::newId();
    for (int c = 0; c < ColumnCount; ++c)
        line.stored.insert(fieldKey(c), c == Receipt ? QVariant(0) : nullText());
    line.stored.insert(fieldKey(Amount), QVariant());
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        line.stored.insert(it.key(), it.value());
    const int row = int(m_lines.size());
    beginInsertRows(QModelIndex(), row, row);
    m_lines << line;
    endInsertRows();
    emit totalsChanged();
    emit modifiedChanged();
    return row;
}

bool ExpenseLineModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    const Line line = m_lines.takeAt(row);
    endRemoveRows();
    if (!line.isNew)
        m_removed << line.id;
    // The line numbers below it moved up.
    if (row < m_lines.size())
        emit headerDataChanged(Qt::Vertical, row, int(m_lines.size()) - 1);
    emit totalsChanged();
    emit modifiedChanged();
    return true;
}

bool ExpenseLineModel::moveLine(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_lines.size() || to >= m_lines.size() || from == to)
        return false;
    // beginMoveRows counts the destination before the move.
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to))
        return false;
    m_lines.move(from, to);
    endMoveRows();
    emit headerDataChanged(Qt::Vertical, qMin(from, to), qMax(from, to));
    emit modifiedChanged();
    return true;
}

QVariantMap ExpenseLineModel::record(int row, const QString &claimId) const
{
    QVariantMap r = m_lines.at(row).stored;
    r.insert(QStringLiteral("claim_id"), claimId);
    r.insert(QStringLiteral("line_no"), row + 1);
    return r;
}

void ExpenseLineModel::setDailyReportLabels(const QList<QPair<QString, QString>> &labels)
{
    m_reportLabels = labels;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, DailyReport), index(int(m_lines.size()) - 1, DailyReport));
}

QString ExpenseLineModel::dailyReportLabel(const QString &id) const
{
    for (const auto &l : m_reportLabels) {
        if (l.first == id)
            return l.second;
    }
    return id.isEmpty() ? QString() : tr("(report %1)").arg(id.left(8));
}

Money ExpenseLineModel::companyTotal() const
{
    Money total;
    for (const Line &l : m_lines) {
        const QVariant amount = l.stored.value(fieldKey(Amount));
        if (l.stored.value(fieldKey(PaidBy)).toString() == QLatin1String("company") &&
            !amount.isNull())
            total += Money::fromFen(amount.toLongLong());
    }
    return total;
}

bool ExpenseLineModel::declarationRequired(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return false;
    const QVariantMap &s = m_lines.at(row).stored;
    const QVariant amount = s.value(fieldKey(Amount));
    return !amount.isNull() &&
           SiteReportRules::declarationRequired(s.value(fieldKey(Category)).toString(),
                                                s.value(fieldKey(PaidBy)).toString(),
                                                Money::fromFen(amount.toLongLong()));
}

int ExpenseLineModel::declarationCount() const
{
    int n = 0;
    for (int r = 0; r < m_lines.size(); ++r)
        n += declarationRequired(r) ? 1 : 0;
    return n;
}

int ExpenseLineModel::firstInputProblem() const
{
    for (int r = 0; r < m_lines.size(); ++r) {
        if (!m_lines.at(r).amountIssue.isEmpty())
            return r;
    }
    return -1;
}

bool ExpenseLineModel::isModified() const
{
    if (!m_removed.isEmpty() || m_lines.size() != m_baseline.size())
        return true;
    for (int r = 0; r < m_lines.size(); ++r) {
        const Line &l = m_lines.at(r);
        if (l.id != m_baseline.at(r).id || !l.amountText.isEmpty())
            return true;
        for (int c = 0; c < ColumnCount; ++c) {
            if (!RecordStore::sameValue(l.stored.value(fieldKey(c)),
                                        m_baseline.at(r).stored.value(fieldKey(c))))
                return true;
        }
    }
    return false;
}

void ExpenseLineModel::markSaved()
{
    m_removed.clear();
    m_baseline.clear();
    for (Line &l : m_lines) {
        l.isNew = false;
        m_baseline << Snapshot{l.id, l.stored};
    }
    emit modifiedChanged();
}

int ExpenseLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ExpenseLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpenseLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return QVariant();
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    const QVariant stored = line.stored.value(fieldKey(column));
    const bool flagged = declarationRequired(index.row());
    const bool bad = column == Amount && !line.amountIssue.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return stored.toString();
        case Category:
        case PaidBy:
            return stored.isNull() ? QString()
                                   : EnumNames::text(fieldKey(column), stored.toString());
        case Amount:
            if (bad)
                return line.amountText;
            return stored.isNull() ? QString() : Money::fromFen(stored.toLongLong()).toString();
        case Receipt:
            return QVariant();
        case DailyReport:
            return dailyReportLabel(stored.toString());
        default:
            return stored.toString();
        }
    case Qt::EditRole:
        if (column == Amount)
            return bad ? line.amountText
                       : (stored.isNull() ? QString()
                                          : Money::fromFen(stored.toLongLong()).toString());
        return stored;
    case Qt::CheckStateRole:
        if (column == Receipt)
            return stored.toInt() != 0 ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (bad || (flagged && (column == Amount || column == Category)))
            return QColor(0xc6, 0x28, 0x28);
        return QVariant();
    case Qt::BackgroundRole:
        if (bad) // the cell that keeps the claim from being saved
            return QColor(0xfd, 0xec, 0xea);
        return QVariant();
    case Qt::ToolTipRole:
        if (bad)
            return line.amountIssue;
        if (flagged)
            return tr("A gift or hospitality paid by the customer over RMB 200.00: declare it to "
                      "王婧 (administration), SOP-10 §5.3.1.3.");
        if (column == DailyReport && !stored.toString().isEmpty())
            return tr("Taken over from the daily report of %1")
                .arg(dailyReportLabel(stored.toString()));
        return QVariant();
    case DeclarationRole:
        return flagged;
    case ProblemRole:
        return bad ? line.amountIssue : QString();
    case LineIdRole:
        return line.id;
    default:
        return QVariant();
    }
}

QVariant ExpenseLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_lines.size())
            return QVariant();
        if (role == Qt::DisplayRole)
            return declarationRequired(section) ? tr("%1 ⚑").arg(section + 1)
                                                : QString::number(section + 1);
        if (role == Qt::ForegroundRole && declarationRequired(section))
            return QColor(0xc6, 0x28, 0x28);
        if (role == Qt::ToolTipRole && declarationRequired(section))
            return tr("To be declared (gift or hospitality paid by the customer over RMB 200.00)");
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const RecordKind *kind = RecordCatalog::byArray(QStringLiteral("expense_lines"));
    const FieldSpec *spec = kind ? kind->field(fieldKey(section)) : nullptr;
    if (!spec)
        return QVariant();
    return spec->translatedLabel();
}

Qt::ItemFlags ExpenseLineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Receipt)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

void ExpenseLineModel::changedRows(int first, int last)
{
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit headerDataChanged(Qt::Vertical, first, last);
}

bool ExpenseLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return false;
    Line &line = m_lines[index.row()];
    const int column = index.column();
    const QString key = fieldKey(column);
    if (column == Receipt) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        const bool on = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        line.stored.insert(key, on ? 1 : 0);
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Amount) {
        Money amount;
        bool empty = false;
        Error error;
        const QString text = value.toString();
        if (MoneyInput::parse(text, &amount, &error, &empty)) {
            line.amountText.clear();
            line.amountIssue.clear();
            line.stored.insert(key, empty ? QVariant() : QVariant(amount.fen()));
        } else {
            // Kept as typed, refused at the cell; nothing of it reaches the stored amount.
            line.amountText = text.trimmed();
            line.amountIssue = error.message;
            line.stored.insert(key, QVariant());
            changedRows(index.row(), index.row());
            emit totalsChanged();
            emit modifiedChanged();
            emit inputProblem(index.row(), column, error.message);
            return true;
        }
    } else if (column == Date) {
        const QDate d = value.typeId() == QMetaType::QDate
                            ? value.toDate()
                            : QDate::fromString(value.toString(), Qt::ISODate);
        line.stored.insert(key, d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullText());
    } else {
        const QString text = value.toString();
        line.stored.insert(key, text.isEmpty() ? nullText() : QVariant(text));
    }
    changedRows(index.row(), index.row());
    emit totalsChanged();
    emit modifiedChanged();
    return true;
}
