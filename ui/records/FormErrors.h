#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

struct Error;
class QLabel;
class QWidget;

// Puts a refusal where it belongs: the workflow's Error names a field, so its message goes
// into the red label under that field and the field gets the focus; a message without a
// (known) field goes into the form's general label.
class FormErrors
{
public:
    explicit FormErrors(QLabel *general = nullptr);

    // A hidden, word-wrapped red label for under a field.
    static QLabel *makeLabel(QWidget *parent, const QString &objectName);

    void add(const QString &field, QWidget *editor, QLabel *label);
    void show(const Error &error);
    void showAt(const QString &field, const QString &message);
    void clear();
    bool isEmpty() const;

private:
    struct Slot
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> label;
    };
    QPointer<QLabel> m_general;
    QHash<QString, Slot> m_slots;
};
