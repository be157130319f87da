#include "ui/records/FormFieldEditor.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/Money.h"
#include "app/catalog/MoneyInput.h"
#include "app/models/ReferenceOptions.h"
#include "app/utils/RecordTime.h"
#include "ui/records/AttachmentField.h"
#include "ui/records/ReferenceCombo.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/OptionalDateTimeEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimeZone>

namespace {

using T = FieldSpec::Type;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

FormFieldEditor::FormFieldEditor(const FieldSpec &spec, Database *db, QWidget *parent)
    : QObject(parent), m_spec(spec)
{
    build(db);
    m_widget->setParent(parent);
    m_widget->setObjectName(QStringLiteral("field_%1").arg(spec.key));
    m_widget->setAccessibleName(spec.translatedLabel());
}

void FormFieldEditor::build(Database *db)
{
    switch (m_spec.type) {
    case T::Text:
    case T::Number:
        m_widget = m_line = new QLineEdit;
        if (m_spec.type == T::Text)
            m_line->setMaxLength(m_spec.effectiveMaxLength());
        else
            m_line->setPlaceholderText(
                tr("%1 to %2")
                    .arg(QLocale().toString(m_spec.minimum), QLocale().toString(m_spec.maximum)));
        connect(m_line, &QLineEdit::textChanged, this, &FormFieldEditor::changed);
        return;
    case T::Money:
        // Typed as text and parsed exactly (Money), never through a double.
        m_widget = m_line = new QLineEdit;
        m_line->setMaxLength(20);
        m_line->setPlaceholderText(tr("RMB, e.g. 280.00"));
        m_line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        connect(m_line, &QLineEdit::textChanged, this, &FormFieldEditor::changed);
        return;
    case T::LongText:
        m_widget = m_text = new QPlainTextEdit;
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 14);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FormFieldEditor::changed);
        return;
    case T::Date:
    case T::DateTime:
        m_widget = m_date =
            new OptionalDateTimeEdit(m_spec.type == T::Date ? OptionalDateTimeEdit::Mode::Date
                                                            : OptionalDateTimeEdit::Mode::DateTime,
                                     m_spec.required);
        connect(m_date, &OptionalDateTimeEdit::changed, this, &FormFieldEditor::changed);
        return;
    case T::Enum:
        m_widget = m_combo = new QComboBox;
        if (!m_spec.required)
            m_combo->addItem(QString(), QString());
        for (const QString &v : std::as_const(m_spec.values))
            m_combo->addItem(EnumNames::text(m_spec.key, v), v);
        m_combo->setPlaceholderText(tr("Choose…"));
        m_combo->setCurrentIndex(-1);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FormFieldEditor::changed);
        return;
    case T::EnumList: {
        m_widget = m_list = new CheckList;
        QList<QPair<QString, QString>> options;
        for (const QString &v : std::as_const(m_spec.values))
            options.append({EnumNames::text(m_spec.key, v), v});
        m_list->setOptions(options);
        connect(m_list, &CheckList::checkedChanged, this, &FormFieldEditor::changed);
        return;
    }
    case T::Bool:
        m_widget = m_check = new QCheckBox(m_spec.translatedLabel());
        connect(m_check, &QCheckBox::toggled, this, &FormFieldEditor::changed);
        return;
    case T::Reference:
        if (m_spec.refArray == QLatin1String("attachments")) {
            m_widget = m_attachment = new AttachmentField(db);
            connect(m_attachment, &AttachmentField::changed, this, &FormFieldEditor::changed);
            connect(m_attachment, &AttachmentField::problem, this, &FormFieldEditor::problem);
            return;
        }
        m_widget = m_reference = new ReferenceCombo(m_spec.required);
        connect(m_reference, &ReferenceCombo::idChanged, this, &FormFieldEditor::changed);
        loadReferences(db);
        return;
    case T::ReferenceList:
        m_widget = m_list = new CheckList;
        m_list->setMaxVisibleRows(6);
        connect(m_list, &CheckList::checkedChanged, this, &FormFieldEditor::changed);
        loadReferences(db);
        return;
    }
}

void FormFieldEditor::loadReferences(Database *db)
{
    QList<ReferenceOptions::Option> options;
    Error error;
    if (db && !ReferenceOptions::load(*db, m_spec.refArray, &options, &error))
        emit problem(error.message);
    QList<QPair<QString, QString>> items;
    for (const ReferenceOptions::Option &o : std::as_const(options))
        items.append({o.label, o.id});
    if (m_reference)
        m_reference->setOptions(items);
    else
        m_list->setOptions(items);
}

QList<QWidget *> FormFieldEditor::focusChain() const
{
    if (m_date) {
        QList<QWidget *> chain;
        if (m_date->checkBox())
            chain << m_date->checkBox();
        return chain << m_date->edit();
    }
    if (m_attachment)
        return m_attachment->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    return {m_widget};
}

