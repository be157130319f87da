#include "DailyReportDialog.h"

#include "AppSettings.h"
#include "CheckList.h"
#include "Database.h"
#include "DeskClock.h"
#include "ExpenseRowsEditor.h"
#include "FieldEditor.h"
#include "FieldFormRules.h"
#include "FieldReportRules.h"
#include "RecordCatalog.h"
#include "RecordStore.h"
#include "Style.h"
#include "WorkSlotsEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace {
const QString Reports = QStringLiteral("daily_reports");
// The declared fields this screen edits through a FieldEditor (work and engineer have their
// own inputs).
const QStringList EditorKeys = {
    QStringLiteral("task_id"),         QStringLiteral("date"), QStringLiteral("submitted_at"),
    QStringLiteral("findings"),        QStringLiteral("plan"), QStringLiteral("support"),
    QStringLiteral("support_from_ids")};

QString nowText()
{
    const QDateTime now = DeskClock::now().toLocalTime();
    const QDateTime local(now.date(), QTime(now.time().hour(), now.time().minute()));
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}
} // namespace

DailyReportDialog::DailyReportDialog(Database &db, const QString &reportId, const QString &taskId,
                                     QWidget *parent)
    : QDialog(parent), m_db(db), m_reportId(reportId), m_isNew(reportId.isEmpty())
{
    setObjectName(QStringLiteral("dailyReportDialog"));
    build();
    if (m_isNew) {
        const QString remembered = AppSettings().lastDailyReportTaskId();
        startNew(!taskId.isEmpty()                                               ? taskId
                 : RecordStore(m_db).exists(QStringLiteral("tasks"), remembered) ? remembered
                                                                                 : QString());
    } else {
        loadReport();
    }
    const int room = screen() ? screen()->availableGeometry().height() - 60 : 820;
    resize(900, qBound(480, room, 820));
}

QWidget *DailyReportDialog::addRow(QFormLayout *form, const QString &label, QWidget *input,
                                   const QString &key, bool required)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    QLabel *error = FormErrors::makeLabel(box, QStringLiteral("error_%1").arg(key));
    layout->addWidget(error);
    m_errorLabels.insert(key, error);
    m_errors.add(key, input, error);
    form->addRow(
        required ? label + QStringLiteral(" <span style=\"color:#c62828\">*</span>") : label, box);
    return box;
}

