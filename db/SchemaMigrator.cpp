#include "db/SchemaMigrator.h"

#include "db/Database.h"
#include "db/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

QList<SchemaMigrator::Step> SchemaMigrator::steps()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<Step> result;
    const QStringList files = QDir(QStringLiteral(":/schema")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), QStringLiteral(":/schema/") + file});
    }
    return result;
}

int SchemaMigrator::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

bool SchemaMigrator::checkSequence(const QList<Step> &steps, Error *error)
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).version != i + 1)
            return Error::set(error, Error::Code::Failure,
                              tr("This build's schema steps are not numbered 1 to %1 without "
                                 "gaps (found %2 where %3 belongs); it cannot update databases.")
                                  .arg(steps.size())
                                  .arg(steps.at(i).version)
                                  .arg(i + 1));
    }
    return true;
}

bool SchemaMigrator::migrate(Database &db, int targetVersion, Error *error)
{
    if (!checkSequence(steps(), error))
        return false;
    const int latest = latestVersion();
    const int target = targetVersion < 0 ? latest : qMin(targetVersion, latest);
    const int current = db.schemaVersion();
    if (current > latest)
        return Error::set(error, Error::Code::NewerSchema,
                          tr("This database was written by a newer Field Desk (schema version "
                             "%1; this program knows up to %2). Install the newer version to "
                             "open it.")
                              .arg(current)
                              .arg(latest));
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error::set(error, Error::Code::Failure,
                              tr("Schema step %1 is missing from this build.").arg(step.version));
        const QString script = QString::fromUtf8(file.readAll());
        // BEGIN/COMMIT around the script and the version bump: all of the step or none.
        const QString wrapped =
            QStringLiteral("BEGIN IMMEDIATE;\n") + script +
            QStringLiteral("\nPRAGMA user_version = %1;\nCOMMIT;").arg(step.version);
        QString detail;
        if (!db.driver()->executeScript(wrapped, &detail)) {
            QString ignored;
            db.driver()->executeScript(QStringLiteral("ROLLBACK"), &ignored);
            return Error::set(error, Error::Code::Failure,
                              tr("Updating the database to schema version %1 failed: %2")
                                  .arg(step.version)
                                  .arg(detail));
        }
    }
    return true;
}
