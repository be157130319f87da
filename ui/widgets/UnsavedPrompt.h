#pragma once

#include <QCoreApplication>

class QWidget;

// The question asked before typed changes would be lost — Save, Discard or Cancel, Enter saves
// and Esc cancels — with the same wording and the same object name ("unsavedPrompt") in every
// editor, so people and tests meet one prompt. The caller saves on Save.
class UnsavedPrompt
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedPrompt)
public:
    enum class Answer { Save, Discard, Cancel };

    // Modal (its own event loop); the parent's windowTitle is not changed.
    static Answer ask(QWidget *parent, const QString &title, const QString &question);
    // Answers a question still open under owner with Cancel (the window is locking and the
    // editor closes without asking).
    static void cancelOpen(QWidget *owner);
};
