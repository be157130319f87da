#include "ui/people/PeopleKeysPanel.h"

#include "app/models/DeskQueries.h"
#include "app/people/DeskSession.h"
#include "app/people/PeopleKeys.h"
#include "db/Database.h"
#include "ui/people/EnrolDialog.h"
#include "ui/people/PinPrompt.h"
#include "ui/widgets/Style.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

PeopleKeysPanel::PeopleKeysPanel(Database *db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("peopleKeysPanel"));
    m_acting = new QLabel(this);
    m_acting->setObjectName(QStringLiteral("actingPersonLabel"));
    m_acting->setWordWrap(true);
    m_people = new QTreeWidget(this);
    m_people->setObjectName(QStringLiteral("peopleKeysList"));
    m_people->setHeaderLabels({tr("Person"), tr("Key"), tr("Key id")});
    m_people->setRootIsDecorated(false);
    m_people->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    Style::fitRows(m_people, 6, 4, 8);
    m_people->setMinimumWidth(640); // the key id stays readable in full
    m_pinButton = new QPushButton(tr("Enter &PIN…"), this);
    m_pinButton->setObjectName(QStringLiteral("enterPinButton"));
    m_enrolButton = new QPushButton(tr("&Enrol…"), this);
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    m_confirmButton = new QPushButton(tr("Con&firm key…"), this);
    m_confirmButton->setObjectName(QStringLiteral("confirmKeyButton"));
    m_changePinButton = new QPushButton(tr("C&hange PIN…"), this);
    m_changePinButton->setObjectName(QStringLiteral("changePinButton"));
    for (QPushButton *b : {m_pinButton, m_enrolButton, m_confirmButton, m_changePinButton})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pinButton);
    buttons->addWidget(m_enrolButton);
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(m_changePinButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_acting);
    layout->addWidget(m_people);
    layout->addLayout(buttons);
    connect(m_pinButton, &QPushButton::clicked, this, &PeopleKeysPanel::enterPin);
    connect(m_enrolButton, &QPushButton::clicked, this, &PeopleKeysPanel::enrol);
    connect(m_confirmButton, &QPushButton::clicked, this, &PeopleKeysPanel::confirmKey);
    connect(m_changePinButton, &QPushButton::clicked, this, &PeopleKeysPanel::changePin);
    connect(m_people, &QTreeWidget::currentItemChanged, this, &PeopleKeysPanel::updateButtons);
    reload();
}

void PeopleKeysPanel::reload()
{
    const QString selected = selectedPerson();
    m_people->clear();
    const QString acting = DeskSession::instance().actingPersonId();
    if (!m_db) {
        m_acting->setText(tr("Open a database to see its people."));
        updateButtons();
        return;
    }
    PeopleKeys keys(*m_db);
    m_acting->setText(acting.isEmpty()
                          ? tr("Nobody has entered their PIN since the desk was unlocked. "
                               "Signing, approving and opening protected know-how ask for it.")
                          : tr("Acting at this desk: <b>%1</b> (PIN entered; asked again after "
                               "the desk locks).")
                                .arg(keys.personName(acting).toHtmlEscaped()));
    for (const DeskQueries::Person &p : DeskQueries::people(*m_db)) {
        PeopleKeys::Enrolment current;
        const bool confirmed = keys.currentKey(p.id, &current, nullptr);
        const PeopleKeys::Status status =
            confirmed ? PeopleKeys::Status::Confirmed : keys.status(p.id);
        PeopleKeys::DeskKey desk;
        const bool here = keys.deskKey(p.id, &desk, nullptr);
        QString state = status == PeopleKeys::Status::Confirmed ? tr("confirmed")
                        : status == PeopleKeys::Status::Pending ? tr("waiting for confirmation")
                                                                : tr("none");
        if (here)
            state += tr(" · at this desk");
        if (DeskSession::instance().isUnlocked(p.id))
            state += tr(" · PIN entered");
        auto *item = new QTreeWidgetItem(
            m_people,
            {p.name, state, confirmed ? PersonalKeys::groupedKeyId(current.keyId) : QString()});
        item->setData(0, Qt::UserRole, p.id);
        if (p.id == selected)
            m_people->setCurrentItem(item);
    }
    updateButtons();
}

