#include "ui/signing/VerifyPaperDialog.h"

#include "app/signing/PaperCode.h"
#include "app/signing/PaperSignatureCheck.h"

#include "app/signing/PaperVerification.h"
#include "ui/widgets/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

VerifyPaperDialog::VerifyPaperDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("verifyPaperDialog"));
    setWindowTitle(tr("Verify a paper copy"));
    auto *intro = new QLabel(tr("Scan the QR code in the printout's footer, or type the code "
                                "printed beside it (FD1:…)."),
                             this);
    intro->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("paperCode"));
    m_code->setPlaceholderText(
        QStringLiteral("FD1:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:1:xxxxxxxxxxxx"));
    m_code->setClearButtonEnabled(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("paperResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(64);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("paperCheck"));
    m_check->setDefault(true); // a scanner's Enter checks at once
    connect(m_check, &QPushButton::clicked, this, &VerifyPaperDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(560, 240);
}

void VerifyPaperDialog::check()
{
    PaperVerification::Result result;
    Error error;
    if (!PaperVerification(m_db).verify(m_code->text(), &result, &error)) {
        Style::error(m_result);
        m_result->setText(error.message);
        return;
    }
    // A signed paper's code carries its signatures: who signed, and whether each holds.
    PaperCode code;
    QList<PaperSignatureCheck::Signer> signers;
    if (PaperCode::parse(m_code->text(), &code))
        signers = PaperSignatureCheck::checkWithDatabase(m_db, code);
    if (result.status == PaperVerification::Status::Current &&
        PaperSignatureCheck::allValid(signers))
        Style::success(m_result);
    else
        Style::error(m_result);
    m_result->setText(
        QStringList(QStringList{result.sentence} + PaperSignatureCheck::describe(signers))
            .join(QLatin1Char('\n')));
    m_code->selectAll(); // the next scan replaces it
}
