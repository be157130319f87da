#include "app/demo/DemoSignatures.h"

#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "app/signing/SignatureStrokes.h"
#include "db/RecordStore.h"

#include <QtMath>

namespace {

struct DemoSigner
{
    const char *role;
    const char *person; // nullptr: none
    const char *at;     // China time
};

bool signAll(Database &db, const char *table, const QString &id, const QList<DemoSigner> &signers,
             int seed, Error *error)
{
    bool locked = false;
    if (!RecordLocks(db).isLocked(id, &locked, error))
        return false;
    if (locked)
        return true; // signed by an earlier run
    const RecordKind *kind = RecordCatalog::byTable(QString::fromLatin1(table));
    RecordSigning signing(db);
    for (const DemoSigner &s : signers) {
        RecordSigning::Signature signature;
        signature.role = QString::fromLatin1(s.role);
        signature.signerId = DemoData::personId(s.person);
        signature.strokes = DemoSignatures::strokes(seed++);
        signature.signedAt = QDateTime::fromString(DemoData::chinaTime(s.at), Qt::ISODate);
        if (s.person)
            signature.key = DemoKeys::unlocked(QString::fromUtf8(s.person));
        if (!signing.sign(*kind, id, signature, false, nullptr, error))
            return false;
    }
    return true;
}

// Robert's daily report of 14 May (task 1), signed that evening, then corrected: the film
// thickness figures measured on the new batch were missing. The correction is signed too.
bool correctDailyReport(Database &db, Error *error)
{
    const QString report =
        DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-14"));
    if (!signAll(db, "daily_reports", report, {{"engineer", "Robert", "2026-05-14T16:25:00"}}, 7,
                 error))
        return false;
    QString newer;
    if (!RecordRevisions(db).latestOf(report, &newer, error))
        return false;
    if (newer != report)
        return true;
    const RecordKind *kind = RecordCatalog::byTable(QStringLiteral("daily_reports"));
    QString revision2;
    if (!RecordSigning(db).correct(*kind, report, QStringLiteral("补记批号 240612 之膜厚量测值。"),
                                   &revision2, error,
                                   DemoKeys::unlocked(QStringLiteral("Robert"))) ||
        !RecordStore(db).update(
            QStringLiteral("daily_reports"), revision2,
            {{QStringLiteral("findings"),
              QStringLiteral("新批号膜厚均匀度恢复至规格内（平均 2.41 µm，极差 0.06 µm），确认与"
                             "批号 240501 黏度偏高有关")}},
            error))
        return false;
    return signAll(db, "daily_reports", revision2, {{"engineer", "Robert", "2026-05-20T09:10:00"}},
                   8, error);
}

} // namespace

SignatureStrokes DemoSignatures::strokes(int seed)
{
    SignatureStrokes s;
    s.width = 320;
    s.height = 120;
    // A cursive line of loops, then a crossing stroke and an underline flourish.
    QPolygonF line;
    for (int i = 0; i <= 90; ++i) {
        const double t = i / 90.0;
        const double phase = seed * 0.7;
        const double x = 24 + 230 * t + 14 * qCos(t * 22 + phase);
        const double y = 62 - 26 * qSin(t * 22 + phase) * (0.6 + 0.4 * qSin(t * 3 + seed));
        line << QPointF(x, y);
    }
    QPolygonF cross;
    for (int i = 0; i <= 12; ++i)
        cross << QPointF(70 + 8 * i + seed % 5, 30 + 4 * i + 2 * qSin(i + seed));
    QPolygonF underline;
    for (int i = 0; i <= 30; ++i) {
        const double t = i / 30.0;
        underline << QPointF(30 + 250 * t, 98 - 8 * qSin(t * M_PI) + (seed % 3));
    }
    s.strokes = {line, cross, underline};
    return s;
}

bool DemoSignatures::apply(Database &db, Error *error)
{
    // Service reports: the engineers sign, then Robert; the last signature locks the report at
    // the signed_at the demo document gives, so importing the document again is "unchanged".
    if (!signAll(db, "service_reports",
                 DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("1")),
                 {{"engineer", "Robert", "2026-05-19T14:50:00"},
                  {"cto", "Robert", "2026-05-19T15:00:00"}},
                 1, error) ||
        !signAll(db, "service_reports",
                 DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("2")),
                 {{"cto", "Robert", "2026-11-16T17:20:00"},
                  {"engineer", "Robert", "2026-11-16T17:25:00"},
                  {"engineer", "林国栋", "2026-11-16T17:30:00"}},
                 3, error))
        return false;

    if (!correctDailyReport(db, error))
        return false;

    // Task 1 is closed, so every one of its forms is signed and locked: the brief (Robert held
    // it and, as its engineer, acknowledged it), Robert's other daily reports, the call-back and
    // the expense claim (checked by 王婧).
    const QString task1Report13 =
        DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-13"));
    const QString task1Report15 =
        DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-15"));
    if (!signAll(db, "briefings", DemoData::idFor(QStringLiteral("briefing"), QStringLiteral("1")),
                 {{"cto", "Robert", "2026-05-12T16:40:00"},
                  {"engineer", "Robert", "2026-05-12T16:41:00"}},
                 11, error) ||
        !signAll(db, "daily_reports", task1Report13,
                 {{"engineer", "Robert", "2026-05-13T16:45:00"}}, 13, error) ||
        !signAll(db, "daily_reports", task1Report15,
                 {{"engineer", "Robert", "2026-05-15T16:20:00"}}, 15, error) ||
        !signAll(db, "callbacks", DemoData::idFor(QStringLiteral("callback"), QStringLiteral("1")),
                 {{"caller", "盛转红", "2026-05-16T11:00:00"}}, 16, error) ||
        !signAll(db, "expense_claims",
                 DemoData::idFor(QStringLiteral("expense_claim"), QStringLiteral("1-robert")),
                 {{"claimant", "Robert", "2026-05-18T09:40:00"},
                  {"admin", "王婧", "2026-05-18T14:00:00"}},
                 17, error))
        return false;

    // 赛德化学's NDA: signed by its custodian, then corrected (the safe's shelf mark was
    // missing) and the correction signed too.
    const QString nda = DemoData::idFor(QStringLiteral("nda"), QStringLiteral("saide"));
    if (!signAll(db, "ndas", nda, {{"custodian", "王婧", "2025-03-11T10:00:00"}}, 5, error))
        return false;
    QString newer;
    if (!RecordRevisions(db).latestOf(nda, &newer, error))
        return false;
    if (newer != nda)
        return true;
    const RecordKind *ndas = RecordCatalog::byTable(QStringLiteral("ndas"));
    QString revision2;
    if (!RecordSigning(db).correct(*ndas, nda, QStringLiteral("补记纸本正本之保险柜编号。"),
                                   &revision2, error, DemoKeys::unlocked(QStringLiteral("王婧"))) ||
        !RecordStore(db).update(
            QStringLiteral("ndas"), revision2,
            {{QStringLiteral("notes"), QStringLiteral("纸本正本存公司保险柜，编号 S-2025-017。")}},
            error))
        return false;
    return signAll(db, "ndas", revision2, {{"custodian", "王婧", "2026-06-02T09:30:00"}}, 6, error);
}
