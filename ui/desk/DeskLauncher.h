#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class MainWindow;
class UnlockDialog;

// The way into the desk: shows the UnlockDialog for the chosen database file (creating it on
// first run), then the MainWindow with the unlocked database. main() uses it, and so do the
// GUI tests, which drive the same dialog with simulated key presses.
class DeskLauncher : public QObject
{
    Q_OBJECT
public:
    // rememberPath: store the unlocked file as "last database" (not when --db chose it).
    DeskLauncher(const QString &databasePath, bool rememberPath, QObject *parent = nullptr);
    ~DeskLauncher() override;

    void setShareFolderOverride(const QString &folder) { m_shareOverride = folder; }

    void start();
    UnlockDialog *unlockDialog() const;
    MainWindow *mainWindow() const { return m_window.get(); }

signals:
    void cancelled();
    void mainWindowShown();

private:
    void unlocked();

    QString m_path;
    bool m_rememberPath = false;
    QString m_shareOverride;
    QPointer<UnlockDialog> m_dialog;
    std::unique_ptr<MainWindow> m_window;
};
