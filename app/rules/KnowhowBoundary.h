#pragma once

#include <QCoreApplication>
#include <QList>

// SOP-10 §5.3.1.2: what an engineer may and may not say on site, the five standard rows the
// mission brief shows and the engineer acknowledges (agenda item 4 of §5.2.4). Fixed by the
// SOP (details in SOP-17); a brief adds notes of its own, never edits these.
class KnowhowBoundary
{
    Q_DECLARE_TR_FUNCTIONS(KnowhowBoundary)
public:
    struct Row
    {
        QString key;    // product_spec, operating_advice, troubleshooting, supply_chain, price
        QString topic;  // translated
        QString maySay; // translated
        bool maySayAnything = true; // false: even the "may say" column is a refusal (price)
        QString mayNotSay;          // translated
    };
    static QList<Row> rows();
};
