#pragma once

#include "app/catalog/RecordKind.h"

#include <QWidget>

class BackgroundReader;
class Database;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class RecordFilterProxy;
class RecordTableModel;

// A list of one record kind (customers, people): a search box that filters across all
// columns, a sortable table whose columns can be shown or hidden from the header's context
// menu, and the count of what is shown. The header's layout is remembered in AppSettings.
// With a BackgroundReader the rows are read in its worker: a list on screen first, the others
// after it; the rows shown so far stay, with a progress bar, until the new ones arrive.
class RecordListPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecordListPage(const RecordKind &kind, QWidget *parent = nullptr);
    ~RecordListPage() override;

    // Where the rows are read (not owned; nullptr: on the GUI thread). Set before setDatabase.
    void setReader(BackgroundReader *reader);
    // Shows the records of db (nullptr: empty, e.g. while locked) and reads them again.
    void setDatabase(Database *db);
    void reload();
    // Whether rows are being read in the background.
    bool isLoading() const;

    void focusSearch();
    void saveColumnState() const;

    RecordTableModel *model() const { return m_model; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // Shows the "New…" button; whoever connects newRecordRequested() opens the editor.
    void setCanCreate(bool canCreate);
    bool canCreate() const;
    // Id of the record under the cursor, empty when none.
    QString currentRecordId() const;

signals:
    void countChanged();
    // A row was double-clicked or Enter was pressed on it.
    void recordActivated(const QString &id);
    // The "New…" button (or Ctrl+N routed here by the main window).
    void newRecordRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadingChanged(bool loading);
    void showHeaderMenu(const QPoint &pos);
    // The header's remembered layout and sort order; false when there is none.
    bool restoreHeaderState();
    // Widths that fit the rows (first time, once rows are there).
    void fitColumns();
    void updateCount();

    RecordKind m_kind;
    RecordTableModel *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_loadError = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_newButton = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_stateRestored = false;
};
