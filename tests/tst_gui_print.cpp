#include "app/demo/DemoData.h"
#include "db/Database.h"
#include "ui/desk/MainWindow.h"
#include "ui/print/BatchPrintDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

// Printing on the desktop: Ctrl+P is the print action of the main window (nothing selected:
// it says so), and the batch dialog writes a task's dossier to PDF in the background and
// reports the result without blocking.
class TestGuiPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("gui-print.fdb"));
        Database db;
        Error error;
        QVERIFY2(db.create(m_path, m_pass, &error), qPrintable(error.message));
        QVERIFY2(DemoData::load(db, &error), qPrintable(error.message));
    }

    void printActionIsCtrlP()
    {
        auto db = std::make_unique<Database>();
        QVERIFY(db->open(m_path, m_pass, nullptr));
        MainWindow window(std::move(db));
        auto *print = window.findChild<QAction *>(QStringLiteral("printAction"));
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        window.showArea(QStringLiteral("start"));
        print->trigger(); // nothing selected: a hint, no dialog
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    void batchDialogWritesDossier()
    {
        Database db;
        QVERIFY(db.open(m_path, m_pass, nullptr));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks WHERE state = 'closed' LIMIT 1")));
        QVERIFY(q.next());
        QWidget owner;
        BatchPrintDialog dialog(db, q.value(0).toString(), &owner);
        auto *dossier = dialog.findChildren<QRadioButton *>().at(1);
        QVERIFY(dossier->isChecked()); // a task is selected: its dossier is the default
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        dialog.findChild<QLineEdit *>(QStringLiteral("batchPdfPath"))->setText(pdf);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(owner.findChild<QMessageBox *>(QStringLiteral("printResult")),
                                 60000);
        auto *result = owner.findChild<QMessageBox *>(QStringLiteral("printResult"));
        QCOMPARE(result->icon(), QMessageBox::Information);
        QVERIFY2(result->text().contains(QStringLiteral("dossier.pdf")),
                 qPrintable(result->text()));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void batchDialogNeedsAFile()
    {
        Database db;
        QVERIFY(db.open(m_path, m_pass, nullptr));
        QWidget owner;
        BatchPrintDialog dialog(db, QString(), &owner);
        QVERIFY(!dialog.findChildren<QRadioButton *>().at(1)->isEnabled());
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        dialog.accept(); // no PDF path: a warning, the dialog stays
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QString m_pass = QStringLiteral("gui print 口令");
};

QTEST_MAIN(TestGuiPrint)
#include "tst_gui_print.moc"
