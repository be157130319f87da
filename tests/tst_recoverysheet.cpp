#include "app/print/RecoverySheet.h"
#include "tests/SyncTestUtil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

// The team's recovery sheet as PDF: the recovery key as text (pdftotext finds every group of
// four) and as a QR code that decodes (zbarimg) to the team id and the whole key.
class TestRecoverySheet : public QObject
{
    Q_OBJECT
private slots:
    void pdfCarriesKeyAsTextAndQr()
    {
        SyncTestUtil::Team team;
        QString problem;
        QVERIFY2(team.setUp(1, &problem), qPrintable(problem));
        Database &db = *team.devices[0];
        const QString pdf = team.dir.filePath(QStringLiteral("sheet.pdf"));
        Error error;
        QVERIFY2(RecoverySheet::writePdf(db, pdf, &error), qPrintable(error.message));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString key = db.meta(QStringLiteral("sync_team_key")).toUpper();
        QCOMPARE(key.size(), 64);
        QCOMPARE(RecoverySheet::qrText(db),
                 QStringLiteral("FIELDDESK-RECOVERY:%1:%2").arg(SyncTeam::teamId(db), key));
        // A folder that cannot be written is refused with a message naming the file.
        QVERIFY(!RecoverySheet::writePdf(db, team.dir.filePath("missing/dir/sheet.pdf"), &error));
        QVERIFY(error.message.contains(QStringLiteral("sheet.pdf")));
        // Never over the database (the sheet is written where people choose), even when
        // overwriting another file is what they asked for.
        const QByteArray before = [&] {
            QFile f(db.path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!before.isEmpty());
        QVERIFY(!RecoverySheet::writePdf(db, db.path(), &error, true));
        QVERIFY(!RecoverySheet::writePdf(db, db.path() + QStringLiteral("-wal"), &error, true));
        QFile same(db.path());
        QVERIFY(same.open(QIODevice::ReadOnly));
        QCOMPARE(same.readAll(), before);

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (pdftotext.isEmpty() || pdftoppm.isEmpty() || zbarimg.isEmpty())
            QSKIP("poppler-utils or zbar-tools is not installed");
        QProcess text;
        text.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (int i = 0; i < 64; i += 4)
            QVERIFY2(content.contains(key.mid(i, 4)), qPrintable(key.mid(i, 4)));
        QVERIFY(content.contains(SyncTeam::teamId(db)));

        QVERIFY(RecoverySheet::hasQrCode());
        const QString prefix = team.dir.filePath(QStringLiteral("sheet"));
        QProcess raster;
        raster.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), pdf, prefix});
        QVERIFY(raster.waitForFinished(60000));
        QCOMPARE(raster.exitCode(), 0);
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                             prefix + QStringLiteral(".png")});
        QVERIFY(zbar.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(),
                 RecoverySheet::qrText(db));
    }
};

QTEST_MAIN(TestRecoverySheet)
#include "tst_recoverysheet.moc"
