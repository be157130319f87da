#pragma once

#include <QList>
#include <QString>

// The two sync measures of quality.md, on encrypted databases in a temporary folder that
// stands in for the office share:
//   - importing 10,000 field changes published by 3 devices (one bundle each), against
//     inserting the same records directly through RecordStore (the "plain" column);
//   - an idle round (nothing new) over 20 device folders.
class SyncBench
{
public:
    explicit SyncBench(const QString &directory);

    // Median times in ms over `runs` repetitions.
    bool measureImport(int runs, double *importMs, double *directMs, int *changes, QString *error);
    bool measureIdle(int runs, double *idleMs, QString *error);

private:
    bool makeDevice(const QString &name, class Database &db, QString *error);
    bool addRecords(class Database &db, int device, int count, QString *error);

    QString m_dir;
    QString m_share;
    int m_devices = 0;
};
