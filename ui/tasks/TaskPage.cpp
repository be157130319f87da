#include "ui/tasks/TaskPage.h"

#include "app/catalog/EnumNames.h"
#include "app/models/DeskQueries.h"
#include "app/models/RecordLookup.h"
#include "app/rules/TaskStateMachine.h"
#include "app/workflow/TaskNumbering.h"
#include "app/workflow/TaskWorkflow.h"
#include "ui/desk/DeskClock.h"
#include "ui/print/PrintDialogs.h"
#include "ui/tasks/ApprovalPanel.h"
#include "ui/tasks/AssessmentPanel.h"
#include "ui/tasks/ClosurePanel.h"
#include "ui/tasks/CustomerHistoryPanel.h"
#include "ui/tasks/EngineerPanel.h"
#include "ui/tasks/TaskHeader.h"
#include "ui/tasks/TaskIntakeDialog.h"
#include "ui/widgets/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMetaMethod>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QLabel *value(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TaskPage::TaskPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("taskPage"));
    m_header = new TaskHeader(this);
    connect(m_header, &TaskHeader::backRequested, this, [this] {
        if (confirmLeave())
            emit closeRequested();
    });
    connect(m_header, &TaskHeader::stepRequested, this, &TaskPage::takeStep);
    connect(m_header, &TaskHeader::briefingRequested, this,
            [this] { emit briefingRequested(m_taskId); });
    connect(m_header, &TaskHeader::serviceReportRequested, this,
            [this] { emit serviceReportRequested(m_taskId); });
    connect(m_header, &TaskHeader::callbackRequested, this,
            [this] { emit callbackRequested(m_taskId); });
    connect(m_header, &TaskHeader::printRequested, this, &TaskPage::printPreview);
    connect(m_header, &TaskHeader::onSiteFormRequested, this,
            [this](const QString &array) { emit onSiteFormRequested(array, m_taskId); });

    auto *content = new QWidget(this);
    m_intake = new QGroupBox(tr("Intake (§5.2.1)"), content);
    m_intake->setObjectName(QStringLiteral("intakeSection"));
    m_intakeForm = new QFormLayout(m_intake);
    m_assessment = new AssessmentPanel(content);
    m_approval = new ApprovalPanel(content);
    m_engineers = new EngineerPanel(content);
    m_history = new CustomerHistoryPanel(this);
    m_history->setMinimumWidth(340);
    m_history->setMaximumWidth(460);
    m_dispatch = new QGroupBox(tr("Before dispatch"), this);
    m_dispatch->setObjectName(QStringLiteral("dispatchSection"));
    m_blockers = value(m_dispatch);
    m_blockers->setObjectName(QStringLiteral("dispatchBlockers"));
    auto *dispatchLayout = new QVBoxLayout(m_dispatch);
    dispatchLayout->addWidget(m_blockers);

    connect(m_assessment, &AssessmentPanel::saved, this,
            [this] { changed(tr("Assessment saved.")); });
    connect(m_assessment, &AssessmentPanel::dirtyChanged, m_approval,
            &ApprovalPanel::setAssessmentDirty);
    connect(m_assessment, &AssessmentPanel::dirtyChanged, this, [this] {
        if (m_db && !m_taskId.isEmpty())
            updateSteps();
    });
    connect(m_approval, &ApprovalPanel::decided, this,
            [this] { changed(tr("Decision recorded.")); });
    connect(m_engineers, &EngineerPanel::assigned, this,
            [this] { changed(tr("Engineers assigned.")); });
    connect(m_history, &CustomerHistoryPanel::taskActivated, this, &TaskPage::openTask);
    m_closure = new ClosurePanel(this);
    connect(m_closure, &ClosurePanel::stepRequested, this, &TaskPage::takeStep);
    connect(m_closure, &ClosurePanel::onsiteEndSaved, this,
            [this] { changed(tr("The time the engineers left the site is saved.")); });
    connect(m_closure, &ClosurePanel::expenseClaimRequested, this,
            [this] { emit expenseClaimRequested(m_taskId); });
    // Each missing item opens the screen that fixes it.
    connect(m_closure, &ClosurePanel::fixRequested, this,
            [this](const QString &array, const QString &recordId) {
                if (array == QLatin1String("daily_reports"))
                    emit onSiteFormRequested(array, m_taskId);
                else if (array == QLatin1String("service_reports"))
                    emit serviceReportRequested(m_taskId);
                else if (array == QLatin1String("callbacks"))
                    emit callbackRequested(m_taskId);
                else if (array == QLatin1String("expense_claims") && recordId == m_taskId)
                    emit expenseClaimRequested(m_taskId);
                else
                    emit formRequested(array, recordId);
            });
    connect(m_closure, &ClosurePanel::signatureRequested, this,
            [this](const QString &array, const QString &recordId) {
                if (array == QLatin1String("briefings"))
                    emit briefingRequested(m_taskId);
                else if (array == QLatin1String("service_reports"))
                    emit serviceReportRequested(m_taskId);
                else if (array == QLatin1String("callbacks"))
                    emit callbackRequested(m_taskId);
                else
                    emit formRequested(array, recordId);
            });

    // The sections scroll; what blocks the dispatch and the customer's history stay in view.
    auto *left = new QVBoxLayout(content);
    left->setContentsMargins(0, 0, 8, 0);
    left->setSpacing(14);
    left->addWidget(m_intake);
    left->addWidget(m_assessment);
    left->addWidget(m_approval);
    left->addWidget(m_engineers);
    left->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("taskScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *right = new QVBoxLayout;
    right->setSpacing(14);
    right->addWidget(m_dispatch);
    right->addWidget(m_closure);
    right->addWidget(m_history);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addWidget(m_scroll, 3);
    columns->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 16, 8);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addLayout(columns, 1);
}

