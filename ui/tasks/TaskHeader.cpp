#include "ui/tasks/TaskHeader.h"

#include "app/catalog/EnumNames.h"
#include "app/rules/TaskStateMachine.h"
#include "app/workflow/TaskNumbering.h"
#include "ui/tasks/StateBadge.h"
#include "ui/tasks/TaskHeadline.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageLine.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString stepText(const QString &from, const QString &to)
{
    if (to == QLatin1String("assessed"))
        return from == QLatin1String("assessed") ? TaskHeader::tr("Re-assess")
                                                 : TaskHeader::tr("Assess");
    if (to == QLatin1String("approved"))
        return TaskHeader::tr("Approve");
    if (to == QLatin1String("rejected"))
        return TaskHeader::tr("Reject");
    if (to == QLatin1String("briefed"))
        return TaskHeader::tr("Mark briefed");
    if (to == QLatin1String("on_site"))
        return TaskHeader::tr("Engineers on site");
    if (to == QLatin1String("reporting"))
        return TaskHeader::tr("Left the site, reporting");
    if (to == QLatin1String("callback"))
        return TaskHeader::tr("Report done, call back");
    if (to == QLatin1String("closed"))
        return TaskHeader::tr("Close");
    if (to == QLatin1String("cancelled"))
        return TaskHeader::tr("Cancel task…");
    return TaskStateMachine::label(to);
}
} // namespace

TaskHeader::TaskHeader(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("taskHeader"));
    m_headline = new TaskHeadline({tr("← Tasks"), QStringLiteral("backToTasksButton"),
                                   tr("Back to the task list"), QStringLiteral("taskNumberLabel"),
                                   1.6, QStringLiteral("taskCustomerLabel")},
                                  this);
    connect(m_headline, &TaskHeadline::backRequested, this, &TaskHeader::backRequested);
    m_meta = new QLabel(this);
    Style::secondary(m_meta);
    m_briefing =
        new QPushButton(Icons::icon(QStringLiteral("briefing")), tr("Mission brief…"), this);
    m_briefing->setObjectName(QStringLiteral("briefingButton"));
    connect(m_briefing, &QPushButton::clicked, this, &TaskHeader::briefingRequested);
    m_serviceReport =
        new QPushButton(Icons::icon(QStringLiteral("report")), tr("Service report…"), this);
    m_serviceReport->setObjectName(QStringLiteral("serviceReportButton"));
    m_serviceReport->setToolTip(tr("Open the service report QEF-10-01 of this task"));
    connect(m_serviceReport, &QPushButton::clicked, this, &TaskHeader::serviceReportRequested);
    m_callback = new QPushButton(Icons::icon(QStringLiteral("callback")), tr("Call-back…"), this);
    m_callback->setObjectName(QStringLiteral("callbackButton"));
    m_callback->setToolTip(tr("Record the customer call-back QEF-10-03 of this task"));
    connect(m_callback, &QPushButton::clicked, this, &TaskHeader::callbackRequested);
    setClosingFormsVisible(false);
    m_onSite = new QPushButton(Icons::icon(QStringLiteral("daily")), tr("On site"), this);
    m_onSite->setObjectName(QStringLiteral("onSiteButton"));
    auto *onSiteMenu = new QMenu(m_onSite);
    QAction *daily = onSiteMenu->addAction(
        Icons::icon(QStringLiteral("daily")), tr("Daily report (QEF-10-02)…"), this,
        [this] { emit onSiteFormRequested(QStringLiteral("daily_reports")); });
    daily->setObjectName(QStringLiteral("dailyReportAction"));
    QAction *anomaly =
        onSiteMenu->addAction(Icons::icon(QStringLiteral("anomaly")), tr("Anomaly (§5.3.4)…"), this,
                              [this] { emit onSiteFormRequested(QStringLiteral("anomalies")); });
    anomaly->setObjectName(QStringLiteral("anomalyAction"));
    m_onSite->setMenu(onSiteMenu);
    m_onSite->hide(); // until a screen for the forms is connected
    m_print = new QPushButton(tr("Print dossier…"), this);
    m_print->setObjectName(QStringLiteral("printDossierButton"));
    m_print->setToolTip(tr("Preview and print the task's dossier: the task sheet and all its "
                           "forms (Ctrl+P)"));
    connect(m_print, &QPushButton::clicked, this, &TaskHeader::printRequested);

    m_nextLabel = new QLabel(tr("Next:"), this);
    Style::secondary(m_nextLabel);
    m_steps = new QHBoxLayout;
    m_steps->setSpacing(6);
    m_message = new MessageLine(QStringLiteral("taskMessage"), this);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_headline, 1);
    top->addWidget(m_briefing);
    top->addWidget(m_serviceReport);
    top->addWidget(m_callback);
    top->addWidget(m_onSite);
    top->addWidget(m_print);
    auto *second = new QHBoxLayout;
    second->setSpacing(8);
    second->addWidget(m_meta);
    second->addStretch(1);
    second->addWidget(m_nextLabel);
    second->addLayout(m_steps);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_message);
}

