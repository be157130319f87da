#pragma once

#include "app/catalog/Money.h"
#include "db/Error.h"

#include <QCoreApplication>

// An RMB amount as a person types it in a form: yuan with up to two decimals ("280",
// "280.5", "280.05"), never negative, parsed exactly by Money. The message says what is wrong
// (three decimals, a sign, not a number) and what to type; the caller names the field.
class MoneyInput
{
    Q_DECLARE_TR_FUNCTIONS(MoneyInput)
public:
    // Empty text is no amount: true with *out untouched and *isEmpty (optional) set.
    static bool parse(const QString &typed, Money *out, Error *error, bool *isEmpty = nullptr);
};
