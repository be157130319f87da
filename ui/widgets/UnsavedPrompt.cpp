#include "ui/widgets/UnsavedPrompt.h"

#include <QMessageBox>

void UnsavedPrompt::cancelOpen(QWidget *owner)
{
    const QList<QMessageBox *> boxes = owner->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes)
        box->reject();
}

UnsavedPrompt::Answer UnsavedPrompt::ask(QWidget *parent, const QString &title,
                                         const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedPrompt"));
    box.setInformativeText(tr("If you don't save, what you typed is lost."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}
