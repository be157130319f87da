#pragma once

#include "db/SyncConflicts.h"

#include <QAbstractTableModel>
#include <QSet>

class Database;
struct FieldSpec;

// The unsettled sync conflicts of a database as people read them, for the conflicts screen:
// the record (kind and label), the field's translated name, the kept and the other value
// (enum names, reference labels, money, dates), who wrote each and when, and the version both
// started from. A change refused because its record is signed ("locked") cannot be settled:
// it is shown until a person acknowledges it (kept in this database's meta, never synced).
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Record, Field, Kept, KeptBy, Other, OtherBy, Base, Kind, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole };

    explicit ConflictTableModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    SyncConflict conflict(int row) const;
    int rowOfId(const QString &id) const;

    // What settling with each side writes (the stored value; a map for a merge group).
    static QVariant keptChoice(const SyncConflict &c);
    static QVariant otherChoice(const SyncConflict &c);
    // Acknowledging a rejected change to a signed record hides it from the list.
    static bool acknowledge(Database &db, const QString &conflictId, Error *error);
    // The conflicts a person still has to look at: unsettled and not acknowledged.
    static QList<SyncConflict> openConflicts(Database &db);

    // A stored value as people read it, for a field of kind's table ("" for no kind).
    static QString valueText(Database &db, const QString &table, const QString &field,
                             const QVariant &stored);
    static QString recordText(Database &db, const QString &table, const QString &recordId);
    static QString fieldText(const QString &table, const QString &field);
    static QString kindText(const QString &kind);
    static QString versionText(const Database &db, const QString &device, qint64 hlc);

private:
    struct Row
    {
        SyncConflict conflict;
        QStringList text; // one per column
    };

    Database *m_db = nullptr;
    QList<Row> m_rows;
};
