#pragma once

#include "tests/bench/BenchDataSet.h"
#include "tests/bench/Measurement.h"
#include "tests/bench/StorageBench.h"

#include <functional>

// Runs the benchmark: builds the data set in an encrypted and a plain database in the same
// folder, then times every measure on both, alternating between the two run by run (and which
// of the two goes first) so a load change on the machine hits both alike. Produces one
// Measurement per measure, with quality.md's target where it sets one.
class BenchRunner
{
public:
    BenchRunner(const BenchDataSet &sizes, const QString &directory, bool quick);

    // False with *error when a measure could not run (not when one misses its target).
    bool run(QString *error);
    const QList<Measurement> &measurements() const { return m_results; }

private:
    using Operation = std::function<bool(StorageBench &bench, int run, double *ms, QString *error)>;

    bool build(QString *error);
    bool measureOpen(QString *error);
    bool measureQueries(QString *error);
    bool measureMemory(QString *error);
    bool measurePrint(QString *error);
    bool measureKpi(QString *error);
    bool measureSync(QString *error);
    bool alternate(int runs, const Operation &operation, QList<double> *encrypted,
                   QList<double> *plain, QString *error);
    void add(const QString &name, const QString &unit, const QString &stat, double encrypted,
             double plain, const QVariantMap &extra = QVariantMap());

    QString m_directory;
    BenchDataSet m_sizes;
    bool m_quick;
    StorageBench m_encrypted;
    StorageBench m_plain;
    QList<Measurement> m_results;
};
