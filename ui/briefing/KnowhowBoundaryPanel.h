#pragma once

#include <QWidget>

class FormErrors;
class QCheckBox;
class QPlainTextEdit;
class QTableWidget;

// Agenda item 4 of the mission brief (SOP-10 §5.2.4, §5.3.1.2): the five standard rows of what
// may and may not be said on site, read-only from KnowhowBoundary; the brief's own notes; and
// the engineer's acknowledgement, without which the task cannot be marked briefed.
class KnowhowBoundaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KnowhowBoundaryPanel(QWidget *parent = nullptr);

    void setValues(const QString &notes, bool acknowledged);
    QString notes() const;
    bool acknowledged() const;
    void addFields(FormErrors &errors);

    QTableWidget *table() const { return m_table; }
    QCheckBox *acknowledgement() const { return m_ack; }

signals:
    void changed();

private:
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_ack = nullptr;
};
