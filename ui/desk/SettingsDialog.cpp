#include "ui/desk/SettingsDialog.h"

#include "app/utils/AppSettings.h"
#include "ui/people/PeopleKeysPanel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent, Database *db) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const AppSettings settings;

    // Who acts at this desk is whoever entered their PIN, never a choice made here.
    m_people = new PeopleKeysPanel(db, this);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &language : AppSettings::languages())
        m_language->addItem(AppSettings::languageDisplayName(language), language);
    m_language->setCurrentIndex(m_language->findData(settings.language()));
    auto *languageNote = new QLabel(tr("Field Desk uses the new language after a restart."), this);
    languageNote->setWordWrap(true);
    Style::secondary(languageNote);

    m_shareFolder = new QLineEdit(QDir::toNativeSeparators(settings.shareFolder()), this);
    m_shareFolder->setObjectName(QStringLiteral("shareFolderEdit"));
    m_shareFolder->setMinimumWidth(320);
    auto *browse = new QPushButton(Icons::icon(QStringLiteral("folder")), tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseShareButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseShareFolder);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(m_shareFolder, 1);
    shareRow->addWidget(browse);
    auto *shareNote = new QLabel(tr("The folder on the office file server through which the "
                                    "devices of the team exchange their changes."),
                                 this);
    shareNote->setWordWrap(true);
    Style::secondary(shareNote);
    m_shareError = new QLabel(this);
    m_shareError->setObjectName(QStringLiteral("shareFolderError"));
    Style::error(m_shareError);
    m_shareError->hide();

    auto *team = new QPushButton(tr("&Team…"), this);
    team->setObjectName(QStringLiteral("teamButton"));
    team->setAutoDefault(false);
    team->setEnabled(db);
    team->setToolTip(tr("Create a team on the share folder, invite a desk or join a team"));
    connect(team, &QPushButton::clicked, this, &SettingsDialog::teamRequested);
    shareRow->addWidget(team);
    m_syncInterval = new QSpinBox(this);
    m_syncInterval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_syncInterval->setRange(0, AppSettings::MaximumSyncIntervalMinutes);
    m_syncInterval->setSpecialValueText(tr("Only when asked (F5)"));
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setValue(settings.syncIntervalMinutes());
    m_syncInterval->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_syncInterval->setMinimumWidth(200);

    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, AppSettings::MaximumAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(settings.autoLockMinutes());
    m_autoLock->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_autoLock->setMinimumWidth(140);
    auto *lockNote = new QLabel(tr("Without keyboard or mouse input for this long, Field Desk "
                                   "closes the database and asks for the passphrase again."),
                                this);
    lockNote->setWordWrap(true);
    Style::secondary(lockNote);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(6);
    form->addRow(tr("People at this desk:"), m_people);
    form->addItem(new QSpacerItem(0, 10));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addItem(new QSpacerItem(0, 10));
    auto *shareLabel = new QLabel(tr("&Share folder:"), this);
    shareLabel->setBuddy(m_shareFolder); // the row is a layout; the label needs its buddy
    form->addRow(shareLabel, shareRow);
    form->addRow(QString(), shareNote);
    form->addRow(QString(), m_shareError);
    form->addRow(tr("S&ync every:"), m_syncInterval);
    form->addItem(new QSpacerItem(0, 10));
    form->addRow(tr("&Lock after:"), m_autoLock);
    form->addRow(QString(), lockNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::browseShareFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the share folder"), QDir::fromNativeSeparators(m_shareFolder->text()));
    if (!dir.isEmpty())
        m_shareFolder->setText(QDir::toNativeSeparators(dir));
}

void SettingsDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_shareFolder->text().trimmed());
    if (!folder.isEmpty() && QFileInfo::exists(folder) && !QFileInfo(folder).isDir()) {
        m_shareError->setText(tr("%1 is a file, not a folder. Choose a folder.")
                                  .arg(QDir::toNativeSeparators(folder)));
        m_shareError->show();
        m_shareFolder->setFocus();
        m_shareFolder->selectAll();
        return;
    }
    if (!folder.isEmpty() && QFileInfo(folder).isRelative()) {
        m_shareError->setText(tr("Type the full path of the share folder, for example "
                                 "\\\\server\\fielddesk or /mnt/share/fielddesk."));
        m_shareError->show();
        m_shareFolder->setFocus();
        return;
    }
    AppSettings settings;
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != settings.language();
    settings.setLanguage(language);
    settings.setShareFolder(folder);
    settings.setAutoLockMinutes(m_autoLock->value());
    settings.setSyncIntervalMinutes(m_syncInterval->value());
    settings.sync();
    QDialog::accept();
}