void DailyReportDialog::build()
{
    const RecordKind &kind = *RecordCatalog::byArray(Reports);
    for (const QString &key : EditorKeys) {
        auto *editor = new FieldEditor(*kind.field(key), &m_db, this);
        m_editors.insert(key, editor);
        connect(editor, &FieldEditor::changed, this, [this, key] {
            if (m_loading)
                return;
            if (key == QLatin1String("task_id"))
                taskChanged();
            if (key == QLatin1String("date") || key == QLatin1String("submitted_at") ||
                key == QLatin1String("task_id"))
                updateLate();
            updateHeading();
        });
    }
    const auto label = [&kind](const char *key) {
        return kind.field(QString::fromLatin1(key))->translatedLabel();
    };

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dailyReportHeading"));
    Style::title(m_heading, 1.3);
    m_savedNote = new QLabel(this);
    m_savedNote->setObjectName(QStringLiteral("dailyReportSaved"));
    m_savedNote->hide();
    m_general = FormErrors::makeLabel(this, QStringLiteral("dailyReportError"));
    m_errors = FormErrors(m_general);

    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_editors.value(QStringLiteral("task_id"))->widget()->setMinimumWidth(420);
    addRow(form, label("task_id"), m_editors.value(QStringLiteral("task_id"))->widget(),
           QStringLiteral("task_id"), true);

    m_engineer = new QComboBox;
    m_engineer->setObjectName(QStringLiteral("engineerBox"));
    m_engineer->setMinimumWidth(200);
    connect(m_engineer, &QComboBox::activated, this, [this] {
        updateHeading();
        m_savedNote->hide();
    });
    addRow(form, label("engineer_id"), m_engineer, QStringLiteral("engineer_id"), true);

    auto *dateBox = new QWidget;
    auto *dateLayout = new QHBoxLayout(dateBox);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_editors.value(QStringLiteral("date"))->widget());
    m_window = new QLabel(dateBox);
    m_window->setObjectName(QStringLiteral("onSiteDays"));
    Style::secondary(m_window);
    dateLayout->addWidget(m_window, 1);
    addRow(form, label("date"), dateBox, QStringLiteral("date"), true);
    m_errors.add(QStringLiteral("date"), m_editors.value(QStringLiteral("date"))->widget(),
                 m_errorLabels.value(QStringLiteral("date")));

    auto *submittedBox = new QWidget;
    auto *submittedLayout = new QHBoxLayout(submittedBox);
    submittedLayout->setContentsMargins(0, 0, 0, 0);
    submittedLayout->addWidget(m_editors.value(QStringLiteral("submitted_at"))->widget());
    m_late = new QLabel(submittedBox);
    m_late->setObjectName(QStringLiteral("lateLabel"));
    submittedLayout->addWidget(m_late, 1);
    addRow(form, label("submitted_at"), submittedBox, QStringLiteral("submitted_at"));
    m_errors.add(QStringLiteral("submitted_at"),
                 m_editors.value(QStringLiteral("submitted_at"))->widget(),
                 m_errorLabels.value(QStringLiteral("submitted_at")));

    m_work = new WorkSlotsEditor;
    m_work->setObjectName(QStringLiteral("workSlots"));
    m_copyPlan = new QPushButton(tr("Copy yesterday's plan"), m_work);
    m_copyPlan->setObjectName(QStringLiteral("copyPlanButton"));
    m_copyPlan->setToolTip(tr("Today's work from the plan in this engineer's previous report "
                              "(Ctrl+Shift+Y)"));
    m_copyPlan->setAutoDefault(false);
    connect(m_copyPlan, &QPushButton::clicked, this, &DailyReportDialog::copyPreviousPlan);
    auto *workBox = new QWidget;
    auto *workLayout = new QVBoxLayout(workBox);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_work);
    workLayout->addWidget(m_copyPlan, 0, Qt::AlignLeft);
    form->addRow(label("work"), workBox);
    connect(m_work, &WorkSlotsEditor::rowsChanged, this, &DailyReportDialog::updateTabOrder);

    for (const char *key : {"findings", "plan", "support", "support_from_ids"}) {
        const QString k = QString::fromLatin1(key);
        QWidget *w = m_editors.value(k)->widget();
        if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 14);
        if (auto *list = qobject_cast<CheckList *>(w))
            list->setMaxVisibleRows(4);
        addRow(form, label(key), w, k);
    }

    m_expenses = new ExpenseRowsEditor;
    m_expenses->setObjectName(QStringLiteral("expenseRows"));
    connect(m_expenses, &ExpenseRowsEditor::rowsChanged, this, &DailyReportDialog::updateTabOrder);
    auto *expenseTitle = new QLabel(tr("Expenses of the day"));
    expenseTitle->setToolTip(tr("They go onto the engineer's expense claim QEF-10-05 for this "
                                "task."));
    form->addRow(expenseTitle, m_expenses);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(inner);

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_saveNext = new QPushButton(tr("Save and next"), this);
    m_saveNext->setObjectName(QStringLiteral("saveNextButton"));
    m_saveNext->setToolTip(tr("Save and start the next report of this task (Ctrl+Enter)"));
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Close (Esc); asks before typing is thrown away"));
    for (QPushButton *b : {m_save, m_saveNext, m_cancel}) {
        b->setAutoDefault(false); // Enter in a field never saves by surprise
        b->setDefault(false);
    }
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_saveNext, &QPushButton::clicked, this, &DailyReportDialog::saveAndNext);
    connect(m_cancel, &QPushButton::clicked, this, &DailyReportDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_general, 1);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveNext);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_savedNote);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, m_save,
            &QPushButton::click);
    for (int key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated,
                m_saveNext, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), this),
            &QShortcut::activated, this, &DailyReportDialog::copyPreviousPlan);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this),
            &QShortcut::activated, m_expenses, &ExpenseRowsEditor::addRow);
    connect(m_work, &WorkSlotsEditor::changed, this, &DailyReportDialog::updateHeading);
    connect(m_expenses, &ExpenseRowsEditor::changed, this, &DailyReportDialog::updateHeading);
}

