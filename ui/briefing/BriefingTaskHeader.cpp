#include "ui/briefing/BriefingTaskHeader.h"

#include "app/catalog/EnumNames.h"
#include "app/models/DeskQueries.h"
#include "app/workflow/TaskNumbering.h"
#include "ui/tasks/StateBadge.h"
#include "ui/tasks/TaskHeadline.h"
#include "ui/widgets/MessageLine.h"
#include "ui/widgets/Style.h"

#include <QLabel>
#include <QVBoxLayout>

BriefingTaskHeader::BriefingTaskHeader(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("briefingHeader"));
    m_headline = new TaskHeadline(
        {tr("← Task"), QStringLiteral("backToTaskButton"), tr("Back to the task page"),
         QStringLiteral("briefingTaskNumber"), 1.5, QStringLiteral("briefingCustomer")},
        this);
    connect(m_headline, &TaskHeadline::backRequested, this, &BriefingTaskHeader::taskRequested);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("briefingTaskDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::secondary(m_details);
    m_message = new MessageLine(QStringLiteral("briefingMessage"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
}

void BriefingTaskHeader::clear()
{
    m_headline->clear();
    m_details->clear();
    clearMessage();
}

void BriefingTaskHeader::setTask(Database &db, const QVariantMap &task)
{
    clear();
    const QString number = task.value(QStringLiteral("number")).toString();
    m_headline->number()->setText(
        tr("QEF-10-01 Mission brief · %1").arg(TaskNumbering::displayText(number)));
    m_headline->badge()->setState(task.value(QStringLiteral("state")).toString());
    DeskQueries::Customer customer;
    QString customerText;
    if (DeskQueries::customer(db, task.value(QStringLiteral("customer_id")).toString(), &customer))
        customerText = customer.name;
    const QString title = task.value(QStringLiteral("title")).toString();
    if (!title.isEmpty())
        customerText += QStringLiteral(" — ") + title;
    m_headline->customer()->setText(customerText);

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
    m_message->showMessage(text, error);
}

void BriefingTaskHeader::clearMessage()
{
    m_message->clearMessage();
}
