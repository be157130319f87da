#pragma once

#include "app/catalog/RecordKind.h"
#include "app/workflow/RecordSave.h"
#include "db/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QVariantMap>
#include <QWidget>

class Database;
class FormFieldEditor;
class QFormLayout;
class QFrame;
class QLabel;

// The fields of one record kind as a form, generated from the kind's FieldSpecs in declaration
// order: a label per field (required ones marked with *), the input FormFieldEditor chooses, a
// note line and an error line under it. Derived fields are shown read-only. validate() runs
// FieldCodec on every field and RecordRules on the record; a problem is shown at its field —
// red frame, the message under it, focus moved there.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(const RecordKind &kind, Database *db, QWidget *parent = nullptr);

    const RecordKind &kind() const { return m_kind; }
    FormFieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    QList<FormFieldEditor *> editors() const { return m_ordered; }

    // Shows a stored record (column -> value) and takes it as the unmodified state.
    void setRecord(const QVariantMap &stored);
    // Puts values into the fields without making them the unmodified state (a draft).
    void applyValues(const QVariantMap &stored);
    // The stored form of every editable field.
    QVariantMap values() const;
    // Only the fields that differ from the record shown by setRecord() (or the empty form).
    QVariantMap changedValues() const;
    bool isModified() const { return !changedValues().isEmpty(); }
    // What is on screen becomes the unmodified state (after saving).
    void markSaved();

    // Checks every field and then the cross-field rules against the record as it would be
    // (base overlaid with the form). Shows each problem at its field and focuses the first;
    // *error receives the first.
    bool validate(const QString &recordId, const QVariantMap &base, Error *error);
    void showError(const Error &error, bool focus = true);
    void clearErrors();
    // The error shown at a field (empty when none): for tests and accessibility.
    QString errorText(const QString &key) const;

    // Secondary text under a field, e.g. the training hours under the course list.
    void setNote(const QString &key, const QString &text);
    // Values of the derived fields (the interchange's JSON form).
    void setDerived(const QJsonObject &derived);
    // Shows or hides a field's row (a part of the form that applies only sometimes, such as a
    // call-back's improvement plan); hidden fields keep their values.
    void setRowVisible(const QString &key, bool visible);
    bool isRowVisible(const QString &key) const;
    // Puts widget on a row of its own (in the field column) right under the field key.
    void addWidgetAfter(const QString &key, QWidget *widget);

    // Files chosen in attachment fields, written inside the caller's transaction.
    QList<RecordSave::File> pendingFiles() const;
    void pendingWritten();

    // The focusable widgets in declaration order, for the dialog's tab chain.
    QList<QWidget *> focusChain() const;

signals:
    void modifiedChanged(bool modified);
    void fieldChanged(const QString &key);

private:
    struct Row
    {
        QWidget *cell = nullptr;
        QFrame *frame = nullptr;
        QLabel *note = nullptr;
        QLabel *error = nullptr;
        QLabel *derived = nullptr;
    };
    void addRow(QFormLayout *layout, const FieldSpec &spec, Database *db);
    void setFrameError(QFrame *frame, bool on);

    RecordKind m_kind;
    Database *m_db = nullptr;
    QHash<QString, FormFieldEditor *> m_editors;
    QList<FormFieldEditor *> m_ordered;
    QHash<QString, Row> m_rows;
    QVariantMap m_baseline;
    bool m_lastModified = false;
};
