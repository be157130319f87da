#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Who signs which form (SOP-10 §9 and the form sections of product.md), as plain data. Each
// role names who may sign it: people holding one of personRoles, or — for an external role —
// any name typed in (the customer's representative has no record in the desk). A form is
// locked once every required role has at least one signature.
struct SignerRole
{
    QString key;             // stored in signatures.role
    const char *label;       // QT_TRANSLATE_NOOP("SignerRoles", ...)
    bool required = true;    // the lock waits for it
    QStringList personRoles; // people.roles that may sign; empty: anyone in people
    bool external = false;   // a typed name, no person record
    // The record field naming the people expected to sign (engineer_ids, caller_id, ...):
    // they come first in the sign dialog. Empty: every person with personRoles.
    QString expectedField;

    QString translatedLabel() const;
};

class SignerRoles
{
    Q_DECLARE_TR_FUNCTIONS(SignerRoles)
public:
    // The roles of the form stored in table, in the order of the paper's signature blocks.
    // Empty for a table that is not a signable form.
    static QList<SignerRole> forTable(const QString &table);
    static bool isSignable(const QString &table) { return !forTable(table).isEmpty(); }
    static const SignerRole *find(const QString &table, const QString &role);
    // Required roles not yet covered by signedRoles.
    static QStringList missingRoles(const QString &table, const QStringList &signedRoles);
};
