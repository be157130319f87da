#pragma once

#include <QList>

// Order statistics over repeated timings. Latency targets are stated as p95, so a benchmark
// reports the slow tail, not the mean.
class Stats
{
public:
    // Nearest-rank percentile (p in 0..100) of values; 0 for an empty list.
    static double percentile(QList<double> values, double p);
    static double median(const QList<double> &values) { return percentile(values, 50); }
    static double maximum(const QList<double> &values);
};
