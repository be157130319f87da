#include "ui/signing/SignDialog.h"

#include "ui/people/PinPrompt.h"

#include "app/rules/SignerRoles.h"
#include "app/signing/RecordSigning.h"
#include "ui/widgets/SignaturePad.h"
#include "ui/widgets/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

SignDialog::SignDialog(Database &db, const RecordKind &kind, const QString &recordId,
                       QWidget *parent)
    : QDialog(parent), m_db(db), m_kind(kind), m_recordId(recordId)
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign the %1").arg(kind.translatedSingular()));
    RecordSigning(m_db).missingRoles(m_kind, m_recordId, &m_missing, nullptr);
    RecordSigning(m_db).missingSignatures(m_kind, m_recordId, &m_missingSignatures, nullptr);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("signRole"));
    for (const SignerRole &role : SignerRoles::forTable(kind.table)) {
        QString text = role.translatedLabel();
        if (role.required && m_missing.contains(role.key))
            text = tr("%1 (still to sign)").arg(text);
        else if (!role.required)
            text = tr("%1 (optional)").arg(text);
        m_role->addItem(text, role.key);
    }
    // Start at the first block still missing.
    for (int i = 0; i < m_role->count(); ++i) {
        if (m_missing.contains(m_role->itemData(i).toString())) {
            m_role->setCurrentIndex(i);
            break;
        }
    }
    m_signer = new QComboBox(this);
    m_signer->setObjectName(QStringLiteral("signSigner"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signName"));
    m_name->setPlaceholderText(tr("Full name of the customer's representative"));
    m_name->setMaxLength(80);
    m_who = new QStackedWidget(this);
    m_who->addWidget(m_signer);
    m_who->addWidget(m_name);
    m_who->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_pad = new SignaturePad(this);
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("padClear"));
    auto *undo = new QPushButton(tr("Undo stroke"), this);
    undo->setObjectName(QStringLiteral("padUndo"));
    undo->setShortcut(QKeySequence::Undo);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(undo, &QPushButton::clicked, m_pad, &SignaturePad::undo);
    m_ink = new QLabel(this);
    m_ink->setObjectName(QStringLiteral("padInk"));
    Style::secondary(m_ink);
    auto *padButtons = new QHBoxLayout;
    padButtons->addWidget(m_ink, 1);
    padButtons->addWidget(undo);
    padButtons->addWidget(clear);

    m_lockNow = new QCheckBox(tr("Lock the form with this signature"), this);
    m_lockNow->setObjectName(QStringLiteral("signLockNow"));
    m_lockNow->setToolTip(tr("A locked form can no longer be edited; a change is then a "
                             "correction (a new revision). Signatures still to come on paper can "
                             "be added in ink."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signError"));
    m_error->setWordWrap(true);
    Style::error(m_error);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = m_buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signConfirm"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Signature block"), m_role);
    form->addRow(tr("Signed by"), m_who);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Signing confirms the form as it is saved now. Once every "
                                "required signature is there, the form is locked."),
                             this);
    intro->setWordWrap(true);
    Style::secondary(intro);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pad);
    layout->addLayout(padButtons);
    layout->addWidget(m_lockNow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &SignDialog::roleChanged);
    connect(m_signer, &QComboBox::currentIndexChanged, this, &SignDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &SignDialog::updateState);
    connect(m_pad, &SignaturePad::changed, this, &SignDialog::updateState);
    setTabOrder(m_role, m_who);
    setTabOrder(m_who, m_pad);
    roleChanged();
    resize(520, sizeHint().height());
}

void SignDialog::roleChanged()
{
    const SignerRole *role = SignerRoles::find(m_kind.table, m_role->currentData().toString());
    m_signer->clear();
    if (role && role->external) {
        m_who->setCurrentWidget(m_name);
    } else if (role) {
        m_who->setCurrentWidget(m_signer);
        QList<RecordSigning::Candidate> people;
        RecordSigning(m_db).candidates(m_kind, m_recordId, *role, &people, nullptr);
        m_signer->addItem(tr("— choose —"), QString());
        for (const RecordSigning::Candidate &c : std::as_const(people))
            m_signer->addItem(c.expected ? tr("%1 (on this form)").arg(c.name) : c.name,
                              c.personId);
        int expected = 0;
        for (const RecordSigning::Candidate &c : std::as_const(people))
            expected += c.expected ? 1 : 0;
        // The one person the form names, or the only one entitled, is the obvious choice;
        // among several engineers, the first who has not signed yet.
        if (expected == 1 || people.size() == 1)
            m_signer->setCurrentIndex(1);
        for (const RecordSigning::MissingSignature &m : std::as_const(m_missingSignatures)) {
            if (m.role == role->key && !m.personId.isEmpty() && expected > 1) {
                const int at = m_signer->findData(m.personId);
                if (at > 0) {
                    m_signer->setCurrentIndex(at);
                    break;
                }
            }
        }
    }
    updateState();
}

void SignDialog::updateState()
{
    const bool external = m_who->currentWidget() == m_name;
    const bool who = external ? !m_name->text().trimmed().isEmpty()
                              : !m_signer->currentData().toString().isEmpty();
    const bool ink = m_pad->hasEnoughInk();
    m_ink->setText(m_pad->isEmpty() ? tr("Sign on the pad above.")
                   : ink            ? tr("Signature captured.")
                                    : tr("Too short for a signature: sign with your full name."));
    m_sign->setEnabled(who && ink);
    m_error->hide();
    // The form locks only with every required signature: the box tells whether this one is
    // the last; it is not a choice.
    const QString role = m_role->currentData().toString();
    const QString signer = external ? QString() : m_signer->currentData().toString();
    int after = 0;
    for (const RecordSigning::MissingSignature &m : std::as_const(m_missingSignatures)) {
        const bool thisOne = m.role == role && (m.personId.isEmpty() || m.personId == signer);
        after += thisOne ? 0 : 1;
    }
    m_lockNow->setChecked(after == 0);
    m_lockNow->setEnabled(false);
}

void SignDialog::accept()
{
    if (!m_sign->isEnabled())
        return;
    RecordSigning::Signature signature;
    signature.role = m_role->currentData().toString();
    if (m_who->currentWidget() == m_name)
        signature.signerName = m_name->text();
    else
        signature.signerId = m_signer->currentData().toString();
    signature.strokes = m_pad->strokes();
    // The signer's PIN, once per unlocked session: their key signs with the strokes.
    if (!PinPrompt::ensureUnlocked(m_db, signature.signerId, this))
        return;
    Error error;
    if (!RecordSigning(m_db).sign(m_kind, m_recordId, signature, false, &m_locked, &error)) {
        m_error->setText(error.message);
        m_error->show();
        return;
    }
    QDialog::accept();
}
