#pragma once

#include <QCoreApplication>
#include <QString>

// SOP-10 §5.2.3: who must approve a dispatch, computed from the assessment. The strictest
// row that applies wins:
//   robert_self        <= 0.5 day and a simple consultation
//   robert             <= 3 days
//   robert_kc_informed > 3 and <= 5 days
//   kc                 > 5 days, or core know-how
//   kc_charles         strategic (tier A) customer, or a major complaint
class ApprovalMatrix
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalMatrix)
public:
    enum class Level { RobertSelf, Robert, RobertKcInformed, Kc, KcCharles };

    struct Input
    {
        double plannedDays = 0;
        QString complexity;   // simple / medium / complex
        QString knowhowRisk;  // none / normal / core
        QString customerTier; // A / B / C / D
        bool majorComplaint = false;
    };

    static Level required(const Input &input);
    static QString key(Level level);         // interchange value, e.g. "robert_kc_informed"
    static QString description(Level level); // translated, for the screen
    // Person roles whose approval a level needs; kc_charles needs both gm and chairman.
    static QStringList approverRoles(Level level);
};
