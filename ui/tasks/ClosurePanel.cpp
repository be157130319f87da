#include "ui/tasks/ClosurePanel.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordLookup.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/TaskClosure.h"
#include "app/rules/TaskStateMachine.h"
#include "app/workflow/RecordSave.h"
#include "db/Database.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The screen that fixes a missing item (its array), or "onsite_end" for the field above.
QString fixArray(TaskClosure::Gap gap)
{
    using G = TaskClosure::Gap;
    switch (gap) {
    case G::OnsiteEnd:
        return QStringLiteral("onsite_end");
    case G::DailyReport:
        return QStringLiteral("daily_reports");
    case G::AnomalyNotice:
        return QStringLiteral("anomalies");
    case G::ServiceReport:
        return QStringLiteral("service_reports");
    case G::Callback:
    case G::ImprovementPlan:
        return QStringLiteral("callbacks");
    case G::ExpenseClaim:
    case G::GiftDeclaration:
        return QStringLiteral("expense_claims");
    case G::Signature:
        return QStringLiteral("signature");
    }
    return QString();
}

const RecordKind &taskKind()
{
    return *RecordCatalog::byArray(QStringLiteral("tasks"));
}

// The guarded step that follows state (TaskClosure checks it), or empty.
QString guardedNext(const QString &state)
{
    for (const QString &next : TaskStateMachine::nextStates(state)) {
        if (TaskClosure::guards(next))
            return next;
    }
    return QString();
}

} // namespace

ClosurePanel::ClosurePanel(QWidget *parent)
    : QGroupBox(tr("Leaving the site and closing (§5.3–§5.5)"), parent)
{
    setObjectName(QStringLiteral("closurePanel"));
    m_onsiteEnd =
        new FormFieldEditor(*taskKind().field(QStringLiteral("onsite_end")), nullptr, this);
    m_saveEnd = new QPushButton(tr("Save"), this);
    m_saveEnd->setObjectName(QStringLiteral("saveOnsiteEndButton"));
    m_saveEnd->setAutoDefault(false);
    m_saveEnd->setEnabled(false);
    m_saveEnd->setToolTip(tr("Save when the engineers left the site (the last on-site day)"));
    connect(m_saveEnd, &QPushButton::clicked, this, &ClosurePanel::saveOnsiteEnd);
    connect(m_onsiteEnd, &FormFieldEditor::changed, this, [this] {
        m_saveEnd->setEnabled(isDirty());
        m_endError->hide();
    });
    // Proposed when the task went on site; corrected here, saved with the same button.
    m_arrivedAt =
        new FormFieldEditor(*taskKind().field(QStringLiteral("arrived_at")), nullptr, this);
    connect(m_arrivedAt, &FormFieldEditor::changed, this, [this] {
        m_saveEnd->setEnabled(isDirty());
        m_endError->hide();
    });
    m_endError = new QLabel(this);
    m_endError->setObjectName(QStringLiteral("onsiteEndError"));
    Style::error(m_endError);
    m_endError->hide();
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("closureDue"));
    m_due->setWordWrap(true);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("closureHeading"));
    m_heading->setWordWrap(true);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("closureMissing"));
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                    Qt::LinksAccessibleByKeyboard);
    connect(m_list, &QLabel::linkActivated, this, &ClosurePanel::openGap);
    m_step = new QPushButton(this);
    m_step->setObjectName(QStringLiteral("closureStepButton"));
    m_step->setAutoDefault(false);
    connect(m_step, &QPushButton::clicked, this, [this] {
        if (!m_next.isEmpty())
            emit stepRequested(m_next);
    });
    m_claim = new QPushButton(Icons::icon(QStringLiteral("expense")), tr("Expense claim…"), this);
    m_claim->setObjectName(QStringLiteral("closureClaimButton"));
    m_claim->setAutoDefault(false);
    m_claim->setToolTip(tr("Open your expense claim (QEF-10-05) for this task"));
    connect(m_claim, &QPushButton::clicked, this, &ClosurePanel::expenseClaimRequested);

    auto *endRow = new QHBoxLayout;
    auto *arrivedLabel = new QLabel(tr("Arrived on site at:"), this);
    arrivedLabel->setBuddy(m_arrivedAt->widget());
    endRow->addWidget(arrivedLabel);
    endRow->addWidget(m_arrivedAt->widget(), 1);
    auto *endLabel = new QLabel(tr("Left the site at:"), this);
    endLabel->setBuddy(m_onsiteEnd->widget());
    endRow->addWidget(endLabel);
    endRow->addWidget(m_onsiteEnd->widget(), 1);
    endRow->addWidget(m_saveEnd);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_step);
    buttons->addStretch(1);
    buttons->addWidget(m_claim);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(endRow);
    layout->addWidget(m_endError);
    layout->addWidget(m_due);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    hide();
}

bool ClosurePanel::isDirty() const
{
    return !RecordLookup::sameValue(m_onsiteEnd->value(),
                                    m_task.value(QStringLiteral("onsite_end"))) ||
           !RecordLookup::sameValue(m_arrivedAt->value(),
                                    m_task.value(QStringLiteral("arrived_at")));
}

