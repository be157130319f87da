#pragma once

#include <QWidget>

class FormErrors;
class QLabel;
class QGridLayout;
class QPlainTextEdit;

// Agenda item 5 of the mission brief (SOP-10 §5.2.4, §5.2.7): the protective equipment the
// task's safety risk calls for, derived by PpeRule and cumulative (read-only here: it follows
// the assessment), the HF first-aid kit highlighted; and the brief's safety notes.
class PpePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PpePanel(QWidget *parent = nullptr);

    void setSafetyRisk(const QString &risk);
    void setNotes(const QString &notes);
    QString notes() const;
    void addFields(FormErrors &errors);
    // The item keys shown (PpeRule), in order.
    QStringList itemKeys() const { return m_keys; }

signals:
    void changed();

private:
    QLabel *m_risk = nullptr;
    QWidget *m_items = nullptr;
    QGridLayout *m_grid = nullptr;
    QStringList m_keys;
    QPlainTextEdit *m_notes = nullptr;
};
