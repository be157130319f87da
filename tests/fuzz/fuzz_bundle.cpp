// libFuzzer target for the sync bundle reader and the merge (quality.md "Fuzzing"). An input
// whose first byte is even is a bundle file: it must be read or refused, never crash. An odd
// one is decoded into field changes (tables, rows, columns, values, versions chosen by the
// bytes) that the merger applies inside a transaction that is rolled back: any list of changes
// must merge or fail with an Error, never crash or leave the transaction half done.
#include "app/Startup.h"
#include "app/demo/DemoData.h"
#include "app/sync/SyncSetup.h"
#include "db/Database.h"
#include "db/SyncBundle.h"
#include "db/SyncMerger.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdint>
#include <cstdlib>

namespace {

const QString Key =
    QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0");

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    QStringList tables;
    QHash<QString, QStringList> columns;
    QHash<QString, QStringList> ids;
};

Fixture *fixture()
{
    static Fixture *f = [] {
        static int argc = 1;
        static char name[] = "fuzz_bundle";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        Startup::install();
        auto *fx = new Fixture;
        Error error;
        if (!fx->db.create(fx->dir.filePath(QStringLiteral("fuzz.fdb")), QString(), &error,
                           Database::KeyKind::None) ||
            !DemoData::load(fx->db, &error))
            abort();
        fx->tables = {QStringLiteral("customers"),     QStringLiteral("tasks"),
                      QStringLiteral("daily_reports"), QStringLiteral("expense_lines"),
                      QStringLiteral("record_locks"),  QStringLiteral("no_such_table")};
        for (const QString &t : std::as_const(fx->tables)) {
            const QSqlRecord rec = fx->db.sql().record(t);
            for (int i = 0; i < rec.count(); ++i)
                fx->columns[t] << rec.fieldName(i);
            fx->columns[t] << QStringLiteral("no_such_column");
            QSqlQuery q(fx->db.sql());
            q.exec(QStringLiteral("SELECT id FROM %1 LIMIT 4").arg(t));
            while (q.next())
                fx->ids[t] << q.value(0).toString();
            fx->ids[t]
                << QStringLiteral("6b1f8f0e-0000-4000-8000-00000000000%1").arg(t.size() % 10);
        }
        return fx;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture *fx = fixture();
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), int(size));
    if (data[0] % 2 == 0) {
        SyncBundleMeta meta;
        QList<SyncChange> changes;
        QString error;
        SyncBundle::parse(fx->dir.filePath(QStringLiteral("in.fdb")), Key, input.mid(1), &meta,
                          &changes, &error);
        return 0;
    }
    QList<SyncChange> changes;
    for (int i = 1; i + 6 <= input.size();) {
        const auto byte = [&](int k) {
            return quint8(input.at(i + k));
        };
        SyncChange ch;
        ch.table = fx->tables.at(byte(0) % fx->tables.size());
        ch.rowId = fx->ids[ch.table].at(byte(1) % fx->ids[ch.table].size());
        ch.field = fx->columns[ch.table].at(byte(2) % fx->columns[ch.table].size());
        ch.hlc = (qint64(byte(3)) << 16) | byte(4);
        ch.device = QStringLiteral("device-%1").arg(byte(5) % 3);
        ch.baseHlc = ch.hlc > 0 ? ch.hlc - 1 : 0;
        ch.baseDevice = ch.device;
        const int len = qMin(int(byte(5) / 3), input.size() - i - 6);
        const QByteArray raw = input.mid(i + 6, len);
        switch (byte(2) % 4) {
        case 0:
            ch.value = QString::fromUtf8(raw);
            break;
        case 1:
            ch.value = raw.isEmpty() ? QVariant() : QVariant(qint64(raw.at(0)));
            break;
        case 2:
            ch.value = raw;
            break;
        default:
            ch.value = QVariant();
        }
        changes << ch;
        i += 6 + len;
    }
    Transaction tx(fx->db);
    SyncMerger merger(fx->db);
    merger.setUniqueRules(SyncSetup::uniqueRules());
    int applied = 0, conflicts = 0;
    Error error;
    merger.apply(changes, &applied, &conflicts, &error);
    tx.rollback();
    return 0;
}
