#include "ui/briefing/BriefingTaskHeader.h"

#include "app/models/DeskQueries.h"
#include "app/catalog/EnumNames.h"
#include "ui/tasks/StateBadge.h"
#include "ui/widgets/Style.h"
#include "app/workflow/TaskNumbering.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BriefingTaskHeader::BriefingTaskHeader(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("briefingHeader"));
    m_back = new QPushButton(tr("← Task"), this);
    m_back->setObjectName(QStringLiteral("backToTaskButton"));
    m_back->setFlat(true);
    m_back->setToolTip(tr("Back to the task page"));
    connect(m_back, &QPushButton::clicked, this, &BriefingTaskHeader::taskRequested);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("briefingTaskNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::title(m_number, 1.5);
    m_badge = new StateBadge(this);
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("briefingCustomer"));
    Style::title(m_customer, 1.15);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("briefingTaskDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::secondary(m_details);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("briefingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_back);
    top->addWidget(m_number);
    top->addWidget(m_badge);
    top->addWidget(m_customer, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
}

void BriefingTaskHeader::clear()
{
    m_number->clear();
    m_badge->setState(QString());
    m_customer->clear();
    m_details->clear();
    clearMessage();
}

void BriefingTaskHeader::setTask(Database &db, const QVariantMap &task)
{
    clear();
    const QString number = task.value(QStringLiteral("number")).toString();
    m_number->setText(tr("QEF-10-01 Mission brief · %1").arg(TaskNumbering::displayText(number)));
    m_badge->setState(task.value(QStringLiteral("state")).toString());
    DeskQueries::Customer customer;
    QString customerText;
    if (DeskQueries::customer(db, task.value(QStringLiteral("customer_id")).toString(), &customer))
        customerText = customer.name;
    const QString title = task.value(QStringLiteral("title")).toString();
    if (!title.isEmpty())
        customerText += QStringLiteral(" — ") + title;
    m_customer->setText(customerText);

    const QStringList engineerIds =
        DeskQueries::jsonList(task.value(QStringLiteral("engineer_ids")).toString());
    QStringList engineers;
    for (const DeskQueries::Person &p : DeskQueries::people(db)) {
        if (engineerIds.contains(p.id))
            engineers << p.name;
    }
    const QString site = task.value(QStringLiteral("site")).toString();
    const QString start = task.value(QStringLiteral("planned_start")).toString();
    const QString end = task.value(QStringLiteral("planned_end")).toString();
    QStringList details;
    details << EnumNames::text(QStringLiteral("type"),
                               task.value(QStringLiteral("type")).toString());
    details << tr("Site: %1").arg(site.isEmpty() ? tr("not given") : site);
    details << tr("Engineers: %1")
                   .arg(engineers.isEmpty() ? tr("none assigned")
                                            : engineers.join(EnumNames::listSeparator()));
    if (!start.isEmpty())
        details << tr("Planned: %1")
                       .arg(start == end || end.isEmpty()
                                ? start
                                : QStringLiteral("%1 – %2").arg(start, end));
    m_details->setText(details.join(QStringLiteral("  ·  ")));
}

void BriefingTaskHeader::showMessage(const QString &text, bool error)
{
    if (error)
        Style::error(m_message);
    else
        Style::success(m_message);
    m_message->setText(text);
    m_message->show();
}

void BriefingTaskHeader::clearMessage()
{
    m_message->clear();
    m_message->hide();
}
