#pragma once

#include <QCoreApplication>
#include <QStringList>

// SOP-10 §5.2.7: the personal protective equipment a dispatch needs, cumulative by the
// site's chemical risk: low < medium < high < hf (HF adds its first-aid kit to everything
// a high-risk site needs).
class PpeRule
{
    Q_DECLARE_TR_FUNCTIONS(PpeRule)
public:
    // Item keys (interchange values) for a safety_risk of low / medium / high / hf;
    // an unknown risk gives an empty list.
    static QStringList itemsFor(const QString &safetyRisk);
    static QString label(const QString &item); // translated
};
