#pragma once

#include "app/people/PeopleKeys.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;
class QCommandLineParser;

// fielddesk-cli: the command-line face of the desk for IT staff (scheduled backups, later
// sync) and for tests. Passphrases come only from FIELDDESK_PASSPHRASE or a file, never from
// an argument. Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or not a Field
// Desk database, 4 input rejected by validation (nothing written).
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, WrongKey = 3, Rejected = 4 };

    CliApp(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    static int exitCodeFor(Error::Code code);

private:
    int cmdInit();
    int cmdVerify();
    int cmdDemo();
    int cmdExport();
    int cmdImport();
    int cmdRekey();
    int cmdBackup();
    int cmdVerifyPaper(); // CliVerifyPaper.cpp
    int cmdPrint();       // CliPrint.cpp
    int cmdKpi();         // CliKpi.cpp
    // Sync (CliSync.cpp): team create / invite / join, one sync round.
    int cmdTeam();
    int cmdSync();
    // sync --problems / --release BUNDLE / --adopt-fork DEVICE.
    int syncHousekeeping(Database &db);
    // A new desk rebuilt from the share and the recovery sheet, under a new passphrase.
    int cmdRecover();
    // People and keys (CliPeople.cpp): people enrol / confirm / list, team keys.
    int cmdPeople();
    int cmdTeamKeys();
    // The person named by --as, unlocked with the PIN from FIELDDESK_PIN or --pin-file (exit 2
    // without them); sets the database's actor to that person.
    bool actingPerson(Database &db, PeopleKeys::Unlocked *out, Error *error);
    bool pin(QString *out, Error *error);

    // Reads the passphrase from --passphrase-file or the environment variable envName.
    bool passphrase(const QString &fileOption, const char *envName, QString *out, Error *error);
    bool openDatabase(Database &db, Error *error);
    int fail(const Error &error);
    int usage(const QString &message);
    QString requireDb(Error *error);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser *m_parser = nullptr;
    QString m_command;
    QStringList m_positional;
};
