#include "ui/tasks/ApprovalPanel.h"

#include "ui/people/PinPrompt.h"

#include "app/catalog/EnumNames.h"
#include "app/models/DeskQueries.h"
#include "app/rules/ApprovalMatrix.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/TaskWorkflow.h"
#include "ui/desk/DeskClock.h"
#include "ui/widgets/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ApprovalPanel::ApprovalPanel(QWidget *parent) : QGroupBox(tr("Approval (§5.2.3)"), parent)
{
    setObjectName(QStringLiteral("approvalPanel"));
    m_required = new QLabel(this);
    m_required->setObjectName(QStringLiteral("approvalStatus"));
    m_required->setWordWrap(true);

    m_decisions = new QTreeWidget(this);
    m_decisions->setObjectName(QStringLiteral("approvalsTable"));
    m_decisions->setRootIsDecorated(false);
    m_decisions->setUniformRowHeights(false);
    m_decisions->setWordWrap(true);
    m_decisions->setHeaderLabels(
        {tr("Approver"), tr("Decision"), tr("Level"), tr("Comment"), tr("Decided at")});
    m_decisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_decisions->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_decisions->header()->setStretchLastSection(false);

    m_form = new QWidget(this);
    m_approver = new QComboBox(m_form);
    m_approver->setObjectName(QStringLiteral("approverCombo"));
    m_approver->setMinimumWidth(220);
    m_comment = new QPlainTextEdit(m_form);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Optional when approving; the reason when rejecting"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    m_approve = new QPushButton(tr("Approve"), m_form);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Reject…"), m_form);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    connect(m_approve, &QPushButton::clicked, this, &ApprovalPanel::approve);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalPanel::reject);

    QLabel *general = FormErrors::makeLabel(this, QStringLiteral("approvalError"));
    m_errors = FormErrors(general);
    QLabel *approverError = FormErrors::makeLabel(m_form, QStringLiteral("error_approver_id"));
    QLabel *commentError = FormErrors::makeLabel(m_form, QStringLiteral("error_comment"));
    m_errors.add(QStringLiteral("approver_id"), m_approver, approverError);
    m_errors.add(QStringLiteral("comment"), m_comment, commentError);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Decided by:"), m_approver);
    form->addRow(QString(), approverError);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(QString(), commentError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    form->addRow(QString(), buttons);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("approvalBlocked"));
    m_blocked->setWordWrap(true);
    Style::secondary(m_blocked);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_required);
    layout->addWidget(m_decisions);
    layout->addWidget(m_blocked);
    layout->addWidget(m_form);
    layout->addWidget(general);
    updateEnabled();
}

void ApprovalPanel::setTask(Database *db, const QString &taskId, const QString &state)
{
    const bool sameTask = taskId == m_taskId;
    m_db = db;
    m_taskId = taskId;
    m_state = state;
    if (!sameTask) {
        m_comment->clear();
        m_errors.clear();
    }
    reload();
}

void ApprovalPanel::setAssessmentDirty(bool dirty)
{
    m_assessmentDirty = dirty;
    updateEnabled();
}

