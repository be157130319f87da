#include "ui/onsite/DailyReportForm.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordLookup.h"
#include "app/rules/SiteFormRules.h"
#include "app/rules/SiteReportRules.h"
#include "db/Database.h"
#include "ui/desk/DeskClock.h"
#include "ui/onsite/ExpenseRowsEditor.h"
#include "ui/onsite/WorkSlotsEditor.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The declared fields edited through a FormFieldEditor (work and engineer have their own inputs).
const QStringList EditorKeys = {
    QStringLiteral("task_id"),         QStringLiteral("date"), QStringLiteral("submitted_at"),
    QStringLiteral("findings"),        QStringLiteral("plan"), QStringLiteral("support"),
    QStringLiteral("support_from_ids")};

QString nowText()
{
    return RecordTime::minuteText(DeskClock::now());
}
} // namespace

DailyReportForm::DailyReportForm(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    const RecordKind &kind = *RecordCatalog::byArray(QStringLiteral("daily_reports"));
    for (const QString &key : EditorKeys) {
        auto *editor = new FormFieldEditor(*kind.field(key), &m_db, this);
        m_editors.insert(key, editor);
        connect(editor, &FormFieldEditor::changed, this, [this, key] {
            if (m_loading)
                return;
            if (key == QLatin1String("task_id"))
                taskChanged();
            updateLate();
            emit changed();
        });
    }
    const auto label = [&kind](const char *key) {
        return kind.field(QString::fromLatin1(key))->translatedLabel();
    };
    m_general = FormErrors::makeLabel(this, QStringLiteral("dailyReportError"));
    m_errors = FormErrors(m_general);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    QWidget *task = m_editors.value(QStringLiteral("task_id"))->widget();
    task->setMinimumWidth(420);
    addRow(form, label("task_id"), task, task, QStringLiteral("task_id"), true);

    m_engineer = new QComboBox;
    m_engineer->setObjectName(QStringLiteral("engineerBox"));
    m_engineer->setMinimumWidth(200);
    connect(m_engineer, &QComboBox::activated, this, &DailyReportForm::changed);
    addRow(form, label("engineer_id"), m_engineer, m_engineer, QStringLiteral("engineer_id"), true);

    // The day with the task's on-site days beside it; the submission with "late" beside it.
    m_window = new QLabel;
    m_window->setObjectName(QStringLiteral("onSiteDays"));
    Style::secondary(m_window);
    m_late = new QLabel;
    m_late->setObjectName(QStringLiteral("lateLabel"));
    for (const auto &[key, note] : {std::pair<const char *, QLabel *>{"date", m_window},
                                    std::pair<const char *, QLabel *>{"submitted_at", m_late}}) {
        const QString k = QString::fromLatin1(key);
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_editors.value(k)->widget());
        row->addWidget(note, 1);
        addRow(form, label(key), box, m_editors.value(k)->widget(), k, k == QLatin1String("date"));
    }

    m_work = new WorkSlotsEditor;
    m_work->setObjectName(QStringLiteral("workSlots"));
    m_copyPlan = new QPushButton(tr("Copy yesterday's plan"), m_work);
    m_copyPlan->setObjectName(QStringLiteral("copyPlanButton"));
    m_copyPlan->setToolTip(tr("Today's work from the plan in this engineer's previous report "
                              "(Ctrl+Shift+Y)"));
    m_copyPlan->setAutoDefault(false);
    auto *workBox = new QWidget;
    auto *workLayout = new QVBoxLayout(workBox);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_work);
    workLayout->addWidget(m_copyPlan, 0, Qt::AlignLeft);
    form->addRow(label("work"), workBox);

    for (const char *key : {"findings", "plan", "support", "support_from_ids"}) {
        const QString k = QString::fromLatin1(key);
        QWidget *w = m_editors.value(k)->widget();
        if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 14);
        if (auto *list = qobject_cast<CheckList *>(w))
            list->setMaxVisibleRows(4);
        addRow(form, label(key), w, w, k);
    }

    m_expenses = new ExpenseRowsEditor;
    m_expenses->setObjectName(QStringLiteral("expenseRows"));
    auto *expenseTitle = new QLabel(tr("Expenses of the day"));
    expenseTitle->setToolTip(tr("They go onto the engineer's expense claim QEF-10-05 for this "
                                "task."));
    form->addRow(expenseTitle, m_expenses);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_general);
    connect(m_work, &WorkSlotsEditor::rowsChanged, this, &DailyReportForm::rowsChanged);
    connect(m_work, &WorkSlotsEditor::changed, this, &DailyReportForm::changed);
    connect(m_expenses, &ExpenseRowsEditor::rowsChanged, this, &DailyReportForm::rowsChanged);
    connect(m_expenses, &ExpenseRowsEditor::changed, this, &DailyReportForm::changed);
}

