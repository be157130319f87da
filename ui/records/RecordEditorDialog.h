#pragma once

#include "app/catalog/RecordKind.h"

#include <QDialog>
#include <QVariantMap>

class Database;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class RecordForm;
class SignaturePanel;

// Creates or edits one record of any declared kind in a RecordForm. Save (Ctrl+S) checks every
// field and the cross-field rules first — a problem is shown at its field and nothing is
// written — then inserts the record (new id) or updates only the fields that changed, together
// with any attached file, in one transaction. Closing with unsaved changes (Esc, Cancel, the
// window's close button) asks whether to save, discard or keep editing.
class RecordEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // id empty: a new record.
    RecordEditorDialog(const RecordKind &kind, Database &db, const QString &id,
                       QWidget *parent = nullptr);

    const RecordKind &kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    bool isNew() const { return m_isNew; }
    RecordForm *form() const { return m_form; }
    // False when the record could not be read (the dialog then shows why and offers nothing
    // to save).
    bool isLoaded() const { return m_loaded; }

    // Checks and writes; false when something is wrong (shown at the field or in a message).
    bool save();
    // Closes without asking and without saving (the window is locking); a question still open
    // is answered with Cancel.
    void discard();
    // The Save / Discard / Cancel question is open (its event loop is running).
    bool isAsking() const { return m_closing; }
    // Puts typed values back (a draft kept while the window was locked).
    void applyValues(const QVariantMap &values);
    // Shows values in place of the stored ones and treats them as what was read, so only real
    // edits are saved: the opened text of a sealed L3 entry (the store holds the sealed form).
    void setOpenedValues(const QVariantMap &values);
    // Shows another record of the same kind (the new revision after a correction).
    void openRecord(const QString &id);
    SignaturePanel *signaturePanel() const { return m_signing; }

public slots:
    void reject() override;
    // The preview of the saved record (typing is saved first); "Print…" and Ctrl+P, for the
    // kinds that print as a paper form.
    void printPreview();

signals:
    void saved(const QString &id);

private:
    void load();
    void updateTitle();
    void updateNotes();
    // Save / Discard / Cancel; true when the dialog may close.
    bool confirmClose();

    RecordKind m_kind;
    Database &m_db;
    QString m_id;
    bool m_isNew = false;
    bool m_loaded = true;
    bool m_closing = false;
    QVariantMap m_stored; // the record as read, including columns the form does not show
    QVariantMap m_opened; // setOpenedValues(): shown and kept in place of the stored values
    QLabel *m_heading = nullptr;
    QLabel *m_loadError = nullptr;
    RecordForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    SignaturePanel *m_signing = nullptr;
};