QString PeopleKeysPanel::selectedPerson() const
{
    const QTreeWidgetItem *item = m_people ? m_people->currentItem() : nullptr;
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void PeopleKeysPanel::updateButtons()
{
    const QString person = selectedPerson();
    bool here = false, pending = false;
    if (m_db && !person.isEmpty()) {
        PeopleKeys keys(*m_db);
        PeopleKeys::DeskKey desk;
        here = keys.deskKey(person, &desk, nullptr);
        QList<PeopleKeys::Enrolment> waiting;
        keys.pending(&waiting, nullptr);
        for (const PeopleKeys::Enrolment &e : std::as_const(waiting))
            pending = pending || e.personId == person;
    }
    m_pinButton->setEnabled(here);
    m_changePinButton->setEnabled(here);
    m_enrolButton->setEnabled(m_db && !person.isEmpty());
    m_confirmButton->setEnabled(pending);
}

void PeopleKeysPanel::enterPin()
{
    const QString person = selectedPerson();
    if (!m_db || person.isEmpty())
        return;
    if (DeskSession::instance().isUnlocked(person)) {
        DeskSession::instance().setActingPersonId(person);
        m_db->setActor(PeopleKeys(*m_db).personName(person));
    } else {
        PinPrompt prompt(*m_db, person, this);
        prompt.exec();
    }
    reload();
}

void PeopleKeysPanel::enrol()
{
    const QString person = selectedPerson();
    if (!m_db || person.isEmpty())
        return;
    EnrolDialog dialog(*m_db, person, this);
    dialog.exec();
    reload();
}

void PeopleKeysPanel::confirmKey()
{
    const QString person = selectedPerson();
    if (!m_db || person.isEmpty())
        return;
    PeopleKeys keys(*m_db);
    const QString acting = DeskSession::instance().actingPersonId();
    PeopleKeys::Unlocked admin;
    if (acting.isEmpty() || !DeskSession::instance().unlocked(acting, &admin)) {
        QMessageBox::information(this, tr("Confirm key"),
                                 tr("An administrator confirms keys: select yourself, choose "
                                    "\"Enter PIN…\", then confirm."));
        return;
    }
    QList<PeopleKeys::Enrolment> waiting;
    keys.pending(&waiting, nullptr);
    QString keyId;
    for (const PeopleKeys::Enrolment &e : std::as_const(waiting)) {
        if (e.personId == person)
            keyId = e.keyId;
    }
    if (QMessageBox::question(
            this, tr("Confirm key"),
            tr("Confirm the key %1 of %2 as %3? Compare the key id with the one %2 sees at "
               "their desk.")
                .arg(PersonalKeys::groupedKeyId(keyId), keys.personName(person),
                     keys.personName(acting))) != QMessageBox::Yes)
        return;
    Error error;
    if (!keys.confirm(person, admin, &error))
        QMessageBox::warning(this, tr("Confirm key"), error.message);
    reload();
}

void PeopleKeysPanel::changePin()
{
    const QString person = selectedPerson();
    if (!m_db || person.isEmpty())
        return;
    if (!PinPrompt::ensureUnlocked(*m_db, person, this))
        return;
    PeopleKeys::Unlocked unlocked;
    if (!DeskSession::instance().unlocked(person, &unlocked))
        return;
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Change PIN"), tr("New PIN:"),
                                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    Error error;
    if (!PersonalKeys::checkPin(pin, &error)) {
        QMessageBox::warning(this, tr("Change PIN"), error.message);
        return;
    }
    const QString repeat = QInputDialog::getText(this, tr("Change PIN"), tr("Repeat the new PIN:"),
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok || repeat != pin) {
        if (ok)
            QMessageBox::warning(this, tr("Change PIN"),
                                 tr("The two PINs differ. Nothing was changed."));
        return;
    }
    setCursor(Qt::BusyCursor);
    QFutureWatcher<PeopleKeys::WrappingKey> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<PeopleKeys::WrappingKey>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([pin] {
        return PeopleKeys::WrappingKey::derive(pin,
                                               PersonalKeys::randomBytes(PersonalKeys::SaltSize));
    }));
    loop.exec();
    unsetCursor();
    if (!PeopleKeys(*m_db).changePin(unlocked, watcher.result(), &error))
        QMessageBox::warning(this, tr("Change PIN"), error.message);
    else
        QMessageBox::information(this, tr("Change PIN"), tr("The PIN was changed."));
    reload();
}