void TaskPage::setDatabase(Database *db)
{
    m_db = db;
    if (!db) {
        m_assessment->setDatabase(nullptr);
        m_approval->setTask(nullptr, m_taskId, QString());
        m_engineers->setTask(nullptr, m_taskId, QString(), {});
        m_closure->setTask(nullptr, m_taskId, m_task);
        return;
    }
    if (!m_taskId.isEmpty())
        reload(true);
}

void TaskPage::refresh()
{
    if (m_db && !m_taskId.isEmpty())
        reload(true);
}

void TaskPage::printPreview()
{
    if (m_db && !m_taskId.isEmpty())
        PrintDialogs::preview(this, *m_db, m_taskId);
}

bool TaskPage::confirmLeave()
{
    if (!m_assessment->isDirty() || !m_assessment->isEditable())
        return true;
    return QMessageBox::question(this, tr("Discard the assessment?"),
                                 tr("The assessment of %1 has unsaved changes. Discard them?")
                                     .arg(TaskNumbering::displayText(
                                         m_task.value(QStringLiteral("number")).toString())),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

bool TaskPage::openTask(const QString &taskId)
{
    if (!m_db || !RecordLookup(*m_db).exists(QStringLiteral("tasks"), taskId))
        return false;
    if (taskId != m_taskId && !confirmLeave())
        return false;
    const bool other = taskId != m_taskId;
    m_taskId = taskId;
    reload(!other);
    if (other)
        m_scroll->ensureVisible(0, 0);
    return true;
}

void TaskPage::reload(bool keepAssessment)
{
    QVariantMap task;
    if (!m_db || !RecordLookup(*m_db).get(QStringLiteral("tasks"), m_taskId, &task))
        return;
    m_task = task;
    DeskQueries::Customer customer;
    const QString customerId = task.value(QStringLiteral("customer_id")).toString();
    DeskQueries::customer(*m_db, customerId, &customer);
    m_customerName = customer.name;
    const QString state = task.value(QStringLiteral("state")).toString();

    m_header->setTask(task, customer.name);
    fillIntake();
    // Typing survives a lock and a reload, as long as the task may still be assessed.
    const bool assessable =
        state == QLatin1String("registered") || state == QLatin1String("assessed");
    if (keepAssessment && m_assessment->isDirty() && assessable)
        m_assessment->setDatabase(m_db);
    else
        m_assessment->setTask(m_db, m_taskId, task, customer.tier);
    m_approval->setTask(m_db, m_taskId, state);
    m_approval->setAssessmentDirty(m_assessment->isDirty());
    m_engineers->setTask(
        m_db, m_taskId, state,
        DeskQueries::jsonList(task.value(QStringLiteral("engineer_ids")).toString()));
    m_history->setCustomer(m_db, customerId, m_taskId);
    m_closure->setTask(m_db, m_taskId, task);
    updateSteps();
}

void TaskPage::fillIntake()
{
    while (m_intakeForm->rowCount() > 0)
        m_intakeForm->removeRow(0);
    const auto row = [this](const QString &label, const QString &text, const char *name) {
        QLabel *v = value(m_intake);
        v->setObjectName(QString::fromLatin1(name));
        v->setText(text.isEmpty() ? tr("—") : text);
        m_intakeForm->addRow(label, v);
        return v;
    };
    const auto text = [this](const char *key) {
        return m_task.value(QString::fromLatin1(key)).toString();
    };
    const QDateTime requested = QDateTime::fromString(text("requested_at"), Qt::ISODate);
    const QDateTime registered = QDateTime::fromString(text("registered_at"), Qt::ISODate);
    row(tr("Customer:"), m_customerName, "intakeCustomer");
    row(tr("Type:"), EnumNames::text(QStringLiteral("type"), text("type")), "intakeType");
    row(tr("Priority:"), EnumNames::text(QStringLiteral("priority"), text("priority")),
        "intakePriority");
    row(tr("Requested at:"), DeskQueries::shortTime(requested), "intakeRequestedAt");
    bool late = false;
    QLabel *rule = row(tr("Registered at:"),
                       tr("%1 — %2").arg(DeskQueries::shortTime(registered),
                                         TaskIntakeDialog::delayText(requested, registered, &late)),
                       "intakeRegisteredAt");
    if (late)
        Style::error(rule);
    row(tr("Subject:"), text("title"), "intakeSubject");
    row(tr("Site:"), text("site"), "intakeSite");
    row(tr("Request:"), text("description"), "intakeRequest");
    if (!text("cancel_reason").isEmpty())
        Style::error(row(tr("Cancelled because:"), text("cancel_reason"), "intakeCancelReason"));
}

void TaskPage::updateSteps()
{
    const QString state = m_task.value(QStringLiteral("state")).toString();
    TaskWorkflow workflow(*m_db);
    const QStringList blockers = workflow.dispatchBlockers(m_taskId, DeskClock::today());
    m_header->setStepBlocked(QStringLiteral("briefed"),
                             blockers.isEmpty()
                                 ? QString()
                                 : tr("Not yet:\n• %1").arg(blockers.join(QStringLiteral("\n• "))));
    const QString unsaved = state == QLatin1String("assessed") && m_assessment->isDirty()
                                ? tr("Save the assessment first.")
                                : QString();
    // Leaving the site, call-back, closing: what TaskClosure still misses (the panel lists it).
    if (!m_closure->nextState().isEmpty())
        m_header->setStepBlocked(
            m_closure->nextState(),
            m_closure->missing().isEmpty()
                ? QString()
                : tr("Not yet:\n• %1").arg(m_closure->missing().join(QStringLiteral("\n• "))));
    m_header->setStepBlocked(QStringLiteral("approved"), unsaved);
    m_header->setStepBlocked(QStringLiteral("rejected"), unsaved);
    const bool dispatchOpen = state == QLatin1String("approved");
    m_dispatch->setVisible(dispatchOpen || state == QLatin1String("assessed"));
    m_blockers->setText(blockers.isEmpty()
                            ? tr("Nothing blocks the dispatch: the task can be marked briefed.")
                            : QStringLiteral("• ") + blockers.join(QStringLiteral("\n• ")));
    m_blockers->setPalette(QPalette()); // secondary() is relative: start from normal text
    if (blockers.isEmpty())
        Style::success(m_blockers);
    else
        Style::secondary(m_blockers);

    const bool briefable =
        state != QLatin1String("registered") && state != QLatin1String("assessed") &&
        state != QLatin1String("rejected") && state != QLatin1String("cancelled");
    const bool connected = isSignalConnected(QMetaMethod::fromSignal(&TaskPage::briefingRequested));
    m_header->setBriefingAvailable(
        briefable && connected,
        !connected ? tr("The mission brief screen is not part of this version yet.")
                   : tr("The mission brief is written once the task is approved."));
    static const QStringList afterDispatch = {QStringLiteral("on_site"),
                                              QStringLiteral("reporting"),
                                              QStringLiteral("callback"), QStringLiteral("closed")};
    m_header->setClosingFormsVisible(
        afterDispatch.contains(state) &&
        isSignalConnected(QMetaMethod::fromSignal(&TaskPage::serviceReportRequested)));
    // Daily reports and anomalies belong to the days on site (and are often typed after).
    static const QStringList onSiteStates = {QStringLiteral("briefed"), QStringLiteral("on_site"),
                                             QStringLiteral("reporting")};
    if (isSignalConnected(QMetaMethod::fromSignal(&TaskPage::onSiteFormRequested)))
        m_header->setOnSiteAvailable(onSiteStates.contains(state),
                                     tr("Daily reports and anomalies are entered from the "
                                        "briefing until the service report."));
}

void TaskPage::changed(const QString &message)
{
    reload(true); // unsaved assessment edits survive assigning engineers
    m_header->showMessage(message, false);
    emit taskChanged(m_taskId);
}

void TaskPage::showMessage(const QString &text, bool error)
{
    m_header->showMessage(text, error);
}

void TaskPage::showSection(QWidget *section, QWidget *focus)
{
    m_scroll->ensureWidgetVisible(section, 0, 0);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void TaskPage::takeStep(const QString &state)
{
    if (!m_db)
        return;
    m_header->clearMessage();
    if (state == QLatin1String("assessed")) {
        showSection(m_assessment,
                    m_assessment->findChild<QComboBox *>(QStringLiteral("complexityCombo")));
        return;
    }
    if (state == QLatin1String("approved") || state == QLatin1String("rejected")) {
        showSection(m_approval,
                    m_approval->findChild<QComboBox *>(QStringLiteral("approverCombo")));
        return;
    }
    if (state == QLatin1String("cancelled")) {
        cancelTask();
        return;
    }
    Error error;
    TaskWorkflow workflow(*m_db);
    const QString label = TaskStateMachine::label(state);
    if (QMessageBox::question(
            this, tr("Change the state?"),
            tr("Mark %1 as %2?")
                .arg(TaskNumbering::displayText(m_task.value(QStringLiteral("number")).toString()),
                     label),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const bool ok = state == QLatin1String("briefed")
                        ? workflow.markBriefed(m_taskId, DeskClock::today(), &error)
                        : workflow.moveTo(m_taskId, state, &error);
    if (!ok) {
        m_header->showMessage(error.message, true);
        return;
    }
    changed(tr("The task is now %1.").arg(label));
}

void TaskPage::cancelTask()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Cancel the task"),
        tr("Why is %1 cancelled? The reason is kept with the task.")
            .arg(TaskNumbering::displayText(m_task.value(QStringLiteral("number")).toString())),
        QString(), &ok);
    if (!ok || !m_db)
        return;
    Error error;
    if (!TaskWorkflow(*m_db).cancel(m_taskId, reason, &error)) {
        m_header->showMessage(error.message, true);
        return;
    }
    changed(tr("The task is cancelled."));
}
