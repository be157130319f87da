#include "app/catalog/EnumNames.h"

#include "app/catalog/FieldCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct TranslatableText
{
    const char *source;
    const char *comment;
};

struct EnumName
{
    const char *field;
    const char *value;
    TranslatableText text; // context "EnumValue", disambiguated by the field key
};

// Display names of the enum values of SOP-10 / SOP-15 and the interchange format. A value
// that is not listed is shown as it is stored.
const EnumName Names[] = {
    // customers (SOP-15 §5)
    {"tier", "A", QT_TRANSLATE_NOOP3("EnumValue", "A strategic", "tier")},
    {"tier", "B", QT_TRANSLATE_NOOP3("EnumValue", "B main", "tier")},
    {"tier", "C", QT_TRANSLATE_NOOP3("EnumValue", "C general", "tier")},
    {"tier", "D", QT_TRANSLATE_NOOP3("EnumValue", "D one-off", "tier")},
    {"kind", "customer", QT_TRANSLATE_NOOP3("EnumValue", "Customer", "kind")},
    {"kind", "oem", QT_TRANSLATE_NOOP3("EnumValue", "OEM plant", "kind")},
    // people (SOP-10 §4.1)
    {"roles", "cto", QT_TRANSLATE_NOOP3("EnumValue", "CTO", "roles")},
    {"roles", "engineer", QT_TRANSLATE_NOOP3("EnumValue", "Field engineer", "roles")},
    {"roles", "consultant", QT_TRANSLATE_NOOP3("EnumValue", "External consultant", "roles")},
    {"roles", "sales", QT_TRANSLATE_NOOP3("EnumValue", "Sales", "roles")},
    {"roles", "admin", QT_TRANSLATE_NOOP3("EnumValue", "Administration", "roles")},
    {"roles", "gm", QT_TRANSLATE_NOOP3("EnumValue", "General manager", "roles")},
    {"roles", "chairman", QT_TRANSLATE_NOOP3("EnumValue", "Chairman", "roles")},
    // people: the training courses of SOP-10 §11 (zh_CN names from the SOP in comments)
    {"training", "sop_reading",
     QT_TRANSLATE_NOOP3("EnumValue", "Reading this procedure", "training")}, // 本程序通读
    {"training", "nda_secrets",
     QT_TRANSLATE_NOOP3("EnumValue", "NDA and trade secrets", "training")}, // NDA + 商业秘密
    {"training", "knowhow_blackbox",
     QT_TRANSLATE_NOOP3("EnumValue", "Know-how black-box principle",
                        "training")}, // Know-how 黑盒化原则
    {"training", "site_safety_ppe",
     QT_TRANSLATE_NOOP3("EnumValue", "Customer-site safety and PPE",
                        "training")}, // 客户端安全 + PPE
    {"training", "hcm_03_01",
     QT_TRANSLATE_NOOP3("EnumValue", "HCM-03-01 sales procedure",
                        "training")}, // HCM-03-01 业务员规程
    {"training", "emergency_hf",
     QT_TRANSLATE_NOOP3("EnumValue", "Emergency response (incl. HF first aid)",
                        "training")}, // 应急（含 HF 急救）
    {"training", "site_communication",
     QT_TRANSLATE_NOOP3("EnumValue", "On-site communication skills", "training")}, // 现场沟通技巧
    // tasks (SOP-10 §2.1, §5.2)
    {"type", "oem_mixing", QT_TRANSLATE_NOOP3("EnumValue", "OEM mixing guidance", "type")},
    {"type", "line_support", QT_TRANSLATE_NOOP3("EnumValue", "Line support", "type")},
    {"type", "training", QT_TRANSLATE_NOOP3("EnumValue", "Customer training", "type")},
    {"type", "urgent_complaint", QT_TRANSLATE_NOOP3("EnumValue", "Urgent complaint", "type")},
    {"type", "product_trial", QT_TRANSLATE_NOOP3("EnumValue", "New-product trial", "type")},
    {"type", "audit", QT_TRANSLATE_NOOP3("EnumValue", "Audit accompaniment", "type")},
    {"type", "trade_show", QT_TRANSLATE_NOOP3("EnumValue", "Trade-show Q&A", "type")},
    {"state", "registered", QT_TRANSLATE_NOOP3("EnumValue", "Registered", "state")},
    {"state", "assessed", QT_TRANSLATE_NOOP3("EnumValue", "Assessed", "state")},
    {"state", "approved", QT_TRANSLATE_NOOP3("EnumValue", "Approved", "state")},
    {"state", "rejected", QT_TRANSLATE_NOOP3("EnumValue", "Rejected", "state")},
    {"state", "briefed", QT_TRANSLATE_NOOP3("EnumValue", "Briefed", "state")},
    {"state", "on_site", QT_TRANSLATE_NOOP3("EnumValue", "On site", "state")},
    {"state", "reporting", QT_TRANSLATE_NOOP3("EnumValue", "Reporting", "state")},
    {"state", "callback", QT_TRANSLATE_NOOP3("EnumValue", "Call-back", "state")},
    {"state", "closed", QT_TRANSLATE_NOOP3("EnumValue", "Closed", "state")},
    {"state", "cancelled", QT_TRANSLATE_NOOP3("EnumValue", "Cancelled", "state")},
    {"complexity", "simple", QT_TRANSLATE_NOOP3("EnumValue", "Simple", "complexity")},
    {"complexity", "medium", QT_TRANSLATE_NOOP3("EnumValue", "Medium", "complexity")},
    {"complexity", "complex", QT_TRANSLATE_NOOP3("EnumValue", "Complex", "complexity")},
    {"knowhow_risk", "none", QT_TRANSLATE_NOOP3("EnumValue", "None", "knowhow_risk")},
    {"knowhow_risk", "normal", QT_TRANSLATE_NOOP3("EnumValue", "Normal operation", "knowhow_risk")},
    {"knowhow_risk", "core", QT_TRANSLATE_NOOP3("EnumValue", "Core know-how", "knowhow_risk")},
    {"safety_risk", "low", QT_TRANSLATE_NOOP3("EnumValue", "Low", "safety_risk")},
    {"safety_risk", "medium", QT_TRANSLATE_NOOP3("EnumValue", "Medium", "safety_risk")},
    {"safety_risk", "high", QT_TRANSLATE_NOOP3("EnumValue", "High", "safety_risk")},
    {"safety_risk", "hf", QT_TRANSLATE_NOOP3("EnumValue", "HF site", "safety_risk")},
    {"priority", "P0", QT_TRANSLATE_NOOP3("EnumValue", "P0", "priority")},
    {"priority", "P1", QT_TRANSLATE_NOOP3("EnumValue", "P1", "priority")},
    // approvals (SOP-10 §5.2.3)
    {"decision", "approve", QT_TRANSLATE_NOOP3("EnumValue", "Approved", "decision")},
    {"decision", "reject", QT_TRANSLATE_NOOP3("EnumValue", "Rejected", "decision")},
    {"level", "robert_self", QT_TRANSLATE_NOOP3("EnumValue", "Robert approves himself", "level")},
    {"level", "robert", QT_TRANSLATE_NOOP3("EnumValue", "Robert", "level")},
    {"level", "robert_kc_informed",
     QT_TRANSLATE_NOOP3("EnumValue", "Robert, KC informed", "level")},
    {"level", "kc", QT_TRANSLATE_NOOP3("EnumValue", "KC", "level")},
    {"level", "kc_charles", QT_TRANSLATE_NOOP3("EnumValue", "KC and Charles", "level")},
    // mission briefs: pre-trip confirmation (SOP-10 §5.2.8)
    {"pretrip_confirmed", "arrival",
     QT_TRANSLATE_NOOP3("EnumValue", "Arrival time, place and host", "pretrip_confirmed")},
    {"pretrip_confirmed", "site_conditions",
     QT_TRANSLATE_NOOP3("EnumValue", "Site PPE, entry procedure, safety training",
                        "pretrip_confirmed")},
    {"pretrip_confirmed", "emergency_contact",
     QT_TRANSLATE_NOOP3("EnumValue", "Emergency contact", "pretrip_confirmed")},
    {"pretrip_confirmed", "id_card",
     QT_TRANSLATE_NOOP3("EnumValue", "ID card", "pretrip_confirmed")},
    {"pretrip_confirmed", "health_certificate",
     QT_TRANSLATE_NOOP3("EnumValue", "Health certificate", "pretrip_confirmed")},
    {"pretrip_confirmed", "entry_application",
     QT_TRANSLATE_NOOP3("EnumValue", "Entry application", "pretrip_confirmed")},
    // working calendar
    {"kind", "holiday", QT_TRANSLATE_NOOP3("EnumValue", "Public holiday", "kind")},
    {"kind", "workday", QT_TRANSLATE_NOOP3("EnumValue", "Make-up working day", "kind")},
    // NDAs (SOP-10 §5.2.5)
    {"scope", "customer", QT_TRANSLATE_NOOP3("EnumValue", "Customer confidentiality", "scope")},
    {"scope", "lithera", QT_TRANSLATE_NOOP3("EnumValue", "Lithera confidentiality", "scope")},
    {"scope", "mutual", QT_TRANSLATE_NOOP3("EnumValue", "Mutual", "scope")},
    // anomalies (SOP-10 §5.3.4); their field is also called "type"
    {"type", "safety", QT_TRANSLATE_NOOP3("EnumValue", "Safety incident", "type")},
    {"type", "complaint", QT_TRANSLATE_NOOP3("EnumValue", "Major complaint", "type")},
    {"type", "commercial", QT_TRANSLATE_NOOP3("EnumValue", "Commercial negotiation", "type")},
    {"type", "technical", QT_TRANSLATE_NOOP3("EnumValue", "Technical problem", "type")},
    {"type", "general", QT_TRANSLATE_NOOP3("EnumValue", "General", "type")},
    // how an anomaly was notified (§5.3.2: phone + WeChat + platform; general ones by report)
    {"channels", "phone", QT_TRANSLATE_NOOP3("EnumValue", "Phone", "channels")},
    {"channels", "wechat", QT_TRANSLATE_NOOP3("EnumValue", "WeChat", "channels")},
    {"channels", "platform", QT_TRANSLATE_NOOP3("EnumValue", "Platform", "channels")},
    {"channels", "daily_report", QT_TRANSLATE_NOOP3("EnumValue", "Daily report", "channels")},
    // know-how levels (SOP-17; L3 = customer-specific formulas, SOP-15 §8.2)
    {"level", "L1", QT_TRANSLATE_NOOP3("EnumValue", "L1 open", "level")},
    {"level", "L2", QT_TRANSLATE_NOOP3("EnumValue", "L2 internal", "level")},
    {"level", "L3", QT_TRANSLATE_NOOP3("EnumValue", "L3 restricted", "level")},
    // expense lines (SOP-10 §5.3.1.3)
    {"category", "transport", QT_TRANSLATE_NOOP3("EnumValue", "Transport", "category")},
    {"category", "lodging", QT_TRANSLATE_NOOP3("EnumValue", "Lodging", "category")},
    {"category", "meals", QT_TRANSLATE_NOOP3("EnumValue", "Meals", "category")},
    {"category", "hospitality", QT_TRANSLATE_NOOP3("EnumValue", "Hospitality", "category")},
    {"category", "gift", QT_TRANSLATE_NOOP3("EnumValue", "Gift received", "category")},
    {"category", "other", QT_TRANSLATE_NOOP3("EnumValue", "Other", "category")},
    {"paid_by", "company", QT_TRANSLATE_NOOP3("EnumValue", "Company", "paid_by")},
    {"paid_by", "customer", QT_TRANSLATE_NOOP3("EnumValue", "Customer", "paid_by")},
    // customer complaints (QEF-15-05): a major one can start an urgent dispatch
    {"severity", "major", QT_TRANSLATE_NOOP3("EnumValue", "Major", "severity")},
    {"severity", "normal", QT_TRANSLATE_NOOP3("EnumValue", "Normal", "severity")},
    // call-back NPS groups (SOP-15 §7.1), derived from the score
    {"nps_group", "promoter", QT_TRANSLATE_NOOP3("EnumValue", "Promoter (9-10)", "nps_group")},
    {"nps_group", "passive", QT_TRANSLATE_NOOP3("EnumValue", "Passive (7-8)", "nps_group")},
    {"nps_group", "detractor", QT_TRANSLATE_NOOP3("EnumValue", "Detractor (0-6)", "nps_group")},
};

QString translateEnum(const TranslatableText &text)
{
    return QCoreApplication::translate("EnumValue", text.source, text.comment);
}

} // namespace

QString EnumNames::text(const QString &fieldKey, const QString &value)
{
    for (const EnumName &name : Names) {
        if (fieldKey == QLatin1String(name.field) && value == QLatin1String(name.value))
            return translateEnum(name.text);
    }
    return value;
}

bool EnumNames::has(const QString &fieldKey, const QString &value)
{
    for (const EnumName &name : Names) {
        if (fieldKey == QLatin1String(name.field) && value == QLatin1String(name.value))
            return true;
    }
    return false;
}

QString EnumNames::listText(const QString &fieldKey, const QString &json)
{
    QStringList names;
    for (const QString &value : FieldCodec::listValues(json))
        names << text(fieldKey, value);
    return names.join(listSeparator());
}

QString EnumNames::listSeparator()
{
    return QCoreApplication::translate("EnumValue", ", ", "list separator");
}
