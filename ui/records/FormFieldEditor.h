#pragma once

#include "app/catalog/FieldSpec.h"
#include "db/Error.h"

#include <QObject>
#include <QVariant>

class AttachmentField;
class CheckList;
class Database;
class OptionalDateTimeEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;
class ReferenceCombo;

// The input for one declared field, chosen from its FieldSpec: Text → line edit (max length),
// LongText → plain-text edit, Date/DateTime → a date edit that may be empty, Enum → combo box
// of the translated names, EnumList/ReferenceList → check list, Bool → check box, Number →
// line edit in the locale's format, Money → line edit of RMB with up to two decimals (exact),
// Reference → searchable combo of the referenced records, a reference to "attachments" →
// AttachmentField. It reads and writes the field's stored form (what the store keeps), so
// FieldCodec::validate() checks exactly what will be saved.
class FormFieldEditor : public QObject
{
    Q_OBJECT
public:
    // db: where references are looked up (may be null: no choices).
    FormFieldEditor(const FieldSpec &spec, Database *db, QWidget *parent);

    const FieldSpec &spec() const { return m_spec; }
    QWidget *widget() const { return m_widget; }
    // The widgets Tab walks through, in order (a date's check box, then its date).
    QList<QWidget *> focusChain() const;

    QVariant value() const;
    void setValue(const QVariant &stored);
    // Input the stored form cannot carry: text that is not a number, a name in no list.
    bool checkInput(const QString &recordId, Error *error) const;

    AttachmentField *attachmentField() const { return m_attachment; }

signals:
    void changed();
    // A message for the field that does not come from validation (a file too large to attach).
    void problem(const QString &message);

private:
    void build(Database *db);
    void loadReferences(Database *db);
    bool fail(const QString &recordId, const QString &problem, Error *error) const;

    FieldSpec m_spec;
    QWidget *m_widget = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    OptionalDateTimeEdit *m_date = nullptr;
    QComboBox *m_combo = nullptr;
    CheckList *m_list = nullptr;
    QCheckBox *m_check = nullptr;
    ReferenceCombo *m_reference = nullptr;
    AttachmentField *m_attachment = nullptr;
    QString m_loadedDateTime; // the stored text, kept while the instant it names is unchanged
};