FieldEditor *DailyReportDialog::editor(const QString &key) const
{
    return m_editors.value(key);
}

void DailyReportDialog::updateTabOrder()
{
    QList<QWidget *> chain;
    chain << m_editors.value(QStringLiteral("task_id"))->focusChain() << m_engineer
          << m_editors.value(QStringLiteral("date"))->focusChain()
          << m_editors.value(QStringLiteral("submitted_at"))->focusChain() << m_work->focusChain()
          << m_copyPlan;
    for (const char *key : {"findings", "plan", "support", "support_from_ids"})
        chain << m_editors.value(QString::fromLatin1(key))->focusChain();
    chain << m_expenses->focusChain() << m_save << m_saveNext << m_cancel;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void DailyReportDialog::fillEngineers(const QString &taskId)
{
    const QString current = m_engineer->currentData().toString();
    m_engineer->clear();
    RecordStore store(m_db);
    for (const QString &id : DailyReportEntry(m_db).engineersOf(taskId)) {
        QVariantMap person;
        store.get(QStringLiteral("people"), id, &person, nullptr);
        const QString name = person.value(QStringLiteral("name")).toString();
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
    if (!taskId.isEmpty() && store.get(QStringLiteral("tasks"), taskId, &task, nullptr) &&
        FieldFormRules::onSiteDays(task, &first, &last))
        m_window->setText(tr("On-site days: %1 to %2")
                              .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    else
        m_window->setText(taskId.isEmpty() ? QString() : tr("The task has no on-site days yet."));
}

void DailyReportDialog::taskChanged()
{
    const QString taskId = m_editors.value(QStringLiteral("task_id"))->value().toString();
    fillEngineers(taskId);
    if (!m_isNew)
        return;
    QString engineer;
    QDate date;
    if (DailyReportEntry(m_db).suggest(taskId, DeskClock::today(), &engineer, &date)) {
        m_engineer->setCurrentIndex(qMax(0, m_engineer->findData(engineer)));
        m_loading = true;
        m_editors.value(QStringLiteral("date"))->setValue(date.toString(Qt::ISODate));
        m_loading = false;
    }
}

void DailyReportDialog::startNew(const QString &taskId)
{
    m_isNew = true;
    m_reportId = RecordStore::newId();
    m_loading = true;
    for (FieldEditor *e : std::as_const(m_editors))
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
    // Typing starts where the message's content goes: the task is usually right already.
    QWidget *first = taskId.isEmpty() ? m_editors.value(QStringLiteral("task_id"))->widget()
                                      : static_cast<QWidget *>(m_work->fromEdit(0));
    first->setFocus(Qt::OtherFocusReason);
}

void DailyReportDialog::loadReport()
{
    QVariantMap stored;
    Error error;
    if (!RecordStore(m_db).get(Reports, m_reportId, &stored, &error)) {
        m_general->setText(tr("This daily report cannot be opened: %1").arg(error.message));
        m_general->show();
        m_save->setEnabled(false);
        m_saveNext->setEnabled(false);
        return;
    }
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(stored.value(it.key()));
    fillEngineers(stored.value(QStringLiteral("task_id")).toString());
    const QString engineer = stored.value(QStringLiteral("engineer_id")).toString();
    if (m_engineer->findData(engineer) < 0) // no longer on the task: still shown as it is
        m_engineer->addItem(engineer, engineer);
    m_engineer->setCurrentIndex(m_engineer->findData(engineer));
    m_work->setSlotList(WorkSlots::parse(stored.value(QStringLiteral("work")).toString()));
    m_expenses->setExpenses(DailyReportEntry(m_db).expensesOf(m_reportId));
    m_loading = false;
    updateLate();
    markSaved();
    m_work->fromEdit(0)->setFocus(Qt::OtherFocusReason);
}

QVariantMap DailyReportDialog::reportValues() const
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

QVariantMap DailyReportDialog::draft() const
{
    QVariantMap d = reportValues();
    QVariantList lines;
    for (const DailyReportEntry::Expense &e : m_expenses->expenses())
        lines << QVariantMap{{QStringLiteral("id"), e.id},
                             {QStringLiteral("category"), e.category},
                             {QStringLiteral("description"), e.description},
                             {QStringLiteral("amount"), e.amount},
                             {QStringLiteral("paid_by"), e.paidBy},
                             {QStringLiteral("receipt"), e.receipt},
                             {QStringLiteral("locked"), e.locked}};
    d.insert(QStringLiteral("expenses"), lines);
    return d;
}

void DailyReportDialog::applyDraft(const QVariantMap &draft)
{
    m_loading = true;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        it.value()->setValue(draft.value(it.key()));
    fillEngineers(draft.value(QStringLiteral("task_id")).toString());
    const int at = m_engineer->findData(draft.value(QStringLiteral("engineer_id")));
    if (at >= 0)
        m_engineer->setCurrentIndex(at);
    m_work->setSlotList(WorkSlots::parse(draft.value(QStringLiteral("work")).toString()));
    QList<DailyReportEntry::Expense> expenses;
    for (const QVariant &v : draft.value(QStringLiteral("expenses")).toList()) {
        const QVariantMap m = v.toMap();
        DailyReportEntry::Expense e;
        e.id = m.value(QStringLiteral("id")).toString();
        e.category = m.value(QStringLiteral("category")).toString();
        e.description = m.value(QStringLiteral("description")).toString();
        e.amount = m.value(QStringLiteral("amount")).toString();
        e.paidBy = m.value(QStringLiteral("paid_by")).toString();
        e.receipt = m.value(QStringLiteral("receipt")).toBool();
        e.locked = m.value(QStringLiteral("locked")).toBool();
        expenses << e;
    }
    m_expenses->setExpenses(expenses);
    m_loading = false;
    updateLate();
    updateHeading();
}

bool DailyReportDialog::isModified() const
{
    return draft() != m_baseline;
}

void DailyReportDialog::markSaved()
{
    m_baseline = draft();
    updateHeading();
}

void DailyReportDialog::updateLate()
{
    const QDate date =
        QDate::fromString(m_editors.value(QStringLiteral("date"))->value().toString(), Qt::ISODate);
    const QDateTime submitted = QDateTime::fromString(
        m_editors.value(QStringLiteral("submitted_at"))->value().toString(), Qt::ISODate);
    Style::plain(m_late);
    if (!date.isValid()) {
        m_late->clear();
    } else if (!submitted.isValid()) {
        m_late->setText(tr("Not submitted yet; due 17:00 on %1.").arg(date.toString(Qt::ISODate)));
        Style::secondary(m_late);
    } else if (FieldReportRules::dailyReportLate(date, submitted)) {
        m_late->setText(tr("Late: submitted after 17:00 on %1.").arg(date.toString(Qt::ISODate)));
        Style::error(m_late);
    } else {
        m_late->setText(tr("In time (due 17:00 on %1).").arg(date.toString(Qt::ISODate)));
        Style::success(m_late);
    }
}

void DailyReportDialog::updateHeading()
{
    QVariantMap task;
    RecordStore(m_db).get(QStringLiteral("tasks"),
                          m_editors.value(QStringLiteral("task_id"))->value().toString(), &task,
                          nullptr);
    QStringList parts;
    for (const QString &part :
         {task.value(QStringLiteral("number")).toString(), m_engineer->currentText(),
          m_editors.value(QStringLiteral("date"))->value().toString()}) {
        if (!part.isEmpty())
            parts << part;
    }
    const QString what =
        m_isNew ? tr("New daily report (QEF-10-02)") : tr("Daily report (QEF-10-02)");
    const QString title =
        parts.isEmpty() ? what : tr("%1: %2").arg(what, parts.join(QStringLiteral(" · ")));
    m_heading->setText(title);
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowModified(!m_loading && isModified());
}

void DailyReportDialog::clearErrors()
{
    m_errors.clear();
    m_work->clearProblem();
    m_expenses->clearProblem();
}

void DailyReportDialog::showError(const Error &error)
{
    int row = -1;
    QString key;
    if (DailyReportEntry::parseExpenseField(error.field, &row, &key)) {
        m_expenses->showProblem(row, key, error.message);
        m_scroll->ensureWidgetVisible(m_expenses, 20, 60);
    } else if (error.field == QLatin1String("work")) {
        m_work->showProblem(error.message);
        m_work->whatEdit(0)->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(m_work, 20, 60);
    } else {
        m_errors.show(error);
        if (QLabel *label = m_errorLabels.value(error.field))
            m_scroll->ensureWidgetVisible(label, 20, 60);
    }
}

QString DailyReportDialog::errorText(const QString &key) const
{
    if (key == QLatin1String("work")) {
        auto *label = m_work->findChild<QLabel *>(QStringLiteral("workError"));
        return label && !label->isHidden() ? label->text() : QString();
    }
    if (key == QLatin1String("expenses")) {
        auto *label = m_expenses->findChild<QLabel *>(QStringLiteral("expenseError"));
        return label && !label->isHidden() ? label->text() : QString();
    }
    QLabel *label = key.isEmpty() ? m_general : m_errorLabels.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

bool DailyReportDialog::save()
{
    clearErrors();
    m_savedNote->hide();
    QString problem;
    if (!m_work->check(&problem)) {
        m_scroll->ensureWidgetVisible(m_work, 20, 60);
        return false;
    }
    Error error;
    if (!m_editors.value(QStringLiteral("task_id"))->checkInput(QString(), &error)) {
        showError(error);
        return false;
    }
    if (!DailyReportEntry(m_db).save(m_reportId, reportValues(), m_expenses->expenses(), &error)) {
        if (error.field.isEmpty() && error.code != Error::Code::Validation)
            QMessageBox::warning(this, tr("Not saved"),
                                 tr("The daily report was not saved: %1").arg(error.message));
        else
            showError(error);
        return false;
    }
    AppSettings settings;
    settings.setLastDailyReportTaskId(
        m_editors.value(QStringLiteral("task_id"))->value().toString());
    m_isNew = false;
    // Saved lines now have ids: read them back so a second save updates instead of adding.
    m_loading = true;
    m_expenses->setExpenses(DailyReportEntry(m_db).expensesOf(m_reportId));
    m_loading = false;
    markSaved();
    emit saved(m_reportId);
    return true;
}

bool DailyReportDialog::saveAndNext()
{
    const QString summary = tr("Saved: %1.").arg(m_heading->text());
    if (!save())
        return false;
    startNew(m_editors.value(QStringLiteral("task_id"))->value().toString());
    m_savedNote->setText(summary);
    Style::success(m_savedNote);
    m_savedNote->show();
    return true;
}

void DailyReportDialog::copyPreviousPlan()
{
    clearErrors();
    const QString taskId = m_editors.value(QStringLiteral("task_id"))->value().toString();
    const QString engineer = m_engineer->currentData().toString();
    const QDate date =
        QDate::fromString(m_editors.value(QStringLiteral("date"))->value().toString(), Qt::ISODate);
    QDate from;
    const QString plan = DailyReportEntry(m_db).previousPlan(taskId, engineer, date, &from);
    const QList<WorkSlots::Slot> items = WorkSlots::fromPlan(plan);
    if (items.isEmpty()) {
        m_work->showProblem(
            tr("%1 has no earlier report with a plan for this task before %2; type today's work.")
                .arg(m_engineer->currentText(), date.toString(Qt::ISODate)));
        return;
    }
    m_work->appendSlots(items);
    m_savedNote->setText(tr("Today's work taken from the plan of %1; add the times and what "
                            "changed.")
                             .arg(from.toString(Qt::ISODate)));
    Style::plain(m_savedNote);
    Style::secondary(m_savedNote);
    m_savedNote->show();
}

void DailyReportDialog::reject()
{
    if (m_asking)
        return;
    if (isModified()) {
        m_asking = true;
        QMessageBox box(QMessageBox::Question, tr("Unsaved daily report"),
                        tr("Save this daily report?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedPrompt"));
        box.setInformativeText(tr("If you don't save, what you typed is lost."));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        const int answer = box.exec();
        m_asking = false;
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

void DailyReportDialog::discard()
{
    const QList<QMessageBox *> boxes = findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes)
        box->reject();
    QDialog::reject();
}
