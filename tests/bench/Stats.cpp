#include "tests/bench/Stats.h"

#include <algorithm>
#include <cmath>

double Stats::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p % of the samples at or below it.
    const int rank = int(std::ceil(p / 100.0 * values.size()));
    return values.at(std::clamp(rank - 1, 0, int(values.size()) - 1));
}

double Stats::maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}
