#include "ui/briefing/BriefingScreens.h"

#include "ui/briefing/BriefingPackPage.h"
#include "ui/briefing/BriefingPage.h"
#include "db/Database.h"
#include "ui/desk/MainWindow.h"
#include "ui/records/RecordListPage.h"
#include "db/RecordStore.h"

#include <QStackedWidget>

BriefingScreens::BriefingScreens(MainWindow *window, QStackedWidget *pages,
                                 RecordListPage *briefingList, RecordListPage *taskList)
    : QObject(window), m_window(window), m_pages(pages), m_briefingList(briefingList),
      m_taskList(taskList)
{
    m_page = new BriefingPage(pages);
    pages->addWidget(m_page);
    connect(m_page, &BriefingPage::taskRequested, this, &BriefingScreens::taskRequested);
    connect(m_page->pack(), &BriefingPackPage::taskActivated, this,
            &BriefingScreens::taskRequested);
    connect(m_page, &BriefingPage::briefingChanged, this, [this](const QString &taskId) {
        for (RecordListPage *list : {m_briefingList, m_taskList}) {
            if (list)
                list->reload();
        }
        emit briefingChanged(taskId);
    });
    if (m_briefingList) {
        m_briefingList->setCanCreate(false);
        connect(m_briefingList, &RecordListPage::recordActivated, this,
                &BriefingScreens::openBriefing);
    }
}

void BriefingScreens::setDatabase(Database *db)
{
    m_db = db;
    m_page->setDatabase(db);
}

void BriefingScreens::openForTask(const QString &taskId)
{
    if (!m_db || !m_page->openForTask(taskId))
        return;
    m_window->showArea(QStringLiteral("briefing"));
    m_pages->setCurrentWidget(m_page);
}

void BriefingScreens::openBriefing(const QString &briefingId)
{
    QVariantMap brief;
    if (m_db && RecordStore(*m_db).get(QStringLiteral("briefings"), briefingId, &brief, nullptr))
        openForTask(brief.value(QStringLiteral("task_id")).toString());
}
