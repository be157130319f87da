// libFuzzer target for the JSON interchange importer (quality.md "Fuzzing"): any byte string
// must either import or be rejected with an Error, never crash, hang or half-write. Each input
// runs inside a transaction that is rolled back, so every input sees the same database.
#include "app/Startup.h"
#include "app/demo/DemoData.h"
#include "app/interchange/InterchangeImporter.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    int customers = 0;
};

Fixture *fixture()
{
    static Fixture *f = [] {
        static int argc = 1;
        static char name[] = "fuzz_import";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        Startup::install();
        auto *fx = new Fixture;
        Error error;
        if (!fx->db.create(fx->dir.filePath(QStringLiteral("fuzz.fdb")), QString(), &error,
                           Database::KeyKind::None) ||
            !DemoData::load(fx->db, &error))
            abort();
        QSqlQuery q(fx->db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM customers"));
        q.next();
        fx->customers = q.value(0).toInt();
        return fx;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture *f = fixture();
    {
        Transaction outer(f->db);
        Error error;
        InterchangeImporter::Summary summary;
        const bool ok = InterchangeImporter(f->db).importJson(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &summary, &error);
        // A refusal always says why.
        if (!ok && error.message.isEmpty())
            abort();
        outer.rollback();
    }
    QSqlQuery q(f->db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM customers"));
    if (!q.next() || q.value(0).toInt() != f->customers)
        abort(); // the rollback must leave the database as it was
    return 0;
}
