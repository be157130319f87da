#include "ui/people/PinPrompt.h"

#include "app/people/DeskSession.h"
#include "app/people/PeopleKeys.h"
#include "db/AuditLog.h"
#include "db/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

PinPrompt::PinPrompt(Database &db, const QString &personId, QWidget *parent)
    : QDialog(parent), m_db(db), m_personId(personId)
{
    setObjectName(QStringLiteral("pinPrompt"));
    setWindowTitle(tr("Enter your PIN"));
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(tr("%1, enter your personal PIN to sign, approve or open protected "
                             "know-how at this desk. It is asked once until the desk locks.")
                              .arg(PeopleKeys(db).personName(personId)),
                          this);
    m_prompt->setWordWrap(true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinPrompt::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PinPrompt::reject);
    connect(&m_watcher, &QFutureWatcher<QByteArray>::finished, this, &PinPrompt::derived);
    setMinimumWidth(460);
}

bool PinPrompt::ensureUnlocked(Database &db, const QString &personId, QWidget *parent)
{
    if (personId.isEmpty() || DeskSession::instance().isUnlocked(personId))
        return true;
    PeopleKeys keys(db);
    PeopleKeys::DeskKey deskKey;
    Error error;
    if (!keys.deskKey(personId, &deskKey, &error)) {
        // Someone who never enrolled signs by hand only; RecordSigning decides what that
        // allows.
        if (keys.status(personId) == PeopleKeys::Status::None)
            return true;
        QMessageBox::warning(parent, tr("Enter your PIN"), error.message);
        return false;
    }
    PinPrompt prompt(db, personId, parent);
    return prompt.exec() == QDialog::Accepted;
}

void PinPrompt::accept()
{
    if (m_watcher.isRunning())
        return;
    PeopleKeys::DeskKey deskKey;
    Error error;
    if (!PeopleKeys(m_db).deskKey(m_personId, &deskKey, &error)) {
        m_error->setText(error.message);
        m_error->show();
        return;
    }
    m_error->setText(tr("Checking the PIN…"));
    m_error->show();
    m_pin->setEnabled(false);
    m_buttons->setEnabled(false);
    const QString pin = m_pin->text();
    m_watcher.setFuture(QtConcurrent::run(
        [pin, deskKey] { return PersonalKeys::deriveKey(pin, deskKey.salt, deskKey.iterations); }));
}

void PinPrompt::derived()
{
    m_pin->setEnabled(true);
    m_buttons->setEnabled(true);
    PeopleKeys keys(m_db);
    PeopleKeys::DeskKey deskKey;
    PeopleKeys::Unlocked person;
    Error error;
    if (!keys.deskKey(m_personId, &deskKey, &error) ||
        !keys.open(deskKey, m_watcher.result(), &person, &error)) {
        AuditLog(m_db).append(QStringLiteral("pin_refused"), QStringLiteral("people"), m_personId,
                              QString(), nullptr);
        m_error->setText(error.code == Error::Code::WrongPassphrase
                             ? tr("Wrong PIN. Try again; a forgotten PIN is replaced by enrolling "
                                  "again.")
                             : error.message);
        m_pin->selectAll();
        m_pin->setFocus();
        return;
    }
    DeskSession::instance().add(person);
    m_db.setActor(keys.personName(m_personId));
    QDialog::accept();
}
