#pragma once

#include "app/signing/RecordSigning.h"

#include "app/catalog/RecordKind.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class SignaturePad;

// Signs one form: choose the signature block (role), then who signs — the people entitled to
// it, the record's own engineers / caller / custodian first — or, for the customer's block, the
// representative's typed name; draw on the pad; confirm. The signature is stored (and the form
// locked when that completes it, or when "lock now" is ticked) before the dialog closes; a
// refusal is shown in the dialog and nothing is written.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(Database &db, const RecordKind &kind, const QString &recordId,
               QWidget *parent = nullptr);

    SignaturePad *pad() const { return m_pad; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *signerCombo() const { return m_signer; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *lockNowBox() const { return m_lockNow; }
    QPushButton *signButton() const { return m_sign; }
    bool lockedRecord() const { return m_locked; }

public slots:
    void accept() override;

private:
    void roleChanged();
    void updateState();

    Database &m_db;
    RecordKind m_kind;
    QString m_recordId;
    QStringList m_missing; // required roles not signed yet
    QList<RecordSigning::MissingSignature> m_missingSignatures;
    bool m_locked = false;
    QComboBox *m_role = nullptr;
    QStackedWidget *m_who = nullptr;
    QComboBox *m_signer = nullptr;
    QLineEdit *m_name = nullptr;
    SignaturePad *m_pad = nullptr;
    QLabel *m_ink = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_lockNow = nullptr;
    QPushButton *m_sign = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