void ClosurePanel::setTask(Database *db, const QString &taskId, const QVariantMap &task)
{
    m_db = db;
    const QString state = task.value(QStringLiteral("state")).toString();
    static const QStringList shown = {QStringLiteral("on_site"), QStringLiteral("reporting"),
                                      QStringLiteral("callback"), QStringLiteral("closed")};
    setVisible(db && shown.contains(state));
    if (!db || !shown.contains(state))
        return;
    const bool sameTask = taskId == m_taskId;
    const bool keepTyping = sameTask && isDirty();
    const QVariant typed = m_onsiteEnd->value();
    const QVariant typedArrival = m_arrivedAt->value();
    m_taskId = taskId;
    m_task = task;
    m_onsiteEnd->setValue(keepTyping ? typed : task.value(QStringLiteral("onsite_end")));
    m_arrivedAt->setValue(keepTyping ? typedArrival : task.value(QStringLiteral("arrived_at")));
    const bool open = state != QLatin1String("closed");
    m_onsiteEnd->widget()->setEnabled(open);
    m_arrivedAt->widget()->setEnabled(open);
    m_saveEnd->setEnabled(open && isDirty());
    if (!sameTask)
        m_endError->hide();
    updateDue();

    m_next = guardedNext(state);
    m_missing.clear();
    Error error;
    QList<TaskClosure::Missing> gaps;
    const bool read = m_next.isEmpty() || TaskClosure(*db).missing(taskId, m_next, &gaps, &error);
    m_fixArrays.clear();
    m_fixIds.clear();
    for (const TaskClosure::Missing &m : std::as_const(gaps)) {
        m_missing << m.text;
        m_fixArrays << (m.gap == TaskClosure::Gap::Signature ? QStringLiteral("sign:") + m.array
                                                             : fixArray(m.gap));
        m_fixIds << m.recordId;
    }
    m_list->setPalette(QPalette());
    m_list->setTextFormat(Qt::PlainText); // the missing items below are links
    if (m_next.isEmpty()) {
        m_heading->setText(tr("The task is closed."));
        m_list->hide();
        m_step->hide();
        return;
    }
    const QString label = TaskStateMachine::label(m_next);
    m_step->show();
    m_step->setText(tr("Move to %1").arg(label));
    m_list->show();
    if (!read) {
        m_heading->setText(tr("Before %1:").arg(label));
        Style::error(m_list);
        m_list->setText(error.message);
        m_step->setEnabled(false);
        return;
    }
    m_step->setEnabled(m_missing.isEmpty());
    if (m_missing.isEmpty()) {
        m_heading->setText(tr("Before %1:").arg(label));
        Style::success(m_list);
        m_list->setText(tr("Nothing is missing: the task can move to %1.").arg(label));
        m_step->setToolTip(QString());
    } else {
        m_heading->setText(
            tr("Missing before %1 (%n item(s)):", nullptr, int(m_missing.size())).arg(label));
        Style::secondary(m_list);
        // Each item links to the screen that fixes it.
        QStringList items;
        for (int i = 0; i < m_missing.size(); ++i)
            items << QStringLiteral("• %1 <a href=\"fix:%2\">%3</a>")
                         .arg(m_missing.at(i).toHtmlEscaped())
                         .arg(i)
                         .arg(m_fixArrays.at(i) == QLatin1String("onsite_end") ? tr("Enter it")
                                                                               : tr("Open…"));
        m_list->setTextFormat(Qt::RichText);
        m_list->setText(items.join(QStringLiteral("<br>")));
        m_step->setToolTip(tr("Not yet:\n• %1").arg(m_missing.join(QStringLiteral("\n• "))));
    }
}

void ClosurePanel::openGap(const QString &link)
{
    bool ok = false;
    const int i = link.section(QLatin1Char(':'), 1).toInt(&ok);
    if (!ok || i < 0 || i >= m_fixArrays.size())
        return;
    if (m_fixArrays.at(i) == QLatin1String("onsite_end")) {
        m_onsiteEnd->widget()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_fixArrays.at(i).startsWith(QLatin1String("sign:"))) {
        emit signatureRequested(m_fixArrays.at(i).mid(5), m_fixIds.at(i));
        return;
    }
    emit fixRequested(m_fixArrays.at(i), m_fixIds.at(i));
}

void ClosurePanel::updateDue()
{
    const QJsonObject derived = DerivedFields(*m_db).compute(taskKind(), m_task);
    const QString report = derived.value(QStringLiteral("report_due")).toString();
    const QDateTime callback = QDateTime::fromString(
        derived.value(QStringLiteral("callback_due")).toString(), Qt::ISODate);
    if (report.isEmpty()) {
        m_due->setText(tr("The service report (3 working days) and call-back (48 h) deadlines "
                          "count from the time the engineers left the site."));
    } else {
        m_due->setText(tr("Service report due %1 (3rd working day) · call-back due %2 (48 h).")
                           .arg(report, callback.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    Style::plain(m_due);
    Style::secondary(m_due);
}

void ClosurePanel::saveOnsiteEnd()
{
    if (!m_db)
        return;
    const QVariantMap change{{QStringLiteral("onsite_end"), m_onsiteEnd->value()},
                             {QStringLiteral("arrived_at"), m_arrivedAt->value()}};
    Error error;
    // The typed text first (a date that does not parse), then the value and the task's rules
    // (the arrival lies between the request and leaving the site).
    const bool ok = m_arrivedAt->checkInput(m_taskId, &error) &&
                    m_onsiteEnd->checkInput(m_taskId, &error) &&
                    RecordSave(*m_db).save(taskKind(), m_taskId, false, m_task, change, {}, &error);
    if (!ok) {
        m_endError->setText(error.message);
        m_endError->show();
        return;
    }
    m_task.insert(change);
    m_saveEnd->setEnabled(false);
    emit onsiteEndSaved();
}
