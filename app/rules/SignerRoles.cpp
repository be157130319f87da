#include "app/rules/SignerRoles.h"

#include <QHash>

namespace {

SignerRole role(const char *key, const char *label, bool required, const QStringList &personRoles,
                const char *expectedField = nullptr, bool external = false)
{
    SignerRole r;
    r.key = QString::fromLatin1(key);
    r.label = label;
    r.required = required;
    r.personRoles = personRoles;
    r.external = external;
    r.expectedField = QString::fromLatin1(expectedField);
    return r;
}

const QStringList FieldStaff = {QStringLiteral("engineer"), QStringLiteral("consultant"),
                                QStringLiteral("cto")};

} // namespace

QString SignerRole::translatedLabel() const
{
    return QCoreApplication::translate("SignerRoles", label);
}

QList<SignerRole> SignerRoles::forTable(const QString &table)
{
    // SOP-10 §5.4.1: the service report is written and signed by the engineer(s) and Robert
    // (CTO); the customer's representative may countersign the feedback section.
    if (table == QLatin1String("service_reports"))
        return {role("engineer", QT_TRANSLATE_NOOP("SignerRoles", "Engineer"), true, FieldStaff,
                     "task_id.engineer_ids"),
                role("cto", QT_TRANSLATE_NOOP("SignerRoles", "CTO"), true, {QStringLiteral("cto")}),
                role("customer", QT_TRANSLATE_NOOP("SignerRoles", "Customer representative"), false,
                     {}, nullptr, true)};
    // §5.3.3: one daily report per engineer, signed by that engineer.
    if (table == QLatin1String("daily_reports"))
        return {role("engineer", QT_TRANSLATE_NOOP("SignerRoles", "Engineer"), true, FieldStaff,
                     "engineer_id")};
    // §5.4.2: the call-back is made and signed by 盛转红 or 王婧.
    if (table == QLatin1String("callbacks"))
        return {role("caller", QT_TRANSLATE_NOOP("SignerRoles", "Caller"), true,
                     {QStringLiteral("sales"), QStringLiteral("admin")}, "caller_id")};
    // §5.3.1.3 / QEF-10-05: the claimant signs; administration (王婧) checks and countersigns.
    if (table == QLatin1String("expense_claims"))
        return {
            role("claimant", QT_TRANSLATE_NOOP("SignerRoles", "Claimant"), true, {}, "claimant_id"),
            role("admin", QT_TRANSLATE_NOOP("SignerRoles", "Checked by (administration)"), true,
                 {QStringLiteral("admin")})};
    // §5.2.5: the custodian (王婧) signs the record of the filed agreement; the counterparty
    // signs the agreement itself (the scanned copy), which the desk does not replace.
    if (table == QLatin1String("ndas"))
        return {role("custodian", QT_TRANSLATE_NOOP("SignerRoles", "Custodian"), true,
                     {QStringLiteral("admin")}, "custodian_id")};
    // §5.2.4: Robert holds the briefing; each engineer acknowledges it (know-how boundary).
    if (table == QLatin1String("briefings"))
        return {role("cto", QT_TRANSLATE_NOOP("SignerRoles", "Briefing held by (CTO)"), true,
                     {QStringLiteral("cto")}),
                role("engineer", QT_TRANSLATE_NOOP("SignerRoles", "Engineer (acknowledged)"), true,
                     FieldStaff, "task_id.engineer_ids")};
    // §5.5: Robert (CTO) signs the monthly review for the management review.
    if (table == QLatin1String("monthly_reviews"))
        return {role("cto", QT_TRANSLATE_NOOP("SignerRoles", "Reviewed by (CTO)"), true,
                     {QStringLiteral("cto")})};
    // QEF-15-05: whoever handled the complaint signs the receipt form.
    if (table == QLatin1String("complaints"))
        return {role("handler", QT_TRANSLATE_NOOP("SignerRoles", "Handled by"), true, {},
                     "handled_by_id")};
    // SOP-17: the person who reported the incident signs; Robert confirms the actions.
    if (table == QLatin1String("knowhow_incidents"))
        return {role("reporter", QT_TRANSLATE_NOOP("SignerRoles", "Reported by"), true, {},
                     "reported_by_id"),
                role("cto", QT_TRANSLATE_NOOP("SignerRoles", "Actions confirmed by (CTO)"), true,
                     {QStringLiteral("cto")})};
    return {};
}

const SignerRole *SignerRoles::find(const QString &table, const QString &key)
{
    // forTable builds values; keep one copy per table so the pointer stays valid.
    static thread_local QHash<QString, QList<SignerRole>> cache;
    auto it = cache.find(table);
    if (it == cache.end())
        it = cache.insert(table, forTable(table));
    for (const SignerRole &r : *it) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

QStringList SignerRoles::missingRoles(const QString &table, const QStringList &signedRoles)
{
    QStringList missing;
    for (const SignerRole &r : forTable(table)) {
        if (r.required && !signedRoles.contains(r.key))
            missing << r.key;
    }
    return missing;
}
