#include "app/cli/CliApp.h"
#include "app/workflow/HolidayCalendar.h"

#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/people/L3Seal.h"
#include "app/signing/SignatureVerification.h"
#include "app/utils/OutputFile.h"
#include "db/AuditLog.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {
const char *PassphraseEnv = "FIELDDESK_PASSPHRASE";
const char *NewPassphraseEnv = "FIELDDESK_NEW_PASSPHRASE";
const QStringList Commands = {
    QStringLiteral("init"),    QStringLiteral("verify"),       QStringLiteral("demo"),
    QStringLiteral("export"),  QStringLiteral("import"),       QStringLiteral("rekey"),
    QStringLiteral("backup"),  QStringLiteral("verify-paper"), QStringLiteral("print"),
    QStringLiteral("team"),    QStringLiteral("sync"),         QStringLiteral("kpi"),
    QStringLiteral("recover"), QStringLiteral("people")};
} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CliApp::exitCodeFor(Error::Code code)
{
    switch (code) {
    case Error::Code::None:
        return Ok;
    case Error::Code::Usage:
        return Usage;
    case Error::Code::WrongPassphrase:
    case Error::Code::NotFieldDesk:
        return WrongKey;
    case Error::Code::Validation:
    case Error::Code::Locked:
        return Rejected;
    default:
        return Failure;
    }
}

