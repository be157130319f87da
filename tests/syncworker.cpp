// A child process for tst_synccrash: writes records and syncs in a loop until it is killed.
//   syncworker DB KEY write   — commits 150 customers, prints their ids, runs a sync round
//   syncworker DB KEY sync    — runs sync rounds
#include "app/Startup.h"
#include "app/sync/SyncSetup.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SyncEngine.h"
#include "db/Transaction.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    Startup::install();
    Database db;
    Error error;
    if (!db.open(args.at(1), args.at(2), &error, Database::KeyKind::RawKey)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const bool write = args.at(3) == QLatin1String("write");
    for (int round = 0; round < 1000; ++round) {
        if (write) {
            QStringList ids;
            Transaction tx(db);
            RecordStore store(db);
            for (int i = 0; i < 150; ++i) {
                const QString id = RecordStore::newId();
                if (!store.insert(QStringLiteral("customers"), id,
                                  {{QStringLiteral("name"), QStringLiteral("崩溃测试 %1").arg(i)},
                                   {QStringLiteral("tier"), QStringLiteral("C")},
                                   {QStringLiteral("kind"), QStringLiteral("customer")},
                                   {QStringLiteral("notes"), QString(200, QLatin1Char('n'))}},
                                  &error))
                    return 1;
                ids << id;
            }
            if (!tx.commit(&error))
                return 1;
            for (const QString &id : std::as_const(ids))
                std::printf("%s\n", qPrintable(id));
            std::fflush(stdout);
        }
        SyncEngine engine(db);
        SyncSetup::configure(engine);
        SyncReport report;
        if (!engine.runRound(&report, &error))
            return 1;
        if (report.hasQuarantine()) {
            std::fprintf(stderr, "%s\n", qPrintable(report.toText()));
            return 3;
        }
    }
    return 0;
}
