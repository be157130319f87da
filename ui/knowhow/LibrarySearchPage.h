#pragma once

#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

// Full-text search over the know-how library, daily reports and service reports (SearchIndex:
// any Chinese substring of two or more characters, whole Latin words). A hit opens its record.
// L3 know-how is never in the index, so it never shows here (SOP-15 §8.2).
class LibrarySearchPage : public QWidget
{
    Q_OBJECT
public:
    explicit LibrarySearchPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *results() const { return m_results; }
    static QStringList searchedTables();

public slots:
    void search();

signals:
    // table: the hit's kind (knowhow, daily_reports, service_reports).
    void recordActivated(const QString &table, const QString &id);

private:
    void activate(int row);

    Database *m_db = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_results = nullptr;
    QTimer *m_timer = nullptr;
};
