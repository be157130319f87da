#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The team's recovery sheet for the company safe (architecture.md "Recovery"): the text of
// SyncTeam::recoverySheetText() and the recovery key as a QR code, on one A4 page as PDF.
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
public:
    // What the QR code holds: the team id and the 64 hex digits of the key.
    static QString qrText(const Database &db);
    // Writes the sheet to path (a PDF); false with a message when the file cannot be written.
    // Never over the database's own files; the file is readable by its owner only (it holds
    // the recovery key).
    static bool writePdf(const Database &db, const QString &path, Error *error,
                         bool overwrite = true);
    // True when this build draws the QR code (libqrencode through the print code).
    static bool hasQrCode();
};
