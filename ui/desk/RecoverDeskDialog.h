#pragma once

#include "db/Error.h"
#include "db/SyncReport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Rebuilding the desk when every passphrase is lost, from the unlock dialog: the team's shared
// folder and the recovery sheet's key make a complete new desk at the chosen (new) database
// path, under a new passphrase. The rebuild runs in a worker thread (key derivation, every
// bundle of the team); the open database is then handed to the GUI thread like an unlock.
class RecoverDeskDialog : public QDialog
{
    Q_OBJECT
public:
    RecoverDeskDialog(const QString &databasePath, const QString &shareFolder,
                      QWidget *parent = nullptr);
    ~RecoverDeskDialog() override;

    bool isBusy() const { return m_busy; }
    // The rebuilt database after the dialog was accepted (once; then null).
    std::unique_ptr<Database> takeDatabase();
    // What the rebuild did, for the message the desk shows next.
    QString summary() const { return m_summary; }

public slots:
    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Result
    {
        Database *db = nullptr;
        SyncReport report;
        int attachments = 0;
        Error error;
    };

    void chooseShare();
    void loadKeyFile();
    void setBusy(bool busy);
    void clearErrors();
    void showError(QLabel *label, QWidget *field, const QString &message);
    void workerFinished();

    QString m_path;
    bool m_busy = false;
    std::unique_ptr<Database> m_db;
    QString m_summary;
    QFutureWatcher<Result> m_watcher;

    QLineEdit *m_share = nullptr;
    QLabel *m_shareError = nullptr;
    QPlainTextEdit *m_key = nullptr;
    QLabel *m_keyError = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_passphraseError = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_confirmError = nullptr;
    QLabel *m_generalError = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
