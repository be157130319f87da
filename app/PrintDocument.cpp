#include "PrintDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
// Limits of what a signature pad produces (the pad is a few hundred units wide).
constexpr double MaxPadSide = 4000.0;
constexpr int MaxStrokes = 400;
constexpr int MaxPoints = 20000;
} // namespace

bool PrintSignature::parseStrokes(const QString &json, QSizeF *padSize, QList<QPolygonF> *strokes)
{
    strokes->clear();
    *padSize = QSizeF();
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const double width = object.value(QLatin1String("width")).toDouble();
    const double height = object.value(QLatin1String("height")).toDouble();
    if (!(width > 0 && height > 0 && width <= MaxPadSide && height <= MaxPadSide))
        return false;
    const QJsonArray list = object.value(QLatin1String("strokes")).toArray();
    if (list.isEmpty() || list.size() > MaxStrokes)
        return false;
    QList<QPolygonF> out;
    int points = 0;
    for (const QJsonValue &strokeValue : list) {
        const QJsonArray coords = strokeValue.toArray();
        if (coords.size() < 2 || coords.size() % 2 != 0)
            return false;
        points += coords.size() / 2;
        if (points > MaxPoints)
            return false;
        QPolygonF stroke;
        for (int i = 0; i < coords.size(); i += 2) {
            const double x = coords.at(i).toDouble(-1);
            const double y = coords.at(i + 1).toDouble(-1);
            if (!std::isfinite(x) || !std::isfinite(y) || x < 0 || y < 0 || x > width || y > height)
                return false;
            stroke << QPointF(x, y);
        }
        out << stroke;
    }
    *strokes = out;
    *padSize = QSizeF(width, height);
    return true;
}

void PrintForm::addHeading(const QString &text)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Heading;
    b.text = text;
    blocks << b;
}

void PrintForm::addFields(const QList<QPair<QString, QString>> &fields, int columns)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Fields;
    b.fields = fields;
    b.fieldColumns = qMax(1, columns);
    blocks << b;
}

void PrintForm::addParagraph(const QString &text)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Paragraph;
    b.text = text;
    blocks << b;
}

void PrintForm::addNote(const QString &text)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Note;
    b.text = text;
    blocks << b;
}

void PrintForm::addTable(const QStringList &headers, const QList<QStringList> &rows,
                         const QList<qreal> &weights, const QList<int> &rightAligned,
                         const QStringList &totalRow)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Table;
    b.headers = headers;
    b.rows = rows;
    b.columnWeights = weights;
    b.rightAligned = rightAligned;
    b.totalRow = totalRow;
    blocks << b;
}

void PrintForm::addSignatures(const QList<PrintSignature> &signatures)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Signatures;
    b.signatures = signatures;
    blocks << b;
}
