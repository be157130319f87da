#include "ui/sync/TeamDialog.h"
#include "app/workflow/HolidayCalendar.h"

#include "app/print/RecoverySheet.h"
#include "app/sync/SyncTeam.h"
#include "app/utils/SiblingTask.h"
#include "db/Database.h"
#include "db/SyncEngine.h"
#include "db/SyncSnapshot.h"
#include "ui/desk/IdleLock.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>

TeamDialog::TeamDialog(Database *db, const QString &shareFolder, QWidget *parent)
    : QDialog(parent), m_db(db), m_shareFolder(shareFolder)
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Team"));
    m_team = new QLabel(this);
    m_team->setObjectName(QStringLiteral("teamIdLabel"));
    m_device = new QLabel(this);
    m_device->setObjectName(QStringLiteral("deviceIdLabel"));
    m_share = new QLabel(this);
    m_share->setObjectName(QStringLiteral("teamShareLabel"));
    m_share->setWordWrap(true);
    for (QLabel *l : {m_team, m_device, m_share})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_devices = new QListWidget(this);
    m_devices->setObjectName(QStringLiteral("teamDevices"));
    m_devices->setMaximumHeight(110);
    auto *info = new QFormLayout;
    info->addRow(tr("Team:"), m_team);
    info->addRow(tr("This desk:"), m_device);
    info->addRow(tr("Share folder:"), m_share);
    info->addRow(tr("Desks on the share:"), m_devices);
    m_info = info;

    m_create = new QPushButton(tr("&Create a team on the share folder…"), this);
    m_create->setObjectName(QStringLiteral("createTeamButton"));
    connect(m_create, &QPushButton::clicked, this, &TeamDialog::createClicked);
    m_invite = new QPushButton(tr("&Invite a desk…"), this);
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_invite->setToolTip(tr("Writes an enrollment file for a new desk and shows its one-time "
                            "code. Give the file and the code separately."));
    connect(m_invite, &QPushButton::clicked, this, &TeamDialog::inviteClicked);

    m_enrollment = new QLineEdit(this);
    m_enrollment->setObjectName(QStringLiteral("enrollmentFileEdit"));
    m_enrollment->setPlaceholderText(tr("The enrollment file you were given"));
    auto *browse = new QPushButton(Icons::icon(QStringLiteral("folder")), tr("Browse…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Enrollment file"), QString(), tr("Enrollment files (*.fde);;All files (*)"));
        if (!file.isEmpty())
            m_enrollment->setText(QDir::toNativeSeparators(file));
    });
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("enrollmentCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-…"));
    m_join = new QPushButton(tr("&Join the team"), this);
    m_join->setObjectName(QStringLiteral("joinButton"));
    connect(m_join, &QPushButton::clicked, this, &TeamDialog::joinClicked);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_enrollment, 1);
    fileRow->addWidget(browse);
    auto *joinBox = new QGroupBox(tr("Join a team"), this);
    joinBox->setObjectName(QStringLiteral("joinBox"));
    auto *joinForm = new QFormLayout(joinBox);
    auto *fileLabel = new QLabel(tr("&Enrollment file:"), joinBox);
    fileLabel->setBuddy(m_enrollment); // the row is a layout: the label needs its buddy
    joinForm->addRow(fileLabel, fileRow);
    joinForm->addRow(tr("One-time &code:"), m_code);
    joinForm->addRow(QString(), m_join);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("teamMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(12);
    layout->addLayout(info);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_invite);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(joinBox);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    updateInfo();
}

QString TeamDialog::lastMessage() const
{
    return m_message->text();
}

void TeamDialog::showMessage(const QString &text, bool error)
{
    if (error)
        Style::error(m_message);
    else
        Style::success(m_message);
    m_message->setText(text);
}

