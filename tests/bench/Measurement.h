#pragma once

#include <QString>
#include <QVariantMap>

// One line of the benchmark's output: a measure on the encrypted database, the same measure
// on the plain baseline, their ratio and, where quality.md sets one, the target and whether
// it was met. Serialized as one JSON object per line with the keys in a fixed order
// (name, value, unit, plain, ratio first) so the output is easy to read and to diff.
class Measurement
{
public:
    QString name;
    QString unit;
    QString stat;
    double value = 0; // encrypted
    double plain = 0;
    double target = 0;      // 0: no target
    double targetRatio = 0; // 0: no ratio target
    QVariantMap extra;

    double ratio() const { return plain > 0 ? value / plain : 0; }
    bool hasTarget() const { return target > 0 || targetRatio > 0; }
    bool meetsTarget() const;
    QString toJsonLine() const;
};
