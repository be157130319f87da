#include "ui/onsite/WorkSlotsEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

WorkSlotsEditor::WorkSlotsEditor(QWidget *parent)
    : RowListEditor({tr("Add slot"), QStringLiteral("addSlotButton"),
                     tr("Another time slot (or press Enter in the last one)"),
                     QStringLiteral("workError")},
                    parent)
{
    connect(addButton(), &QPushButton::clicked, this, [this] { addRow(); });
    setSlotList({});
}

WorkSlotsEditor::Row WorkSlotsEditor::makeRow()
{
    Row row;
    row.widget = new QWidget(this);
    row.from = new QLineEdit(row.widget);
    row.from->setObjectName(QStringLiteral("slotFrom"));
    row.from->setPlaceholderText(tr("09:00"));
    row.from->setMaxLength(5);
    row.from->setFixedWidth(row.from->fontMetrics().horizontalAdvance(QStringLiteral("00:000")) +
                            16);
    row.from->setToolTip(tr("From (may stay empty for \"上午：…\")"));
    row.to = new QLineEdit(row.widget);
    row.to->setObjectName(QStringLiteral("slotTo"));
    row.to->setPlaceholderText(tr("12:00"));
    row.to->setMaxLength(5);
    row.to->setFixedWidth(row.from->width());
    row.to->setToolTip(tr("To"));
    row.what = new QLineEdit(row.widget);
    row.what->setObjectName(QStringLiteral("slotWhat"));
    row.what->setPlaceholderText(tr("What was done"));
    QToolButton *remove =
        makeRemoveButton(row.widget, tr("Remove this slot (an emptied slot is left out as well)"));
    QWidget *rowWidget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    for (QLineEdit *edit : {row.from, row.to, row.what}) {
        connect(edit, &QLineEdit::textEdited, this, &WorkSlotsEditor::changed);
        // Enter goes on to a new slot right below: typing from a message never needs the mouse.
        connect(edit, &QLineEdit::returnPressed, this,
                [this, rowWidget] { addRow(rowOf(rowWidget)); });
    }
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(row.from);
    layout->addWidget(new QLabel(QStringLiteral("\u2013"), row.widget));
    layout->addWidget(row.to);
    layout->addWidget(row.what, 1);
    layout->addWidget(remove);
    return row;
}

int WorkSlotsEditor::rowOf(QWidget *rowWidget) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget)
            return i;
    }
    return -1;
}

void WorkSlotsEditor::addRow(int after)
{
    const int at = after < 0 || after >= m_rows.size() ? m_rows.size() : after + 1;
    Row row = makeRow();
    m_rows.insert(at, row);
    rowsLayout()->insertWidget(at, row.widget);
    row.widget->show(); // now, not when the layout gets round to it: Tab must find it
    emit rowsChanged();
    if (isVisible())
        row.from->setFocus(Qt::TabFocusReason);
}

void WorkSlotsEditor::removeRow(QWidget *rowWidget)
{
    const int at = rowOf(rowWidget);
    if (at < 0)
        return;
    const bool hadText = !WorkSlots::isEmpty(slotList().value(at));
    m_rows.removeAt(at);
    rowWidget->deleteLater();
    if (m_rows.isEmpty())
        addRow();
    else
        m_rows.at(qMin(at, m_rows.size() - 1)).what->setFocus(Qt::OtherFocusReason);
    emit rowsChanged();
    if (hadText)
        emit changed();
}

void WorkSlotsEditor::setSlotList(const QList<WorkSlots::Slot> &items)
{
    for (const Row &row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const WorkSlots::Slot &slot : items) {
        Row row = makeRow();
        row.from->setText(slot.from);
        row.to->setText(slot.to);
        row.what->setText(slot.what);
        row.what->setCursorPosition(0);
        m_rows << row;
        rowsLayout()->addWidget(row.widget);
    }
    // Always one empty row to type into.
    Row row = makeRow();
    m_rows << row;
    rowsLayout()->addWidget(row.widget);
    clearProblem();
    emit rowsChanged();
}

QList<WorkSlots::Slot> WorkSlotsEditor::slotList() const
{
    QList<WorkSlots::Slot> out;
    for (const Row &row : m_rows)
        out << WorkSlots::Slot{row.from->text().trimmed(), row.to->text().trimmed(),
                               row.what->text()};
    return out;
}

void WorkSlotsEditor::appendSlots(const QList<WorkSlots::Slot> &items)
{
    QList<WorkSlots::Slot> all;
    for (const WorkSlots::Slot &slot : slotList()) {
        if (!WorkSlots::isEmpty(slot))
            all << slot;
    }
    const int firstNew = all.size();
    all << items;
    setSlotList(all);
    if (firstNew < m_rows.size())
        m_rows.at(firstNew).from->setFocus(Qt::OtherFocusReason);
    emit changed();
}

QList<QWidget *> WorkSlotsEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.from << row.to << row.what;
    chain << addButton();
    return chain;
}

bool WorkSlotsEditor::check(QString *problem)
{
    clearProblem();
    const QList<WorkSlots::Slot> items = slotList();
    for (int i = 0; i < items.size(); ++i) {
        QString field, why;
        if (WorkSlots::isEmpty(items.at(i)) || WorkSlots::check(items.at(i), &field, &why))
            continue;
        const QString text = tr("Slot %1: %2").arg(i + 1).arg(why);
        showProblem(text);
        const Row &row = m_rows.at(i);
        QLineEdit *edit = field == QLatin1String("from") ? row.from
                          : field == QLatin1String("to") ? row.to
                                                         : row.what;
        edit->setFocus(Qt::OtherFocusReason);
        if (problem)
            *problem = text;
        return false;
    }
    return true;
}
