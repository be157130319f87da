#include "db/Database.h"
#include "ui/desk/DeskLauncher.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/UnlockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The passphrase dialog driven like a person would: typing, clicking OK, waiting for the
// worker thread that derives the key. The GUI thread must stay responsive meanwhile.
class TestGuiUnlock : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    // Typed with key events, so ASCII: an input method does not feed password fields.
    const QString m_pass = QStringLiteral("correct horse battery");

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this process only: suites may run in parallel.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void createThroughTheDialog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.fdb")); // folder is created
        DeskLauncher launcher(path, false);
        launcher.start();
        UnlockDialog *dialog = launcher.unlockDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->mode(), UnlockDialog::Mode::Create);
        QVERIFY(child<QWidget>(dialog, "recoveryNote")->isVisible());
        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        auto *confirm = child<QLineEdit>(dialog, "confirmEdit");
        QVERIFY(confirm->isVisible());
        QCOMPARE(pass->echoMode(), QLineEdit::Password);
        QTest::keyClicks(pass, m_pass);
        QTest::keyClicks(confirm, m_pass);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);

        // The key derivation runs in a worker: the dialog shows that it is busy, input is off.
        QVERIFY(dialog->isBusy());
        QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
        QVERIFY(!pass->isEnabled());
        dialog->reject(); // ignored while busy
        QTRY_VERIFY_WITH_TIMEOUT(launcher.mainWindow() && launcher.mainWindow()->isVisible(),
                                 10000);
        MainWindow *window = launcher.mainWindow();
        QVERIFY(window->database());
        QVERIFY(window->database()->isOpen());
        QCOMPARE(window->database()->path(), QDir::cleanPath(path));
        QVERIFY(QFile::exists(path));
        // The connection was handed to the GUI thread: queries work here.
        QSqlQuery q(window->database()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next());
    }

    void mismatchedConfirmationCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mismatch.fdb"));
        UnlockDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *confirm = child<QLineEdit>(&dialog, "confirmEdit");
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), m_pass);
        QTest::keyClicks(confirm, m_pass + QStringLiteral("x"));
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        auto *error = child<QLabel>(&dialog, "confirmError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QCOMPARE(confirm->selectedText(), confirm->text()); // ready to type again
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog.takeDatabase());
    }

    void tooShortPassphraseIsRefusedAtTheField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("short.fdb"));
        UnlockDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("1234567"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("1234567"));
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "passphraseError")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "confirmError")->isVisible());
        QVERIFY(!QFile::exists(path));
    }

    void wrongPassphraseSaysSoThenTheRightOneOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.fdb"));
        {
            Database db;
            Error error;
            QVERIFY2(db.create(path, m_pass, &error), qPrintable(error.message));
        }
        const QByteArray before = bytes(path);

        DeskLauncher launcher(path, false);
        launcher.start();
        UnlockDialog *dialog = launcher.unlockDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->mode(), UnlockDialog::Mode::Unlock);
        QVERIFY(!child<QLineEdit>(dialog, "confirmEdit")->isVisible());
        QVERIFY(child<QLabel>(dialog, "databasePath")->text().contains(QStringLiteral(".fdb")));
        QVERIFY(child<QPushButton>(dialog, "chooseDatabaseButton")->isVisible());

        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        QTest::keyClicks(pass, QStringLiteral("not the passphrase"));
        QTest::keyClick(pass, Qt::Key_Return);
        QVERIFY(dialog->isBusy());
        auto *error = child<QLabel>(dialog, "passphraseError");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(pass->isEnabled());
        QCOMPARE(pass->selectedText(), QStringLiteral("not the passphrase"));
        QVERIFY(dialog->isVisible());
        QVERIFY(!launcher.mainWindow());
        QCOMPARE(bytes(path), before); // the file was not touched

        QTest::keyClicks(pass, m_pass); // replaces the selected text
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(launcher.mainWindow() && launcher.mainWindow()->isVisible(),
                                 10000);
        QVERIFY(launcher.mainWindow()->database()->isOpen());
    }

    void destroyedWhileBusyLeavesNoConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.fdb"));
        auto *dialog = new UnlockDialog(path);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), m_pass);
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), m_pass);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        delete dialog; // e.g. the application quits: waits for the worker, closes what it opened
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!QSqlDatabase::database(name, false).isOpen(), qPrintable(name));
        Database db; // and the file it created is whole
        Error error;
        QVERIFY2(db.open(path, m_pass, &error), qPrintable(error.message));
    }

    void cancelEndsWithoutWindow()
    {
        QTemporaryDir dir;
        DeskLauncher launcher(dir.filePath(QStringLiteral("c.fdb")), false);
        QSignalSpy cancelled(&launcher, &DeskLauncher::cancelled);
        launcher.start();
        QVERIFY(QTest::qWaitForWindowExposed(launcher.unlockDialog()));
        QTest::mouseClick(child<QPushButton>(launcher.unlockDialog(), "cancelButton"),
                          Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!launcher.mainWindow());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.fdb"))));
    }
};

QTEST_MAIN(TestGuiUnlock)
#include "tst_gui_unlock.moc"
