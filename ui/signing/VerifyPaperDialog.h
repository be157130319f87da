#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;

// "Verify a paper copy…": scan the QR code of a printout (a scanner types it into the field
// and presses Enter) or type the code printed under it, and the desk says whether the paper is
// the current revision, an old one, altered, or unknown (PaperVerification; each check is
// audited).
class VerifyPaperDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyPaperDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_code; }
    QLabel *resultLabel() const { return m_result; }

public slots:
    void check();

private:
    Database &m_db;
    QLineEdit *m_code = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_check = nullptr;
};
