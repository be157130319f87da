#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/people/DeskSession.h"
#include "app/signing/PaperCode.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "app/utils/AppSettings.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordForm.h"
#include "ui/signing/SignDialog.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/signing/VerifyPaperDialog.h"
#include "ui/widgets/SignaturePad.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// Signing in the desktop: drawing on the pad with the mouse (undo, clear, too little ink),
// signing an NDA in the generic record editor, which then shows the locked banner and refuses
// edits; correcting it opens revision 2 as an editable draft; verifying a paper copy.
class TestGuiSigning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void padDrawsUndoesAndClears();
    void signLockAndCorrectAnNda();
    void verifyPaperDialog();
    void correctAsksWhoThenTheirPin();

private:
    // A stroke across the pad with real mouse events: press, moves with the button held,
    // release.
    static void drawStroke(QWidget *pad, const QList<QPoint> &points);
    static QList<QPoint> wave(QWidget *pad, int row);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    Database m_db;
};

void TestGuiSigning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    AppSettings().setAutoLockMinutes(0);
    Error error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("gui.fdb")), QString(64, QLatin1Char('4')),
                         &error, Database::KeyKind::RawKey),
             qPrintable(error.message));
    QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    DemoKeys::unlockAll(); // the demo people sign as if they had entered their PIN
}

void TestGuiSigning::drawStroke(QWidget *pad, const QList<QPoint> &points)
{
    QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, points.first());
    for (const QPoint &p : points) {
        QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(pad, &move);
    }
    QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, points.last());
}

QList<QPoint> TestGuiSigning::wave(QWidget *pad, int row)
{
    QList<QPoint> points;
    const int w = pad->width(), h = pad->height();
    for (int i = 0; i <= 30; ++i)
        points << QPoint(w / 10 + i * (w * 8 / 10) / 30, h / 2 + row + ((i % 2) ? -h / 5 : h / 5));
    return points;
}

void TestGuiSigning::padDrawsUndoesAndClears()
{
    SignaturePad pad;
    pad.resize(420, 158);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    QSignalSpy changed(&pad, &SignaturePad::changed);
    QVERIFY(pad.isEmpty());
    // A short tick is ink, but not a signature.
    drawStroke(&pad, {QPoint(100, 80), QPoint(110, 82), QPoint(120, 80)});
    QCOMPARE(pad.strokes().strokes.size(), 1);
    QVERIFY(!pad.hasEnoughInk());
    drawStroke(&pad, wave(&pad, 0));
    QCOMPARE(pad.strokes().strokes.size(), 2);
    QVERIFY(pad.hasEnoughInk());
    QVERIFY(changed.count() >= 2);
    // Points are in pad units, inside the pad, whatever the widget's size.
    Error error;
    QVERIFY2(pad.strokes().check(&error), qPrintable(error.message));
    QCOMPARE(pad.strokes().width, SignaturePad::Width);
    pad.undo();
    QCOMPARE(pad.strokes().strokes.size(), 1);
    QVERIFY(!pad.hasEnoughInk());
    pad.clear();
    QVERIFY(pad.isEmpty());
    // A press outside the drawing area is clamped onto the pad, not lost or outside.
    drawStroke(&pad, {QPoint(0, 0), QPoint(pad.width() - 1, pad.height() - 1)});
    QVERIFY(pad.strokes().check(&error));
}

