#include "ui/widgets/PassphraseEdit.h"

PassphraseEdit::PassphraseEdit(const char *objectName, QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QString::fromLatin1(objectName));
    setEchoMode(QLineEdit::Password);
    setStyleSheet(QStringLiteral("QLineEdit { lineedit-password-character: 8226; }"));
}
