#include "ui/records/RecordForm.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/models/RecordLookup.h"
#include "app/rules/RecordRules.h"
#include "ui/records/AttachmentField.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/widgets/Style.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

namespace {

const char *FrameStyle = "QFrame#fieldFrame { border: 1px solid %1; border-radius: 3px; }";

// How a derived value reads on screen.
QString derivedText(const FieldSpec &spec, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? RecordForm::tr("Yes") : RecordForm::tr("No");
    case QJsonValue::Array: {
        QStringList names;
        for (const QJsonValue &v : value.toArray())
            names << EnumNames::text(spec.key, v.toString());
        return names.join(EnumNames::listSeparator());
    }
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String:
        if (spec.type == FieldSpec::Type::DateTime) {
            // In the offset it was recorded in (the site's time), as the printout shows it.
            const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
            if (at.isValid())
                return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return EnumNames::text(spec.key, value.toString());
    default:
        return QStringLiteral("—");
    }
}

} // namespace

RecordForm::RecordForm(const RecordKind &kind, Database *db, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_db(db)
{
    setObjectName(QStringLiteral("recordForm_%1").arg(kind.array));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(6);
    for (const FieldSpec &spec : kind.fields) {
        if (!spec.internal)
            addRow(layout, spec, db);
    }
    m_baseline = values();
}

void RecordForm::addRow(QFormLayout *layout, const FieldSpec &spec, Database *db)
{
    Row row;
    auto *cell = new QWidget(this);
    row.cell = cell;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);

    QString labelText = spec.translatedLabel();
    if (spec.required)
        labelText = tr("%1 <span style=\"color:#c62828\">*</span>").arg(labelText.toHtmlEscaped());
    auto *label = new QLabel(labelText, this);
    label->setObjectName(QStringLiteral("label_%1").arg(spec.key));
    label->setTextFormat(Qt::RichText);
    if (spec.required)
        label->setToolTip(tr("Required"));

    if (spec.derived) {
        row.derived = new QLabel(QStringLiteral("—"), cell);
        row.derived->setObjectName(QStringLiteral("derived_%1").arg(spec.key));
        row.derived->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.derived->setToolTip(tr("Computed by Field Desk"));
        Style::secondary(label);
        cellLayout->addWidget(row.derived);
        layout->addRow(label, cell);
        m_rows.insert(spec.key, row);
        return;
    }

    auto *editor = new FormFieldEditor(spec, db, cell);
    m_editors.insert(spec.key, editor);
    m_ordered << editor;
    row.frame = new QFrame(cell);
    row.frame->setObjectName(QStringLiteral("fieldFrame"));
    auto *frameLayout = new QVBoxLayout(row.frame);
    frameLayout->setContentsMargins(1, 1, 1, 1);
    frameLayout->addWidget(editor->widget());
    setFrameError(row.frame, false);
    cellLayout->addWidget(row.frame);

    row.note = new QLabel(cell);
    row.note->setObjectName(QStringLiteral("note_%1").arg(spec.key));
    row.note->setWordWrap(true);
    Style::secondary(row.note);
    row.note->hide();
    cellLayout->addWidget(row.note);

    row.error = new QLabel(cell);
    row.error->setObjectName(QStringLiteral("error_%1").arg(spec.key));
    Style::error(row.error);
    row.error->hide();
    cellLayout->addWidget(row.error);

    // A check box carries its own label.
    if (spec.type == FieldSpec::Type::Bool)
        label->clear();
    else
        label->setBuddy(editor->widget());
    layout->addRow(label, cell);
    m_rows.insert(spec.key, row);

    const QString key = spec.key;
    connect(editor, &FormFieldEditor::changed, this, [this, key] {
        const Row &r = m_rows[key];
        if (r.error->isVisible()) { // the person is correcting it
            r.error->hide();
            setFrameError(r.frame, false);
        }
        emit fieldChanged(key);
        const bool modified = isModified();
        if (modified != m_lastModified) {
            m_lastModified = modified;
            emit modifiedChanged(modified);
        }
    });
    connect(editor, &FormFieldEditor::problem, this, [this, key](const QString &message) {
        showError(Error{Error::Code::Validation, message, QString(), key});
    });
}

void RecordForm::setFrameError(QFrame *frame, bool on)
{
    frame->setStyleSheet(QString::fromLatin1(FrameStyle)
                             .arg(on ? QStringLiteral("#c62828") : QStringLiteral("transparent")));
}

void RecordForm::setRecord(const QVariantMap &stored)
{
    for (FormFieldEditor *editor : std::as_const(m_ordered))
        editor->setValue(stored.value(editor->spec().key));
    clearErrors();
    const bool wasModified = m_lastModified;
    markSaved();
    // Hosts follow the shown record (a screen's due dates, the title) also when the form was
    // not modified before, e.g. a drafted new report put in at once.
    if (!wasModified)
        emit modifiedChanged(false);
}