int CliApp::fail(const Error &error)
{
    m_err << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int CliApp::usage(const QString &message)
{
    m_err
        << message << Qt::endl
        << tr("Usage: fielddesk-cli <command> --db FILE [options]") << Qt::endl
        << tr("Commands: %1. Run with --help for details.").arg(Commands.join(QLatin1String(", ")))
        << Qt::endl;
    return Usage;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    m_parser = &parser;
    parser.setApplicationDescription(
        tr("Lithera Field Desk command-line tool.\n"
           "The passphrase is read from the environment variable FIELDDESK_PASSPHRASE or from "
           "--passphrase-file, never from an argument.\n\nCommands:\n"
           "  init --db FILE                 create a new encrypted database\n"
           "  verify --db FILE               integrity, cipher and audit-chain check\n"
           "  demo --db FILE                 fill the database with the demo data set\n"
           "  export --db FILE --json        all records as JSON on stdout\n"
           "  import --db FILE FILE.json     records from JSON, all or nothing\n"
           "  rekey --db FILE                new passphrase from FIELDDESK_NEW_PASSPHRASE\n"
           "  backup --db FILE --to FILE     a consistent encrypted copy\n"
           "  verify-paper --db FILE --code TEXT  is a paper copy the current revision?\n"
           "  print --db FILE --record ID --pdf OUT.pdf [--by PERSON] [--force]\n"
           "                                 a record's paper form as PDF\n"
           "  print --db FILE --month YYYY-MM --pdf OUT.pdf   a month's service reports\n"
           "  print --db FILE --review YYYY-MM --pdf OUT.pdf  the month's review (§5.5)\n"
           "  kpi --db FILE --month YYYY-MM | --quarter YYYY-Qn | --year YYYY [--json]\n"
           "                                 the KPIs of a period with their records\n"
           "  team create --db FILE --share DIR      start a team on a shared folder\n"
           "  team invite --db FILE --out FILE       write an enrollment file; print its code\n"
           "  team join --db FILE --share DIR --enrollment FILE\n"
           "                                 join with the code from FIELDDESK_ENROLL_CODE\n"
           "  sync --db FILE [--snapshot]    one sync round with the team's shared folder\n"
           "  sync --db FILE --problems | --release DEVICE/FILE | --adopt-fork DEVICE\n"
           "                                 set-aside bundles and fork alarms\n"
           "  recover --share DIR --recovery-key-file FILE --db NEW\n"
           "                                 rebuild a desk from the share and the recovery sheet\n"
           "  people enrol --db FILE --as PERSON   make PERSON's keys (PIN from FIELDDESK_PIN)\n"
           "  people confirm --db FILE --as ADMIN --person PERSON   confirm PERSON's new key\n"
           "  people list --db FILE          people and the state of their keys\n"
           "  team keys --db FILE --out FILE the team's public keys (for verify-paper)\n"
           "A PIN is read from FIELDDESK_PIN or --pin-file, never from an argument.\n\n"
           "Exit codes: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or not a Field "
           "Desk database, 4 input rejected (nothing written)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("json"), tr("Write JSON instead of plain text.")},
        {QStringLiteral("passphrase-file"), tr("Read the passphrase from the first line of FILE."),
         tr("FILE")},
        {QStringLiteral("new-passphrase-file"),
         tr("rekey: read the new passphrase from FILE instead of FIELDDESK_NEW_PASSPHRASE."),
         tr("FILE")},
        {QStringLiteral("to"), tr("backup: the file to write."), tr("FILE")},
        {QStringLiteral("code"), tr("verify-paper: the text of a printout's QR code."), tr("TEXT")},
        {QStringLiteral("record"), tr("print: the record to print (a task prints its dossier)."),
         tr("ID")},
        {QStringLiteral("month"), tr("print: every service report of the month; kpi: the month."),
         tr("YYYY-MM")},
        {QStringLiteral("quarter"), tr("kpi: the quarter."), tr("YYYY-Qn")},
        {QStringLiteral("year"), tr("kpi: the year."), tr("YYYY")},
        {QStringLiteral("review"), tr("print: the monthly review of the month."), tr("YYYY-MM")},
        {QStringLiteral("pdf"), tr("print: the PDF file to write."), tr("FILE")},
        {QStringLiteral("by"),
         tr("print: who prints (a person's name or id; default: the desk's person)."),
         tr("PERSON")},
        {QStringLiteral("share"), tr("team: the shared folder."), tr("DIR")},
        {QStringLiteral("out"), tr("team invite: the enrollment file to write."), tr("FILE")},
        {QStringLiteral("enrollment"), tr("team join: the enrollment file."), tr("FILE")},
        {QStringLiteral("as"),
         tr("The person acting (name or id); their PIN from FIELDDESK_PIN "
            "or --pin-file."),
         tr("PERSON")},
        {QStringLiteral("pin-file"), tr("Read the PIN from the first line of FILE."), tr("FILE")},
        {QStringLiteral("new-pin-file"),
         tr("people pin: read the new PIN from the first line of FILE."), tr("FILE")},
        {QStringLiteral("person"), tr("people confirm: the person whose key is confirmed."),
         tr("PERSON")},
        {QStringLiteral("keys"), tr("verify-paper: the team's public-key file (team keys)."),
         tr("FILE")},
        {QStringLiteral("snapshot"),
         tr("sync: also publish a snapshot that new devices start from.")},
        {QStringLiteral("problems"),
         tr("sync: list the set-aside bundles and fork alarms with their reasons (no round).")},
        {QStringLiteral("release"),
         tr("sync: check a set-aside bundle again (DEVICE/FILE) and apply it or keep it aside."),
         tr("BUNDLE")},
        {QStringLiteral("adopt-fork"),
         tr("sync: acknowledge a device's fork by adopting its new line, then sync."),
         tr("DEVICE")},
        {QStringLiteral("recovery-out"),
         tr("team create: also write the recovery sheet text to FILE."), tr("FILE")},
        {QStringLiteral("force"),
         tr("print, team create: replace an existing output file (never the database, its "
            "companion files or the shared folder).")},
        {QStringLiteral("recovery-key-file"),
         tr("recover: the recovery sheet's text (or the recovery key alone) in FILE."), tr("FILE")},
    });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    m_positional = parser.positionalArguments();
    if (m_positional.isEmpty())
        return usage(tr("No command given."));
    m_command = m_positional.takeFirst();
    if (m_command == QLatin1String("init"))
        return cmdInit();
    if (m_command == QLatin1String("verify"))
        return cmdVerify();
    if (m_command == QLatin1String("demo"))
        return cmdDemo();
    if (m_command == QLatin1String("export"))
        return cmdExport();
    if (m_command == QLatin1String("import"))
        return cmdImport();
    if (m_command == QLatin1String("rekey"))
        return cmdRekey();
    if (m_command == QLatin1String("backup"))
        return cmdBackup();
    if (m_command == QLatin1String("verify-paper"))
        return cmdVerifyPaper();
    if (m_command == QLatin1String("print"))
        return cmdPrint();
    if (m_command == QLatin1String("team"))
        return cmdTeam();
    if (m_command == QLatin1String("sync"))
        return cmdSync();
    if (m_command == QLatin1String("kpi"))
        return cmdKpi();
    if (m_command == QLatin1String("recover"))
        return cmdRecover();
    if (m_command == QLatin1String("people"))
        return cmdPeople();
    return usage(tr("Unknown command \"%1\".").arg(m_command));
}

QString CliApp::requireDb(Error *error)
{
    const QString path = m_parser->value(QStringLiteral("db"));
    if (path.isEmpty())
        Error::set(error, Error::Code::Usage,
                   tr("%1 needs --db FILE: the database to work on.").arg(m_command));
    return path;
}

bool CliApp::passphrase(const QString &fileOption, const char *envName, QString *out, Error *error)
{
    const QString file = m_parser->value(fileOption);
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::set(error, Error::Code::Usage,
                              tr("Cannot read the passphrase file %1: %2")
                                  .arg(QDir::toNativeSeparators(file), f.errorString()));
        QString line = QString::fromUtf8(f.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        *out = line;
    } else {
        *out = qEnvironmentVariable(envName);
    }
    if (out->isEmpty())
        return Error::set(error, Error::Code::Usage,
                          tr("No passphrase: set %1 or use --%2 FILE.")
                              .arg(QString::fromLatin1(envName), fileOption));
    return true;
}

bool CliApp::openDatabase(Database &db, Error *error)
{
    const QString path = requireDb(error);
    if (path.isEmpty())
        return false;
    QString key;
    if (!passphrase(QStringLiteral("passphrase-file"), PassphraseEnv, &key, error))
        return false;
    db.setActor(QStringLiteral("cli:") + db.actor());
    if (!db.open(path, key, error))
        return false;
    // L3 text an older version stored in clear is sealed on first opening (public keys only).
    int sealed = 0;
    int unsealable = 0;
    if (!L3Seal(db).sealStoredPlaintext(&sealed, &unsealable, error))
        return false;
    if (sealed > 0)
        m_err << tr("Sealed the text of %n L3 know-how entries that were stored in clear.", "",
                    sealed)
              << Qt::endl;
    if (unsealable > 0)
        m_err << tr("%n L3 know-how entries are still stored in clear: none of the people allowed "
                    "to read them has a confirmed key. Enrol one of them (people enrol).",
                    "", unsealable)
              << Qt::endl;
    return true;
}

int CliApp::cmdInit()
{
    Error error;
    const QString path = requireDb(&error);
    QString key;
    if (path.isEmpty() ||
        !passphrase(QStringLiteral("passphrase-file"), PassphraseEnv, &key, &error))
        return fail(error);
    Database db;
    // A new database starts with the official holiday calendar Field Desk ships.
    int holidays = 0;
    if (!db.create(path, key, &error) || !HolidayCalendar(db).install(&holidays, &error))
        return fail(error);
    m_out << tr("Created %1 (schema %2, SQLCipher %3).")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(db.schemaVersion())
                 .arg(db.cipherVersion())
          << Qt::endl;
    return Ok;
}

int CliApp::cmdVerify()
{
    Database db;
    Error error;
    if (!openDatabase(db, &error))
        return fail(error);
    QStringList integrityProblems;
    const bool integrity = db.checkIntegrity(&integrityProblems);
    // The file must not start with SQLite's plain header: proof it is encrypted at rest.
    QFile file(db.path());
    const bool encrypted = file.open(QIODevice::ReadOnly) &&
                           !file.read(16).startsWith("SQLite format 3") &&
                           !db.cipherVersion().isEmpty();
    QStringList auditProblems;
    AuditLog audit(db);
    const bool chain = audit.verify(&auditProblems);
    // Every person's signature must be theirs (personal keys).
    SignatureVerification::Result signatures;
    Error signatureError;
    if (!SignatureVerification::verifyAll(db, &signatures, &signatureError))
        signatures.problems << signatureError.message;
    // A batched import killed between its batches: whole records, but not the whole file.
    const QStringList unfinished = InterchangeImporter::unfinishedImports(db);
    const bool ok = integrity && encrypted && chain && signatures.ok() && unfinished.isEmpty();
    if (m_parser->isSet(QStringLiteral("json"))) {
        const QJsonObject report{
            {QStringLiteral("ok"), ok},
            {QStringLiteral("integrity"), integrity},
            {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(integrityProblems)},
            {QStringLiteral("encrypted"), encrypted},
            {QStringLiteral("cipher_version"), db.cipherVersion()},
            {QStringLiteral("audit_chain"), chain},
            {QStringLiteral("audit_problems"), QJsonArray::fromStringList(auditProblems)},
            {QStringLiteral("schema_version"), db.schemaVersion()},
            {QStringLiteral("signatures"), signatures.ok()},
            {QStringLiteral("signatures_checked"), signatures.checked},
            {QStringLiteral("signatures_bound"), signatures.bound},
            {QStringLiteral("signature_problems"), QJsonArray::fromStringList(signatures.problems)},
            {QStringLiteral("unfinished_imports"), QJsonArray::fromStringList(unfinished)},
        };
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        const QString okText = tr("ok");
        m_out << tr("Integrity: %1")
                     .arg(integrity ? okText : integrityProblems.join(QLatin1String("; ")))
              << Qt::endl
              << tr("Encryption: %1 (SQLCipher %2)")
                     .arg(encrypted ? okText : tr("NOT ENCRYPTED"), db.cipherVersion())
              << Qt::endl
              << tr("Audit chain: %1").arg(chain ? okText : auditProblems.join(QLatin1String("; ")))
              << Qt::endl
              << tr("Schema version: %1").arg(db.schemaVersion()) << Qt::endl
              << tr("Signatures: %1 (%2 of people, %3 made with a personal key)")
                     .arg(signatures.ok() ? okText : signatures.problems.join(QLatin1String("; ")))
                     .arg(signatures.checked)
                     .arg(signatures.bound)
              << Qt::endl;
        if (!unfinished.isEmpty())
            m_out << tr("Imports: %1").arg(unfinished.join(QLatin1String(" "))) << Qt::endl;
    }
    if (!ok)
        m_err << tr("Verification failed for %1.").arg(QDir::toNativeSeparators(db.path()))
              << Qt::endl;
    return ok ? Ok : Failure;
}

int CliApp::cmdDemo()
{
    Database db;
    Error error;
    if (!openDatabase(db, &error) || !DemoData::load(db, &error))
        return fail(error);
    QStringList counts;
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(kind.table));
        counts << QStringLiteral("%1 %2")
                      .arg(q.next() ? q.value(0).toInt() : 0)
                      .arg(kind.translatedPlural());
    }
    m_out << tr("Demo data loaded: %1.").arg(counts.join(QLatin1String(", "))) << Qt::endl;
    return Ok;
}

