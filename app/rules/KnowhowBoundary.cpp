#include "app/rules/KnowhowBoundary.h"

QList<KnowhowBoundary::Row> KnowhowBoundary::rows()
{
    return {
        {QStringLiteral("product_spec"), tr("Product specification"),
         tr("Published specifications"), true, tr("Detailed formulations")},
        {QStringLiteral("operating_advice"), tr("Operating advice"), tr("Recommended ranges"), true,
         tr("Key parameters (e.g. exact temperatures)")},
        {QStringLiteral("troubleshooting"), tr("Troubleshooting"), tr("How to deal with it"), true,
         tr("Anything that allows reverse engineering")},
        {QStringLiteral("supply_chain"), tr("Supply chain"), tr("Common raw materials"), true,
         tr("Names of key suppliers")},
        {QStringLiteral("price"), tr("Price"), tr("Prices are not discussed (left to sales)"),
         false, tr("Same as at left")},
    };
}