void TeamDialog::updateInfo()
{
    const bool inTeam = m_db && !SyncTeam::teamId(*m_db).isEmpty();
    m_team->setText(inTeam ? SyncTeam::teamId(*m_db) : tr("none — this desk syncs with nobody"));
    m_device->setText(m_db ? m_db->deviceId() : QString());
    const QString share = inTeam ? SyncTeam::share(*m_db) : m_shareFolder;
    m_share->setText(share.isEmpty() ? tr("not chosen — set it in Settings first")
                                     : QDir::toNativeSeparators(share));
    m_devices->clear();
    if (inTeam) {
        const QDir devices(
            QDir(SyncEngine::shareRootOf(*m_db)).filePath(QStringLiteral("devices")));
        for (const QString &name : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const int bundles = int(QDir(devices.filePath(name))
                                        .entryList({QStringLiteral("*.fdb")}, QDir::Files)
                                        .size());
            QString text = tr("%1 — %n bundle(s)", nullptr, bundles).arg(name);
            if (name == m_db->deviceId())
                text += tr(" (this desk)");
            m_devices->addItem(text);
        }
        if (m_devices->count() == 0)
            m_devices->addItem(tr("No desk has synced yet."));
    }
    m_info->setRowVisible(m_devices, inTeam);
    m_create->setVisible(!inTeam);
    m_create->setEnabled(!share.isEmpty());
    m_invite->setVisible(inTeam);
    findChild<QGroupBox *>(QStringLiteral("joinBox"))->setVisible(!inTeam);
    m_join->setEnabled(!share.isEmpty());
}

bool TeamDialog::runOffThread(const std::function<bool(Database &, Error *)> &work)
{
    // The one-time code goes through PBKDF2: a worker does it on its own connection while the
    // window keeps painting. The idle lock waits, since it would close the database under it.
    const bool idleWasOn = m_idle && m_idle->isEnabled();
    if (m_idle)
        m_idle->setEnabled(false);
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QFutureWatcher<SiblingTask::Result> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<SiblingTask::Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(SiblingTask::run(*m_db, work));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const SiblingTask::Result r = watcher.result();
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (m_idle)
        m_idle->setEnabled(idleWasOn);
    if (!r.ok)
        showMessage(r.error.message, true);
    return r.ok;
}

bool TeamDialog::createTeam()
{
    if (!m_db)
        return false;
    if (m_shareFolder.isEmpty()) {
        showMessage(tr("Choose the share folder in Settings first."), true);
        return false;
    }
    Error error;
    if (!SyncTeam::create(*m_db, m_shareFolder, &error)) {
        showMessage(error.message, true);
        return false;
    }
    updateInfo();
    showMessage(tr("Team %1 created on %2. Print the recovery sheet and keep it in the company "
                   "safe; then invite the other desks.")
                    .arg(SyncTeam::teamId(*m_db), QDir::toNativeSeparators(m_shareFolder)),
                false);
    return true;
}

bool TeamDialog::invite(const QString &enrollmentFile, QString *code)
{
    if (!m_db)
        return false;
    auto result = std::make_shared<QString>();
    const QString file = enrollmentFile;
    if (!runOffThread([file, result](Database &db, Error *error) {
            return SyncTeam::invite(db, file, result.get(), error);
        }))
        return false;
    *code = *result;
    updateInfo();
    return true;
}

bool TeamDialog::join(const QString &enrollmentFile, const QString &code)
{
    if (!m_db)
        return false;
    if (m_shareFolder.isEmpty()) {
        showMessage(tr("Choose the share folder in Settings first: the team's folder on the "
                       "file server."),
                    true);
        return false;
    }
    if (enrollmentFile.trimmed().isEmpty() || !QFileInfo::exists(enrollmentFile)) {
        showMessage(tr("Choose the enrollment file you were given."), true);
        m_enrollment->setFocus();
        return false;
    }
    if (code.trimmed().isEmpty()) {
        showMessage(tr("Type the one-time code that came with the enrollment file."), true);
        m_code->setFocus();
        return false;
    }
    const QString share = m_shareFolder;
    const QString file = enrollmentFile;
    const QString typed = code.trimmed();
    if (!runOffThread([share, file, typed](Database &db, Error *error) {
            if (!SyncTeam::join(db, share, file, typed, error))
                return false;
            // A new desk starts from the latest snapshot when there is one and it holds no
            // records yet (Usage: it has records, so it replays the bundles instead); the
            // holiday calendar it started with makes way for the team's.
            bool restored = false, cleared = false;
            Error snapshotError;
            HolidayCalendar calendar(db);
            if (!calendar.clearForSnapshot(&cleared, error))
                return false;
            if (!SyncSnapshot::restoreLatest(db, nullptr, &restored, &snapshotError) &&
                snapshotError.code != Error::Code::Usage) {
                if (error)
                    *error = snapshotError;
                return false;
            }
            // Without a snapshot the team's bundles bring its calendar.
            return !cleared || !restored || calendar.install(nullptr, error);
        })) {
        m_code->setFocus();
        m_code->selectAll();
        return false;
    }
    m_joined = true;
    updateInfo();
    showMessage(tr("This desk joined team %1. The first sync fetches the team's records.")
                    .arg(SyncTeam::teamId(*m_db)),
                false);
    return true;
}

