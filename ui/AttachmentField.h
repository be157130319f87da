#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <QWidget>
#include <functional>

class Database;
class QLabel;
class QPushButton;
class QTemporaryFile;
struct Error;

// The scanned copy of a form (SOP-10 §5.2.5: the signed NDA) in an editor: "Attach scanned
// copy…" picks a file, which is held here until the record is saved and then written, in the
// same transaction, into the encrypted database (AttachmentStore); the field's value is the
// attachment's id. "Open" writes the content to an owner-only temporary file, removed again
// when the editor closes, and opens it with the desktop's viewer.
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
    // Writes a file attached since the last save; call inside the record's transaction.
    bool writePending(Error *error);
    // The transaction committed: the file is stored now.
    void pendingWritten();

    // Writes the content to a temporary file and opens it; returns its path (empty on error).
    QString openAttachment();

    // How "Open" hands the file to the desktop (QDesktopServices::openUrl); tests replace it.
    static void setOpener(std::function<bool(const QUrl &)> opener);

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
    QList<QTemporaryFile *> m_openedFiles;
};
