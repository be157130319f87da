#include "ui/records/RecordEditorDialog.h"

#include "app/catalog/FieldCodec.h"
#include "app/models/RecordLookup.h"
#include "app/models/ReferenceOptions.h"
#include "app/print/PrintLayouts.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/Training.h"
#include "app/workflow/RecordSave.h"
#include "db/Database.h"
#include "ui/print/PrintDialogs.h"
#include "ui/records/RecordForm.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/widgets/FormScrollArea.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"
#include "ui/widgets/UnsavedPrompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

RecordEditorDialog::RecordEditorDialog(const RecordKind &kind, Database &db, const QString &id,
                                       QWidget *parent)
    : QDialog(parent), m_kind(kind), m_db(db), m_id(id), m_isNew(id.isEmpty())
{
    setObjectName(QStringLiteral("recordEditor_%1").arg(kind.array));
    if (m_isNew)
        m_id = RecordSave::newId();

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("editorHeading"));
    Style::title(m_heading, 1.3);
    auto *legend =
        new QLabel(tr("Fields marked <span style=\"color:#c62828\">*</span> are required."), this);
    Style::secondary(legend);

    m_loadError = new QLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));
    Style::error(m_loadError);
    m_loadError->hide();

    m_form = new RecordForm(kind, &db);
    auto *scroll = new FormScrollArea(m_form, this);
    scroll->setObjectName(QStringLiteral("formScroll"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving (Esc)"));
    // Forms with a paper layout print from their screen, also when signed (read-only).
    if (PrintLayouts::hasLayout(kind.table)) {
        m_print = m_buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
        m_print->setObjectName(QStringLiteral("printButton"));
        m_print->setToolTip(tr("Preview and print this form (Ctrl+P)"));
        m_print->setProperty(SignaturePanel::KeepEnabled, true);
        connect(m_print, &QPushButton::clicked, this, &RecordEditorDialog::printPreview);
        connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, m_print,
                &QPushButton::click);
    }
    // Enter in a field does not save by surprise; Ctrl+S does.
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditorDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, m_save, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(legend);
    layout->addWidget(m_loadError);
    layout->addWidget(scroll, 1);
    // Signed forms (NDAs, ...): who signed, Sign…, Correct…; hidden for other kinds.
    m_signing = new SignaturePanel(kind, this);
    m_signing->setup(&db, m_form, [this] { return save() ? m_id : QString(); });
    connect(m_signing, &SignaturePanel::lockedChanged, this,
            [this](bool locked) { m_save->setEnabled(m_loaded && !locked); });
    connect(m_signing, &SignaturePanel::revisionCreated, this, &RecordEditorDialog::openRecord);
    // Signing may fill fields (a service report's signed_at and signed_by_ids): show them.
    // A signature or a new revision changes what the lists and the task page show.
    connect(m_signing, &SignaturePanel::signaturesChanged, this, [this] {
        if (!m_form->isModified())
            load();
        emit saved(m_id);
    });
    connect(m_signing, &SignaturePanel::revisionCreated, this,
            [this](const QString &id) { emit saved(id); });
    layout->addWidget(m_signing);
    layout->addWidget(m_buttons);

    // Tab walks the fields in declaration order, then the buttons.
    QList<QWidget *> chain = m_form->focusChain();
    chain << m_save << m_buttons->button(QDialogButtonBox::Cancel);
    if (m_print)
        chain << m_print;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_form, &RecordForm::modifiedChanged, this, &RecordEditorDialog::updateTitle);
    connect(m_form, &RecordForm::fieldChanged, this, &RecordEditorDialog::updateNotes);

    load();
    const int width = qMax(640, m_form->sizeHint().width() + 80);
    const int signing = m_signing->isVisibleTo(this) ? m_signing->sizeHint().height() : 0;
    resize(width, qMin(760 + signing, m_form->sizeHint().height() + 180 + signing));
    if (!m_form->focusChain().isEmpty())
        m_form->focusChain().first()->setFocus(Qt::OtherFocusReason);
}

void RecordEditorDialog::load()
{
    if (!m_isNew) {
        Error error;
        if (!RecordLookup(m_db).get(m_kind.table, m_id, &m_stored, &error)) {
            m_loaded = false;
            m_loadError->setText(tr("This record cannot be opened: %1").arg(error.message));
            m_loadError->show();
            m_form->setEnabled(false);
            m_save->setEnabled(false);
        } else {
            m_stored.insert(m_opened);
            m_form->setRecord(m_stored);
        }
    }
    m_signing->setRecordId(m_isNew || !m_loaded ? QString() : m_id);
    bool hasDerived = false;
    for (const FieldSpec &f : m_kind.fields)
        hasDerived = hasDerived || f.derived;
    if (hasDerived && !m_isNew)
        m_form->setDerived(DerivedFields(m_db).compute(m_kind, m_stored));
    updateTitle();
    updateNotes();
}

