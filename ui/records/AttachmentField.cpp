#include "ui/records/AttachmentField.h"

#include "app/workflow/AttachmentStore.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/ScanViewerDialog.h"
#include "ui/widgets/Style.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

AttachmentField::AttachmentField(Database *db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_attach =
        new QPushButton(Icons::icon(QStringLiteral("attach")), tr("Attach scanned copy…"), this);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setToolTip(tr("Choose the scanned, signed copy (PDF or image, at most %1 MB); it "
                            "is stored encrypted in the database")
                             .arg(AttachmentStore::MaxSize / (1024 * 1024)));
    m_open = new QPushButton(Icons::icon(QStringLiteral("eye")), tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_open->setProperty("signatureKeepEnabled", true); // viewing stays possible on a signed form
    m_open->setToolTip(tr("Show the scanned copy (it stays inside Field Desk)"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("attachmentInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true); // a long file name wraps instead of widening the form
    m_info->setMinimumWidth(120);
    m_info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_attach);
    layout->addWidget(m_open);
    layout->addWidget(m_info, 1);
    setFocusProxy(m_attach);

    connect(m_attach, &QPushButton::clicked, this, &AttachmentField::chooseFile);
    connect(m_open, &QPushButton::clicked, this, &AttachmentField::openAttachment);
    updateInfo();
}

AttachmentField::~AttachmentField() = default;

void AttachmentField::setAttachmentId(const QString &id)
{
    m_id = id;
    m_pendingName.clear();
    m_pendingData.clear();
    updateInfo();
}

void AttachmentField::chooseFile()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach scanned copy"), start,
        tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    Error error;
    if (!attachFile(path, &error))
        emit problem(error.message);
}

bool AttachmentField::attachFile(const QString &path, Error *error)
{
    QByteArray data;
    if (!AttachmentStore::readFile(path, &data, error))
        return false;
    if (data.isEmpty())
        return Error::set(error, Error::Code::Validation,
                          tr("The file %1 is empty; choose the scanned copy itself.")
                              .arg(QFileInfo(path).fileName()));
    m_pendingName = QFileInfo(path).fileName();
    m_pendingData = data;
    m_id = RecordSave::newId();
    updateInfo();
    emit changed();
    return true;
}

RecordSave::File AttachmentField::pendingFile(const QString &field) const
{
    return {field, m_id, m_pendingName, m_pendingData};
}

void AttachmentField::pendingWritten()
{
    m_pendingName.clear();
    m_pendingData.clear();
    updateInfo();
}

bool AttachmentField::content(QByteArray *data, QString *fileName, Error *error) const
{
    if (hasPendingFile()) {
        *data = m_pendingData;
        *fileName = m_pendingName;
        return true;
    }
    if (!m_db)
        return Error::set(error, Error::Code::Failure, tr("The database is closed."));
    AttachmentStore store(*m_db);
    AttachmentStore::Info info;
    if (!store.info(m_id, &info, error) || !store.read(m_id, data, error))
        return false;
    *fileName = info.fileName;
    return true;
}

ScanViewerDialog *AttachmentField::openAttachment()
{
    QByteArray data;
    QString fileName;
    Error error;
    if (m_id.isEmpty() || !content(&data, &fileName, &error)) {
        emit problem(error.message);
        return nullptr;
    }
    auto *viewer = new ScanViewerDialog(data, fileName, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    // A plaintext copy leaving the database is worth a line in the audit log.
    connect(viewer, &ScanViewerDialog::copySaved, this, [this](const QString &path) {
        if (!m_db || hasPendingFile())
            return;
        Error error;
        if (!AttachmentStore(*m_db).logCopySaved(m_id, QDir::toNativeSeparators(path), &error))
            emit problem(error.message);
    });
    viewer->show();
    return viewer;
}

void AttachmentField::updateInfo()
{
    m_open->setEnabled(!m_id.isEmpty());
    m_attach->setText(m_id.isEmpty() ? tr("Attach scanned copy…") : tr("Replace scanned copy…"));
    if (m_id.isEmpty()) {
        m_info->setText(tr("No scanned copy attached yet."));
        Style::secondary(m_info);
        return;
    }
    QString name;
    qint64 size = 0;
    if (hasPendingFile()) {
        name = m_pendingName;
        size = m_pendingData.size();
    } else if (m_db) {
        AttachmentStore::Info info;
        Error error;
        if (!AttachmentStore(*m_db).info(m_id, &info, &error)) {
            m_info->setText(
                tr("The scanned copy is missing from this database (%1).").arg(m_id.left(8)));
            Style::error(m_info);
            return;
        }
        name = info.fileName;
        size = info.size;
    }
    const QString sizeText = QLocale().formattedDataSize(size);
    m_info->setText(hasPendingFile() ? tr("%1 · %2 · stored when you save").arg(name, sizeText)
                                     : tr("%1 · %2").arg(name, sizeText));
    m_info->setPalette(QPalette()); // normal text again after secondary or error
}