void TaskHeader::clear()
{
    m_headline->clear();
    m_meta->clear();
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_nextLabel->hide();
    clearMessage();
}

void TaskHeader::setTask(const QVariantMap &task, const QString &customerName)
{
    clear();
    const QString number = task.value(QStringLiteral("number")).toString();
    m_headline->number()->setText(TaskNumbering::displayText(number));
    m_headline->number()->setToolTip(
        number.isEmpty() ? tr("Saved while the share folder could not be reached: the next "
                              "sync gives this task its number.")
                         : QString());
    const QString state = task.value(QStringLiteral("state")).toString();
    m_headline->badge()->setState(state);
    m_headline->customer()->setText(customerName);
    QStringList meta;
    meta << EnumNames::text(QStringLiteral("priority"),
                            task.value(QStringLiteral("priority")).toString())
         << EnumNames::text(QStringLiteral("type"), task.value(QStringLiteral("type")).toString());
    const QString title = task.value(QStringLiteral("title")).toString();
    if (!title.isEmpty())
        meta << title;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    const QStringList next = TaskStateMachine::nextStates(state);
    for (const QString &to : next) {
        auto *button = new QPushButton(stepText(state, to), this);
        button->setObjectName(QStringLiteral("nextStep_%1").arg(to));
        button->setToolTip(tr("Next state: %1").arg(TaskStateMachine::label(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { emit stepRequested(to); });
        m_steps->addWidget(button);
    }
    m_nextLabel->setVisible(!next.isEmpty());
    m_nextLabel->setText(next.isEmpty() ? QString() : tr("Next:"));
}

void TaskHeader::setStepBlocked(const QString &state, const QString &reason)
{
    if (auto *button = findChild<QPushButton *>(QStringLiteral("nextStep_%1").arg(state))) {
        button->setEnabled(reason.isEmpty());
        button->setToolTip(
            reason.isEmpty() ? tr("Next state: %1").arg(TaskStateMachine::label(state)) : reason);
    }
}

void TaskHeader::setBriefingAvailable(bool available, const QString &reason)
{
    m_briefing->setEnabled(available);
    m_briefing->setToolTip(available ? tr("Open the mission brief QEF-10-01 of this task")
                                     : reason);
}

void TaskHeader::setClosingFormsVisible(bool visible)
{
    m_serviceReport->setVisible(visible);
    m_callback->setVisible(visible);
}

void TaskHeader::setOnSiteAvailable(bool available, const QString &reason)
{
    m_onSite->setVisible(true);
    m_onSite->setEnabled(available);
    m_onSite->setToolTip(available ? tr("Enter a daily report or an anomaly for this task")
                                   : reason);
}

void TaskHeader::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error);
}

void TaskHeader::clearMessage()
{
    m_message->clearMessage();
}
