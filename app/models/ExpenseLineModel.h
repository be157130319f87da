#pragma once

#include "app/catalog/Money.h"
#include "db/Error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariantMap>

// The lines of one expense claim (QEF-10-05) while they are edited: date, category,
// description, amount, who paid, receipt and the daily report a line came from, in the order
// people arrange them (line_no is the row + 1 when saved). Amounts are kept as whole fen; text
// typed into the amount that is no amount stays in its cell (nothing typed is lost), marked,
// and the claim cannot be saved until it is corrected. The company-paid total is an exact sum
// of fen; customer-paid gifts and hospitality over RMB 200.00 are flagged per line
// (SiteReportRules::declarationRequired). Widget-free: the delegates live in ui/.
class ExpenseLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Category, Description, Amount, PaidBy, Receipt, DailyReport, ColumnCount };
    enum Role {
        DeclarationRole = Qt::UserRole, // bool: this line must be declared (any column)
        ProblemRole,                    // the typed text's problem in this cell, or empty
        LineIdRole,                     // the line's record id (any column)
    };

    struct Line
    {
        QString id;
        bool isNew = true;
        QVariantMap stored;  // field key -> stored value (the columns above)
        QString amountText;  // typed text that is no amount (then stored amount is null)
        QString amountIssue; // why amountText is no amount
    };

    explicit ExpenseLineModel(QObject *parent = nullptr);

    // The field key (expense_lines column) of a column.
    static QString fieldKey(int column);

    // Stored records of expense_lines (with "id"), already in line_no order; becomes the
    // unmodified state.
    void setLines(const QList<QVariantMap> &records);
    const QList<Line> &lines() const { return m_lines; }
    // Appends a line with defaults (date, paid_by, ...); returns its row.
    int addLine(const QVariantMap &defaults);
    bool removeLine(int row);
    bool moveLine(int from, int to);
    QStringList removedIds() const { return m_removed; }
    // The record as it will be written: the fields, claim_id and line_no.
    QVariantMap record(int row, const QString &claimId) const;

    // Labels of the daily reports lines may name ("2026-11-18 林国栋").
    void setDailyReportLabels(const QList<QPair<QString, QString>> &labels);
    const QList<QPair<QString, QString>> &dailyReportLabels() const { return m_reportLabels; }

    Money companyTotal() const;
    bool declarationRequired(int row) const;
    int declarationCount() const;
    // The first line whose typed amount is no amount, or -1.
    int firstInputProblem() const;

    bool isModified() const;
    void markSaved();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Amount: text as typed (parsed by MoneyInput); Receipt: CheckStateRole; the rest: the
    // stored value (ISO date, enum code, text, daily report id).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The total or a declaration flag may have changed.
    void totalsChanged();
    // A typed amount was not accepted (the cell keeps the text and shows the problem).
    void inputProblem(int row, int column, const QString &message);
    void modifiedChanged();

private:
    struct Snapshot
    {
        QString id;
        QVariantMap stored;
    };
    QString dailyReportLabel(const QString &id) const;
    void changedRows(int first, int last);

    QList<Line> m_lines;
    QStringList m_removed;
    QList<Snapshot> m_baseline;
    QList<QPair<QString, QString>> m_reportLabels;
};