void RecordEditorDialog::printPreview()
{
    if (!m_loaded)
        return;
    // What is printed is the saved form: typing is saved first (a signed one has none).
    if ((m_isNew || m_form->isModified()) && !m_signing->isLocked() && !save())
        return;
    PrintDialogs::preview(this, m_db, m_id);
}

void RecordEditorDialog::setOpenedValues(const QVariantMap &values)
{
    m_opened = values;
    load();
}

void RecordEditorDialog::openRecord(const QString &id)
{
    // A correction: the dialog goes on with the new revision, an editable draft.
    m_id = id;
    m_isNew = false;
    m_stored.clear();
    m_opened.clear();
    load();
    emit saved(m_id);
}

void RecordEditorDialog::updateTitle()
{
    // The record as shown, named like in a reference list ("NDA-2026-v2 — 林国栋").
    QVariantMap shown = m_stored;
    const QVariantMap values = m_form->values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isNull() || !m_isNew)
            shown.insert(it.key(), it.value());
    }
    const QString name = ReferenceOptions::labelOf(m_db, m_kind, shown);
    const QString title = m_isNew ? tr("New %1").arg(m_kind.translatedSingular())
                                  : tr("%1: %2").arg(m_kind.translatedSingular(), name);
    m_heading->setText(title);
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowModified(m_form->isModified());
}

void RecordEditorDialog::updateNotes()
{
    // SOP-10 §11: the hours of the certification, next to the course list.
    if (!m_kind.field(QStringLiteral("training")))
        return;
    const QVariantMap values = m_form->values();
    const QStringList courses = FieldCodec::listValues(values.value(QStringLiteral("training")));
    QString note = tr("Done: %1").arg(Training::summary(courses));
    if (!Training::isComplete(courses) &&
        !values.value(QStringLiteral("certified_on")).toString().isEmpty())
        note += QLatin1Char('\n') + tr("A certification date is entered, but not every course "
                                       "is ticked; check the training record.");
    m_form->setNote(QStringLiteral("training"), note);
}

bool RecordEditorDialog::save()
{
    if (!m_loaded)
        return false;
    Error error;
    if (!m_form->validate(m_id, m_stored, &error))
        return false;
    const QVariantMap changes = m_isNew ? m_form->values() : m_form->changedValues();
    if (!m_isNew && changes.isEmpty())
        return true;
    if (!RecordSave(m_db).save(m_kind, m_id, m_isNew, m_stored, changes, m_form->pendingFiles(),
                               &error)) {
        if (m_form->editor(error.field))
            m_form->showError(error);
        else
            QMessageBox::warning(
                this, tr("Not saved"),
                tr("The %1 was not saved: %2").arg(m_kind.translatedSingular(), error.message));
        return false;
    }
    m_form->pendingWritten();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        m_stored.insert(it.key(), it.value());
    m_isNew = false;
    m_form->markSaved();
    updateTitle();
    emit saved(m_id);
    return true;
}

bool RecordEditorDialog::confirmClose()
{
    if (!m_loaded || !m_form->isModified())
        return true;
    switch (UnsavedPrompt::ask(
        this, windowTitle().remove(QStringLiteral("[*]")),
        m_isNew ? tr("Save the new %1?").arg(m_kind.translatedSingular())
                : tr("Save the changes to this %1?").arg(m_kind.translatedSingular()))) {
    case UnsavedPrompt::Answer::Save:
        return save();
    case UnsavedPrompt::Answer::Discard:
        return true;
    case UnsavedPrompt::Answer::Cancel:
        break;
    }
    return false;
}

void RecordEditorDialog::reject()
{
    if (m_closing)
        return;
    m_closing = true;
    const bool close = confirmClose();
    m_closing = false;
    if (close)
        QDialog::reject();
}

void RecordEditorDialog::discard()
{
    UnsavedPrompt::cancelOpen(this);
    QDialog::reject();
}

void RecordEditorDialog::applyValues(const QVariantMap &values)
{
    m_form->applyValues(values);
    updateTitle();
    updateNotes();
}
