#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/desk/AreaCatalog.h"
#include "ui/desk/IdleLock.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/SettingsDialog.h"
#include "ui/desk/UnlockDialog.h"
#include "ui/records/RecordListPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The main window on a real database: navigation, the customer list, search, column state,
// locking by hand and after idle time, settings.
class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private:
    // Typed with key events, so ASCII: an input method does not feed password fields.
    const QString m_pass = QStringLiteral("correct horse battery");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;

    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static QTableView *customerTable(MainWindow &w)
    {
        return w.listPage(QStringLiteral("customers"))->view();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this process only: suites may run in parallel.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        AppSettings settings;
        settings.setListColumnState(QStringLiteral("customers"), QByteArray());
        settings.setAutoLockMinutes(AppSettings::DefaultAutoLockMinutes);
        m_path = m_dir.filePath(QStringLiteral("desk.fdb"));
        Database db;
        Error error;
        QVERIFY2(db.create(m_path, m_pass, &error), qPrintable(error.message));
        RecordStore store(db);
        const QList<QStringList> customers = {{"赛德半导体", "A", "oem"},
                                              {"恒煦科技", "A", "customer"},
                                              {"北京至毅", "B", "customer"}};
        for (const QStringList &c : customers) {
            QVERIFY2(store.insert(QStringLiteral("customers"), RecordStore::newId(),
                                  {{"name", c.at(0)}, {"tier", c.at(1)}, {"kind", c.at(2)}},
                                  &error),
                     qPrintable(error.message));
        }
    }

    void navigationHasEveryArea()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        auto *nav = child<QListWidget>(&w, "navigation");
        QStringList keys;
        for (int i = 0; i < nav->count(); ++i) {
            QListWidgetItem *item = nav->item(i);
            const QString key = item->data(Qt::UserRole).toString();
            if (key.isEmpty()) { // a group heading
                QVERIFY(!(item->flags() & Qt::ItemIsSelectable));
                continue;
            }
            QVERIFY2(!item->text().isEmpty(), qPrintable(key));
            QVERIFY2(!item->icon().isNull(), qPrintable(key));
            keys << key;
        }
        // clang-format off
        const QStringList expected = {"start", "tasks", "briefing", "service_report",
                                      "daily_reports", "anomalies", "callbacks", "ndas",
                                      "expense_claims", "customers", "people", "holidays",
                                      "knowhow", "kpi", "monthly_reviews", "complaints",
                                      "knowhow_incidents", "proactive_plan", "conflicts"};
        // clang-format on
        QCOMPARE(keys, expected);
        // Every area opens a page of its own.
        auto *pages = child<QStackedWidget>(&w, "pages");
        QSet<QWidget *> seen;
        for (const QString &key : expected) {
            w.showArea(key);
            QCOMPARE(w.currentArea(), key);
            QVERIFY2(!seen.contains(pages->currentWidget()), qPrintable(key));
            seen.insert(pages->currentWidget());
        }
    }

    void startPageShowsTheDatabase()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        QCOMPARE(child<QLabel>(&w, "count_customers")->text(), QStringLiteral("3"));
        QCOMPARE(child<QLabel>(&w, "startDeviceId")->text(), w.database()->deviceId());
        QVERIFY(!child<QLabel>(&w, "startCipherVersion")->text().isEmpty());
        QVERIFY(!child<QLabel>(&w, "auditStatus")->text().isEmpty());
        QVERIFY(child<QLabel>(&w, "databaseStatus")->text().contains(QStringLiteral("desk.fdb")));
        QVERIFY(!child<QLabel>(&w, "syncStatus")->text().isEmpty());
    }

    // A batched import killed halfway leaves a mark; the start page says what to do.
    void startPageSaysAnImportDidNotFinish()
    {
        {
            // The start page's figures come from the background reader: wait for them.
            MainWindow w(openDb());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_VERIFY(!w.isReading());
            QVERIFY(child<QLabel>(&w, "importWarning")->isHidden());
        }
        const QString key = QStringLiteral("import_unfinished:0123456789abcdef");
        {
            std::unique_ptr<Database> db = openDb();
            Error error;
            QVERIFY(db->setMeta(key,
                                QStringLiteral("{\"file\":\"ten-years.json\",\"started_at\":"
                                               "\"2026-12-07T10:00:00\",\"records\":110330}"),
                                &error));
        }
        {
            MainWindow w(openDb());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QLabel *warning = child<QLabel>(&w, "importWarning");
            QTRY_VERIFY(!warning->isHidden());
            QVERIFY2(warning->text().contains(QStringLiteral("ten-years.json")),
                     qPrintable(warning->text()));
        }
        std::unique_ptr<Database> db = openDb();
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(key)));
    }

    void customerListShowsRowsAndFilters()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(QStringLiteral("customers"));
        QTableView *table = customerTable(w);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 3);
        QStringList names;
        for (int r = 0; r < 3; ++r)
            names << table->model()->index(r, 0).data().toString();
        QVERIFY(names.contains(QStringLiteral("恒煦科技")));
        QVERIFY(table->isSortingEnabled());

        // Ctrl+F goes to the search box; typing filters.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto *search = w.listPage(QStringLiteral("customers"))
                           ->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_VERIFY(search->hasFocus());
        // Chinese arrives from the input method as a committed string.
        QInputMethodEvent chinese;
        chinese.setCommitString(QStringLiteral("恒煦"));
        QApplication::sendEvent(search, &chinese);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("恒煦科技"));
        search->clear();
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void columnChoiceIsRemembered()
    {
        {
            MainWindow w(openDb());
            QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
            QHeaderView *header = customerTable(w)->horizontalHeader();
            QVERIFY(!header->isSectionHidden(1));
            header->setSectionHidden(1, true);
            w.listPage(QStringLiteral("customers"))->saveColumnState();
        }
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        QVERIFY(customerTable(w)->horizontalHeader()->isSectionHidden(1));
        customerTable(w)->horizontalHeader()->setSectionHidden(1, false);
    }

    void lockClosesAndUnlockReopens()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(QStringLiteral("customers"));
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        QVERIFY(!w.database());
        QCOMPARE(customerTable(w)->model()->rowCount(), 0); // nothing left to read
        QVERIFY(child<QWidget>(&w, "lockedPage")->isVisible());
        QVERIFY(!customerTable(w)->isVisible());

        QTRY_VERIFY(w.unlockDialog() && w.unlockDialog()->isVisible());
        UnlockDialog *dialog = w.unlockDialog();
        QCOMPARE(dialog->databasePath(), QDir::cleanPath(m_path));
        QVERIFY(!child<QPushButton>(dialog, "chooseDatabaseButton")->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), m_pass);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 10000);
        QCOMPARE(w.currentArea(), QStringLiteral("customers"));
        QTRY_COMPARE(customerTable(w)->model()->rowCount(), 3);
        QVERIFY(customerTable(w)->isVisible());
    }

    void locksAfterIdleTime()
    {
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.idleLock()->setTimeoutMilliseconds(300);
        QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 5000);
        QTRY_VERIFY(w.unlockDialog());
        QVERIFY(!w.idleLock()->isEnabled());
    }

    void inputKeepsItUnlocked()
    {
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.idleLock()->setTimeoutMilliseconds(600);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(200);
            QTest::mouseMove(&w, QPoint(10 + i, 10 + i));
        }
        QVERIFY(!w.isLocked());
    }

    void settingsAreSaved()
    {
        SettingsDialog dialog;
        auto *spin = child<QSpinBox>(&dialog, "autoLockSpin");
        spin->setValue(0);
        child<QLineEdit>(&dialog, "shareFolderEdit")
            ->setText(m_dir.filePath(QStringLiteral("share")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        AppSettings settings;
        QCOMPARE(settings.autoLockMinutes(), 0);
        QCOMPARE(settings.shareFolder(), m_dir.filePath(QStringLiteral("share")));
        settings.setAutoLockMinutes(AppSettings::DefaultAutoLockMinutes);
        settings.setShareFolder(QString());

        SettingsDialog relative;
        child<QLineEdit>(&relative, "shareFolderEdit")->setText(QStringLiteral("not/absolute"));
        relative.accept();
        QVERIFY(relative.result() != QDialog::Accepted);
        QVERIFY(!child<QLabel>(&relative, "shareFolderError")->text().isEmpty());
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
