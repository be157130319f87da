#pragma once

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

class Database;
class LibrarySearchPage;
class QWidget;

class RecordEditors;
class RecordListPage;

// Hooks the know-how library (SOP-10 §5.4.3, SOP-15 §8.2) into the main window: "New…" and a
// double-click on the list open the entry editor (level, content, linked tasks, source
// report); a "Search" tab beside the list searches know-how, daily and service reports in full
// text and opens what it finds. An L3 entry opens only for those KnowhowAccess allows — the
// person who entered their PIN (asked who and for the PIN when nobody has) — whose personal
// key then opens its sealed text (L3Seal); otherwise the refusal says why and who may open
// it; both are written to the audit log.
class KnowhowScreens : public QObject
{
    Q_OBJECT
public:
    // window: the parent of the refusal box; lists: the record lists by array, for the kinds a
    // search hit opens in the generic editor.
    KnowhowScreens(QWidget *window, RecordEditors *editors, RecordListPage *list,
                   const QHash<QString, RecordListPage *> &lists);

    void setDatabase(Database *db);
    LibrarySearchPage *searchPage() const { return m_search; }
    // The refusal shown by the last openEntry() (null when it opened or was closed).
    QMessageBox *refusal() const { return m_refusal.data(); }

public slots:
    // Checks L3 access first; true when the editor opened.
    bool openEntry(const QString &id);
    // A search hit or another screen's link: know-how, service or daily report.
    void openRecord(const QString &table, const QString &id);
    // A new entry was written elsewhere (a service report's know-how feedback).
    void reload();

signals:
    // A search hit on a daily report: its own screen (DailyReportScreens) opens it.
    void dailyReportRequested(const QString &reportId);

private:
    void refuse(const QString &text);
    // The person who opens an L3 entry, their PIN entered: the acting person, or (nobody yet)
    // the one chosen among those with a key at this desk. False: cancelled or wrong PIN.
    bool askPerson(QString *personId);

    QWidget *m_window;
    RecordEditors *m_editors;
    RecordListPage *m_list;
    QHash<QString, RecordListPage *> m_lists;
    LibrarySearchPage *m_search = nullptr;
    Database *m_db = nullptr;
    QPointer<QMessageBox> m_refusal;
    // The L3 entry being opened: its text in clear, handed to the editor and then dropped.
    QString m_openedId;
    QString m_openedText;
    QString m_openedNote;
};