void DailyReportForm::addRow(QFormLayout *form, const QString &label, QWidget *input,
                             QWidget *focus, const QString &key, bool required)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    QLabel *error = FormErrors::makeLabel(box, QStringLiteral("error_%1").arg(key));
    layout->addWidget(error);
    m_errorLabels.insert(key, error);
    m_errors.add(key, focus, error);
    form->addRow(
        required ? label + QStringLiteral(" <span style=\"color:#c62828\">*</span>") : label, box);
}

QList<QWidget *> DailyReportForm::focusChain() const
{
    QList<QWidget *> chain;
    chain << m_editors.value(QStringLiteral("task_id"))->focusChain() << m_engineer
          << m_editors.value(QStringLiteral("date"))->focusChain()
          << m_editors.value(QStringLiteral("submitted_at"))->focusChain() << m_work->focusChain()
          << m_copyPlan;
    for (const char *key : {"findings", "plan", "support", "support_from_ids"})
        chain << m_editors.value(QString::fromLatin1(key))->focusChain();
    return chain << m_expenses->focusChain();
}

QString DailyReportForm::value(const char *key) const
{
    return m_editors.value(QString::fromLatin1(key))->value().toString();
}

void DailyReportForm::fillEngineers(const QString &taskId)
{
    const QString current = m_engineer->currentData().toString();
    m_engineer->clear();
    const RecordLookup lookup(m_db);
    for (const QString &id : DailyReportEntry(m_db).engineersOf(taskId)) {
        const QString name = lookup.personName(id);
        m_engineer->addItem(name.isEmpty() ? id : name, id);
    }
    const int at = m_engineer->findData(current);
    m_engineer->setCurrentIndex(at >= 0 ? at : 0);
    m_engineer->setEnabled(m_engineer->count() > 0);
    m_engineer->setToolTip(m_engineer->count() == 0
                               ? tr("The task has no engineers yet; assign them on the task page.")
                               : QString());
    QVariantMap task;
    QDate first, last;
    if (!taskId.isEmpty() && lookup.get(QStringLiteral("tasks"), taskId, &task) &&
        SiteFormRules::onSiteDays(task, &first, &last))
        m_window->setText(tr("On-site days: %1 to %2")
                              .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    else
        m_window->setText(taskId.isEmpty() ? QString() : tr("The task has no on-site days yet."));
}

void DailyReportForm::taskChanged()
{
    const QString taskId = value("task_id");
    fillEngineers(taskId);
    QString engineer;
    QDate date;
    if (m_proposing &&
        DailyReportEntry(m_db).suggest(taskId, DeskClock::today(), &engineer, &date)) {
        m_engineer->setCurrentIndex(qMax(0, m_engineer->findData(engineer)));
        m_loading = true;
        m_editors.value(QStringLiteral("date"))->setValue(date.toString(Qt::ISODate));
        m_loading = false;
    }
}

void DailyReportForm::startNew(const QString &taskId)
{
    if (!m_corrects.isEmpty()) { // after a correction: a new report's key is free again
        m_corrects.clear();
        for (QWidget *w : {m_editors.value(QStringLiteral("task_id"))->widget(),
                           static_cast<QWidget *>(m_engineer),
                           m_editors.value(QStringLiteral("date"))->widget()}) {
            w->setEnabled(true);
            w->setToolTip(QString());
        }
    }
    m_proposing = true;
    m_loading = true;
    for (FormFieldEditor *e : std::as_const(m_editors))
        e->setValue(QVariant());
    m_editors.value(QStringLiteral("task_id"))->setValue(taskId.isEmpty() ? QVariant() : taskId);
    m_editors.value(QStringLiteral("date"))->setValue(DeskClock::today().toString(Qt::ISODate));
    m_editors.value(QStringLiteral("submitted_at"))->setValue(nowText());
    m_work->setSlotList({});
    m_expenses->setExpenses({});
    m_loading = false;
    taskChanged();
    clearErrors();
    updateLate();
    markSaved(); // the proposals count as untouched
}

bool DailyReportForm::load(const QString &reportId, Error *error)
{
    QVariantMap stored;
    if (!RecordLookup(m_db).get(QStringLiteral("daily_reports"), reportId, &stored, error))
        return false;
    m_proposing = false;
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(stored.value(it.key()));
    fillEngineers(stored.value(QStringLiteral("task_id")).toString());
    const QString engineer = stored.value(QStringLiteral("engineer_id")).toString();
    if (m_engineer->findData(engineer) < 0) // no longer on the task: still shown as it is
        m_engineer->addItem(engineer, engineer);
    m_engineer->setCurrentIndex(m_engineer->findData(engineer));
    m_work->setSlotList(WorkSlots::parse(stored.value(QStringLiteral("work")).toString()));
    m_expenses->setExpenses(DailyReportEntry(m_db).expensesOf(reportId));
    m_corrects = stored.value(QStringLiteral("revision_of")).toString();
    m_loading = false;
    updateLate();
    markSaved();
    return true;
}

void DailyReportForm::fixKeyOfCorrection()
{
    if (m_corrects.isEmpty())
        return;
    const QString why = tr("A correction keeps the task, engineer and day of the report it "
                           "corrects; to report another day, write a new daily report.");
    for (QWidget *w :
         {m_editors.value(QStringLiteral("task_id"))->widget(), static_cast<QWidget *>(m_engineer),
          m_editors.value(QStringLiteral("date"))->widget()}) {
        w->setEnabled(false);
        w->setToolTip(why);
    }
}

void DailyReportForm::reloadExpenses(const QString &reportId)
{
    m_proposing = false;
    m_loading = true;
    m_expenses->setExpenses(DailyReportEntry(m_db).expensesOf(reportId));
    m_loading = false;
}

void DailyReportForm::focusFirst()
{
    if (value("task_id").isEmpty())
        m_editors.value(QStringLiteral("task_id"))->widget()->setFocus(Qt::OtherFocusReason);
    else
        m_work->fromEdit(0)->setFocus(Qt::OtherFocusReason);
}

QVariantMap DailyReportForm::values() const
{
    QVariantMap values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), it.value()->value());
    const QString engineer = m_engineer->currentData().toString();
    values.insert(QStringLiteral("engineer_id"), engineer.isEmpty() ? QVariant() : engineer);
    const QString work = WorkSlots::format(m_work->slotList());
    values.insert(QStringLiteral("work"), work.isEmpty() ? QVariant() : work);
    return values;
}

