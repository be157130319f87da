#include "app/demo/DemoData.h"
#include "app/sync/SyncTeam.h"
#include "db/Database.h"
#include "tests/SyncTestUtil.h"
#include "ui/desk/DeskLauncher.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/RecoverDeskDialog.h"
#include "ui/desk/UnlockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace SyncTestUtil;

// Rebuilding a lost desk from the unlock dialog, as a person would: the dialog offered where a
// new database would be created, the shared folder and the recovery sheet typed in, wrong input
// refused at its field with nothing written, and the rebuilt desk opening in the main window
// with exactly the records the team had.
class TestGuiRecoverDesk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    const QString m_pass = QStringLiteral("new start after the fire");

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void rebuildFromTheUnlockDialog()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(1, &problem), qPrintable(problem));
        Error error;
        QVERIFY2(DemoData::load(*team.devices[0], &error), qPrintable(error.message));
        const SyncReport round = team.sync(0);
        QVERIFY2(round.errors.isEmpty(), qPrintable(round.toText()));
        const QByteArray expected = exportHash(*team.devices[0]);
        const QString sheet = SyncTeam::recoverySheetText(*team.devices[0]);
        {
            const QString lost = team.devices[0]->path();
            team.devices[0]->close();
            QVERIFY(QFile::remove(lost));
            team.devices.clear();
        }

        const QString path = team.dir.filePath(QStringLiteral("rebuilt.fdb"));
        DeskLauncher launcher(path, false);
        launcher.setShareFolderOverride(team.share);
        launcher.start();
        UnlockDialog *unlock = launcher.unlockDialog();
        QVERIFY(unlock);
        QVERIFY(QTest::qWaitForWindowExposed(unlock));
        auto *rebuildButton = child<QPushButton>(unlock, "recoverButton");
        QVERIFY(rebuildButton->isVisible()); // offered because no database is at the path
        QTest::mouseClick(rebuildButton, Qt::LeftButton);
        QTRY_VERIFY(unlock->findChild<RecoverDeskDialog *>());
        auto *dialog = unlock->findChild<RecoverDeskDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        // The share comes from the desk's share setting.
        auto *share = child<QLineEdit>(dialog, "shareEdit");
        QCOMPARE(QDir::fromNativeSeparators(share->text()), team.share);
        auto *key = child<QPlainTextEdit>(dialog, "keyEdit");
        auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
        auto *confirm = child<QLineEdit>(dialog, "confirmEdit");
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *keyError = child<QLabel>(dialog, "keyError");

        // Not a key at all: refused at the field before anything runs.
        key->setPlainText(QStringLiteral("1234 5678"));
        QTest::keyClicks(pass, m_pass);
        QTest::keyClicks(confirm, m_pass);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(keyError->isVisible());
        QVERIFY(!dialog->isBusy());
        QVERIFY(!QFileInfo::exists(path));

        // A well-formed key of another team: refused by the team's files, nothing left behind.
        key->setPlainText(QString(64, QLatin1Char('f')));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        QTRY_VERIFY(keyError->isVisible());
        QVERIFY(!keyError->text().isEmpty());
        QVERIFY(!QFileInfo::exists(path));

        // The sheet's text as it was printed: the desk is rebuilt.
        key->setPlainText(sheet);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 120000);
        QVERIFY2(!keyError->isVisible(), qPrintable(keyError->text()));
        QVERIFY2(!dialog->summary().isEmpty(),
                 qPrintable(child<QLabel>(dialog, "generalError")->text()));
        QVERIFY(QFileInfo::exists(path));
        // Rebuilt is opened, not thrown away: Cancel is gone and Escape does nothing.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(launcher.mainWindow() && launcher.mainWindow()->isVisible(),
                                 30000);
        Database *db = launcher.mainWindow()->database();
        QVERIFY(db);
        QCOMPARE(exportHash(*db), expected);
        QVERIFY(!SyncTeam::teamId(*db).isEmpty());
        launcher.mainWindow()->close();
        // The new passphrase opens the rebuilt file.
        Database reopened;
        QVERIFY2(reopened.open(path, m_pass, &error), qPrintable(error.message));
    }
};

QTEST_MAIN(TestGuiRecoverDesk)
#include "tst_gui_recoverdesk.moc"
