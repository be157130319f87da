#pragma once

#include "db/Error.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

class Database;

// The brief page's two questions to the task life (SOP-10 §5.2.4-§5.2.8): what still blocks the
// dispatch if the typed brief were saved as it stands, and "save the brief and mark the task
// briefed" as one step that either happens whole or not at all.
class BriefingDispatch
{
public:
    explicit BriefingDispatch(Database &db);

    // The reasons the task cannot be marked briefed with this brief: the brief's own problems
    // (checked by saving it inside a transaction that is then rolled back) and the dispatch
    // blockers. Empty: nothing blocks.
    QStringList blockers(const QString &taskId, const QVariantMap &brief, const QDate &on);
    // Saves the brief (*briefingId receives its id) and marks the task briefed, in one
    // transaction; a refusal writes nothing and says why.
    bool saveAndMarkBriefed(const QString &taskId, const QVariantMap &brief, const QDate &on,
                            QString *briefingId, Error *error);

private:
    Database &m_db;
};
