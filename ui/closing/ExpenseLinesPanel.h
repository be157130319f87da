#pragma once

#include <QWidget>

class ExpenseLineModel;
class QLabel;
class QPushButton;
class QTableView;

// The lines of an expense claim as a table edited in place (ExpenseLineDelegate): Tab walks
// the cells, Enter on the last line starts a new one, Ctrl+Delete removes the current line;
// buttons add, remove and move lines up or down. Under the table the problem of a line (its
// number, field and what to type), beside the buttons the exact company-paid total.
class ExpenseLinesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExpenseLinesPanel(QWidget *parent = nullptr);

    ExpenseLineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }

    // Default values of a new line (its date, who paid).
    void setLineDefaults(const QVariantMap &defaults) { m_defaults = defaults; }
    // The message under the table, empty when none.
    QString lineError() const;
    // Shows message for a cell ("Line 2, Amount (RMB): …" unless it names the line already)
    // and makes the cell current.
    void showLineError(int row, int column, const QString &message, bool focus = false);
    void clearLineError();
    // Commits the cell being typed in, so that Save sees it.
    void commitEditor();
    // A signed claim: the lines stay readable and scrollable but cannot be edited, added,
    // removed or moved (the view keeps SignaturePanel::KeepEnabled).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void addLine();
    void removeLine();
    void moveLine(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void updateTotal();

    ExpenseLineModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_total = nullptr;
    QVariantMap m_defaults;
    int m_errorRow = -1;
    bool m_readOnly = false;
};