void ApprovalPanel::reload()
{
    m_decisions->clear();
    m_approver->clear();
    m_levelKnown = false;
    if (!m_db || m_taskId.isEmpty()) {
        m_required->clear();
        updateEnabled();
        return;
    }
    TaskWorkflow workflow(*m_db);
    for (const DeskQueries::Decision &d : DeskQueries::approvals(*m_db, m_taskId)) {
        auto *item = new QTreeWidgetItem(m_decisions);
        item->setText(0, d.approverName);
        item->setText(1, EnumNames::text(QStringLiteral("decision"), d.decision));
        item->setText(2, EnumNames::text(QStringLiteral("level"), d.level));
        item->setText(3, d.comment);
        item->setToolTip(3, d.comment);
        item->setText(4, DeskQueries::shortTime(d.at));
        if (d.decision == QLatin1String("reject"))
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
    }
    Style::fitRows(m_decisions, m_decisions->topLevelItemCount(), 1, 5);
    m_decisions->setVisible(m_decisions->topLevelItemCount() > 0);

    ApprovalMatrix::Level level;
    m_levelKnown = workflow.requiredApproval(m_taskId, &level, nullptr);
    if (!m_levelKnown) {
        m_required->setText(tr("Required approval: follows from the assessment."));
        updateEnabled();
        return;
    }
    const QStringList missing = workflow.missingApprovals(m_taskId);
    QStringList missingNames;
    for (const QString &role : missing)
        missingNames << EnumNames::text(QStringLiteral("roles"), role);
    QString text =
        tr("Required approval: <b>%1</b>").arg(ApprovalMatrix::description(level).toHtmlEscaped());
    if (m_state == QLatin1String("assessed") && !missing.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Still missing: %1.")
                    .arg(missingNames.join(EnumNames::listSeparator()).toHtmlEscaped());
    if (level == ApprovalMatrix::Level::RobertKcInformed)
        text += QStringLiteral("<br>") + tr("KC is to be informed of this dispatch.");
    m_required->setText(text);

    // Whoever's role is still needed may decide; the person at this desk comes first.
    const QString me = AppSettings().currentPersonId();
    const QDate today = DeskClock::today();
    for (const DeskQueries::Person &p : DeskQueries::people(*m_db)) {
        if (!p.hasAnyRole(missing) || (p.leftOn.isValid() && p.leftOn <= today))
            continue;
        m_approver->addItem(tr("%1 (%2)").arg(p.name, p.rolesText()), p.id);
    }
    const int mine = m_approver->findData(me);
    m_approver->setCurrentIndex(mine >= 0 ? mine : 0);
    updateEnabled();
}

void ApprovalPanel::updateEnabled()
{
    QString why;
    if (!m_db || m_taskId.isEmpty())
        why = QString();
    else if (m_state == QLatin1String("registered"))
        why = tr("Assess the task first: the approval it needs follows from the assessment.");
    else if (m_state == QLatin1String("assessed") && m_assessmentDirty)
        why = tr("Save the assessment first: the decision is taken on the saved assessment.");
    else if (m_state == QLatin1String("assessed") && m_approver->count() == 0)
        why = tr("Nobody in People has the role this approval needs.");
    else if (m_state == QLatin1String("rejected"))
        why = tr("The task was rejected; it is finished.");
    else if (m_state == QLatin1String("cancelled"))
        why = tr("The task was cancelled.");
    else if (m_state != QLatin1String("assessed"))
        why = tr("The task is approved.");
    const bool open = m_db && m_state == QLatin1String("assessed") && why.isEmpty();
    m_form->setVisible(m_db && m_state == QLatin1String("assessed"));
    m_form->setEnabled(open);
    m_blocked->setText(why);
    m_blocked->setVisible(!why.isEmpty());
}

void ApprovalPanel::approve()
{
    decide(true);
}

void ApprovalPanel::reject()
{
    decide(false);
}

void ApprovalPanel::decide(bool approve)
{
    if (!m_db)
        return;
    m_errors.clear();
    const QString comment = m_comment->toPlainText().trimmed();
    if (!approve && !comment.isEmpty() &&
        QMessageBox::question(this, tr("Reject the task?"),
                              tr("A rejected task is finished and cannot be approved later. "
                                 "Reject it?"),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    // The approver decides with their PIN (once per unlocked session) and is the audit actor.
    if (!PinPrompt::ensureUnlocked(*m_db, m_approver->currentData().toString(), this))
        return;
    Error error;
    if (!TaskWorkflow(*m_db).decide(m_taskId, m_approver->currentData().toString(), approve,
                                    comment, DeskClock::now(), &error)) {
        m_errors.show(error);
        return;
    }
    m_comment->clear();
    emit decided();
}
