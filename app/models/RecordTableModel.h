#pragma once

#include "app/catalog/RecordKind.h"
#include "db/Error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include <functional>

class BackgroundReader;
class Database;

// The rows of one record kind as a table for the lists: one column per stored field that
// fits on a line (LongText fields are left out), in the catalog's declaration order, loaded
// from the kind's table (tombstoned rows left out). Values are shown as people read them:
// enum values by their translated names, dates as QDate, booleans as a check mark, references
// by the referenced record's title. Loading happens in reload() (on the calling thread) or
// requestReload() (in a BackgroundReader's worker, the rows swapped in when they are ready, so
// the GUI thread never reads ten years of rows); data() only reads what was loaded, and sorting
// happens here with precomputed keys, so large lists stay fast.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole, // the record's UUID (any column)
        RawValueRole,          // the stored value, unconverted
        SortRole,              // a key that sorts the column correctly (ISO dates, numbers)
        SearchTextRole,        // the whole row as one case-folded string (column 0)
        LockedRole, // signed forms: the record is signed and locked (first and revision column)
    };

    // The key of the last column of signed forms: revision and "(superseded)"; its LockedRole
    // tells the lists to show the lock.
    static constexpr const char *StatusKey = "_status";

    explicit RecordTableModel(const RecordKind &kind, QObject *parent = nullptr);
    ~RecordTableModel() override;

    // The database to read from; nullptr (e.g. while the window is locked) empties the model.
    // The model does not own it; call reload() afterwards.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }

    // Reads the rows again, now. On failure the model is empty and *error says why.
    bool reload(Error *error = nullptr);

    // Where requestReload() reads (not owned; nullptr: it reads at once, like reload()).
    void setReader(BackgroundReader *reader);
    BackgroundReader *reader() const { return m_reader; }
    // Reads the rows again in the reader's worker and swaps them in when done (loadFinished,
    // reloaded); the rows shown until then stay. urgent: before other lists' loading (the list
    // is on screen). A request replaces one that has not started.
    void requestReload(bool urgent);
    // A waiting request goes first (the list was just shown).
    void hurry();
    // Whether a requested load has not delivered yet.
    bool isLoading() const { return m_loading; }
    // The message of the last failed load; empty after a good one.
    QString loadError() const { return m_loadError; }

    const RecordKind &kind() const { return m_kind; }
    const FieldSpec &fieldAt(int column) const { return m_columns.at(column); }
    int columnOf(const QString &fieldKey) const;
    QString recordId(int row) const;
    int rowOfId(const QString &id) const;

    // Sorts the rows themselves (collation keys for text, numbers for the rest) and keeps that
    // order across reload(); RecordFilterProxy hands its sorting here.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How many live (not tombstoned) records of kind the database holds; -1 when the table
    // cannot be read.
    static int liveRecordCount(const Database &db, const RecordKind &kind);
    // The statement a load runs for kind's list (its stored, non-long-text columns of every
    // live record): schema indexes are made to cover it, and a test checks they do.
    static QString listStatement(const Database &db, const RecordKind &kind);

signals:
    void reloaded();
    // requestReload() began (true) or delivered (false).
    void loadingChanged(bool loading);
    // While loading in the background: rows read so far; expected is the number of rows of
    // the last load (0 the first time).
    void loadProgress(int read, int expected);

private:
    // One record: its stored values only. What a cell shows and how it sorts are computed
    // from them when asked (data() for the rows on screen, sort keys once per sort), so a list
    // of 30,000 reports holds one value per cell, not three.
    struct Row
    {
        QString id;
        QVector<QVariant> raw;
        mutable QString searchText; // see searchTextOf()
        int revision = 1;           // signed forms (the status column)
        bool superseded = false;
        bool locked = false;
        bool draft = false; // a correction not signed yet
    };
    using Titles = QHash<QString, QHash<QString, QString>>; // refArray -> id -> title
    // What one load reads: the rows (sorted) and the titles they refer to. Built by fetch(),
    // which uses nothing of the model, so it runs in a worker thread as well.
    struct Snapshot
    {
        QVector<Row> rows;
        Titles titles;
        int sortColumn = 0;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    // progress(rows read) is called now and then; it returns false to give up.
    static QList<FieldSpec> listColumns(const RecordKind &kind);
    static QString selectStatement(const Database &db, const RecordKind &kind,
                                   const QList<FieldSpec> &columns);
    static bool fetch(Database &db, const RecordKind &kind, const QList<FieldSpec> &columns,
                      bool withSearchText, Snapshot *out, Error *error,
                      const std::function<bool(int)> &progress);
    // Titles of the referenced records the rows name (not every record of those kinds).
    static bool fetchTitles(Database &db, const QList<FieldSpec> &columns, const QVector<Row> &rows,
                            Titles *titles, Error *error);
    static void sortRows(QVector<Row> *rows, const QList<FieldSpec> &columns, const Titles &titles,
                         int column, Qt::SortOrder order);
    static QVariant sortKeyOf(const QList<FieldSpec> &columns, const Titles &titles, const Row &row,
                              int column);
    static QString buildSearchText(const QList<FieldSpec> &columns, const Titles &titles,
                                   const Row &row, QVector<QHash<QString, QString>> *memo);
    static void convert(const FieldSpec &field, const QVariant &raw, QVariant *display,
                        QVariant *sortKey, const QHash<QString, QString> &titles);
    void adopt(Snapshot *snapshot);
    void sortRows();
    QString searchTextOf(const Row &row) const;
    QString statusToolTip(bool locked) const;
    QVariant displayOf(const Row &row, int column) const;

    RecordKind m_kind;
    QList<FieldSpec> m_columns;
    Database *m_db = nullptr;
    QVector<Row> m_rows;
    Titles m_titles;
    mutable QVector<QHash<QString, QVariant>> m_displayMemo; // column -> stored -> shown
    mutable QVector<QHash<QString, QString>> m_searchMemo;   // column -> stored -> folded words
    int m_sortColumn = 0;                                    // the title field until someone sorts
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    BackgroundReader *m_reader = nullptr;
    bool m_loading = false;
    quint64 m_generation = 0; // a load's result counts only if no newer one was asked for
    QString m_loadError;
};