void TestGuiSigning::signLockAndCorrectAnNda()
{
    const RecordKind &ndas = *RecordCatalog::byTable(QStringLiteral("ndas"));
    const QString nda = DemoData::idFor(QStringLiteral("nda"), QStringLiteral("jingche"));
    RecordEditorDialog dialog(ndas, m_db, nda);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SignaturePanel *panel = dialog.signaturePanel();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->isLocked());
    QVERIFY(panel->signButton()->isVisible());
    QVERIFY(!panel->correctButton()->isVisible());
    auto *version = qobject_cast<QLineEdit *>(
        dialog.form()->editor(QStringLiteral("template_version"))->widget());
    QVERIFY(version);
    QVERIFY(!version->isReadOnly());
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());

    // Sign… opens the sign dialog (modal): draw, check the choices, confirm.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *sign = qobject_cast<SignDialog *>(QApplication::activeModalWidget());
        QVERIFY(sign);
        QVERIFY(QTest::qWaitForWindowExposed(sign));
        QCOMPARE(sign->roleCombo()->currentData().toString(), QStringLiteral("custodian"));
        // The form's custodian is offered first and chosen.
        QCOMPARE(sign->signerCombo()->currentData().toString(), DemoData::personId("王婧"));
        QVERIFY(!sign->signButton()->isEnabled()); // no ink yet
        drawStroke(sign->pad(), {QPoint(60, 60), QPoint(64, 62)});
        QVERIFY(!sign->signButton()->isEnabled()); // too little
        QTest::mouseClick(sign->findChild<QPushButton *>(QStringLiteral("padClear")),
                          Qt::LeftButton);
        drawStroke(sign->pad(), wave(sign->pad(), 0));
        drawStroke(sign->pad(), wave(sign->pad(), 12));
        QTest::mouseClick(sign->findChild<QPushButton *>(QStringLiteral("padUndo")),
                          Qt::LeftButton);
        QCOMPARE(sign->pad()->strokes().strokes.size(), 1);
        QVERIFY(sign->signButton()->isEnabled());
        // The only required block: signing it locks the NDA.
        QVERIFY(sign->lockNowBox()->isChecked());
        checked = true;
        QTest::mouseClick(sign->signButton(), Qt::LeftButton);
    });
    QTest::mouseClick(panel->signButton(), Qt::LeftButton);
    QVERIFY(checked);

    bool locked = false;
    Error error;
    QVERIFY(RecordLocks(m_db).isLocked(nda, &locked, &error));
    QVERIFY(locked);
    QTRY_VERIFY(panel->isLocked());
    QVERIFY(panel->banner()->isVisible());
    QVERIFY(panel->banner()->text().contains(QStringLiteral("revision 1")));
    QVERIFY(!panel->signButton()->isVisible());
    QVERIFY(panel->correctButton()->isVisible());
    QCOMPARE(panel->findChildren<QWidget *>(QStringLiteral("signatureThumbnail")).size(), 1);
    // The editor refuses edits: read-only fields, no Save, typing changes nothing.
    QVERIFY(version->isReadOnly());
    QVERIFY(!save->isEnabled());
    const QString before = version->text();
    version->setFocus();
    QTest::keyClicks(version, QStringLiteral("x"));
    QCOMPARE(version->text(), before);
    QVERIFY(!dialog.form()->isModified());
    auto *custodian = dialog.form()->editor(QStringLiteral("custodian_id"))->widget();
    QVERIFY(!custodian->isEnabled());

    // Correct…: the reason dialog, then the editor goes on with revision 2, editable.
    QTimer::singleShot(0, this, [] {
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("客户签回：改为双方互保"));
        ask->accept();
    });
    QTest::mouseClick(panel->correctButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.recordId() != nda);
    const QString revision2 = dialog.recordId();
    int revision = 0;
    QVERIFY(RecordRevisions(m_db).revisionOf(revision2, &revision, &error));
    QCOMPARE(revision, 2);
    QCOMPARE(panel->recordId(), revision2);
    QVERIFY(!panel->isLocked());
    QVERIFY(!panel->banner()->isVisible());
    QVERIFY(panel->signButton()->isVisible());
    QVERIFY(!version->isReadOnly());
    QVERIFY(custodian->isEnabled());
    QVERIFY(save->isEnabled());
    QCOMPARE(version->text(), before); // a copy of the signed content
    version->selectAll();
    QTest::keyClicks(version, QStringLiteral("NDA-2026-v3"));
    QVERIFY(dialog.save());
    QVariantMap row;
    QVERIFY(RecordStore(m_db).get(QStringLiteral("ndas"), revision2, &row, &error));
    QCOMPARE(row.value(QStringLiteral("template_version")).toString(),
             QStringLiteral("NDA-2026-v3"));
    QVERIFY(RecordStore(m_db).get(QStringLiteral("ndas"), nda, &row, &error));
    QCOMPARE(row.value(QStringLiteral("template_version")).toString(), before);

    // The old revision opened again while the correction is a draft: still current (the
    // draft supersedes nothing until signed), read-only, no second Correct….
    {
        RecordEditorDialog old(ndas, m_db, nda);
        old.show();
        QVERIFY(QTest::qWaitForWindowExposed(&old));
        QVERIFY(old.signaturePanel()->isLocked());
        QVERIFY(!old.signaturePanel()->banner()->text().startsWith(QStringLiteral("Superseded")));
        QVERIFY2(old.signaturePanel()->banner()->text().contains(
                     QStringLiteral("stays current until the correction is signed")),
                 qPrintable(old.signaturePanel()->banner()->text()));
        QVERIFY(!old.signaturePanel()->correctButton()->isVisible());
    }
    // Revision 2 signed by the custodian: now the old one is superseded.
    RecordSigning::Signature byCustodian;
    byCustodian.role = QStringLiteral("custodian");
    byCustodian.signerId = DemoData::personId("王婧");
    byCustodian.strokes = DemoSignatures::strokes(31);
    QVERIFY2(RecordSigning(m_db).sign(ndas, revision2, byCustodian, false, nullptr, &error),
             qPrintable(error.message));
    RecordEditorDialog old(ndas, m_db, nda);
    old.show();
    QVERIFY(QTest::qWaitForWindowExposed(&old));
    QVERIFY(old.signaturePanel()->isLocked());
    QVERIFY(old.signaturePanel()->banner()->text().startsWith(QStringLiteral("Superseded")));
    QVERIFY(old.signaturePanel()->banner()->text().contains(QStringLiteral("revision is 2")));
    QVERIFY(!old.signaturePanel()->correctButton()->isVisible());
    QVERIFY(!old.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    // Kinds that are not signed forms have no panel.
    RecordEditorDialog person(*RecordCatalog::byTable(QStringLiteral("people")), m_db,
                              DemoData::personId("Robert"));
    QVERIFY(!person.signaturePanel()->isVisibleTo(&person));
}

