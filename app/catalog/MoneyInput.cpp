#include "app/catalog/MoneyInput.h"

#include <QRegularExpression>

bool MoneyInput::parse(const QString &typed, Money *out, Error *error, bool *isEmpty)
{
    const QString text = typed.trimmed();
    if (isEmpty)
        *isEmpty = text.isEmpty();
    if (text.isEmpty())
        return true;
    Money amount;
    if (Money::parse(text, &amount, false)) {
        if (amount.isNegative())
            return Error::set(error, Error::Code::Validation,
                              tr("%1 is negative; amounts are never negative. Enter what was "
                                 "paid, e.g. 280.00.")
                                  .arg(amount.toString()));
        if (out)
            *out = amount;
        return true;
    }
    static const QRegularExpression moreDecimals(QStringLiteral("^-?\\d+\\.\\d{3,}$"));
    if (moreDecimals.match(text).hasMatch())
        return Error::set(error, Error::Code::Validation,
                          tr("“%1” has more than two decimals; RMB amounts are whole fen, e.g. "
                             "280.05.")
                              .arg(text.left(40)));
    return Error::set(error, Error::Code::Validation,
                      tr("“%1” is not an amount; type yuan with up to two decimals, e.g. 280.00 "
                         "(no thousands separators or currency signs).")
                          .arg(text.left(40)));
}
