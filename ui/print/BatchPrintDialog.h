#pragma once

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

// Batch print (quality.md: long work in the background with progress and cancel): a month's
// service reports, or the dossier of the selected task, into one PDF or onto a printer. The
// work runs in a BatchPrintJob; this dialog only collects what to print and where.
class BatchPrintDialog : public QDialog
{
    Q_OBJECT
public:
    // taskId: the task selected in the list (empty: the dossier choice is disabled).
    BatchPrintDialog(Database &db, const QString &taskId, QWidget *parent = nullptr);

    void accept() override;

private:
    void browse();
    void updateState();

    Database &m_db;
    QString m_taskId;
    QRadioButton *m_monthChoice = nullptr;
    QRadioButton *m_dossierChoice = nullptr;
    QDateEdit *m_month = nullptr;
    QRadioButton *m_pdfChoice = nullptr;
    QRadioButton *m_printerChoice = nullptr;
    QLineEdit *m_pdfPath = nullptr;
    QComboBox *m_printer = nullptr;
};
