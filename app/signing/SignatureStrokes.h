#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QString>

// A captured signature as vector strokes, in the pad's own units (origin top-left): what the
// signatures table stores (schema 007) and what the print scales into a signature block.
// JSON: {"width": W, "height": H, "strokes": [[x0,y0,x1,y1,...], ...]}. Parsing refuses
// anything a pad cannot produce — non-finite numbers, points outside the pad, absurd sizes or
// point counts — so a hostile import or sync bundle cannot make the print or the UI choke.
struct SignatureStrokes
{
    Q_DECLARE_TR_FUNCTIONS(SignatureStrokes)
public:
    static constexpr double MaxSide = 4000.0; // pad units; a pad is a few hundred wide
    static constexpr int MaxStrokes = 400;
    static constexpr int MaxPoints = 20000; // over all strokes
    // Ink a signature needs at least (sum of stroke lengths, in pad widths): a dot or a
    // stray tap is not a signature.
    static constexpr double MinInkWidths = 0.25;

    double width = 0;
    double height = 0;
    QList<QPolygonF> strokes;

    bool isEmpty() const { return strokes.isEmpty(); }
    int pointCount() const;
    // Total length of all strokes in pad units.
    double inkLength() const;
    bool hasEnoughInk() const;

    // Compact JSON with coordinates rounded to 0.1 unit.
    QString toJson() const;
    // False with a Validation error (naming the field "strokes") for anything malformed.
    static bool parse(const QString &json, SignatureStrokes *out, Error *error);
    // Checks the value itself (sizes, counts, coordinates inside the pad).
    bool check(Error *error) const;
};
