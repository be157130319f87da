#include "app/rules/PpeRule.h"

namespace {
struct Tier
{
    const char *risk;
    QStringList adds;
};

const QList<Tier> &tiers()
{
    static const QList<Tier> all = {
        {"low",
         {QStringLiteral("safety_shoes"), QStringLiteral("helmet"),
          QStringLiteral("work_clothes")}},
        {"medium",
         {QStringLiteral("chemical_gloves"), QStringLiteral("goggles"),
          QStringLiteral("respirator_mask")}},
        {"high",
         {QStringLiteral("chemical_suit"), QStringLiteral("full_face_respirator"),
          QStringLiteral("emergency_contact_card")}},
        {"hf", {QStringLiteral("hf_first_aid_kit")}},
    };
    return all;
}
} // namespace

QStringList PpeRule::itemsFor(const QString &safetyRisk)
{
    QStringList items;
    for (const Tier &tier : tiers()) {
        items << tier.adds;
        if (safetyRisk == QLatin1String(tier.risk))
            return items;
    }
    return {};
}

QString PpeRule::label(const QString &item)
{
    if (item == QLatin1String("safety_shoes"))
        return tr("Safety shoes");
    if (item == QLatin1String("helmet"))
        return tr("Safety helmet");
    if (item == QLatin1String("work_clothes"))
        return tr("Work clothes");
    if (item == QLatin1String("chemical_gloves"))
        return tr("Chemical-resistant gloves");
    if (item == QLatin1String("goggles"))
        return tr("Goggles");
    if (item == QLatin1String("respirator_mask"))
        return tr("Respirator mask");
    if (item == QLatin1String("chemical_suit"))
        return tr("Chemical protective suit");
    if (item == QLatin1String("full_face_respirator"))
        return tr("Full-face respirator");
    if (item == QLatin1String("emergency_contact_card"))
        return tr("Emergency contact card");
    if (item == QLatin1String("hf_first_aid_kit"))
        return tr("HF first-aid kit (25 % calcium gluconate gel)");
    return item;
}
