#include "ui/closing/ExpenseLineDelegate.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/ExpenseLineModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace {

using C = ExpenseLineModel;

QStringList enumValues(const QString &key)
{
    const RecordKind *kind = RecordCatalog::byArray(QStringLiteral("expense_lines"));
    const FieldSpec *spec = kind ? kind->field(key) : nullptr;
    return spec ? spec->values : QStringList();
}

} // namespace

ExpenseLineDelegate::ExpenseLineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *ExpenseLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const QString name = QStringLiteral("lineEditor_%1").arg(C::fieldKey(index.column()));
    QWidget *editor = nullptr;
    switch (index.column()) {
    case C::Date: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        editor = date;
        break;
    }
    case C::Category:
    case C::PaidBy: {
        auto *combo = new QComboBox(parent);
        const QString key = C::fieldKey(index.column());
        for (const QString &v : enumValues(key))
            combo->addItem(EnumNames::text(key, v), v);
        editor = combo;
        break;
    }
    case C::DailyReport: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(none)"), QString());
        if (const auto *model = qobject_cast<const ExpenseLineModel *>(index.model())) {
            for (const auto &report : model->dailyReportLabels())
                combo->addItem(report.second, report.first);
        }
        editor = combo;
        break;
    }
    case C::Description:
    case C::Amount: {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        if (index.column() == C::Amount) {
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            line->setMaxLength(20);
            line->setPlaceholderText(tr("e.g. 280.00"));
        } else {
            line->setMaxLength(400);
        }
        editor = line;
        break;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    editor->setObjectName(name);
    return editor;
}

void ExpenseLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        date->setDate(d.isValid() ? d : QDate::currentDate());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ExpenseLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date().toString(Qt::ISODate));
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}