QVariant FormFieldEditor::value() const
{
    switch (m_spec.type) {
    case T::Text: {
        const QString text = m_line->text();
        return text.isEmpty() ? nullText() : QVariant(text);
    }
    case T::LongText: {
        const QString text = m_text->toPlainText();
        return text.isEmpty() ? nullText() : QVariant(text);
    }
    case T::Number: {
        const QString text = m_line->text().trimmed();
        if (text.isEmpty())
            return QVariant();
        bool ok = false;
        double v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = QLocale::c().toDouble(text, &ok);
        return ok ? QVariant(v) : QVariant(text);
    }
    case T::Money: {
        // Whole fen when the text is an amount; otherwise the text itself, which
        // checkInput() explains and FieldCodec::validate() refuses.
        const QString text = m_line->text().trimmed();
        if (text.isEmpty())
            return QVariant();
        Money amount;
        return Money::parse(text, &amount, false) ? QVariant(amount.fen()) : QVariant(text);
    }
    case T::Date: {
        const QDate d = m_date->date();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullText();
    }
    case T::DateTime: {
        const QDateTime when = m_date->dateTime();
        if (!when.isValid())
            return nullText();
        // The edit shows the record's own wall clock (China time for a new one): unchanged,
        // keep the stored text; changed, store it in the record's offset, whatever the
        // computer's time zone.
        const QDateTime loaded = RecordTime::parse(m_loadedDateTime);
        const QDateTime wall(when.date(), QTime(when.time().hour(), when.time().minute()),
                             QTimeZone::utc());
        if (loaded.isValid() &&
            RecordTime::wallClock(loaded).toSecsSinceEpoch() / 60 == wall.toSecsSinceEpoch() / 60)
            return m_loadedDateTime;
        const int offset = loaded.isValid() ? loaded.offsetFromUtc() : RecordTime::ChinaOffset;
        return RecordTime::fromWallClock(wall, offset).toString(Qt::ISODate);
    }
    case T::Enum: {
        const QString v = m_combo->currentData().toString();
        return v.isEmpty() ? nullText() : QVariant(v);
    }
    case T::EnumList:
    case T::ReferenceList:
        return FieldCodec::storedList(m_list->checkedValues());
    case T::Bool:
        return m_check->isChecked() ? 1 : 0;
    case T::Reference: {
        const QString id = m_attachment ? m_attachment->attachmentId() : m_reference->currentId();
        return id.isEmpty() ? nullText() : QVariant(id);
    }
    }
    return QVariant();
}

void FormFieldEditor::setValue(const QVariant &stored)
{
    const QSignalBlocker block(this);
    const QString text = stored.isNull() ? QString() : stored.toString();
    switch (m_spec.type) {
    case T::Text:
        m_line->setText(text);
        m_line->setCursorPosition(0);
        return;
    case T::Number:
        m_line->setText(stored.isNull() ? QString()
                                        : QLocale().toString(stored.toDouble(), 'g', 12));
        return;
    case T::Money: {
        bool ok = false;
        const qint64 fen = stored.toLongLong(&ok);
        m_line->setText(stored.isNull() ? QString()
                        : ok            ? Money::fromFen(fen).toString()
                                        : text); // typed text that was not an amount
        return;
    }
    case T::LongText:
        m_text->setPlainText(text);
        return;
    case T::Date:
        m_date->setDate(QDate::fromString(text, Qt::ISODate));
        return;
    case T::DateTime: {
        m_loadedDateTime = text;
        m_date->setDateTime(RecordTime::parse(text));
        return;
    }
    case T::Enum: {
        int index = m_combo->findData(text);
        if (index < 0 && !text.isEmpty()) {
            m_combo->addItem(text, text); // an unknown code stays visible
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(text.isEmpty() && m_spec.required ? -1 : qMax(0, index));
        return;
    }
    case T::EnumList:
    case T::ReferenceList: {
        const QStringList values = FieldCodec::listValues(stored);
        for (const QString &v : values) {
            if (!m_list->itemForValue(v))
                m_list->addUnknown(
                    m_spec.type == T::EnumList ? v : tr("(record not found: %1)").arg(v.left(8)),
                    v);
        }
        m_list->setCheckedValues(values);
        return;
    }
    case T::Bool:
        m_check->setChecked(stored.toInt() != 0);
        return;
    case T::Reference:
        if (m_attachment)
            m_attachment->setAttachmentId(text);
        else
            m_reference->setCurrentId(text);
        return;
    }
}

bool FormFieldEditor::fail(const QString &recordId, const QString &problem, Error *error) const
{
    return Error::set(error, Error::Code::Validation,
                      tr("%1: %2").arg(m_spec.translatedLabel(), problem), recordId, m_spec.key);
}

bool FormFieldEditor::checkInput(const QString &recordId, Error *error) const
{
    if (m_spec.type == T::Number) {
        const QVariant v = value();
        if (!v.isNull() && v.typeId() == QMetaType::QString)
            return fail(recordId,
                        tr("“%1” is not a number; type digits, for example %2.")
                            .arg(m_line->text().trimmed().left(40), QLocale().toString(2.5)),
                        error);
    }
    if (m_spec.type == T::Money) {
        Error moneyError;
        if (!MoneyInput::parse(m_line->text(), nullptr, &moneyError))
            return fail(recordId, moneyError.message, error);
    }
    if (m_reference && m_reference->hasUnknownText())
        return fail(recordId,
                    tr("“%1” is not in the list; choose one of the entries offered, or clear "
                       "the field.")
                        .arg(m_reference->currentText().trimmed().left(40)),
                    error);
    return true;
}
