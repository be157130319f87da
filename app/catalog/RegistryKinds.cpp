#include "app/catalog/CatalogBuilder.h"

#include <QCoreApplication>

// Customers (SOP-15 §5 tiers, §8.1 customer file) and people (SOP-10 §4.1 roles, §4.2
// eligibility, §11 training).
QList<RecordKind> registryKinds()
{
    using B = CatalogBuilder;
    using T = FieldSpec::Type;

    RecordKind customers = B::kind("customers", QT_TRANSLATE_NOOP("RecordKind", "Customer"),
                                   QT_TRANSLATE_NOOP("RecordKind", "Customers"), "name");
    customers.fields = {
        B::text("name", QT_TRANSLATE_NOOP("Field", "Name"), true),
        B::text("short_name", QT_TRANSLATE_NOOP("Field", "Short name"), false, 40),
        B::choice(
            "tier", T::Enum, QT_TRANSLATE_NOOP("Field", "Tier"),
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
            true),
        B::choice("kind", T::Enum, QT_TRANSLATE_NOOP("Field", "Kind"),
                  {QStringLiteral("customer"), QStringLiteral("oem")}, true),
        B::typed("first_order_on", T::Date, QT_TRANSLATE_NOOP("Field", "First order")),
        B::text("industry", QT_TRANSLATE_NOOP("Field", "Industry")),
        B::text("region", QT_TRANSLATE_NOOP("Field", "Region")),
        B::text("address", QT_TRANSLATE_NOOP("Field", "Address"), false, 400),
        B::typed("contacts", T::LongText, QT_TRANSLATE_NOOP("Field", "Contacts")),
        B::typed("notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
    };

    RecordKind people = B::kind("people", QT_TRANSLATE_NOOP("RecordKind", "Person"),
                                QT_TRANSLATE_NOOP("RecordKind", "People"), "name");
    people.fields = {
        B::text("name", QT_TRANSLATE_NOOP("Field", "Name"), true),
        B::choice("roles", T::EnumList, QT_TRANSLATE_NOOP("Field", "Roles"),
                  {QStringLiteral("cto"), QStringLiteral("engineer"), QStringLiteral("consultant"),
                   QStringLiteral("sales"), QStringLiteral("admin"), QStringLiteral("gm"),
                   QStringLiteral("chairman")},
                  true),
        B::text("phone", QT_TRANSLATE_NOOP("Field", "Phone"), false, 40),
        B::text("email", QT_TRANSLATE_NOOP("Field", "E-mail"), false, 120),
        // SOP-10 §11: seven courses of 4 h; the certification is 1–5 and 7 (24 h), course 6
        // is needed for HF sites (Training).
        B::choice("training", T::EnumList, QT_TRANSLATE_NOOP("Field", "Training completed"),
                  {QStringLiteral("sop_reading"), QStringLiteral("nda_secrets"),
                   QStringLiteral("knowhow_blackbox"), QStringLiteral("site_safety_ppe"),
                   QStringLiteral("hcm_03_01"), QStringLiteral("emergency_hf"),
                   QStringLiteral("site_communication")}),
        B::typed("certified_on", T::Date, QT_TRANSLATE_NOOP("Field", "Certified on")),
        B::typed("refresher_on", T::Date, QT_TRANSLATE_NOOP("Field", "Last refresher")),
        B::reference("nda_id", T::Reference, QT_TRANSLATE_NOOP("Field", "NDA"), "ndas"),
        B::typed("non_compete", T::Bool, QT_TRANSLATE_NOOP("Field", "Non-compete signed")),
        B::typed("assessment_passed", T::Bool, QT_TRANSLATE_NOOP("Field", "Assessment passed")),
        B::typed("left_on", T::Date, QT_TRANSLATE_NOOP("Field", "Left on")),
        B::typed("notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
    };
    return {customers, people};
}
