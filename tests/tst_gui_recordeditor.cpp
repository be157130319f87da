#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/AttachmentStore.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/UnlockDialog.h"
#include "ui/records/AttachmentField.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"
#include "ui/records/ReferenceCombo.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/OptionalDateTimeEdit.h"
#include "ui/widgets/ScanViewerDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The record editors in the real main window: creating a customer, a required field left
// empty, a person's roles and training, an NDA with its scanned copy, the question before
// closing with unsaved changes, and typing kept across a lock.
using GuiTestUtil::child;

class TestGuiRecordEditor : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = u"correct horse battery"_s;
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;
    QString m_personId;
    QString m_customerId;

    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }
    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static RecordEditorDialog *editor(MainWindow &w) { return w.findChild<RecordEditorDialog *>(); }
    // The editor that just opened, once it has the keyboard.
    static RecordEditorDialog *openedEditor(MainWindow &w)
    {
        // Active for QApplication too, so Ctrl+S and Esc reach the dialog's shortcuts.
        if (!QTest::qWaitFor([&w] {
                return editor(w) && editor(w)->isVisible() &&
                       QApplication::activeWindow() == editor(w);
            }))
            qFatal("no editor opened");
        return editor(w);
    }
    // Everything a save writes, so "nothing was written" is one comparison.
    static QString writes(Database &db)
    {
        return u"%1/%2/%3"_s.arg(count(db, u"SELECT count(*) FROM change_log"_s))
            .arg(count(db, u"SELECT count(*) FROM audit_log"_s))
            .arg(count(db, u"SELECT count(*) FROM attachments"_s));
    }
    // Answers the next Save / Discard / Cancel question with button.
    static void answerPrompt(QMessageBox::StandardButton button, bool *asked)
    {
        QTimer::singleShot(50, qApp, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"unsavedPrompt"_s) {
                answerPrompt(button, asked); // not there yet
                return;
            }
            *asked = true;
            box->button(button)->click();
        });
    }
    static void selectRow(QTableView *table, const QString &text)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == text) {
                table->setCurrentIndex(table->model()->index(r, 0));
                return;
            }
        }
        qFatal("no row %s", qPrintable(text));
    }

    // A scanned copy as a real PDF: pages with a line of text each.
    static QByteArray scannedPdf(const QString &text, int pages = 1)
    {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::AlignCenter,
                             text);
        }
        painter.end();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        AppSettings().setAutoLockMinutes(0);
        m_path = m_dir.filePath(u"editor.fdb"_s);
        Database db;
        Error error;
        QVERIFY2(db.create(m_path, m_pass, &error), qPrintable(error.message));
        RecordStore store(db);
        m_customerId = RecordStore::newId();
        QVERIFY(store.insert(u"customers"_s, m_customerId,
                             {{u"name"_s, u"赛德化学（苏州）有限公司"_s},
                              {u"tier"_s, u"A"_s},
                              {u"kind"_s, u"oem"_s}},
                             &error));
        m_personId = RecordStore::newId();
        QVERIFY(store.insert(u"people"_s, m_personId,
                             {{u"name"_s, u"周文彬"_s}, {u"roles"_s, u"[\"sales\"]"_s}}, &error));
        QVERIFY(store.insert(u"people"_s, RecordStore::newId(),
                             {{u"name"_s, u"王婧"_s}, {u"roles"_s, u"[\"admin\"]"_s}}, &error));
    }

    void createCustomerThroughTheDialog()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(u"customers"_s);
        RecordListPage *list = w.listPage(u"customers"_s);
        QVERIFY(list->canCreate());
        const int rows = list->view()->model()->rowCount();

        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        RecordEditorDialog *dialog = openedEditor(w);
        QVERIFY(dialog->isNew());
        // The first field has the focus; typing goes there.
        auto *name = child<QLineEdit>(dialog, u"field_name"_s);
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, u"Hefei Clearview Materials"_s);
        QInputMethodEvent chinese;
        chinese.setCommitString(u" 合肥澄明"_s);
        QApplication::sendEvent(name, &chinese);
        // Tab walks the fields in their declared order.
        QTest::keyClick(name, Qt::Key_Tab);
        QTRY_VERIFY(child<QLineEdit>(dialog, u"field_short_name"_s)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(child<QComboBox>(dialog, u"field_tier"_s)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(child<QComboBox>(dialog, u"field_kind"_s)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"hasValue"_s); // first order
        auto *tier = child<QComboBox>(dialog, u"field_tier"_s);
        QCOMPARE(tier->currentIndex(), -1); // a tier is chosen, never assumed
        tier->setCurrentIndex(tier->findData(u"C"_s));
        auto *kind = child<QComboBox>(dialog, u"field_kind"_s);
        kind->setCurrentIndex(kind->findData(u"customer"_s));
        QVERIFY(dialog->form()->isModified());

        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor(w));
        QTRY_COMPARE(list->view()->model()->rowCount(), rows + 1); // read again in the background
        QVariantMap stored;
        Error error;
        QSqlQuery q(w.database()->sql());
        QVERIFY(q.exec(u"SELECT id, tier, kind FROM customers WHERE name = "
                       "'Hefei Clearview Materials 合肥澄明'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), u"C"_s);
        QCOMPARE(q.value(2).toString(), u"customer"_s);
        QVERIFY(count(*w.database(), u"SELECT count(*) FROM audit_log WHERE action = 'create' "
                                     "AND record_id = '%1'"_s.arg(q.value(0).toString())) == 1);
    }

    void requiredFieldIsShownAtTheFieldAndNothingWritten()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(u"customers"_s);
        const QString before = writes(*w.database());
        child<QPushButton>(w.listPage(u"customers"_s), u"newButton"_s)->click();
        RecordEditorDialog *dialog = openedEditor(w);
        auto *tier = child<QComboBox>(dialog, u"field_tier"_s);
        tier->setCurrentIndex(tier->findData(u"B"_s));
        auto *notes = child<QWidget>(dialog, u"field_notes"_s);
        notes->setFocus();

        child<QPushButton>(dialog, u"saveButton"_s)->click();
        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, u"error_name"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Name"_s), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"required"_s));
        QTRY_VERIFY(child<QLineEdit>(dialog, u"field_name"_s)->hasFocus());
        // The kind was left empty too: also marked, at its own field.
        QVERIFY(child<QLabel>(dialog, u"error_kind"_s)->isVisible());
        QVERIFY(!child<QLabel>(dialog, u"error_tier"_s)->isVisible());
        QCOMPARE(writes(*w.database()), before);

        // Typing clears the mark; a 1 MB paste is cut at the field's limit.
        auto *name = child<QLineEdit>(dialog, u"field_name"_s);
        QTest::keyClicks(name, u"x"_s);
        QVERIFY(!error->isVisible());
        name->setText(QString(1 << 20, QLatin1Char('y')));
        QCOMPARE(name->text().size(), 200);
        dialog->discard();
        QCOMPARE(writes(*w.database()), before);
    }

    void editAPersonsRolesAndTraining()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(u"people"_s);
        QTableView *table = w.listPage(u"people"_s)->view();
        selectRow(table, u"周文彬"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        RecordEditorDialog *dialog = openedEditor(w);
        QCOMPARE(dialog->recordId(), m_personId);
        QCOMPARE(child<QLineEdit>(dialog, u"field_name"_s)->text(), u"周文彬"_s);

        auto *roles = child<CheckList>(dialog, u"field_roles"_s);
        QCOMPARE(roles->checkedValues(), QStringList{u"sales"_s});
        roles->itemForValue(u"sales"_s)->setCheckState(Qt::Unchecked);
        roles->itemForValue(u"engineer"_s)->setCheckState(Qt::Checked);
        auto *training = child<CheckList>(dialog, u"field_training"_s);
        QCOMPARE(training->count(), 7);
        auto *note = child<QLabel>(dialog, u"note_training"_s);
        // The certification is courses 1–5 and 7 (24 h); course 6 counts no hours.
        QVERIFY2(note->text().contains(u"0 of 24 h"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"HF first aid not done"_s), qPrintable(note->text()));
        for (const char *course : {"sop_reading", "nda_secrets", "knowhow_blackbox"})
            training->itemForValue(QLatin1String(course))->setCheckState(Qt::Checked);
        QVERIFY2(note->text().contains(u"12 of 24 h"_s), qPrintable(note->text()));
        training->itemForValue(u"emergency_hf"_s)->setCheckState(Qt::Checked);
        QVERIFY2(note->text().contains(u"12 of 24 h"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"HF first aid done"_s), qPrintable(note->text()));
        QVERIFY(dialog->windowTitle().contains(u"周文彬"_s));
        QVERIFY(dialog->isWindowModified());

        const qint64 changesBefore = count(*w.database(), u"SELECT count(*) FROM change_log"_s);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor(w));
        QVariantMap person;
        Error error;
        QVERIFY(RecordStore(*w.database()).get(u"people"_s, m_personId, &person, &error));
        QCOMPARE(FieldCodec::listValues(person.value(u"roles"_s)), QStringList{u"engineer"_s});
        QCOMPARE(FieldCodec::listValues(person.value(u"training"_s)).size(), 4);
        // Only what changed was written: roles and training.
        QCOMPARE(count(*w.database(), u"SELECT count(*) FROM change_log"_s), changesBefore + 2);
        // The list shows the new role.
        selectRow(table, u"周文彬"_s);
    }

    void ndaWithItsScannedCopy()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(u"ndas"_s);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        RecordEditorDialog *dialog = openedEditor(w);
        QCOMPARE(dialog->kind().array, u"ndas"_s);

        // The counterparty is found by typing part of its name.
        auto *counterparty = child<ReferenceCombo>(dialog, u"field_counterparty_id"_s);
        counterparty->setFocus();
        QInputMethodEvent typed;
        typed.setCommitString(u"苏州"_s);
        QApplication::sendEvent(counterparty->lineEdit(), &typed);
        QAbstractItemView *popup = counterparty->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1); // only the customer in Suzhou
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(counterparty->currentText().startsWith(u"赛德"_s));
        QCOMPARE(counterparty->currentId(), m_customerId);
        child<CheckList>(dialog, u"field_scope"_s)
            ->itemForValue(u"mutual"_s)
            ->setCheckState(Qt::Checked);
        QTest::keyClicks(child<QLineEdit>(dialog, u"field_template_version"_s), u"NDA-2026-v2"_s);
        auto *custodian = child<ReferenceCombo>(dialog, u"field_custodian_id"_s);
        custodian->setCurrentIndex(custodian->findText(u"王婧"_s));

        auto *attachment = child<AttachmentField>(dialog, u"field_attachment_id"_s);
        QVERIFY(!child<QPushButton>(attachment, u"openAttachmentButton"_s)->isEnabled());
        // Too large: said at the field, nothing attached.
        const QString huge = m_dir.filePath(u"huge.pdf"_s);
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(AttachmentStore::MaxSize + 1));
        }
        Error error;
        QVERIFY(!attachment->attachFile(huge, &error));
        QVERIFY(error.message.contains(u"huge.pdf"_s));
        QVERIFY(attachment->attachmentId().isEmpty());

        const QByteArray scan = scannedPdf(u"NDA 赛德 签字页 SENTINEL-GUI-4471"_s);
        const QString path = m_dir.filePath(u"NDA 赛德 签字版.pdf"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(scan);
        }
        const QString before = writes(*w.database());
        QVERIFY2(attachment->attachFile(path, &error), qPrintable(error.message));
        QCOMPARE(writes(*w.database()), before); // held until the NDA is saved
        auto *info = child<QLabel>(attachment, u"attachmentInfo"_s);
        QVERIFY2(info->text().contains(u"NDA 赛德 签字版.pdf"_s), qPrintable(info->text()));
        QVERIFY(child<QPushButton>(attachment, u"openAttachmentButton"_s)->isEnabled());

        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor(w));
        QSqlQuery q(w.database()->sql());
        QVERIFY(q.exec(u"SELECT id, attachment_id, scope, counterparty_id FROM ndas"_s));
        QVERIFY(q.next());
        const QString ndaId = q.value(0).toString();
        const QString attachmentId = q.value(1).toString();
        QVERIFY(!attachmentId.isEmpty());
        QCOMPARE(q.value(2).toString(), u"[\"mutual\"]"_s);
        QCOMPARE(q.value(3).toString(), m_customerId);
        QByteArray stored;
        QVERIFY2(AttachmentStore(*w.database()).read(attachmentId, &stored, &error),
                 qPrintable(error.message));
        QCOMPARE(stored, scan);

        // Opened again: the copy is shown and "Open" shows it in Field Desk's viewer, from
        // memory: no file in the temporary folder holds the plaintext scan.
        QTRY_VERIFY(w.listPage(u"ndas"_s)->view()->model()->rowCount() == 1); // read again
        QTableView *table = w.listPage(u"ndas"_s)->view();
        table->setCurrentIndex(table->model()->index(0, 0));
        emit table->activated(table->currentIndex());
        QCOMPARE(openedEditor(w)->recordId(), ndaId);
        attachment = child<AttachmentField>(editor(w), u"field_attachment_id"_s);
        QVERIFY(child<QLabel>(attachment, u"attachmentInfo"_s)
                    ->text()
                    .contains(u"NDA 赛德 签字版.pdf"_s));
        const auto tempFiles = [] {
            QStringList out;
            QDirIterator it(QDir::tempPath(), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                out << it.next();
            return out;
        };
        const QStringList tempBefore = tempFiles();
        child<QPushButton>(attachment, u"openAttachmentButton"_s)->click();
        auto *viewer = attachment->findChild<ScanViewerDialog *>();
        QVERIFY(viewer);
        QTRY_VERIFY(viewer->isVisible());
        QVERIFY2(viewer->problem().isEmpty(), qPrintable(viewer->problem()));
        QCOMPARE(viewer->pageCount(), 1);
        QVERIFY(!viewer->pageImage().isNull());
        QTRY_VERIFY(viewer->pageImage().width() > 300); // fits the width once shown
        for (const QString &file : tempFiles()) {
            if (tempBefore.contains(file))
                continue;
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(scan.left(400)), qPrintable(file));
        }
        editor(w)->reject(); // nothing changed: closes without asking
        QTRY_VERIFY(!editor(w));
    }

    void damagedScanIsSaidNotShown()
    {
        ScanViewerDialog viewer("%PDF-1.4 not really a PDF %%EOF", u"bad.pdf"_s);
        QCOMPARE(viewer.pageCount(), 0);
        QVERIFY(viewer.problem().contains(u"cannot be shown"_s));
        ScanViewerDialog text("just text", u"notes.txt"_s);
        QCOMPARE(text.pageCount(), 0);
        QVERIFY(text.problem().contains(u"neither a PDF nor an image"_s));
        // A two-page PDF pages with the buttons.
        ScanViewerDialog two(scannedPdf(u"第一页"_s, 2), u"two.pdf"_s);
        QCOMPARE(two.pageCount(), 2);
        two.showPage(1);
        QCOMPARE(two.currentPage(), 1);
        two.showPage(5); // out of range: stays
        QCOMPARE(two.currentPage(), 1);
        const int width = two.pageImage().width();
        two.zoomBy(2);
        QVERIFY(two.pageImage().width() > width);
    }

    void unsavedChangesAskBeforeClosing()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(u"customers"_s);
        QTableView *table = w.listPage(u"customers"_s)->view();
        selectRow(table, u"赛德化学（苏州）有限公司"_s);
        emit table->activated(table->currentIndex());
        RecordEditorDialog *dialog = openedEditor(w);
        auto *region = child<QLineEdit>(dialog, u"field_region"_s);
        QTest::keyClicks(region, u"Suzhou"_s);
        const QString before = writes(*w.database());

        // Esc → Cancel: still editing, the text still there.
        bool asked = false;
        answerPrompt(QMessageBox::Cancel, &asked);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(dialog->isVisible());
        QCOMPARE(region->text(), u"Suzhou"_s);

        // Close button → Discard: closed, nothing written.
        asked = false;
        answerPrompt(QMessageBox::Discard, &asked);
        dialog->close();
        QVERIFY(asked);
        QTRY_VERIFY(!editor(w));
        QCOMPARE(writes(*w.database()), before);

        // Again, answering Save: written.
        emit table->activated(table->currentIndex());
        dialog = openedEditor(w);
        QInputMethodEvent region2;
        region2.setCommitString(u"江苏 苏州"_s);
        QApplication::sendEvent(child<QLineEdit>(dialog, u"field_region"_s), &region2);
        asked = false;
        answerPrompt(QMessageBox::Save, &asked);
        child<QPushButton>(dialog, u"cancelButton"_s)->click();
        QVERIFY(asked);
        QTRY_VERIFY(!editor(w));
        QSqlQuery q(w.database()->sql());
        QVERIFY(q.exec(u"SELECT region FROM customers WHERE id = '%1'"_s.arg(m_customerId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"江苏 苏州"_s);
    }

    void dateTimesKeepTheirOffset()
    {
        const RecordKind *tasks = RecordCatalog::byArray(u"tasks"_s);
        QVERIFY(tasks);
        QWidget parent;
        FormFieldEditor editor(*tasks->field(u"requested_at"_s), nullptr, &parent);
        // Unchanged, the stored text stays as it was, whatever this machine's time zone.
        editor.setValue(u"2026-11-20T17:00:00+08:00"_s);
        QCOMPARE(editor.value().toString(), u"2026-11-20T17:00:00+08:00"_s);
        // The edit shows the record's own wall clock (17:00, China time), whatever this
        // machine's time zone; changed, it is written in the record's offset, as ISO 8601.
        auto *edit = parent.findChild<OptionalDateTimeEdit *>();
        QVERIFY(edit && edit->hasValue());
        QCOMPARE(edit->dateTime().time(), QTime(17, 0));
        edit->setDateTime(QDateTime(QDate(2026, 11, 21), QTime(9, 30)));
        const QString stored = editor.value().toString();
        QVERIFY2(FieldCodec::isIsoDateTimeWithOffset(stored), qPrintable(stored));
        QCOMPARE(stored, u"2026-11-21T09:30:00+08:00"_s);
        // A required date-time has no "empty" check box; an optional one empties to NULL.
        QVERIFY(!edit->checkBox());
        FormFieldEditor optional(*tasks->field(u"onsite_end"_s), nullptr, &parent);
        optional.setValue(u"2026-11-22T18:00:00+08:00"_s);
        auto *optionalEdit = qobject_cast<OptionalDateTimeEdit *>(optional.widget());
        QVERIFY(optionalEdit && optionalEdit->checkBox());
        optionalEdit->checkBox()->click();
        QVERIFY(optional.value().isNull());
        QVERIFY(FieldCodec::validate(*tasks->field(u"onsite_end"_s), optional.value(), QString(),
                                     nullptr));
        optionalEdit->checkBox()->click(); // back: the value it had
        QCOMPARE(optional.value().toString(), u"2026-11-22T18:00:00+08:00"_s);
    }

    void typingSurvivesALock()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(u"holidays"_s);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QInputMethodEvent holiday;
        holiday.setCommitString(u"元旦"_s);
        QApplication::sendEvent(child<QLineEdit>(openedEditor(w), u"field_name"_s), &holiday);

        w.lock();
        QVERIFY(w.isLocked());
        QVERIFY(!editor(w)); // closed without asking
        QTRY_VERIFY(w.unlockDialog() && w.unlockDialog()->isVisible());
        QTest::keyClicks(child<QLineEdit>(w.unlockDialog(), u"passphraseEdit"_s), m_pass);
        child<QPushButton>(w.unlockDialog(), u"okButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 10000);
        QTRY_VERIFY(editor(w) && editor(w)->isVisible());
        QCOMPARE(child<QLineEdit>(editor(w), u"field_name"_s)->text(), u"元旦"_s);
        QVERIFY(editor(w)->form()->isModified());
        editor(w)->discard();
    }
};

QTEST_MAIN(TestGuiRecordEditor)
#include "tst_gui_recordeditor.moc"
