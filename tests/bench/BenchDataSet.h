#pragma once

#include <QStringList>

// The size of the ten-year data set quality.md asks for, and the bench-only tables that hold
// it. The real schemas for tasks and forms come with their features; these tables have the
// same shape (record columns, UUID keys, short columns before long Chinese text, the indexes a
// list or a lookup needs) so the storage layer is measured on realistic rows.
class BenchDataSet
{
public:
    int customers = 400;
    int people = 25;
    int tasks = 3000;
    int dailyReports = 30000;
    int expenseLines = 60000;
    int serviceReports = 3000;
    int callbacks = 3000;
    int knowhow = 2000;

    static BenchDataSet full();
    // About a tenth of everything, for CI.
    static BenchDataSet quick();

    // CREATE statements for the bench tables, their indexes and the FTS4 search index.
    static QStringList schema();
};