void TestGuiSigning::verifyPaperDialog()
{
    const QString report = DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("1"));
    RecordLocks::Lock lock;
    bool found = false;
    Error error;
    QVERIFY(RecordLocks(m_db).lockOf(report, &lock, &found, &error));
    QVERIFY(found);
    VerifyPaperDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.codeEdit()->setText(
        PaperCode{report, 1, RecordFingerprint::shortHash(lock.contentHash)}.toText());
    QTest::keyClick(dialog.codeEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog.resultLabel()->text().contains(QStringLiteral("current, signed")));
    dialog.codeEdit()->setText(QStringLiteral("not a code"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("paperCheck")),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog.resultLabel()->text().contains(QStringLiteral("not a Field Desk")));
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'verify_paper'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

QTEST_MAIN(TestGuiSigning)
void TestGuiSigning::correctAsksWhoThenTheirPin()
{
    // Nobody has entered a PIN since the desk was unlocked: Correct… asks who corrects, then
    // that person's PIN (derived off the GUI thread), then why; the person is the actor.
    DeskSession::instance().clear();
    const RecordKind &ndas = *RecordCatalog::byTable(QStringLiteral("ndas"));
    QString signedNda;
    Error error;
    QVERIFY(RecordRevisions(m_db).latestOf(
        DemoData::idFor(QStringLiteral("nda"), QStringLiteral("saide")), &signedNda, &error));
    RecordEditorDialog dialog(ndas, m_db, signedNda);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SignaturePanel *panel = dialog.signaturePanel();
    QVERIFY(panel->isLocked());
    QStringList seen;
    QSet<QObject *> handled;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || handled.contains(modal))
            return;
        auto *ask = qobject_cast<QInputDialog *>(modal);
        if (ask && !ask->comboBoxItems().isEmpty()) {
            handled.insert(modal);
            seen << QStringLiteral("who");
            QVERIFY(ask->comboBoxItems().contains(QStringLiteral("王婧")));
            ask->setTextValue(QStringLiteral("王婧"));
            ask->accept();
        } else if (modal->objectName() == QLatin1String("pinPrompt")) {
            handled.insert(modal);
            seen << QStringLiteral("pin");
            modal->findChild<QLineEdit *>(QStringLiteral("pinEdit"))
                ->setText(QString::fromLatin1(DemoKeys::Pin));
            QMetaObject::invokeMethod(modal, "accept");
        } else if (ask) {
            handled.insert(modal);
            seen << QStringLiteral("why");
            ask->setTextValue(QStringLiteral("补记保险柜编号"));
            ask->accept();
        }
    });
    driver.start();
    QTest::mouseClick(panel->correctButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.recordId() != signedNda, 30000);
    driver.stop();
    QCOMPARE(seen,
             (QStringList{QStringLiteral("who"), QStringLiteral("pin"), QStringLiteral("why")}));
    const QString wang = DemoData::personId("王婧");
    QCOMPARE(DeskSession::instance().actingPersonId(), wang);
    int revision = 0;
    QVERIFY(RecordRevisions(m_db).revisionOf(dialog.recordId(), &revision, &error));
    QCOMPARE(revision, 3);
    DemoKeys::unlockAll(); // as the other tests expect
}

#include "tst_gui_signing.moc"
