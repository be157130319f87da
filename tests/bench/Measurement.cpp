#include "tests/bench/Measurement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace {

// Timings in ms carry microseconds; more digits would be noise.
QJsonValue rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QString encode(const QJsonValue &value)
{
    // QJsonDocument only serializes arrays and objects: wrap, then strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return rounded(v.toDouble());
    return QJsonValue::fromVariant(v);
}

} // namespace

bool Measurement::meetsTarget() const
{
    if (target > 0 && !(value < target))
        return false;
    if (targetRatio > 0 && !(ratio() <= targetRatio))
        return false;
    return true;
}

QString Measurement::toJsonLine() const
{
    QList<QPair<QString, QJsonValue>> keys = {{QStringLiteral("name"), name},
                                              {QStringLiteral("value"), rounded(value)},
                                              {QStringLiteral("unit"), unit},
                                              {QStringLiteral("plain"), rounded(plain)},
                                              {QStringLiteral("ratio"), rounded(ratio())},
                                              {QStringLiteral("stat"), stat}};
    if (target > 0)
        keys.append({QStringLiteral("target"), target});
    if (targetRatio > 0)
        keys.append({QStringLiteral("target_ratio"), targetRatio});
    if (hasTarget())
        keys.append({QStringLiteral("meets_target"), meetsTarget()});
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        keys.append({it.key(), jsonOf(it.value())});
    QStringList parts;
    for (const auto &key : keys)
        parts << encode(key.first) + QLatin1Char(':') + encode(key.second);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}
