#include "ui/widgets/RowListEditor.h"

#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

RowListEditor::RowListEditor(const Setup &setup, QWidget *parent) : QWidget(parent)
{
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_add = new QPushButton(Icons::icon(QStringLiteral("add")), setup.addText, this);
    m_add->setObjectName(setup.addName);
    m_add->setToolTip(setup.addToolTip);
    m_add->setAutoDefault(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(setup.problemName);
    Style::error(m_problem);
    m_problem->hide();

    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addWidget(m_add);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(m_buttons);
    layout->addWidget(m_problem);
}

QToolButton *RowListEditor::makeRemoveButton(QWidget *row, const QString &toolTip)
{
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("\u2715"));
    remove->setToolTip(toolTip);
    remove->setFocusPolicy(Qt::NoFocus);
    remove->setAutoRaise(true);
    return remove;
}

void RowListEditor::showProblemText(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void RowListEditor::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
}