void RecordForm::applyValues(const QVariantMap &stored)
{
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (FormFieldEditor *editor = m_editors.value(it.key()))
            editor->setValue(it.value());
    }
    m_lastModified = isModified();
    emit modifiedChanged(m_lastModified);
}

QVariantMap RecordForm::values() const
{
    QVariantMap out;
    for (FormFieldEditor *editor : m_ordered)
        out.insert(editor->spec().key, editor->value());
    return out;
}

QVariantMap RecordForm::changedValues() const
{
    QVariantMap changed;
    const QVariantMap now = values();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!RecordLookup::sameValue(it.value(), m_baseline.value(it.key())))
            changed.insert(it.key(), it.value());
    }
    return changed;
}

void RecordForm::markSaved()
{
    m_baseline = values();
    if (m_lastModified) {
        m_lastModified = false;
        emit modifiedChanged(false);
    }
}

bool RecordForm::validate(const QString &recordId, const QVariantMap &base, Error *error)
{
    clearErrors();
    QList<Error> problems;
    for (FormFieldEditor *editor : std::as_const(m_ordered)) {
        Error e;
        // No record id in the text: the person sees which record they are editing.
        if (!editor->checkInput(QString(), &e) ||
            !FieldCodec::validate(editor->spec(), editor->value(), QString(), &e)) {
            e.recordId = recordId;
            problems << e;
        }
    }
    if (problems.isEmpty()) {
        QVariantMap record = base;
        const QVariantMap now = values();
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            record.insert(it.key(), it.value());
        Error e;
        if (m_db && !RecordRules::check(*m_db, m_kind, recordId, record, &e))
            problems << e;
    }
    for (int i = problems.size() - 1; i >= 0; --i) // the first one ends up with the focus
        showError(problems.at(i), true);
    if (!problems.isEmpty() && error)
        *error = problems.first();
    return problems.isEmpty();
}

void RecordForm::showError(const Error &error, bool focus)
{
    auto it = m_rows.find(error.field);
    if (it == m_rows.end() || !it->error)
        return;
    it->error->setText(error.message);
    it->error->show();
    setFrameError(it->frame, true);
    if (focus) {
        const QList<QWidget *> chain = m_editors.value(error.field)->focusChain();
        if (!chain.isEmpty())
            chain.first()->setFocus(Qt::OtherFocusReason);
    }
}

void RecordForm::clearErrors()
{
    for (Row &row : m_rows) {
        if (row.error) {
            row.error->clear();
            row.error->hide();
            setFrameError(row.frame, false);
        }
    }
}

QString RecordForm::errorText(const QString &key) const
{
    const Row row = m_rows.value(key);
    return row.error && !row.error->isHidden() ? row.error->text() : QString();
}

void RecordForm::setNote(const QString &key, const QString &text)
{
    const Row row = m_rows.value(key);
    if (!row.note)
        return;
    row.note->setText(text);
    row.note->setVisible(!text.isEmpty());
}

void RecordForm::setDerived(const QJsonObject &derived)
{
    for (const FieldSpec &spec : m_kind.fields) {
        const Row row = m_rows.value(spec.key);
        if (row.derived)
            row.derived->setText(derivedText(spec, derived.value(spec.key)));
    }
}

void RecordForm::setRowVisible(const QString &key, bool visible)
{
    const Row row = m_rows.value(key);
    if (row.cell)
        static_cast<QFormLayout *>(layout())->setRowVisible(row.cell, visible);
}

bool RecordForm::isRowVisible(const QString &key) const
{
    const Row row = m_rows.value(key);
    return row.cell && static_cast<QFormLayout *>(layout())->isRowVisible(row.cell);
}

void RecordForm::addWidgetAfter(const QString &key, QWidget *widget)
{
    auto *form = static_cast<QFormLayout *>(layout());
    const Row row = m_rows.value(key);
    int at = form->rowCount();
    QFormLayout::ItemRole role;
    if (row.cell)
        form->getWidgetPosition(row.cell, &at, &role);
    form->insertRow(qMin(at + 1, form->rowCount()), QString(), widget);
}

QList<RecordSave::File> RecordForm::pendingFiles() const
{
    QList<RecordSave::File> files;
    for (FormFieldEditor *editor : m_ordered) {
        if (editor->attachmentField() && editor->attachmentField()->hasPendingFile())
            files << editor->attachmentField()->pendingFile(editor->spec().key);
    }
    return files;
}

void RecordForm::pendingWritten()
{
    for (FormFieldEditor *editor : std::as_const(m_ordered)) {
        if (editor->attachmentField())
            editor->attachmentField()->pendingWritten();
    }
}

QList<QWidget *> RecordForm::focusChain() const
{
    QList<QWidget *> chain;
    for (FormFieldEditor *editor : m_ordered) {
        for (QWidget *w : editor->focusChain()) {
            if (w->focusPolicy() & Qt::TabFocus) // not the attachment's info label
                chain << w;
        }
    }
    return chain;
}
