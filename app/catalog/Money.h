#pragma once

#include <QString>
#include <QtGlobal>

// An RMB amount held as whole fen (1/100 yuan) in 64 bits: sums of any number of claim lines
// are exact, never floating point. Text form is "280.00".
class Money
{
public:
    // Amounts beyond this are rejected as input mistakes (RMB 10 billion).
    static constexpr qint64 MaxFen = 1000000000000LL;

    Money() = default;
    static Money fromFen(qint64 fen) { return Money(fen); }

    // Parses "280.00". strict: exactly two decimals and nothing around them (the interchange
    // form); otherwise also "280" and "280.5" with spaces around, as typed in a form. Rejects
    // signs other than one leading '-', a negative zero, thousands separators, three
    // decimals, exponents and anything beyond MaxFen.
    static bool parse(const QString &text, Money *out, bool strict = true);

    qint64 fen() const { return m_fen; }
    bool isNegative() const { return m_fen < 0; }
    QString toString() const; // always two decimals, e.g. "-12.50"

    Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    bool operator==(Money other) const { return m_fen == other.m_fen; }
    bool operator!=(Money other) const { return m_fen != other.m_fen; }
    bool operator<(Money other) const { return m_fen < other.m_fen; }
    bool operator>(Money other) const { return m_fen > other.m_fen; }

private:
    explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};
