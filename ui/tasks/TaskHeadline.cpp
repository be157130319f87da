#include "ui/tasks/TaskHeadline.h"

#include "ui/tasks/StateBadge.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

TaskHeadline::TaskHeadline(const Setup &setup, QWidget *parent) : QWidget(parent)
{
    m_back = new QPushButton(setup.backText, this);
    m_back->setObjectName(setup.backName);
    m_back->setFlat(true);
    m_back->setToolTip(setup.backToolTip);
    connect(m_back, &QPushButton::clicked, this, &TaskHeadline::backRequested);
    m_number = new QLabel(this);
    m_number->setObjectName(setup.numberName);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::title(m_number, setup.numberScale);
    m_badge = new StateBadge(this);
    m_customer = new QLabel(this);
    m_customer->setObjectName(setup.customerName);
    Style::title(m_customer, 1.15);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_back);
    layout->addWidget(m_number);
    layout->addWidget(m_badge);
    layout->addWidget(m_customer, 1);
}

void TaskHeadline::clear()
{
    m_number->clear();
    m_badge->setState(QString());
    m_customer->clear();
}
