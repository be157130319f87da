#include "ui/records/FormErrors.h"

#include "db/Error.h"
#include "ui/widgets/Style.h"

#include <QLabel>

FormErrors::FormErrors(QLabel *general) : m_general(general)
{
    if (m_general)
        m_general->hide();
}

QLabel *FormErrors::makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    Style::error(label);
    label->hide();
    return label;
}

void FormErrors::add(const QString &field, QWidget *editor, QLabel *label)
{
    m_slots.insert(field, {editor, label});
}

void FormErrors::show(const Error &error)
{
    showAt(error.field, error.message);
}

void FormErrors::showAt(const QString &field, const QString &message)
{
    clear();
    const Slot slot = m_slots.value(field);
    QLabel *label = slot.label ? slot.label.data() : m_general.data();
    if (label) {
        label->setText(message);
        label->show();
    }
    if (slot.editor)
        slot.editor->setFocus(Qt::OtherFocusReason);
}

void FormErrors::clear()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.label) {
            slot.label->clear();
            slot.label->hide();
        }
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

bool FormErrors::isEmpty() const
{
    if (m_general && !m_general->isHidden())
        return false;
    for (const Slot &slot : m_slots) {
        if (slot.label && !slot.label->isHidden())
            return false;
    }
    return true;
}
