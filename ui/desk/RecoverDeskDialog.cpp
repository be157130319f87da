#include "ui/desk/RecoverDeskDialog.h"

#include "app/sync/SyncRecovery.h"
#include "app/utils/AppPaths.h"
#include "db/Database.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/PassphraseEdit.h"
#include "ui/widgets/Style.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

QLabel *errorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    Style::error(label);
    label->hide();
    return label;
}

// A recovery sheet is a short text file; anything much larger is the wrong file.
constexpr qint64 MaximumSheetBytes = 256 * 1024;

} // namespace

RecoverDeskDialog::RecoverDeskDialog(const QString &databasePath, const QString &shareFolder,
                                     QWidget *parent)
    : QDialog(parent), m_path(databasePath)
{
    setObjectName(QStringLiteral("recoverDeskDialog"));
    setWindowTitle(tr("Field Desk — Rebuild from the shared folder"));
    setWindowIcon(Icons::applicationIcon());

    auto *heading = new QLabel(tr("Rebuild this desk from the team's shared folder"), this);
    Style::title(heading, 1.25);
    auto *intro = new QLabel(
        tr("When no passphrase of any desk is known any more, the team's shared folder and the "
           "key on the recovery sheet rebuild a complete desk: the latest snapshot, every later "
           "change of every desk, and the attachments. The rebuilt desk joins the team as a new "
           "device and is locked with the new passphrase you choose here."),
        this);
    intro->setWordWrap(true);

    auto *pathLabel = new QLabel(QDir::toNativeSeparators(m_path), this);
    pathLabel->setObjectName(QStringLiteral("databasePath"));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathLabel->setWordWrap(true);

    m_share = new QLineEdit(QDir::toNativeSeparators(shareFolder), this);
    m_share->setObjectName(QStringLiteral("shareEdit"));
    m_share->setPlaceholderText(tr("The folder on the file server that holds \"fielddesk\""));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseShareButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &RecoverDeskDialog::chooseShare);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(m_share, 1);
    shareRow->addWidget(browse);
    m_shareError = errorLabel("shareError", this);

    m_key = new QPlainTextEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setTabChangesFocus(true);
    m_key->setPlaceholderText(tr("Type the recovery key from the sheet (64 letters and digits "
                                 "in groups of four), or load the sheet's text file."));
    m_key->setFixedHeight(m_key->fontMetrics().lineSpacing() * 4 + 12);
    auto *load = new QPushButton(tr("Load from file…"), this);
    load->setObjectName(QStringLiteral("loadKeyButton"));
    load->setAutoDefault(false);
    connect(load, &QPushButton::clicked, this, &RecoverDeskDialog::loadKeyFile);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(load, 0, Qt::AlignTop);
    m_keyError = errorLabel("keyError", this);

    m_passphrase = new PassphraseEdit("passphraseEdit", this);
    auto *hint = new QLabel(tr("At least %1 characters. Write it down: it is the only way into "
                               "the rebuilt desk.")
                                .arg(Database::MinimumPassphraseLength),
                            this);
    hint->setWordWrap(true);
    Style::secondary(hint);
    m_passphraseError = errorLabel("passphraseError", this);
    m_confirm = new PassphraseEdit("confirmEdit", this);
    m_confirmError = errorLabel("confirmError", this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    form->addRow(tr("New database:"), pathLabel);
    // Rows holding a layout get no buddy from QFormLayout: the mnemonics need one.
    auto *shareLabel = new QLabel(tr("&Shared folder:"), this);
    shareLabel->setBuddy(m_share);
    auto *keyLabel = new QLabel(tr("&Recovery key:"), this);
    keyLabel->setBuddy(m_key);
    keyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(shareLabel, shareRow);
    form->addRow(QString(), m_shareError);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keyError);
    form->addRow(tr("New &passphrase:"), m_passphrase);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_passphraseError);
    form->addRow(tr("&Confirm passphrase:"), m_confirm);
    form->addRow(QString(), m_confirmError);

    m_generalError = errorLabel("generalError", this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyLabel = new QLabel(
        tr("Rebuilding… reading the snapshot and every bundle of the team takes a while."), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setWordWrap(true);
    m_busyBar->hide();
    m_busyLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rebuild the desk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoverDeskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoverDeskDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this,
            &RecoverDeskDialog::workerFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);
    (m_share->text().isEmpty() ? static_cast<QWidget *>(m_share) : m_key)->setFocus();
}

RecoverDeskDialog::~RecoverDeskDialog()
{
    // Only at shutdown: a rebuilt database nobody took would leave an open connection behind.
    if (m_busy) {
        m_watcher.waitForFinished();
        delete m_watcher.result().db;
    }
}

std::unique_ptr<Database> RecoverDeskDialog::takeDatabase()
{
    return std::move(m_db);
}