void TeamDialog::createClicked()
{
    if (QMessageBox::question(
            this, tr("Create a team"),
            tr("Create a new team on %1? The desks of the team will sync through this folder. "
               "Only one desk creates the team; the others join it.")
                .arg(QDir::toNativeSeparators(m_shareFolder)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (createTeam())
        showRecoverySheet();
}

void TeamDialog::showRecoverySheet()
{
    const QString text = SyncTeam::recoverySheetText(*m_db);
    emit recoverySheetShown(text);
    QDialog sheet(this);
    sheet.setObjectName(QStringLiteral("recoverySheetDialog"));
    sheet.setWindowTitle(tr("Recovery sheet"));
    auto *note = new QLabel(tr("Save this sheet as PDF, print it and keep it in the company safe. "
                               "It is shown now only."),
                            &sheet);
    note->setWordWrap(true);
    auto *view = new QPlainTextEdit(text, &sheet);
    view->setObjectName(QStringLiteral("recoverySheetText"));
    view->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(view->font().pointSizeF());
    view->setFont(mono); // the key's groups line up
    view->setMinimumSize(560, 300);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &sheet);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &sheet, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, &sheet, [this, &sheet] {
        const QString path = QFileDialog::getSaveFileName(
            &sheet, tr("Save the recovery sheet"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("fielddesk-recovery-sheet.pdf")),
            tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        Error error;
        if (!RecoverySheet::writePdf(*m_db, path, &error))
            QMessageBox::warning(&sheet, tr("Recovery sheet"), error.message);
    });
    auto *layout = new QVBoxLayout(&sheet);
    layout->addWidget(note);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    sheet.exec();
}

void TeamDialog::inviteClicked()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Write the enrollment file"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("new-desk.fde")),
        tr("Enrollment files (*.fde)"));
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        showMessage(
            tr("%1 exists already. Choose a new file name.").arg(QDir::toNativeSeparators(file)),
            true);
        return;
    }
    QString code;
    if (invite(file, &code))
        showCode(code, file);
}

void TeamDialog::showCode(const QString &code, const QString &file)
{
    emit codeShown(code);
    showMessage(tr("Enrollment file written: %1").arg(QDir::toNativeSeparators(file)), false);
    QDialog box(this);
    box.setObjectName(QStringLiteral("enrollmentCodeDialog"));
    box.setWindowTitle(tr("One-time code"));
    auto *note = new QLabel(tr("Give the new desk the file %1 and, separately (read aloud or on "
                               "paper), this code. It is shown only now and works once.")
                                .arg(QDir::toNativeSeparators(file)),
                            &box);
    note->setWordWrap(true);
    auto *codeLabel = new QLabel(code, &box);
    codeLabel->setObjectName(QStringLiteral("enrollmentCode"));
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.6);
    codeLabel->setFont(mono);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &box);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCodeButton"));
    connect(copy, &QPushButton::clicked, &box,
            [code] { QGuiApplication::clipboard()->setText(code); });
    connect(buttons, &QDialogButtonBox::rejected, &box, &QDialog::reject);
    auto *layout = new QVBoxLayout(&box);
    layout->addWidget(note);
    layout->addWidget(codeLabel);
    layout->addWidget(buttons);
    box.exec();
}

void TeamDialog::joinClicked()
{
    join(QDir::fromNativeSeparators(m_enrollment->text().trimmed()), m_code->text());
}
