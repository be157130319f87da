#pragma once

#include "db/Error.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The passphrase dialog in front of the database. Create mode (no file at the path yet):
// passphrase twice, minimum length, a warning that a lost passphrase cannot be recovered.
// Create mode also offers to rebuild the desk from the team's shared folder and recovery sheet.
// Unlock mode: the passphrase, the file it opens, and a way to choose another database.
// Relock mode (after the window locked itself): unlock the same file again, nothing else.
// The key derivation is slow, so creating/opening runs in a worker thread while the dialog
// shows that it is busy; the open Database is then handed to the GUI thread.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Unlock };

    explicit UnlockDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    Mode mode() const { return m_mode; }
    QString databasePath() const { return m_path; }
    // True when the person picked the file with "Choose another database…".
    bool pathChosenByUser() const { return m_pathChosenByUser; }
    bool isBusy() const;

    // Locked-window mode: the same file only; reason is shown under the heading.
    void setRelock(const QString &reason);

    // The open database after the dialog was accepted (once; then null), its L3 text stored
    // in clear sealed first (sealSummary()).
    std::unique_ptr<Database> takeDatabase();
    // Where a rebuild from the shared folder starts looking (the desk's --share override).
    void setShareFolderHint(const QString &folder) { m_shareHint = folder; }
    // What a rebuild from the shared folder did, when the database came from one.
    QString recoverySummary() const { return m_recoverySummary; }
    // What takeDatabase() did with L3 text stored in clear (empty: nothing to say).
    QString sealSummary() const { return m_sealSummary; }

public slots:
    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Result
    {
        Database *db = nullptr;
        Error error;
    };

    void buildUi();
    void setPath(const QString &path);
    void updateTexts();
    void updatePathLabel();
    void chooseAnotherDatabase();
    void rebuildFromShare();
    void toggleEcho();
    void setBusy(bool busy);
    void clearErrors();
    void showError(QLabel *label, QLineEdit *field, const QString &message);
    void fitHeight();
    void workerFinished();

    QString m_path;
    Mode m_mode = Mode::Unlock;
    bool m_relock = false;
    bool m_pathChosenByUser = false;
    bool m_busy = false;
    QString m_relockReason;
    QString m_shareHint;
    QString m_recoverySummary;
    QString m_sealSummary;
    std::unique_ptr<Database> m_db;
    QFutureWatcher<Result> m_watcher;

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_pathLabel = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_recoverButton = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_passphraseHint = nullptr;
    QLabel *m_passphraseError = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_confirmError = nullptr;
    QWidget *m_recoveryNote = nullptr;
    QLabel *m_generalError = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QAction *m_echoAction = nullptr;
};