void RecoverDeskDialog::chooseShare()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the team's shared folder"), QDir::fromNativeSeparators(m_share->text()));
    if (!dir.isEmpty())
        m_share->setText(QDir::toNativeSeparators(dir));
}

void RecoverDeskDialog::loadKeyFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Load the recovery sheet"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    clearErrors();
    QFile f(file);
    if (f.size() > MaximumSheetBytes) {
        showError(m_keyError, m_key,
                  tr("%1 is too large to be a recovery sheet. Choose the sheet's text file.")
                      .arg(QDir::toNativeSeparators(file)));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        showError(m_keyError, m_key,
                  tr("Cannot read %1: %2. Choose another file or type the key.")
                      .arg(QDir::toNativeSeparators(file), f.errorString()));
        return;
    }
    m_key->setPlainText(QString::fromUtf8(f.readAll()));
}

void RecoverDeskDialog::clearErrors()
{
    for (QLabel *label :
         {m_shareError, m_keyError, m_passphraseError, m_confirmError, m_generalError}) {
        label->clear();
        label->hide();
    }
}

void RecoverDeskDialog::showError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->show();
    if (field)
        field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void RecoverDeskDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_share), static_cast<QWidget *>(m_key),
                       static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_confirm),
                       static_cast<QWidget *>(m_buttons)})
        w->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void RecoverDeskDialog::accept()
{
    if (m_busy)
        return;
    if (m_db) { // rebuilt: the second press opens the desk
        QDialog::accept();
        return;
    }
    clearErrors();
    const QString share = QDir::fromNativeSeparators(m_share->text().trimmed());
    if (share.isEmpty() || !QFileInfo(share).isDir()) {
        showError(m_shareError, m_share,
                  share.isEmpty()
                      ? tr("Choose the team's shared folder.")
                      : tr("There is no folder %1. Check that the file server is reachable, "
                           "then choose the shared folder.")
                            .arg(QDir::toNativeSeparators(share)));
        return;
    }
    QString key;
    Error error;
    if (!SyncRecovery::parseKey(m_key->toPlainText(), &key, &error)) {
        showError(m_keyError, m_key, error.message);
        return;
    }
    const QString passphrase = m_passphrase->text();
    if (!Database::validatePassphrase(passphrase, &error)) {
        showError(m_passphraseError, m_passphrase, error.message);
        return;
    }
    if (m_confirm->text() != passphrase) {
        showError(m_confirmError, m_confirm,
                  tr("The two passphrases differ. Type the same passphrase in both fields."));
        return;
    }
    if (!AppPaths::ensureParentDirectory(m_path)) {
        showError(m_generalError, nullptr,
                  tr("Cannot create the folder %1. Choose another place for the database.")
                      .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath())));
        return;
    }
    const QString path = m_path;
    QThread *guiThread = thread();
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([path, passphrase, share, key, guiThread]() {
        Result result;
        std::unique_ptr<Database> db =
            SyncRecovery::rebuild(path, passphrase, QString(), share, key, &result.report,
                                  &result.attachments, &result.error);
        if (db) {
            // The connection belongs to the thread that opened it; give it to the GUI thread.
            db->moveToThread(guiThread);
            result.db = db.release();
        }
        return result;
    }));
}

void RecoverDeskDialog::workerFinished()
{
    Result result = m_watcher.result();
    setBusy(false);
    if (!result.db) {
        const Error &error = result.error;
        if (error.field == QLatin1String("recovery-key"))
            showError(m_keyError, m_key, error.message);
        else
            showError(m_generalError, nullptr, error.message);
        return;
    }
    m_db.reset(result.db);
    m_passphrase->clear();
    m_confirm->clear();
    QStringList lines;
    lines << tr("The desk is rebuilt as a new device of the team.") + QLatin1Char(' ') +
                 tr("%n bundle(s) applied.", nullptr, result.report.bundlesApplied) +
                 QLatin1Char(' ') + tr("%n attachment(s) fetched.", nullptr, result.attachments);
    lines << result.report.notes << result.report.warnings << result.report.quarantined
          << result.report.alarms << result.report.waiting;
    m_summary = lines.join(QLatin1Char('\n'));
    auto *done = m_generalError; // reused as the outcome line, in the success colour
    done->setText(m_summary);
    Style::success(done);
    done->show();
    for (QWidget *w : {static_cast<QWidget *>(m_share), static_cast<QWidget *>(m_key),
                       static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_confirm)})
        w->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open the desk"));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void RecoverDeskDialog::reject()
{
    if (m_busy || m_db)
        return; // a rebuilt desk is opened, not thrown away
    QDialog::reject();
}

void RecoverDeskDialog::closeEvent(QCloseEvent *event)
{
    if (m_busy || m_db) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}
