#pragma once

#include "db/Error.h"
#include "db/SyncBundle.h"

#include <QCoreApplication>

class SyncEngine;
struct SyncReport;

// The publishing half of a sync round (SyncEngine::publish): builds a bundle from the local
// outbox (change_log rows not in a bundle yet) inside the database first — marks and bytes in
// one transaction — and then copies it to this device's folder on the share as .partial,
// flushed, renamed to a name that must not exist. A bundle built earlier is published with
// its stored bytes. Attachment content goes to the share as blobs before any bundle names it.
class SyncPublisher
{
    Q_DECLARE_TR_FUNCTIONS(SyncPublisher)
public:
    explicit SyncPublisher(SyncEngine &engine);
    bool publish(SyncReport *report, Error *error);

private:
    bool buildBundle(SyncReport *report, bool *built, Error *error);
    bool moveToBlob(SyncChange *change, Error *error);
    bool publishStored(qint64 seq, const QByteArray &bytes, SyncReport *report, Error *error);
    void removeStalePartials(SyncReport *report);
    // device.json, written like a bundle (partial, rename, read back); a damaged one (empty
    // from a full share, cut short, another device's) is replaced.
    bool writeDeviceFile(const QString &myDir, Error *error);

    SyncEngine &m_e;
};
