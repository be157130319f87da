#include "ui/widgets/ScanViewerDialog.h"

#include "ui/widgets/Icons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr double MinZoom = 0.25;
constexpr double MaxZoom = 4.0;

} // namespace

ScanViewerDialog::ScanViewerDialog(const QByteArray &data, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_data(data), m_fileName(fileName)
{
    setObjectName(QStringLiteral("scanViewer"));
    setWindowTitle(tr("Scanned copy: %1").arg(fileName));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_view = new QLabel(this);
    m_view->setObjectName(QStringLiteral("scanPage"));
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->installEventFilter(this);

    m_previous = new QPushButton(tr("Previous page"), this);
    m_next = new QPushButton(tr("Next page"), this);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("scanPageLabel"));
    auto *zoomOut = new QPushButton(tr("Smaller"), this);
    auto *zoomIn = new QPushButton(tr("Larger"), this);
    auto *fit = new QPushButton(tr("Fit width"), this);
    auto *save = new QPushButton(tr("Save a copy…"), this);
    save->setObjectName(QStringLiteral("saveCopyButton"));
    save->setToolTip(tr("Writes the scan, unencrypted, to a file you choose"));
    auto *close = new QPushButton(tr("Close"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addSpacing(16);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addStretch(1);
    bar->addWidget(save);
    bar->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { zoomBy(1 / 1.25); });
    connect(zoomIn, &QPushButton::clicked, this, [this] { zoomBy(1.25); });
    connect(fit, &QPushButton::clicked, this, &ScanViewerDialog::fitWidth);
    connect(save, &QPushButton::clicked, this, &ScanViewerDialog::saveCopy);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(new QShortcut(QKeySequence::MoveToNextPage, this), &QShortcut::activated, m_next,
            &QPushButton::click);
    connect(new QShortcut(QKeySequence::MoveToPreviousPage, this), &QShortcut::activated,
            m_previous, &QPushButton::click);
    connect(new QShortcut(QKeySequence::ZoomIn, this), &QShortcut::activated, zoomIn,
            &QPushButton::click);
    connect(new QShortcut(QKeySequence::ZoomOut, this), &QShortcut::activated, zoomOut,
            &QPushButton::click);

    resize(820, 900);
    load();
    render();
    updateControls();
}

ScanViewerDialog::~ScanViewerDialog()
{
    delete m_pdf; // before the buffer it reads from
}

void ScanViewerDialog::load()
{
    m_buffer.setData(m_data);
    m_buffer.open(QIODevice::ReadOnly);
    if (m_data.startsWith("%PDF")) {
        m_pdf = new QPdfDocument;
        // Loading from a device finishes asynchronously; it is in memory, so wait here.
        QEventLoop loop;
        connect(m_pdf, &QPdfDocument::statusChanged, &loop, [this, &loop] {
            if (m_pdf->status() != QPdfDocument::Status::Loading)
                loop.quit();
        });
        m_pdf->load(&m_buffer);
        if (m_pdf->status() == QPdfDocument::Status::Loading) {
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        if (m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() < 1) {
            m_problem = tr("This PDF cannot be shown (it may be damaged or password-protected). "
                           "Save a copy and open it with another program, or attach the scan "
                           "again.");
            return;
        }
        m_pageCount = m_pdf->pageCount();
        return;
    }
    QImageReader reader(&m_buffer);
    reader.setAutoTransform(true);
    m_picture = reader.read();
    if (m_picture.isNull()) {
        m_problem = tr("This file is neither a PDF nor an image Field Desk can show (%1). Save a "
                       "copy and open it with another program.")
                        .arg(reader.errorString());
        return;
    }
    m_pageCount = 1;
}

void ScanViewerDialog::render()
{
    if (m_pageCount == 0) {
        m_view->setText(m_problem);
        return;
    }
    const int available = qMax(200, m_scroll->viewport()->width() - 24);
    QSizeF natural; // at 100 %: points for a PDF page (1/72 in), pixels for an image
    if (m_pdf)
        natural = m_pdf->pagePointSize(m_page) * (logicalDpiX() / 72.0);
    else
        natural = m_picture.size();
    const double zoom = m_zoom > 0 ? m_zoom : available / qMax(1.0, natural.width());
    const QSize size = (natural * zoom).toSize().expandedTo(QSize(1, 1));
    const double ratio = devicePixelRatioF();
    if (m_pdf) {
        // Pages render transparent where nothing is drawn: put them on white paper.
        const QImage page = m_pdf->render(m_page, size * ratio);
        m_image = QImage(page.size(), QImage::Format_RGB32);
        m_image.fill(Qt::white);
        QPainter painter(&m_image);
        painter.drawImage(0, 0, page);
        painter.end();
        m_image.setDevicePixelRatio(ratio);
    } else {
        m_image = m_picture.scaled(size * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_image.setDevicePixelRatio(ratio);
    }
    m_view->setPixmap(QPixmap::fromImage(m_image));
}

void ScanViewerDialog::showPage(int page)
{
    if (page < 0 || page >= m_pageCount || page == m_page)
        return;
    m_page = page;
    render();
    m_scroll->verticalScrollBar()->setValue(0);
    updateControls();
}

void ScanViewerDialog::zoomBy(double factor)
{
    if (m_pageCount == 0)
        return;
    const double current =
        m_zoom > 0
            ? m_zoom
            : m_image.width() / m_image.devicePixelRatio() /
                  qMax(1.0, m_pdf ? m_pdf->pagePointSize(m_page).width() * (logicalDpiX() / 72.0)
                                  : double(m_picture.width()));
    m_zoom = qBound(MinZoom, current * factor, MaxZoom);
    render();
}

void ScanViewerDialog::fitWidth()
{
    m_zoom = 0;
    render();
}

bool ScanViewerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_zoom == 0 &&
        m_pageCount > 0) {
        const int width = static_cast<QResizeEvent *>(event)->size().width();
        const int shown = qRound(m_image.width() / m_image.devicePixelRatio());
        // Not again for the scroll bar coming or going (it changes the width a little).
        if (qAbs(width - 24 - shown) > 24)
            render();
    }
    return QDialog::eventFilter(watched, event);
}

void ScanViewerDialog::updateControls()
{
    m_pageLabel->setText(m_pageCount == 0 ? QString()
                                          : tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pageCount);
}

void ScanViewerDialog::saveCopy()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(m_fileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the scan"), start);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_data) != m_data.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The copy could not be written to %1: %2. Choose another folder.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    emit copySaved(path);
}
