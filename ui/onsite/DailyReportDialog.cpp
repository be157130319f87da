#include "ui/onsite/DailyReportDialog.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordLookup.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/RecordSave.h"
#include "db/Database.h"
#include "ui/onsite/ExpenseRowsEditor.h"
#include "ui/print/PrintDialogs.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/widgets/FormScrollArea.h"
#include "ui/widgets/Style.h"
#include "ui/widgets/UnsavedPrompt.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

DailyReportDialog::DailyReportDialog(Database &db, const QString &reportId, const QString &taskId,
                                     QWidget *parent)
    : QDialog(parent), m_db(db), m_reportId(reportId), m_isNew(reportId.isEmpty())
{
    setObjectName(QStringLiteral("dailyReportDialog"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dailyReportHeading"));
    Style::title(m_heading, 1.3);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("dailyReportSaved"));
    m_note->hide();
    m_loadError = FormErrors::makeLabel(this, QStringLiteral("loadError"));

    m_form = new DailyReportForm(db);
    m_scroll = new FormScrollArea(m_form, this);

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_saveNext = new QPushButton(tr("Save and next"), this);
    m_saveNext->setObjectName(QStringLiteral("saveNextButton"));
    m_saveNext->setToolTip(tr("Save and start the next report of this task (Ctrl+Enter)"));
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Close (Esc); asks before typing is thrown away"));
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Preview and print this daily report (Ctrl+P)"));
    m_print->setProperty(SignaturePanel::KeepEnabled, true);
    for (QPushButton *b : {m_save, m_saveNext, m_cancel, m_print}) {
        b->setAutoDefault(false); // Enter in a field never saves by surprise
        b->setDefault(false);
    }
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_saveNext, &QPushButton::clicked, this, &DailyReportDialog::saveAndNext);
    connect(m_cancel, &QPushButton::clicked, this, &DailyReportDialog::reject);
    connect(m_form->copyPlanButton(), &QPushButton::clicked, this,
            &DailyReportDialog::copyPreviousPlan);
    connect(m_print, &QPushButton::clicked, this, &DailyReportDialog::printPreview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveNext);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_loadError);
    layout->addWidget(m_scroll, 1);
    // The engineer signs the report (SOP-10 §5.3.3); a signed report opens read-only.
    m_signing = new SignaturePanel(*RecordCatalog::byTable(QStringLiteral("daily_reports")), this);
    m_signing->setup(&m_db, m_form, [this] { return save() ? m_reportId : QString(); });
    connect(m_signing, &SignaturePanel::lockedChanged, this, [this](bool locked) {
        m_locked = locked;
        updateButtons();
    });
    connect(m_signing, &SignaturePanel::revisionCreated, this, &DailyReportDialog::openReport);
    // A signature or a new revision changes the lists and the task page.
    connect(m_signing, &SignaturePanel::signaturesChanged, this,
            [this] { emit saved(m_reportId); });
    layout->addWidget(m_signing);
    layout->addLayout(buttons);

    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, m_save,
            &QPushButton::click);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, m_print,
            &QPushButton::click);
    for (int key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated,
                m_saveNext, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), this),
            &QShortcut::activated, this, &DailyReportDialog::copyPreviousPlan);
    // Not Ctrl+E: in a line edit on X11 that is "end of line".
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this),
            &QShortcut::activated, m_form->expenses(), &ExpenseRowsEditor::addRow);
    connect(m_form, &DailyReportForm::changed, this, &DailyReportDialog::updateHeading);
    connect(m_form, &DailyReportForm::rowsChanged, this, &DailyReportDialog::updateTabOrder);

    if (m_isNew) {
        const QString remembered = AppSettings().lastDailyReportTaskId();
        startNew(!taskId.isEmpty()                                                ? taskId
                 : RecordLookup(m_db).exists(QStringLiteral("tasks"), remembered) ? remembered
                                                                                  : QString());
    } else {
        Error error;
        if (m_form->load(m_reportId, &error)) {
            m_signing->setRecordId(m_reportId);
            m_form->fixKeyOfCorrection();
            m_form->focusFirst();
        } else {
            m_loadError->setText(tr("This daily report cannot be opened: %1").arg(error.message));
            m_loadError->show();
            m_form->setEnabled(false);
            m_save->setEnabled(false);
            m_saveNext->setEnabled(false);
            m_print->setEnabled(false);
            m_signing->hide();
        }
    }
    updateTabOrder();
    updateHeading();
    // Tall enough for the whole report where the screen allows.
    const int room = screen() ? screen()->availableGeometry().height() - 60 : 820;
    resize(900, qBound(480, room, 820));
}