QList<DailyReportEntry::Expense> DailyReportForm::expenseList() const
{
    return m_expenses->expenses();
}

QVariantMap DailyReportForm::draft() const
{
    QVariantMap d = values();
    d.insert(QStringLiteral("expenses"), m_expenses->draft());
    return d;
}

void DailyReportForm::applyDraft(const QVariantMap &draft)
{
    m_loading = true;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        it.value()->setValue(draft.value(it.key()));
    fillEngineers(draft.value(QStringLiteral("task_id")).toString());
    const int at = m_engineer->findData(draft.value(QStringLiteral("engineer_id")));
    if (at >= 0)
        m_engineer->setCurrentIndex(at);
    m_work->setSlotList(WorkSlots::parse(draft.value(QStringLiteral("work")).toString()));
    m_expenses->applyDraft(draft.value(QStringLiteral("expenses")).toList());
    m_loading = false;
    updateLate();
    emit changed();
}

bool DailyReportForm::isModified() const
{
    return !m_loading && draft() != m_baseline;
}

void DailyReportForm::markSaved()
{
    m_baseline = draft();
    emit changed();
}

QString DailyReportForm::summary() const
{
    const QVariantMap task = RecordLookup(m_db).record(QStringLiteral("tasks"), value("task_id"));
    QStringList parts;
    for (const QString &part : {task.value(QStringLiteral("number")).toString(),
                                m_engineer->currentText(), value("date")}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

void DailyReportForm::updateLate()
{
    const QDate date = QDate::fromString(value("date"), Qt::ISODate);
    const QDateTime submitted = QDateTime::fromString(value("submitted_at"), Qt::ISODate);
    Style::plain(m_late);
    if (!date.isValid()) {
        m_late->clear();
    } else if (!submitted.isValid()) {
        m_late->setText(tr("Not submitted yet; due 17:00 on %1.").arg(date.toString(Qt::ISODate)));
        Style::secondary(m_late);
    } else if (SiteReportRules::dailyReportLate(date, submitted)) {
        m_late->setText(tr("Late: submitted after 17:00 on %1.").arg(date.toString(Qt::ISODate)));
        Style::error(m_late);
    } else {
        m_late->setText(tr("In time (due 17:00 on %1).").arg(date.toString(Qt::ISODate)));
        Style::success(m_late);
    }
}

bool DailyReportForm::checkInput(Error *error)
{
    clearErrors();
    QString problem;
    if (!m_work->check(&problem))
        return Error::set(error, Error::Code::Validation, problem, QString(),
                          QStringLiteral("work"));
    if (!m_editors.value(QStringLiteral("task_id"))->checkInput(QString(), error)) {
        showError(*error);
        return false;
    }
    return true;
}

void DailyReportForm::clearErrors()
{
    m_errors.clear();
    m_work->clearProblem();
    m_expenses->clearProblem();
}

void DailyReportForm::showError(const Error &error)
{
    int row = -1;
    QString key;
    if (DailyReportEntry::parseExpenseField(error.field, &row, &key)) {
        m_expenses->showProblem(row, key, error.message);
    } else if (error.field == QLatin1String("work")) {
        m_work->showProblem(error.message);
        m_work->whatEdit(0)->setFocus(Qt::OtherFocusReason);
    } else {
        m_errors.show(error);
    }
}

QString DailyReportForm::errorText(const QString &key) const
{
    QLabel *label = key.isEmpty() ? m_general : m_errorLabels.value(key);
    if (key == QLatin1String("work"))
        label = m_work->findChild<QLabel *>(QStringLiteral("workError"));
    else if (key == QLatin1String("expenses"))
        label = m_expenses->findChild<QLabel *>(QStringLiteral("expenseError"));
    return label && !label->isHidden() ? label->text() : QString();
}

bool DailyReportForm::copyPreviousPlan(QString *note)
{
    clearErrors();
    const QDate date = QDate::fromString(value("date"), Qt::ISODate);
    QDate from;
    const QString plan = DailyReportEntry(m_db).previousPlan(
        value("task_id"), m_engineer->currentData().toString(), date, &from);
    const QList<WorkSlots::Slot> items = WorkSlots::fromPlan(plan);
    if (items.isEmpty()) {
        m_work->showProblem(
            tr("%1 has no earlier report with a plan for this task before %2; type today's work.")
                .arg(m_engineer->currentText(), date.toString(Qt::ISODate)));
        return false;
    }
    m_work->appendSlots(items);
    if (note)
        *note = tr("Today's work taken from the plan of %1; add the times and what changed.")
                    .arg(from.toString(Qt::ISODate));
    return true;
}
