#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTextBrowser;

// The pre-dispatch briefing pack of a task (SOP-10 §5.2.6), read-only: the customer's file,
// its past tasks with their briefs' objectives, similar cases found by full-text search, and
// the customer's NDAs with their scanned copies (BriefingPack gathers them). "I have read the
// pack" records the time on the brief. Built as one document, so it can be printed later.
class BriefingPackPage : public QWidget
{
    Q_OBJECT
public:
    explicit BriefingPackPage(QWidget *parent = nullptr);

    // Reads the pack of taskId from db (nullptr: empty).
    void showTask(Database *db, const QString &taskId);
    QTextBrowser *view() const { return m_view; }
    QPushButton *readButton() const { return m_read; }

public slots:
    void markRead();

signals:
    void packRead();
    void taskActivated(const QString &taskId);

private:
    QString html(const class BriefingPack &pack) const;

    Database *m_db = nullptr;
    QString m_taskId;
    QTextBrowser *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_read = nullptr;
};
