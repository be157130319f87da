#pragma once

#include "db/Error.h"

#include <QVariantMap>
#include <QWidget>

class Database;
class ExpenseLineModel;
class ExpenseLinesPanel;
class QLabel;
class QPushButton;
class QTableView;
class RecordForm;
class SignaturePanel;

// One expense claim QEF-10-05 (SOP-10 §5.3.1.3, §5.5): the claim's own fields (task, claimant,
// submitted at, gift declaration, notes) in a RecordForm, and its lines in a table edited in
// place (ExpenseLinesPanel: Tab across cells, Enter for a new line). The company-paid total is
// summed exactly as lines change; customer-paid gifts and hospitality over RMB 200.00 are flagged
// on their line and for the claim until the declaration (date and 王婧) is entered. Save (Ctrl+S)
// writes the claim and every line in one transaction (ExpenseClaimWriter); a bad line is named with
// its number and field, its cell selected, and nothing is written.
class ExpenseClaimPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExpenseClaimPage(QWidget *parent = nullptr);

    // nullptr while locked: the page keeps what was typed but does nothing.
    void setDatabase(Database *db);
    // False when the claim cannot be read or the user kept unsaved edits of the one shown.
    bool openClaim(const QString &claimId);
    // A new claim, for taskId when given.
    bool newClaim(const QString &taskId = QString());
    bool confirmLeave();
    bool isModified() const;

    QString claimId() const { return m_claimId; }
    bool isNew() const { return m_isNew; }
    RecordForm *form() const { return m_form; }
    ExpenseLineModel *lines() const { return m_lines; }
    QTableView *lineView() const { return m_view; }
    // The message under the table (a line's problem), empty when none.
    QString lineError() const;
    SignaturePanel *signing() const { return m_signing; }

public slots:
    bool save();
    // The preview of the saved claim (typing is saved first); File › Print… (Ctrl+P) calls it
    // while the page is shown.
    void printPreview();

signals:
    void closeRequested();
    // The claim was saved (lists and the start page read again).
    void claimSaved(const QString &claimId, const QString &taskId);

private:
    void rebuildForm(const QVariantMap &values);
    void load(const QVariantMap &claim, const QList<QVariantMap> &lines);
    void updateTotals();
    void updateTitle();
    void loadReports();

    Database *m_db = nullptr;
    QString m_dbPath;
    QString m_claimId;
    bool m_isNew = true;
    QVariantMap m_stored;

    QPushButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_formHost = nullptr;
    RecordForm *m_form = nullptr;
    QLabel *m_declaration = nullptr;
    ExpenseLinesPanel *m_linesPanel = nullptr;
    ExpenseLineModel *m_lines = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    SignaturePanel *m_signing = nullptr;
    bool m_locked = false;
};
