#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

// One field-level change as it travels between devices: the new value of one column of one
// record, the version (HLC, device) it replaced on its device, and its own version.
struct SyncChange
{
    QString table;
    QString rowId;
    QString field;
    QVariant value;
    qint64 baseHlc = 0;
    QString baseDevice;
    qint64 hlc = 0;
    QString device;
};

// What a bundle says about itself.
struct SyncBundleMeta
{
    int format = 1;
    QString teamId;
    QString device;
    qint64 sequence = 0;
    qint64 hlcMin = 0;
    qint64 hlcMax = 0;
    QString previousSha256; // hex SHA-256 of the device's previous bundle ("" for the first)
    qint64 changeCount = 0;
};

// A sync bundle: a small SQLCipher file keyed with the raw 256-bit team key (no KDF per
// file) holding a device's changes since its previous bundle and the metadata above. Bundles
// are built and read through a temporary file in the device's local state folder (SQLite
// needs a file); no database is ever opened on the share. Reading checks everything the
// metadata promises (format, team, device, sequence, count), so a truncated, corrupt,
// wrong-key or foreign file is refused as a whole.
class SyncBundle
{
    Q_DECLARE_TR_FUNCTIONS(SyncBundle)
public:
    static constexpr int Format = 1;

    // Writes a new bundle at tempPath (which must not exist) and returns its bytes in *bytes;
    // the temporary file is removed.
    static bool build(const QString &tempPath, const QString &keyHex, const SyncBundleMeta &meta,
                      const QList<SyncChange> &changes, QByteArray *bytes, QString *error);
    // Reads a bundle from its bytes (via tempPath, removed afterwards).
    static bool parse(const QString &tempPath, const QString &keyHex, const QByteArray &bytes,
                      SyncBundleMeta *meta, QList<SyncChange> *changes, QString *error);

    static QString sha256(const QByteArray &bytes);
    // "000000001.fdb" for sequence 1.
    static QString fileName(qint64 sequence);
    // The sequence of a bundle file name, 0 if name is not one.
    static qint64 sequenceOf(const QString &name);
};
