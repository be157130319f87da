#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDialog>
#include <QImage>

class QLabel;
class QPdfDocument;
class QPushButton;
class QScrollArea;

// Shows a scanned copy (a PDF or an image) from memory, inside Field Desk. The decrypted
// content never touches the disk (quality.md "Encryption at rest": no plaintext in any
// temporary file), so the scan is not handed to the desktop's viewer; "Save a copy…" writes
// it only where the person chooses. PDF pages are rendered by Qt PDF, one page at a time.
class ScanViewerDialog : public QDialog
{
    Q_OBJECT
public:
    ScanViewerDialog(const QByteArray &data, const QString &fileName, QWidget *parent = nullptr);
    ~ScanViewerDialog() override;

    // 0 when the content cannot be shown (problem() says why).
    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    QString problem() const { return m_problem; }
    // The page as rendered for the screen (for tests and the zoom).
    QImage pageImage() const { return m_image; }

    void showPage(int page);
    void zoomBy(double factor);
    void fitWidth();

signals:
    // "Save a copy…" wrote the plaintext scan to path (the caller logs it).
    void copySaved(const QString &path);

protected:
    // "Fit width" follows the viewer's size.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void render();
    void saveCopy();
    void updateControls();

    QByteArray m_data;
    QString m_fileName;
    QBuffer m_buffer;
    QPdfDocument *m_pdf = nullptr;
    QImage m_picture; // an image scan, as read
    QImage m_image;   // what is shown
    int m_pageCount = 0;
    int m_page = 0;
    double m_zoom = 0; // 0: fit the width
    QString m_problem;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_view = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};
