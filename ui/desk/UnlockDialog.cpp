#include "ui/desk/UnlockDialog.h"

#include "app/workflow/HolidayCalendar.h"
#include "ui/desk/RecoverDeskDialog.h"

#include "app/people/L3Seal.h"
#include "app/utils/AppPaths.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/PassphraseEdit.h"
#include "ui/widgets/Style.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

QLabel *makeErrorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    Style::error(label);
    label->hide();
    return label;
}

} // namespace

UnlockDialog::UnlockDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowIcon(Icons::applicationIcon());
    buildUi();
    setPath(databasePath);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &UnlockDialog::workerFinished);
}

UnlockDialog::~UnlockDialog()
{
    // Only at shutdown: a worker result nobody took would leave an open connection behind.
    if (m_busy) {
        m_watcher.waitForFinished();
        delete m_watcher.result().db;
    }
}

void UnlockDialog::buildUi()
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(Icons::applicationIcon().pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignTop);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    Style::title(m_heading, 1.35);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);

    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(4);
    headerText->addWidget(m_heading);
    headerText->addWidget(m_intro);
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(iconLabel);
    header->addLayout(headerText, 1);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setMinimumWidth(200);
    m_chooseButton = new QPushButton(tr("Choose another database…"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseDatabaseButton"));
    m_chooseButton->setAutoDefault(false);
    connect(m_chooseButton, &QPushButton::clicked, this, &UnlockDialog::chooseAnotherDatabase);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel, 1);
    pathRow->addWidget(m_chooseButton);

    m_passphrase = new PassphraseEdit("passphraseEdit", this);
    m_passphrase->setMinimumWidth(320);
    m_echoAction =
        m_passphrase->addAction(Icons::icon(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    m_echoAction->setToolTip(tr("Show the passphrase"));
    connect(m_echoAction, &QAction::triggered, this, &UnlockDialog::toggleEcho);
    m_passphraseHint = new QLabel(
        tr("At least %1 characters. Several words are easy to remember and hard to guess.")
            .arg(Database::MinimumPassphraseLength),
        this);
    m_passphraseHint->setWordWrap(true);
    Style::secondary(m_passphraseHint);
    m_passphraseError = makeErrorLabel("passphraseError", this);

    m_confirm = new PassphraseEdit("confirmEdit", this);
    m_confirmError = makeErrorLabel("confirmError", this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(6);
    form->addRow(tr("Database:"), pathRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_passphraseHint);
    form->addRow(QString(), m_passphraseError);
    m_confirmLabel = new QLabel(tr("&Confirm passphrase:"), this);
    m_confirmLabel->setBuddy(m_confirm);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_confirmError);

    // The warning that matters most when creating: there is no way back without the passphrase.
    m_recoveryNote = new QWidget(this);
    m_recoveryNote->setObjectName(QStringLiteral("recoveryNote"));
    auto *noteIcon = new QLabel(m_recoveryNote);
    noteIcon->setPixmap(Icons::icon(QStringLiteral("warning")).pixmap(20, 20));
    noteIcon->setAlignment(Qt::AlignTop);
    auto *noteText = new QLabel(
        tr("The passphrase cannot be recovered. Without it nobody — not even IT — can open "
           "this database. Write it down and keep it somewhere safe."),
        m_recoveryNote);
    noteText->setWordWrap(true);
    auto *noteLayout = new QHBoxLayout(m_recoveryNote);
    noteLayout->setContentsMargins(10, 8, 10, 8);
    noteLayout->setSpacing(8);
    noteLayout->addWidget(noteIcon);
    noteLayout->addWidget(noteText, 1);
    m_recoveryNote->setAttribute(Qt::WA_StyledBackground);
    m_recoveryNote->setStyleSheet(QStringLiteral(
        "#recoveryNote { background: #fff8e1; border: 1px solid #f0d58a; border-radius: 4px; }"
        "#recoveryNote QLabel { color: #5d4300; }"));

    // Where every passphrase is lost, the team's shared folder and the recovery sheet rebuild
    // the desk into the new file this dialog would create.
    m_recoverButton = new QPushButton(tr("&Rebuild from the shared folder…"), this);
    m_recoverButton->setObjectName(QStringLiteral("recoverButton"));
    m_recoverButton->setAutoDefault(false);
    m_recoverButton->setToolTip(tr("Lost every passphrase? Rebuild the team's records from the "
                                   "shared folder with the key on the recovery sheet."));
    connect(m_recoverButton, &QPushButton::clicked, this, &UnlockDialog::rebuildFromShare);

    m_generalError = makeErrorLabel("generalError", this);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);
    m_busyBar->hide();
    m_busyLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_recoveryNote);
    layout->addWidget(m_recoverButton, 0, Qt::AlignLeft);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addLayout(busyRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

void UnlockDialog::setPath(const QString &path)
{
    m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_mode = QFileInfo::exists(m_path) ? Mode::Unlock : Mode::Create;
    clearErrors();
    updateTexts();
    updatePathLabel();
    m_passphrase->clear();
    m_confirm->clear();
    m_passphrase->setFocus();
}

void UnlockDialog::setRelock(const QString &reason)
{
    m_relock = true;
    m_relockReason = reason;
    updateTexts();
}

void UnlockDialog::updateTexts()
{
    const bool create = m_mode == Mode::Create;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (create) {
        setWindowTitle(tr("Field Desk — New database"));
        m_heading->setText(tr("Create the encrypted database"));
        m_intro->setText(tr("Field Desk keeps its records in one encrypted file on this "
                            "computer. Choose the passphrase that will unlock it."));
        ok->setText(tr("Create database"));
    } else if (m_relock) {
        setWindowTitle(tr("Field Desk — Locked"));
        m_heading->setText(tr("Field Desk is locked"));
        m_intro->setText(m_relockReason.isEmpty()
                             ? tr("The database was closed. Type the passphrase to continue.")
                             : m_relockReason);
        ok->setText(tr("Unlock"));
    } else {
        setWindowTitle(tr("Field Desk — Unlock"));
        m_heading->setText(tr("Unlock Field Desk"));
        m_intro->setText(tr("Type the passphrase of this database."));
        ok->setText(tr("Unlock"));
    }
    m_passphraseHint->setVisible(create);
    m_confirmLabel->setVisible(create);
    m_confirm->setVisible(create);
    m_recoveryNote->setVisible(create);
    m_recoverButton->setVisible(create && !m_relock);
    m_chooseButton->setVisible(!m_relock);
    m_busyLabel->setText(create ? tr("Creating the encrypted database…")
                                : tr("Unlocking… deriving the key takes a moment."));
}

void UnlockDialog::updatePathLabel()
{
    const QString native = QDir::toNativeSeparators(m_path);
    const QString shown = m_mode == Mode::Create ? tr("%1 (new)").arg(native) : native;
    m_pathLabel->setToolTip(native);
    m_pathLabel->setText(
        m_pathLabel->fontMetrics().elidedText(shown, Qt::ElideMiddle, m_pathLabel->width()));
}

void UnlockDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    updatePathLabel();
}

void UnlockDialog::chooseAnotherDatabase()
{
    // Start in the folder of the current file, or the nearest folder above it that exists.
    QString start = QFileInfo(m_path).absolutePath();
    while (!QFileInfo(start).isDir()) {
        const QString up = QFileInfo(start).absolutePath();
        if (up == start)
            break;
        start = up;
    }
    QFileDialog dialog(this, tr("Choose a Field Desk database"), start,
                       tr("Field Desk databases (*.fdb);;All files (*)"));
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setDefaultSuffix(QStringLiteral("fdb"));
    dialog.setLabelText(QFileDialog::Accept, tr("Choose"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_pathChosenByUser = true;
    setPath(dialog.selectedFiles().constFirst());
}

void UnlockDialog::rebuildFromShare()
{
    if (isBusy())
        return;
    clearErrors();
    const QString share = m_shareHint.isEmpty() ? AppSettings().shareFolder() : m_shareHint;
    // Window-modal and not exec(): the rebuild runs for minutes in a worker while this dialog's
    // event loop stays the only one.
    auto *dialog = new RecoverDeskDialog(m_path, share, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_db = dialog->takeDatabase();
        if (!m_db)
            return;
        m_recoverySummary = dialog->summary();
        m_passphrase->clear();
        m_confirm->clear();
        QDialog::accept();
    });
    dialog->open();
}

void UnlockDialog::toggleEcho()
{
    const bool hidden = m_passphrase->echoMode() == QLineEdit::Password;
    const QLineEdit::EchoMode mode = hidden ? QLineEdit::Normal : QLineEdit::Password;
    m_passphrase->setEchoMode(mode);
    m_confirm->setEchoMode(mode);
    m_echoAction->setIcon(Icons::icon(hidden ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    m_echoAction->setToolTip(hidden ? tr("Hide the passphrase") : tr("Show the passphrase"));
}

void UnlockDialog::clearErrors()
{
    for (QLabel *label : {m_passphraseError, m_confirmError, m_generalError}) {
        label->clear();
        label->hide();
    }
}

void UnlockDialog::showError(QLabel *label, QLineEdit *field, const QString &message)
{
    label->setText(message);
    label->show();
    fitHeight();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void UnlockDialog::fitHeight()
{
    // Word-wrapped messages need more height than the dialog had; grow instead of clipping.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool UnlockDialog::isBusy() const
{
    // Until workerFinished() has taken the result, not merely until the worker returns.
    return m_busy;
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_recoverButton->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void UnlockDialog::accept()
{
    if (isBusy())
        return;
    clearErrors();
    const QString passphrase = m_passphrase->text();
    const bool create = m_mode == Mode::Create;
    if (create) {
        Error error;
        if (!Database::validatePassphrase(passphrase, &error)) {
            showError(m_passphraseError, m_passphrase, error.message);
            return;
        }
        if (m_confirm->text() != passphrase) {
            showError(m_confirmError, m_confirm,
                      tr("The two passphrases differ. Type the same passphrase in both fields."));
            return;
        }
    } else if (passphrase.isEmpty()) {
        showError(m_passphraseError, m_passphrase, tr("Type the passphrase of this database."));
        return;
    } else if (!QFileInfo::exists(m_path)) {
        // Gone since the dialog opened (a removed USB stick, a renamed file).
        showError(m_generalError, nullptr,
                  tr("There is no database at %1 any more. Choose another database.")
                      .arg(QDir::toNativeSeparators(m_path)));
        return;
    }

    const QString path = m_path;
    const QString folderError =
        tr("Cannot create the folder %1. Choose another place for the database.")
            .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
    QThread *guiThread = thread();
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([path, passphrase, create, folderError, guiThread]() {
        Result result;
        auto db = std::make_unique<Database>();
        bool ok = false;
        if (create && !AppPaths::ensureParentDirectory(path))
            Error::set(&result.error, Error::Code::Failure, folderError);
        else if (create) // a new database starts with the official holiday calendar
            ok = db->create(path, passphrase, &result.error) &&
                 HolidayCalendar(*db).install(nullptr, &result.error);
        else
            ok = db->open(path, passphrase, &result.error);
        if (ok) {
            // The connection belongs to the thread that opened it; give it to the GUI thread.
            db->moveToThread(guiThread);
            result.db = db.release();
        }
        return result;
    }));
}

void UnlockDialog::workerFinished()
{
    Result result = m_watcher.result();
    setBusy(false);
    if (result.db) {
        m_db.reset(result.db);
        m_passphrase->clear();
        m_confirm->clear();
        QDialog::accept();
        return;
    }
    const Error &error = result.error;
    switch (error.code) {
    case Error::Code::WrongPassphrase:
        showError(m_passphraseError, m_passphrase,
                  error.message + QLatin1Char(' ') +
                      tr("Check Caps Lock and the input method, then type it again."));
        break;
    case Error::Code::Validation:
        showError(m_passphraseError, m_passphrase, error.message);
        break;
    default:
        showError(m_generalError, nullptr, error.message);
        m_passphrase->setFocus();
        break;
    }
}

void UnlockDialog::reject()
{
    if (isBusy())
        return; // the worker is about to hand over an open database; wait for it
    QDialog::reject();
}

void UnlockDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

std::unique_ptr<Database> UnlockDialog::takeDatabase()
{
    if (m_db) {
        // L3 text an older version (or an old snapshot) stored in clear is sealed before
        // anything else reads the database; it needs public keys only.
        int sealed = 0;
        int unsealable = 0;
        Error error;
        m_sealSummary.clear();
        if (!L3Seal(*m_db).sealStoredPlaintext(&sealed, &unsealable, &error))
            m_sealSummary = tr("The L3 know-how text stored in clear could not be sealed: %1")
                                .arg(error.message);
        if (sealed > 0)
            m_sealSummary = tr("The text of %n L3 know-how entries was stored in clear by an "
                               "earlier version; it is now sealed to the people allowed to "
                               "read it.",
                               "", sealed);
        if (unsealable > 0)
            m_sealSummary += QLatin1Char(' ') +
                             tr("%n L3 know-how entries are still in clear: none of the people "
                                "allowed to read them has a confirmed personal key. Enrol one "
                                "of them (File › Settings › People at this desk).",
                                "", unsealable);
        m_sealSummary = m_sealSummary.trimmed();
    }
    return std::move(m_db);
}
