#include "ui/print/BatchPrintDialog.h"

#include "ui/print/PrintDialogs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

BatchPrintDialog::BatchPrintDialog(Database &db, const QString &taskId, QWidget *parent)
    : QDialog(parent), m_db(db), m_taskId(taskId)
{
    setWindowTitle(tr("Batch print"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QFormLayout;
    m_monthChoice = new QRadioButton(tr("Service reports of the &month"), this);
    m_month = new QDateEdit(QDate::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setObjectName(QStringLiteral("batchMonth"));
    what->addRow(m_monthChoice, m_month);
    m_dossierChoice = new QRadioButton(tr("&Dossier of the selected task"), this);
    m_dossierChoice->setEnabled(!taskId.isEmpty());
    what->addRow(m_dossierChoice);
    layout->addLayout(what);

    auto *where = new QFormLayout;
    m_pdfChoice = new QRadioButton(tr("Save as &PDF"), this);
    m_pdfPath = new QLineEdit(this);
    m_pdfPath->setObjectName(QStringLiteral("batchPdfPath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdfPath);
    pdfRow->addWidget(browse);
    where->addRow(m_pdfChoice, pdfRow);
    m_printerChoice = new QRadioButton(tr("P&rint on"), this);
    m_printer = new QComboBox(this);
    m_printer->addItems(QPrinterInfo::availablePrinterNames());
    m_printer->setCurrentText(QPrinterInfo::defaultPrinterName());
    m_printerChoice->setEnabled(m_printer->count() > 0);
    where->addRow(m_printerChoice, m_printer);
    layout->addLayout(where);
    // Two independent choices (what, where): radio buttons of one parent are otherwise one
    // exclusive group.
    auto *whatGroup = new QButtonGroup(this);
    whatGroup->addButton(m_monthChoice);
    whatGroup->addButton(m_dossierChoice);
    auto *whereGroup = new QButtonGroup(this);
    whereGroup->addButton(m_pdfChoice);
    whereGroup->addButton(m_printerChoice);
    (taskId.isEmpty() ? m_monthChoice : m_dossierChoice)->setChecked(true);
    m_pdfChoice->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchPrintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchPrintDialog::reject);
    connect(browse, &QPushButton::clicked, this, &BatchPrintDialog::browse);
    for (QRadioButton *choice : {m_monthChoice, m_dossierChoice, m_pdfChoice, m_printerChoice})
        connect(choice, &QRadioButton::toggled, this, &BatchPrintDialog::updateState);
    updateState();
}

void BatchPrintDialog::updateState()
{
    m_month->setEnabled(m_monthChoice->isChecked());
    m_pdfPath->setEnabled(m_pdfChoice->isChecked());
    m_printer->setEnabled(m_printerChoice->isChecked());
}

void BatchPrintDialog::browse()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        m_monthChoice->isChecked()
            ? tr("Service reports %1.pdf").arg(m_month->date().toString(QStringLiteral("yyyy-MM")))
            : tr("Task dossier.pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir(folder).filePath(suggested), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_pdfPath->setText(path);
}

void BatchPrintDialog::accept()
{
    BatchPrintJob::Request request;
    if (m_monthChoice->isChecked())
        request.month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    else
        request.recordIds << m_taskId;
    if (m_pdfChoice->isChecked()) {
        request.pdfPath = m_pdfPath->text().trimmed();
        if (request.pdfPath.isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Choose the PDF file to write (Browse…)."));
            m_pdfPath->setFocus();
            return;
        }
    } else {
        request.printerName = m_printer->currentText();
    }
    PrintDialogs::run(parentWidget(), m_db, request);
    QDialog::accept();
}
