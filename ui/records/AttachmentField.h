#pragma once

#include "app/workflow/RecordSave.h"

#include <QByteArray>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class ScanViewerDialog;
struct Error;

// The scanned copy of a form (SOP-10 §5.2.5: the signed NDA) in an editor: "Attach scanned
// copy…" picks a file, which is held here until the record is saved and then written, in the
// same transaction, into the encrypted database (AttachmentStore); the field's value is the
// attachment's id. "Open" shows it in Field Desk's own viewer (ScanViewerDialog), from memory:
// the decrypted scan is never written to a temporary file.
class AttachmentField : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentField(Database *db, QWidget *parent = nullptr);
    ~AttachmentField() override;

    QString attachmentId() const { return m_id; }
    void setAttachmentId(const QString &id);

    // What "Attach scanned copy…" does after the file dialog; false (and *error) when the file
    // cannot be attached, e.g. larger than 20 MB.
    bool attachFile(const QString &path, Error *error);
    bool hasPendingFile() const { return !m_pendingName.isEmpty(); }
    // The file attached since the last save, for RecordSave to store with the record.
    RecordSave::File pendingFile(const QString &field) const;
    // The transaction committed: the file is stored now.
    void pendingWritten();

    // Shows the scan in the viewer (closed with the editor); nullptr when it cannot be read.
    ScanViewerDialog *openAttachment();

signals:
    void changed();
    // A problem to show at the field (file too large, unreadable, damaged).
    void problem(const QString &message);

private:
    void chooseFile();
    void updateInfo();
    bool content(QByteArray *data, QString *fileName, Error *error) const;

    Database *m_db = nullptr;
    QString m_id;
    QString m_pendingName;
    QByteArray m_pendingData;
    QLabel *m_info = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
};
