#include "app/signing/SignatureStrokes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>

#include <cmath>

namespace {

bool bad(Error *error, const QString &why)
{
    return Error::set(error, Error::Code::Validation, why, QString(), QStringLiteral("strokes"));
}

double rounded(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

int SignatureStrokes::pointCount() const
{
    int n = 0;
    for (const QPolygonF &stroke : strokes)
        n += stroke.size();
    return n;
}

double SignatureStrokes::inkLength() const
{
    double length = 0;
    for (const QPolygonF &stroke : strokes) {
        for (int i = 1; i < stroke.size(); ++i)
            length += QLineF(stroke.at(i - 1), stroke.at(i)).length();
    }
    return length;
}

bool SignatureStrokes::hasEnoughInk() const
{
    return width > 0 && inkLength() >= width * MinInkWidths;
}

bool SignatureStrokes::check(Error *error) const
{
    if (!std::isfinite(width) || !std::isfinite(height) || width < 1 || height < 1 ||
        width > MaxSide || height > MaxSide)
        return bad(error, tr("The signature's pad size %1 × %2 is not between 1 and %3.")
                              .arg(width)
                              .arg(height)
                              .arg(MaxSide));
    if (strokes.size() > MaxStrokes)
        return bad(error, tr("The signature has %1 strokes; at most %2 are accepted.")
                              .arg(strokes.size())
                              .arg(MaxStrokes));
    if (pointCount() > MaxPoints)
        return bad(error, tr("The signature has %1 points; at most %2 are accepted.")
                              .arg(pointCount())
                              .arg(MaxPoints));
    for (const QPolygonF &stroke : strokes) {
        if (stroke.isEmpty())
            return bad(error, tr("The signature has an empty stroke."));
        for (const QPointF &p : stroke) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() < 0 || p.y() < 0 ||
                p.x() > width || p.y() > height)
                return bad(error, tr("A point of the signature lies outside its pad (%1 × %2).")
                                      .arg(width)
                                      .arg(height));
        }
    }
    return true;
}

QString SignatureStrokes::toJson() const
{
    QJsonArray list;
    for (const QPolygonF &stroke : strokes) {
        QJsonArray coords;
        for (const QPointF &p : stroke)
            coords << rounded(p.x()) << rounded(p.y());
        list.append(coords);
    }
    const QJsonObject object{{QStringLiteral("width"), rounded(width)},
                             {QStringLiteral("height"), rounded(height)},
                             {QStringLiteral("strokes"), list}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool SignatureStrokes::parse(const QString &json, SignatureStrokes *out, Error *error)
{
    // A generous byte bound first: MaxPoints points of "1234.5," fit well inside it.
    if (json.size() > MaxPoints * 20 + 1000)
        return bad(error, tr("The signature data is too large."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(error, tr("The signature data is not a JSON object with width, height and "
                             "strokes."));
    const QJsonObject object = doc.object();
    const QJsonValue w = object.value(QStringLiteral("width"));
    const QJsonValue h = object.value(QStringLiteral("height"));
    const QJsonValue list = object.value(QStringLiteral("strokes"));
    if (!w.isDouble() || !h.isDouble() || !list.isArray())
        return bad(error, tr("The signature data needs numbers \"width\" and \"height\" and a "
                             "list \"strokes\"."));
    SignatureStrokes value;
    value.width = w.toDouble();
    value.height = h.toDouble();
    const QJsonArray strokes = list.toArray();
    if (strokes.size() > MaxStrokes)
        return bad(error, tr("The signature has %1 strokes; at most %2 are accepted.")
                              .arg(strokes.size())
                              .arg(MaxStrokes));
    int points = 0;
    for (const QJsonValue &s : strokes) {
        if (!s.isArray())
            return bad(error, tr("Every stroke of the signature must be a list of numbers."));
        const QJsonArray coords = s.toArray();
        if (coords.isEmpty() || coords.size() % 2 != 0)
            return bad(error, tr("A stroke of the signature needs x, y pairs."));
        points += coords.size() / 2;
        if (points > MaxPoints)
            return bad(error, tr("The signature has more than %1 points.").arg(MaxPoints));
        QPolygonF stroke;
        stroke.reserve(coords.size() / 2);
        for (int i = 0; i < coords.size(); i += 2) {
            if (!coords.at(i).isDouble() || !coords.at(i + 1).isDouble())
                return bad(error, tr("A stroke of the signature holds something that is not a "
                                     "number."));
            stroke << QPointF(coords.at(i).toDouble(), coords.at(i + 1).toDouble());
        }
        value.strokes << stroke;
    }
    if (!value.check(error))
        return false;
    *out = value;
    return true;
}
