#pragma once

#include <QLineEdit>

// A passphrase field: typed text hidden, masked with a bullet (CJK fonts draw Qt's default
// U+25CF as a full-width disc that reads badly in a password field). The unlock dialog and the
// rebuild-from-the-share dialog use it.
class PassphraseEdit : public QLineEdit
{
    Q_OBJECT
public:
    PassphraseEdit(const char *objectName, QWidget *parent);
};
