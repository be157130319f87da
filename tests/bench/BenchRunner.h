#pragma once

#include "tests/bench/Measurement.h"
#include "tests/bench/ProductBench.h"

// Runs the benchmark of quality.md "Speed": writes the ten-year data set (TenYearData) as an
// interchange file, imports it through the product's importer into an encrypted and a plain
// database made by the product's migrations, then times the product's own classes on both,
// alternating which goes first so a load change on the machine hits both alike. Produces one
// Measurement per row of quality.md's table that the headless program can run, with its target.
class BenchRunner
{
public:
    BenchRunner(const QString &directory, bool quick);
    // Reuse the databases an earlier run left in the folder (--keep): no import measure.
    void setReuse(bool reuse) { m_reuse = reuse; }
    // Run only the measure groups named (import, start, lists, search, audit, print, memory,
    // sync); empty: all.
    void setOnly(const QStringList &groups) { m_only = groups; }

    // False with *error when a measure could not run (not when one misses its target).
    bool run(QString *error);
    const QList<Measurement> &measurements() const { return m_results; }
    // The encrypted ten-year database and its raw key, for --keep.
    const ProductBench &encrypted() const { return m_encrypted; }

private:
    bool build(QString *error);
    bool measureStartPage(QString *error);
    bool measureLists(QString *error);
    bool measureSearch(QString *error);
    bool measureAudit(QString *error);
    bool measurePrint(QString *error);
    bool measureMemory(QString *error);
    bool measureKpi(QString *error);
    bool measureSync(QString *error);
    void add(const QString &name, const QString &unit, const QString &stat, double encrypted,
             double plain, const QVariantMap &extra = QVariantMap());

    QString m_directory;
    bool m_quick;
    bool m_reuse = false;
    QStringList m_only;
    ProductBench m_encrypted;
    ProductBench m_plain;
    QString m_json;
    QList<Measurement> m_results;
};
