// Test helper for tst_crashsafety: opens the database given on the command line and writes
// customer records through RecordStore until it is killed, printing each id to stdout only
// after its transaction committed ("reported as done").
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Database db;
    Error error;
    if (!db.open(args.at(1), args.at(2), &error, Database::KeyKind::RawKey)) {
        fprintf(stderr, "%s\n", qPrintable(error.message));
        return 3;
    }
    RecordStore store(db);
    for (int i = 0;; ++i) {
        const QString id = RecordStore::newId();
        if (!store.insert(QStringLiteral("customers"), id,
                          {{QStringLiteral("name"), QStringLiteral("崩溃测试客户 %1").arg(i)},
                           {QStringLiteral("tier"), QStringLiteral("C")},
                           {QStringLiteral("kind"), QStringLiteral("customer")},
                           {QStringLiteral("notes"), QString(400, QChar(0x8bb0))}},
                          &error)) {
            fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        if (i % 7 == 0 && !store.update(QStringLiteral("customers"), id,
                                        {{QStringLiteral("tier"), QStringLiteral("B")}}, &error))
            return 1;
        printf("%s\n", qPrintable(id));
        fflush(stdout);
    }
}