void DailyReportDialog::startNew(const QString &taskId)
{
    m_isNew = true;
    m_reportId = RecordSave::newId();
    m_form->startNew(taskId);
    if (m_signing)
        m_signing->setRecordId(QString());
    m_form->focusFirst();
}

void DailyReportDialog::openReport(const QString &reportId)
{
    // A correction: the dialog goes on with the new revision, an editable draft.
    Error error;
    if (!m_form->load(reportId, &error)) {
        QMessageBox::warning(this, tr("Daily report"),
                             tr("The new revision cannot be opened: %1").arg(error.message));
        return;
    }
    m_reportId = reportId;
    m_isNew = false;
    m_signing->setRecordId(reportId);
    m_form->fixKeyOfCorrection();
    updateHeading();
    emit saved(reportId);
}

void DailyReportDialog::updateButtons()
{
    m_save->setEnabled(!m_locked);
    m_saveNext->setEnabled(!m_locked);
}

void DailyReportDialog::printPreview()
{
    // What is printed is the saved report: typing is saved first (a signed one has none).
    if ((m_isNew || m_form->isModified()) && !m_locked && !save())
        return;
    PrintDialogs::preview(this, m_db, m_reportId);
}

void DailyReportDialog::updateTabOrder()
{
    QList<QWidget *> chain = m_form->focusChain();
    chain << m_save << m_saveNext << m_cancel << m_print;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void DailyReportDialog::updateHeading()
{
    const QString what =
        m_isNew ? tr("New daily report (QEF-10-02)") : tr("Daily report (QEF-10-02)");
    const QString summary = m_form->summary();
    const QString title = summary.isEmpty() ? what : tr("%1: %2").arg(what, summary);
    m_heading->setText(title);
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowModified(m_form->isModified());
}

void DailyReportDialog::showNote(const QString &text, bool success)
{
    m_note->setText(text);
    Style::plain(m_note);
    if (success)
        Style::success(m_note);
    else
        Style::secondary(m_note);
    m_note->show();
}

void DailyReportDialog::revealFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_scroll->isAncestorOf(focus))
        m_scroll->ensureWidgetVisible(focus, 20, 60);
}

bool DailyReportDialog::save()
{
    m_note->hide();
    Error error;
    if (!m_form->checkInput(&error)) {
        revealFocus();
        return false;
    }
    if (!DailyReportEntry(m_db).save(m_reportId, m_form->values(), m_form->expenseList(), &error)) {
        if (error.field.isEmpty() && error.code != Error::Code::Validation)
            QMessageBox::warning(this, tr("Not saved"),
                                 tr("The daily report was not saved: %1").arg(error.message));
        else
            m_form->showError(error);
        revealFocus();
        return false;
    }
    AppSettings().setLastDailyReportTaskId(
        m_form->values().value(QStringLiteral("task_id")).toString());
    m_isNew = false;
    // Saved lines now have ids: a second save updates them instead of adding new ones.
    m_form->reloadExpenses(m_reportId);
    m_form->markSaved();
    if (m_signing->recordId() != m_reportId)
        m_signing->setRecordId(m_reportId);
    emit saved(m_reportId);
    return true;
}

bool DailyReportDialog::saveAndNext()
{
    const QString summary = m_form->summary();
    if (!save())
        return false;
    startNew(m_form->values().value(QStringLiteral("task_id")).toString());
    showNote(tr("Saved: %1. Next report of the same task:").arg(summary), true);
    return true;
}

void DailyReportDialog::copyPreviousPlan()
{
    QString note;
    if (m_form->copyPreviousPlan(&note))
        showNote(note, false);
}

void DailyReportDialog::reject()
{
    if (m_asking)
        return;
    if (m_form->isModified()) {
        m_asking = true;
        const UnsavedPrompt::Answer answer =
            UnsavedPrompt::ask(this, tr("Unsaved daily report"), tr("Save this daily report?"));
        m_asking = false;
        if (answer == UnsavedPrompt::Answer::Cancel ||
            (answer == UnsavedPrompt::Answer::Save && !save()))
            return;
    }
    QDialog::reject();
}

void DailyReportDialog::discard()
{
    UnsavedPrompt::cancelOpen(this);
    QDialog::reject();
}
