#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// The frame of an editor made of input rows typed one below the other (a daily report's work
// slots, its expenses): the rows, an "Add" button under them with room beside it (a total),
// and a problem line under everything. Subclasses make the rows; each row gets its ✕ from
// makeRemoveButton(), which stays out of the Tab order so typing never lands on it.
class RowListEditor : public QWidget
{
    Q_OBJECT
public:
    struct Setup
    {
        QString addText;
        QString addName;
        QString addToolTip;
        QString problemName;
    };

    QPushButton *addButton() const { return m_add; }
    void clearProblem();

signals:
    // What the rows say changed (typing, a row removed with text in it).
    void changed();
    // The rows changed in number: the owner renews the tab order.
    void rowsChanged();

protected:
    RowListEditor(const Setup &setup, QWidget *parent);

    QVBoxLayout *rowsLayout() const { return m_rowsLayout; }
    // The row beside the Add button (after a stretch): a total, a hint.
    QHBoxLayout *buttonRow() const { return m_buttons; }
    QToolButton *makeRemoveButton(QWidget *row, const QString &toolTip);
    void showProblemText(const QString &text);

private:
    QVBoxLayout *m_rowsLayout = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_problem = nullptr;
};
