#include "ui/briefing/BriefingScreens.h"

#include "app/models/RecordLookup.h"
#include "db/Database.h"
#include "ui/briefing/BriefingPackPage.h"
#include "ui/briefing/BriefingPage.h"
#include "ui/records/RecordListPage.h"

BriefingScreens::BriefingScreens(QWidget *window, RecordListPage *briefingList,
                                 RecordListPage *taskList)
    : QObject(window), m_briefingList(briefingList), m_taskList(taskList)
{
    m_page = new BriefingPage(window);
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
    emit pageRequested(QStringLiteral("briefing"), m_page);
}

void BriefingScreens::openBriefing(const QString &briefingId)
{
    QVariantMap brief;
    if (m_db && RecordLookup(*m_db).get(QStringLiteral("briefings"), briefingId, &brief))
        openForTask(brief.value(QStringLiteral("task_id")).toString());
}
