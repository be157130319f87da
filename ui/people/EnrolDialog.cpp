#include "ui/people/EnrolDialog.h"

#include "db/Database.h"
#include "ui/widgets/Style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

EnrolDialog::EnrolDialog(Database &db, const QString &personId, QWidget *parent)
    : QDialog(parent), m_db(db), m_personId(personId)
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol %1").arg(PeopleKeys(db).personName(personId)));
    auto *intro = new QLabel(
        tr("%1 gets a personal signing and sealing key at this desk, protected by a PIN of at "
           "least %2 characters that only they know. Their signatures, approvals and protected "
           "know-how then need this PIN. An administrator confirms the new key.")
            .arg(PeopleKeys(db).personName(personId))
            .arg(PersonalKeys::MinimumPinLength),
        this);
    intro->setWordWrap(true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("enrolPinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("enrolRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enrolError"));
    m_error->setWordWrap(true);
    Style::error(m_error);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&PIN:"), m_pin);
    form->addRow(tr("&Repeat the PIN:"), m_repeat);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Made>::finished, this, &EnrolDialog::made);
    setMinimumWidth(460);
}

void EnrolDialog::showError(const QString &text)
{
    Style::error(m_error);
    m_error->setText(text);
    m_error->show();
}

void EnrolDialog::accept()
{
    if (m_watcher.isRunning())
        return;
    const QString pin = m_pin->text();
    Error error;
    if (!PersonalKeys::checkPin(pin, &error)) {
        showError(error.message);
        m_pin->setFocus();
        return;
    }
    if (pin != m_repeat->text()) {
        showError(tr("The two PINs differ. Type the same PIN twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    showError(tr("Making the keys…"));
    Style::secondary(m_error);
    m_buttons->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([pin] {
        Made m;
        PersonalKeys::generate(&m.keys, nullptr);
        m.wrap =
            PeopleKeys::WrappingKey::derive(pin, PersonalKeys::randomBytes(PersonalKeys::SaltSize));
        return m;
    }));
}

void EnrolDialog::made()
{
    m_buttons->setEnabled(true);
    const Made m = m_watcher.result();
    PeopleKeys keys(m_db);
    bool root = false;
    Error error;
    if (!keys.enrol(m_personId, m.keys, m.wrap, &m_keyId, &root, &error)) {
        showError(error.message);
        return;
    }
    QMessageBox::information(
        this, windowTitle(),
        tr("%1 is enrolled. Key id: %2.")
                .arg(keys.personName(m_personId), PersonalKeys::groupedKeyId(m_keyId)) +
            QStringLiteral("\n\n") +
            (root ? tr("This is the team's first administrator key: the trust root. Print the "
                       "recovery sheet again so it carries this key id.")
                  : tr("An administrator now confirms the key (Settings › People at this desk "
                       "› Confirm key), comparing the key id with %1.")
                        .arg(keys.personName(m_personId))));
    QDialog::accept();
}
