#include "ui/closing/ExpenseClaimPage.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/ExpenseLineModel.h"
#include "app/rules/DerivedFields.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/ExpenseClaimWriter.h"
#include "app/workflow/RecordSave.h"
#include "db/Database.h"
#include "ui/closing/ExpenseLinesPanel.h"
#include "ui/desk/DeskClock.h"
#include "ui/print/PrintDialogs.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordForm.h"
#include "ui/records/ReferenceCombo.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/widgets/Style.h"
#include "ui/widgets/UnsavedPrompt.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const RecordKind &claimKind()
{
    return *RecordCatalog::byArray(QStringLiteral("expense_claims"));
}

} // namespace

ExpenseClaimPage::ExpenseClaimPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("expenseClaimPage"));
    m_back = Style::button(tr("← Expense claims"), "claimBackButton", nullptr, this);
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            emit closeRequested();
    });
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("claimTitle"));
    Style::title(m_title, 1.3);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("claimMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_formHost = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_formHost);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_declaration = new QLabel(this);
    m_declaration->setObjectName(QStringLiteral("claimDeclaration"));
    m_declaration->setWordWrap(true);

    m_linesPanel = new ExpenseLinesPanel(this);
    m_lines = m_linesPanel->model();
    m_view = m_linesPanel->view();

    m_save = Style::button(tr("Save"), "saveClaimButton", "ok", this);
    m_save->setToolTip(tr("Save the claim and all its lines (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, &ExpenseClaimPage::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ExpenseClaimPage::save);

    m_print = Style::button(tr("Print…"), "printClaimButton", nullptr, this);
    m_print->setToolTip(tr("Preview and print this claim (Ctrl+P)"));
    m_print->setProperty(SignaturePanel::KeepEnabled, true);
    connect(m_print, &QPushButton::clicked, this, &ExpenseClaimPage::printPreview);
    // Ctrl+P is the window's File › Print…, which prints the page shown (its printPreview()).

    connect(m_lines, &ExpenseLineModel::totalsChanged, this, &ExpenseClaimPage::updateTotals);
    connect(m_lines, &ExpenseLineModel::modifiedChanged, this, &ExpenseClaimPage::updateTitle);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    top->addWidget(m_print);
    top->addWidget(m_save);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->addWidget(m_formHost);
    contentLayout->addWidget(m_declaration);
    contentLayout->addWidget(m_linesPanel, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    // The claimant and administration sign (QEF-10-05); a signed claim opens read-only.
    m_signing = new SignaturePanel(claimKind(), this);
    m_signing->setup(nullptr, content, [this] { return save() ? m_claimId : QString(); });
    connect(m_signing, &SignaturePanel::lockedChanged, this, [this](bool locked) {
        m_locked = locked;
        m_save->setEnabled(!locked);
        m_linesPanel->setReadOnly(locked);
    });
    connect(m_signing, &SignaturePanel::revisionCreated, this, [this](const QString &id) {
        if (openClaim(id))
            emit claimSaved(id, m_stored.value(QStringLiteral("task_id")).toString());
    });
    // A signature changes the lists and what the task page finds missing.
    connect(m_signing, &SignaturePanel::signaturesChanged, this, [this] {
        emit claimSaved(m_claimId, m_stored.value(QStringLiteral("task_id")).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 16, 8);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_signing);
    setEnabled(false);
}

void ExpenseClaimPage::setDatabase(Database *db)
{
    m_db = db;
    m_signing->setDatabase(db);
    setEnabled(db && !m_claimId.isEmpty());
    if (!db)
        return; // what was typed stays for the same file
    if (db->path() != m_dbPath) {
        m_dbPath = db->path();
        m_claimId.clear();
        setEnabled(false);
        return;
    }
    if (m_form) { // references come from the reopened database; the typing stays
        rebuildForm(m_form->values());
        m_signing->refresh(); // the new editors of a signed claim are read-only too
    }
}

void ExpenseClaimPage::rebuildForm(const QVariantMap &values)
{
    delete m_form;
    m_form = new RecordForm(claimKind(), m_db, m_formHost);
    m_formHost->layout()->addWidget(m_form);
    m_form->setRecord(m_stored);
    m_form->applyValues(values);
    connect(m_form, &RecordForm::modifiedChanged, this, &ExpenseClaimPage::updateTitle);
    connect(m_form, &RecordForm::fieldChanged, this, [this](const QString &key) {
        if (key == QLatin1String("task_id"))
            loadReports();
        updateTotals();
        updateTitle();
    });
    QList<QWidget *> chain = m_form->focusChain();
    chain << m_linesPanel->addButton() << m_view;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

bool ExpenseClaimPage::confirmLeave()
{
    if (!isModified() || !m_db)
        return true;
    const auto answer =
        UnsavedPrompt::ask(this, tr("Unsaved expense claim"),
                           tr("The expense claim has changes that are not saved. Save them?"));
    if (answer == UnsavedPrompt::Answer::Save)
        return save();
    return answer == UnsavedPrompt::Answer::Discard;
}

bool ExpenseClaimPage::isModified() const
{
    return (m_form && m_form->isModified()) || m_lines->isModified();
}

bool ExpenseClaimPage::openClaim(const QString &claimId)
{
    if (!m_db || (claimId != m_claimId && !confirmLeave()))
        return false;
    QVariantMap claim;
    QList<QVariantMap> lines;
    Error error;
    if (!ExpenseClaimWriter(*m_db).load(claimId, &claim, &lines, &error)) {
        QMessageBox::warning(this, tr("Expense claim"), error.message);
        return false;
    }
    m_claimId = claimId;
    m_isNew = false;
    load(claim, lines);
    return true;
}

bool ExpenseClaimPage::newClaim(const QString &taskId)
{
    if (!m_db || !confirmLeave())
        return false;
    m_claimId = RecordSave::newId();
    m_isNew = true;
    load({}, {});
    QVariantMap values{{QStringLiteral("claimant_id"), AppSettings().currentPersonId()}};
    if (!taskId.isEmpty())
        values.insert(QStringLiteral("task_id"), taskId);
    m_form->applyValues(values);
    loadReports();
    updateTitle();
    return true;
}

void ExpenseClaimPage::load(const QVariantMap &claim, const QList<QVariantMap> &lines)
{
    m_stored = claim;
    m_linesPanel->setLineDefaults(
        {{QStringLiteral("date"), DeskClock::today().toString(Qt::ISODate)},
         {QStringLiteral("paid_by"), QStringLiteral("company")}});
    rebuildForm({});
    m_lines->setLines(lines);
    loadReports();
    m_message->hide();
    setEnabled(true);
    m_signing->setRecordId(m_isNew ? QString() : m_claimId);
    updateTotals();
    updateTitle();
    if (!m_form->focusChain().isEmpty())
        m_form->focusChain().first()->setFocus(Qt::OtherFocusReason);
}

void ExpenseClaimPage::loadReports()
{
    if (!m_db || !m_form)
        return;
    const QString task = m_form->values().value(QStringLiteral("task_id")).toString();
    m_lines->setDailyReportLabels(task.isEmpty() ? QList<QPair<QString, QString>>()
                                                 : ExpenseClaimWriter(*m_db).dailyReports(task));
}

void ExpenseClaimPage::updateTotals()
{
    const Money total = m_lines->companyTotal();
    const int flagged = m_lines->declarationCount();
    const QVariantMap values = m_form ? m_form->values() : QVariantMap();
    const bool declared = !values.value(QStringLiteral("declared_on")).toString().isEmpty() &&
                          !values.value(QStringLiteral("declared_to_id")).toString().isEmpty();
    if (m_form)
        m_form->setDerived({{QStringLiteral("total"), total.toString()},
                            {QStringLiteral("declaration_pending"), flagged > 0 && !declared}});
    m_declaration->setPalette(QPalette());
    m_declaration->setProperty("pending", flagged > 0 && !declared);
    if (flagged == 0) {
        m_declaration->hide();
        return;
    }
    m_declaration->show();
    if (declared) {
        Style::success(m_declaration);
        m_declaration->setText(
            tr("%n gift or hospitality line(s) over RMB 200.00 declared.", nullptr, flagged));
    } else {
        Style::error(m_declaration);
        m_declaration->setText(
            tr("%n line(s) paid by the customer (gift or hospitality over RMB 200.00) must be "
               "declared to 王婧: enter \"Gifts declared on\" and \"Declared to\" above. The task "
               "cannot close until then.",
               nullptr, flagged));
    }
}

void ExpenseClaimPage::updateTitle()
{
    QString text = m_isNew ? tr("New expense claim (QEF-10-05)") : tr("Expense claim (QEF-10-05)");
    if (m_form && !m_isNew) {
        // "LITH-FE-2026-0002 — 林国栋": the task's number and the claimant, as chosen.
        const auto chosen = [this](const char *key) {
            auto *combo =
                qobject_cast<ReferenceCombo *>(m_form->editor(QString::fromLatin1(key))->widget());
            return combo && !combo->currentId().isEmpty() ? combo->currentText() : QString();
        };
        const QString task = chosen("task_id").section(QStringLiteral(" — "), 0, 0);
        const QStringList parts = QStringList{task, chosen("claimant_id")}.filter(
            QRegularExpression(QStringLiteral("\\S")));
        if (!parts.isEmpty())
            text += QStringLiteral(" — ") + parts.join(QStringLiteral(" — "));
    }
    if (isModified())
        text += QStringLiteral(" *");
    m_title->setText(text);
}

void ExpenseClaimPage::printPreview()
{
    if (!m_db || m_claimId.isEmpty())
        return;
    // What is printed is the saved claim: typing is saved first (a signed one has none).
    if ((m_isNew || isModified()) && !m_locked && !save())
        return;
    PrintDialogs::preview(this, *m_db, m_claimId);
}

QString ExpenseClaimPage::lineError() const
{
    return m_linesPanel->lineError();
}

bool ExpenseClaimPage::save()
{
    if (!m_db || !m_form || m_claimId.isEmpty())
        return false;
    m_message->hide();
    m_linesPanel->commitEditor(); // the cell being typed in counts
    Error error;
    if (!m_form->validate(m_claimId, m_stored, &error))
        return false;
    const int bad = m_lines->firstInputProblem();
    if (bad >= 0) {
        m_linesPanel->showLineError(bad, ExpenseLineModel::Amount,
                                    m_lines->lines().at(bad).amountIssue, true);
        return false;
    }
    QList<ExpenseClaimWriter::LineWrite> writes;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const ExpenseLineModel::Line &line = m_lines->lines().at(r);
        writes.append({line.id, line.isNew, m_lines->record(r, m_claimId)});
    }
    ExpenseClaimWriter writer(*m_db);
    const QVariantMap claim = m_isNew ? m_form->values() : m_form->changedValues();
    if (!writer.save(m_claimId, m_isNew, m_stored, claim, writes, m_lines->removedIds(), &error)) {
        for (int r = 0; r < writes.size(); ++r) {
            if (writes.at(r).id == error.recordId) {
                int column = 0;
                for (int c = 0; c < ExpenseLineModel::ColumnCount; ++c)
                    column = ExpenseLineModel::fieldKey(c) == error.field ? c : column;
                m_linesPanel->showLineError(r, column, error.message, true);
                return false;
            }
        }
        if (m_form->editor(error.field)) {
            m_form->showError(error);
        } else {
            Style::error(m_message);
            m_message->setText(tr("The claim was not saved: %1").arg(error.message));
            m_message->show();
        }
        return false;
    }
    for (auto it = claim.cbegin(); it != claim.cend(); ++it)
        m_stored.insert(it.key(), it.value());
    m_isNew = false;
    m_form->markSaved();
    m_lines->markSaved();
    m_linesPanel->clearLineError();
    updateTotals();
    updateTitle();
    m_message->setPalette(QPalette());
    Style::success(m_message);
    m_message->setText(tr("Saved: the claim and its %n line(s).", nullptr, m_lines->rowCount()));
    m_message->show();
    if (m_signing->recordId() != m_claimId)
        m_signing->setRecordId(m_claimId);
    emit claimSaved(m_claimId, m_stored.value(QStringLiteral("task_id")).toString());
    return true;
}