int CliApp::cmdExport()
{
    Database db;
    Error error;
    QJsonObject document;
    if (!openDatabase(db, &error) || !InterchangeExporter(db).exportAll(&document, &error))
        return fail(error);
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    return Ok;
}

int CliApp::cmdImport()
{
    if (m_positional.size() != 1)
        return usage(tr("import needs exactly one JSON file: import --db FILE FILE.json"));
    QFile file(m_positional.first());
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
              << Qt::endl;
        return Failure;
    }
    Error error;
    QByteArray json;
    if (!InterchangeImporter::readFile(file, &json, &error))
        return fail(error);
    Database db;
    InterchangeImporter::Summary summary;
    if (!openDatabase(db, &error))
        return fail(error);
    InterchangeImporter importer(db);
    importer.setSourceName(QFileInfo(file.fileName()).fileName());
    if (!importer.importJson(json, &summary, &error))
        return fail(error);
    m_out << tr("Imported: %1 created, %2 updated, %3 unchanged.")
                 .arg(summary.created)
                 .arg(summary.updated)
                 .arg(summary.unchanged)
          << Qt::endl;
    return Ok;
}

int CliApp::cmdRekey()
{
    Database db;
    Error error;
    QString newKey;
    if (!passphrase(QStringLiteral("new-passphrase-file"), NewPassphraseEnv, &newKey, &error))
        return fail(error);
    if (!openDatabase(db, &error) || !db.rekey(newKey, &error))
        return fail(error);
    // The passphrase has changed either way; say so, and that the log missed it.
    if (!AuditLog(db).append(QStringLiteral("rekey"), QString(), QString(), QString(), &error)) {
        m_err << tr("The passphrase of %1 was changed, but its audit entry could not be "
                    "written: %2")
                     .arg(QDir::toNativeSeparators(db.path()), error.message)
              << Qt::endl;
        return Failure;
    }
    m_out << tr("The passphrase of %1 was changed.").arg(QDir::toNativeSeparators(db.path()))
          << Qt::endl;
    return Ok;
}

int CliApp::cmdBackup()
{
    const QString target = m_parser->value(QStringLiteral("to"));
    if (target.isEmpty())
        return usage(tr("backup needs --to FILE: where to write the copy."));
    Database db;
    Error error;
    if (!openDatabase(db, &error) ||
        !OutputFile::check(target, db, OutputFile::Existing::Refuse, &error) ||
        !db.backupTo(target, &error))
        return fail(error);
    // The copy holds every key the database holds: owner-only. A backup nobody logged does
    // not exist: without its audit entry the copy is removed and the backup fails.
    if (!OutputFile::restrictToOwner(target, &error) ||
        !AuditLog(db).append(QStringLiteral("backup"), QString(), QString(),
                             QDir::toNativeSeparators(target), &error)) {
        QFile::remove(target);
        return fail(error);
    }
    m_out << tr("Backup written to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Ok;
}
