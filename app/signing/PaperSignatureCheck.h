#pragma once

#include "app/people/PeopleKeys.h"
#include "app/signing/PaperCode.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

class Database;

// Checks the signatures a paper's QR code carries (PaperCode "FD2") against the team's trusted
// public keys — from a database or from the file `fielddesk-cli team keys` writes, so it works
// offline for someone without any database: who signed, in which role and when, and whether
// each signature holds for this record, revision and content.
class PaperSignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(PaperSignatureCheck)
public:
    struct Signer
    {
        QString personId;
        QString name;
        QString role;
        QString signedAt;
        bool valid = false;
        QString problem; // translated, when not valid
    };

    static QList<Signer> check(const PaperCode &code,
                               const QHash<QString, PeopleKeys::Enrolment> &trusted,
                               const QHash<QString, QString> &names);
    // person id -> name from a team keys document.
    static QHash<QString, QString> namesOf(const QJsonObject &teamKeys);
    static bool allValid(const QList<Signer> &signers);
    // The same against the keys this desk trusts (the desktop's "Verify a paper copy").
    static QList<Signer> checkWithDatabase(Database &db, const PaperCode &code);
    // One translated line per signer: who signed as what and when, and whether it holds.
    static QStringList describe(const QList<Signer> &signers);
};
