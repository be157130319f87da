#include "app/models/RecordTableModel.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/Money.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/BackgroundReader.h"
#include "app/models/RecordStatus.h"
#include "app/models/ReferenceOptions.h"
#include "app/rules/SignerRoles.h"
#include "app/utils/RecordTime.h"
#include "db/Database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>

QList<FieldSpec> RecordTableModel::listColumns(const RecordKind &kind)
{
    QList<FieldSpec> columns;
    for (const FieldSpec &f : kind.storedFields()) {
        if (f.type != FieldSpec::Type::LongText && !f.internal)
            columns << f;
    }
    // Signed forms: revision, superseded and 🔒 in a last column, so that two revisions of one
    // NDA are told apart and a signed form is seen as locked (RecordStatus).
    if (SignerRoles::isSignable(kind.table)) {
        FieldSpec status;
        status.key = QString::fromLatin1(StatusKey);
        status.label = QT_TRANSLATE_NOOP("Field", "Rev.");
        status.derived = true;
        columns << status;
    }
    return columns;
}

QString RecordTableModel::selectStatement(const Database &db, const RecordKind &kind,
                                          const QList<FieldSpec> &columns)
{
    const QSqlDriver *driver = db.sql().driver();
    QStringList names{QStringLiteral("id")};
    for (const FieldSpec &f : columns) {
        if (!f.derived) // the status column is filled from RecordStatus
            names << driver->escapeIdentifier(f.key, QSqlDriver::FieldName);
    }
    // No ORDER BY: SQLite would sort by code point; sortRows() sorts with the UI's collation.
    return QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0")
        .arg(names.join(QStringLiteral(", ")),
             driver->escapeIdentifier(kind.table, QSqlDriver::TableName));
}

QString RecordTableModel::listStatement(const Database &db, const RecordKind &kind)
{
    return selectStatement(db, kind, listColumns(kind));
}

RecordTableModel::RecordTableModel(const RecordKind &kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{
    m_columns = listColumns(m_kind);
    m_sortColumn = qMax(0, columnOf(m_kind.titleField));
}

RecordTableModel::~RecordTableModel()
{
    if (m_reader)
        m_reader->cancel(this);
}

void RecordTableModel::setDatabase(Database *db)
{
    if (m_db == db)
        return;
    m_db = db;
    if (m_reader)
        m_reader->cancel(this);
    ++m_generation; // a load of the old database is not shown
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    if (!m_db && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_titles.clear();
        endResetModel();
        emit reloaded();
    }
}

void RecordTableModel::setReader(BackgroundReader *reader)
{
    if (m_reader == reader)
        return;
    if (m_reader)
        m_reader->cancel(this);
    ++m_generation;
    m_reader = reader;
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
}

bool RecordTableModel::reload(Error *error)
{
    ++m_generation; // what a background load brings later is older than this
    if (m_reader)
        m_reader->cancel(this);
    Snapshot snapshot;
    snapshot.sortColumn = m_sortColumn;
    snapshot.sortOrder = m_sortOrder;
    Error e;
    bool ok = true;
    if (m_db && m_db->isOpen())
        ok = fetch(*m_db, m_kind, m_columns, false, &snapshot, &e, {});
    if (!ok)
        snapshot = Snapshot{{}, {}, m_sortColumn, m_sortOrder};
    m_loadError = ok ? QString() : e.message;
    if (error && !ok)
        *error = e;
    const bool wasLoading = m_loading;
    m_loading = false;
    adopt(&snapshot);
    if (wasLoading)
        emit loadingChanged(false);
    return ok;
}

void RecordTableModel::requestReload(bool urgent)
{
    if (!m_reader || !m_db || !m_db->isOpen()) {
        reload();
        return;
    }
    const quint64 generation = ++m_generation;
    const RecordKind kind = m_kind;
    const QList<FieldSpec> columns = m_columns;
    const int sortColumn = m_sortColumn;
    const Qt::SortOrder sortOrder = m_sortOrder;
    const int expected = int(m_rows.size());
    QPointer<RecordTableModel> self(this);
    m_reader->post(
        this, QStringLiteral("rows"),
        urgent ? BackgroundReader::Priority::Urgent : BackgroundReader::Priority::Background,
        [=](Database *db, const QString &openError) -> std::function<void()> {
            auto snapshot = std::make_shared<Snapshot>();
            snapshot->sortColumn = sortColumn;
            snapshot->sortOrder = sortOrder;
            Error error;
            bool ok = false;
            if (!db) {
                Error::set(&error, Error::Code::Failure, openError);
            } else {
                ok = fetch(*db, kind, columns, true, snapshot.get(), &error, [&](int read) {
                    BackgroundReader::report([self, generation, read, expected] {
                        if (self && self->m_generation == generation)
                            emit self->loadProgress(read, expected);
                    });
                    return !BackgroundReader::interrupted();
                });
            }
            if (BackgroundReader::interrupted())
                return {};
            return [self, generation, snapshot, ok, error] {
                if (!self || self->m_generation != generation)
                    return; // a newer request or another database
                if (!ok)
                    *snapshot = Snapshot{{}, {}, self->m_sortColumn, self->m_sortOrder};
                self->m_loadError = ok ? QString() : error.message;
                self->m_loading = false;
                self->adopt(snapshot.get());
                emit self->loadingChanged(false);
            };
        });
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
}

void RecordTableModel::hurry()
{
    if (m_reader && m_loading)
        m_reader->raise(this, QStringLiteral("rows"));
}

void RecordTableModel::adopt(Snapshot *snapshot)
{
    // Swapping the rows in costs nothing per row: they arrive sorted and their search text
    // built (from the worker), so the GUI thread only tells the views.
    beginResetModel();
    m_rows.swap(snapshot->rows);
    m_titles.swap(snapshot->titles);
    m_displayMemo = QVector<QHash<QString, QVariant>>(m_columns.size());
    m_searchMemo = QVector<QHash<QString, QString>>(m_columns.size());
    // Sorted by another column than the one asked for meanwhile (the header was clicked while
    // the rows were loading): sorted again here.
    if (snapshot->sortColumn != m_sortColumn || snapshot->sortOrder != m_sortOrder)
        sortRows();
    endResetModel();
    snapshot->rows.clear();
    emit reloaded();
}

bool RecordTableModel::fetchTitles(Database &db, const QList<FieldSpec> &columns,
                                   const QVector<Row> &rows, Titles *out, Error *error)
{
    // The ids each referencing column names, per referenced arrays.
    QHash<QString, QSet<QString>> wanted;
    for (int c = 0; c < columns.size(); ++c) {
        const FieldSpec &f = columns.at(c);
        if (f.derived || f.refArray.isEmpty())
            continue;
        QSet<QString> &ids = wanted[f.refArray];
        for (const Row &row : rows) {
            const QVariant &v = row.raw.at(c);
            if (v.isNull())
                continue;
            if (f.type == FieldSpec::Type::ReferenceList) {
                for (const QString &id : FieldCodec::listValues(v.toString()))
                    ids.insert(id);
            } else {
                ids.insert(v.toString());
            }
        }
    }
    const QSqlDriver *driver = db.sql().driver();
    for (auto w = wanted.cbegin(); w != wanted.cend(); ++w) {
        QHash<QString, QString> &titles = (*out)[w.key()];
        const QStringList ids(w.value().cbegin(), w.value().cend());
        if (ids.isEmpty())
            continue;
        // refArray may name several arrays ("customers,people"); UUIDs do not collide.
        bool labelled = false;
        for (const QString &name : w.key().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString array = name.trimmed();
            const RecordKind *target = RecordCatalog::byArray(array);
            // Attachments are files, not a catalog kind: they are named by their file name.
            const bool files = array == QLatin1String("attachments");
            if (!files && (!target || target->titleField.isEmpty()))
                continue;
            // A report is titled by a date only: name it like its editors do (task number,
            // date and, for a field naming several kinds, the kind).
            if (target && ReferenceOptions::hasOwnerLabel(*target))
                labelled = true;
            const QString table = files ? QStringLiteral("attachments") : target->table;
            const QString column = files ? QStringLiteral("file_name") : target->titleField;
            const FieldSpec *titleSpec = target ? target->field(column) : nullptr;
            const QString emptyTitle = titleSpec ? titleSpec->translatedEmptyText() : QString();
            for (qsizetype from = 0; from < ids.size(); from += 500) {
                const QStringList part = ids.mid(from, 500);
                QSqlQuery q(db.sql());
                q.setForwardOnly(true);
                q.prepare(
                    QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (%3)")
                        .arg(driver->escapeIdentifier(column, QSqlDriver::FieldName),
                             driver->escapeIdentifier(table, QSqlDriver::TableName),
                             QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))));
                for (const QString &id : part)
                    q.addBindValue(id);
                if (!q.exec())
                    break;
                while (q.next()) {
                    const QString title = q.value(1).toString();
                    titles.insert(q.value(0).toString(), title.isEmpty() ? emptyTitle : title);
                }
            }
        }
        if (labelled && !ReferenceOptions::labels(db, w.key(), ids, &titles, error))
            return false;
    }
    return true;
}

bool RecordTableModel::fetch(Database &db, const RecordKind &kind, const QList<FieldSpec> &columns,
                             bool withSearchText, Snapshot *out, Error *error,
                             const std::function<bool(int)> &progress)
{
    const int stored = int(std::count_if(columns.cbegin(), columns.cend(),
                                         [](const FieldSpec &f) { return !f.derived; }));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(selectStatement(db, kind, columns)))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot read the list of %1: %2")
                              .arg(kind.translatedPlural(), q.lastError().text()));

    QHash<QString, RecordStatus::State> status;
    int statusColumn = -1;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).key == QLatin1String(StatusKey))
            statusColumn = c;
    }
    if (statusColumn >= 0 && !RecordStatus::load(db, kind.table, &status, error))
        return false;
    const int n = columns.size();
    QVector<Row> &rows = out->rows;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.raw.resize(n);
        for (int c = 0; c < stored; ++c)
            row.raw[c] = q.value(c + 1);
        if (statusColumn >= 0) {
            const RecordStatus::State state = status.value(row.id);
            row.raw[statusColumn] = state.revision;
            row.revision = state.revision;
            row.superseded = state.superseded;
            row.locked = state.locked;
            row.draft = state.draft;
        }
        rows << row;
        if (progress && rows.size() % 2000 == 0 && !progress(int(rows.size())))
            return Error::set(error, Error::Code::Failure, tr("Loading was cancelled."));
    }
    q.finish();
    if (!fetchTitles(db, columns, rows, &out->titles, error))
        return false;
    sortRows(&rows, columns, out->titles, out->sortColumn, out->sortOrder);
    if (withSearchText) {
        QVector<QHash<QString, QString>> memo(columns.size());
        for (const Row &row : std::as_const(rows))
            row.searchText = buildSearchText(columns, out->titles, row, &memo);
    }
    return true;
}

QVariant RecordTableModel::displayOf(const Row &row, int column) const
{
    const FieldSpec &f = m_columns.at(column);
    if (f.key == QLatin1String(StatusKey))
        return RecordStatus::cellText({row.revision, row.superseded, row.locked, row.draft});
    const QVariant &raw = row.raw.at(column);
    using T = FieldSpec::Type;
    // Names of enums and referenced records repeat down a column: each is worked out once.
    const bool memo = f.type == T::Enum || f.type == T::EnumList || f.type == T::Reference ||
                      f.type == T::ReferenceList;
    if (memo && !raw.isNull()) {
        QHash<QString, QVariant> &known = m_displayMemo[column];
        const QString text = raw.toString();
        auto it = known.constFind(text);
        if (it == known.constEnd()) {
            QVariant display;
            convert(f, raw, &display, nullptr, m_titles.value(f.refArray));
            it = known.insert(text, display);
        }
        return *it;
    }
    QVariant display;
    convert(f, raw, &display, nullptr, m_titles.value(f.refArray));
    return display;
}

QVariant RecordTableModel::sortKeyOf(const QList<FieldSpec> &columns, const Titles &titles,
                                     const Row &row, int column)
{
    const FieldSpec &f = columns.at(column);
    // Revision first; within it the current before the superseded, locked last.
    if (f.key == QLatin1String(StatusKey))
        return row.revision * 4.0 + (row.superseded ? 2 : 0) + (row.locked ? 1 : 0);
    // The keys that need no display value (no date parsing, no names): the same keys as
    // convert() gives, without its work for the cell, once per row of a sort.
    const QVariant &raw = row.raw.at(column);
    switch (f.type) {
    case FieldSpec::Type::Date:
        return raw.isNull() ? QString() : raw.toString();
    case FieldSpec::Type::Bool:
        return raw.toInt() != 0 ? 1 : 0;
    case FieldSpec::Type::Money:
        return raw.isNull() ? std::numeric_limits<qint64>::min() : raw.toLongLong();
    case FieldSpec::Type::Enum: {
        const QString text = raw.isNull() ? QString() : raw.toString();
        return text.isEmpty() ? -1 : int(f.values.indexOf(text));
    }
    default:
        break;
    }
    QVariant display, key;
    convert(f, raw, &display, &key, titles.value(f.refArray));
    return key;
}

QString RecordTableModel::searchTextOf(const Row &row) const
{
    // Built on first use when the rows were read here (reload()): filtering needs it, loading
    // and sorting do not. A background load builds it in the worker.
    if (row.searchText.isNull())
        row.searchText = buildSearchText(m_columns, m_titles, row, &m_searchMemo);
    return row.searchText;
}

QString RecordTableModel::buildSearchText(const QList<FieldSpec> &columns, const Titles &titles,
                                          const Row &row, QVector<QHash<QString, QString>> *memo)
{
    // Case-folded cell by cell; the words of enum and reference cells repeat down a column and
    // are folded once.
    QString text;
    text.reserve(256);
    for (int c = 0; c < columns.size(); ++c) {
        if (c > 0)
            text += QLatin1Char('\n');
        const FieldSpec &f = columns.at(c);
        const FieldSpec::Type type = f.type;
        const QString stored = row.raw.at(c).toString();
        // Dates read as stored ("2026-05-19", "2026-05-19 17:40"): no parsing needed.
        if (type == FieldSpec::Type::Date && stored.size() == 10) {
            text += stored;
            continue;
        }
        if (type == FieldSpec::Type::DateTime && stored.size() >= 16 &&
            stored.at(10) == QLatin1Char('T')) {
            text += QStringView(stored).left(10);
            text += QLatin1Char(' ');
            text += QStringView(stored).mid(11, 5);
            continue;
        }
        QVariant shown;
        if (f.key == QLatin1String(StatusKey))
            shown = RecordStatus::cellText({row.revision, row.superseded, row.locked, row.draft});
        const bool memoized = type == FieldSpec::Type::Enum || type == FieldSpec::Type::EnumList ||
                              type == FieldSpec::Type::Reference ||
                              type == FieldSpec::Type::ReferenceList;
        if (memoized && !shown.isValid()) {
            QHash<QString, QString> &known = (*memo)[c];
            auto it = known.constFind(stored);
            if (it == known.constEnd()) {
                QVariant display;
                if (!row.raw.at(c).isNull())
                    convert(f, row.raw.at(c), &display, nullptr, titles.value(f.refArray));
                QString words = display.toString();
                if (type == FieldSpec::Type::Enum)
                    words += QLatin1Char('\n') + stored;
                it = known.insert(stored, words.toCaseFolded());
            }
            text += *it;
            continue;
        }
        if (!shown.isValid())
            convert(f, row.raw.at(c), &shown, nullptr, titles.value(f.refArray));
        if (shown.typeId() == QMetaType::QDate)
            text += shown.toDate().toString(Qt::ISODate);
        else if (shown.typeId() == QMetaType::QDateTime)
            text += RecordTime::text(shown.toDateTime());
        else
            text += shown.toString().toCaseFolded();
    }
    return text;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const bool changed = column != m_sortColumn || order != m_sortOrder;
    m_sortColumn = column;
    m_sortOrder = order;
    // Rows on their way from the worker were sorted the old way: ask again, sorted the new way
    // there (what is shown meanwhile is sorted here).
    if (m_loading && changed)
        requestReload(true);
    const QList<QPersistentModelIndex> parents;
    emit layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<QString> idsBefore;
    for (const QModelIndex &i : before)
        idsBefore << m_rows.at(i.row()).id;
    sortRows();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOfId(idsBefore.at(k)), before.at(k).column());
    changePersistentIndexList(before, after);
    emit layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

void RecordTableModel::sortRows()
{
    sortRows(&m_rows, m_columns, m_titles, m_sortColumn, m_sortOrder);
}

void RecordTableModel::sortRows(QVector<Row> *rows, const QList<FieldSpec> &columns,
                                const Titles &titles, int c, Qt::SortOrder sortOrder)
{
    if (c < 0 || c >= columns.size() || rows->size() < 2)
        return;
    std::vector<int> order(rows->size());
    std::iota(order.begin(), order.end(), 0);
    // The keys of this column, once per sort.
    std::vector<QVariant> sortKeys;
    sortKeys.reserve(rows->size());
    bool text = false;
    for (const Row &row : std::as_const(*rows)) {
        sortKeys.push_back(sortKeyOf(columns, titles, row, c));
        text = text || sortKeys.back().typeId() == QMetaType::QString;
    }
    const bool descending = sortOrder == Qt::DescendingOrder;
    if (text) {
        // Collation keys once per row, then plain comparisons: fast on long lists.
        QCollator collator{QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(rows->size());
        for (const QVariant &key : sortKeys)
            keys.push_back(collator.sortKey(key.toString()));
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return descending ? keys[b].compare(keys[a]) < 0 : keys[a].compare(keys[b]) < 0;
        });
    } else {
        std::vector<double> keys;
        keys.reserve(rows->size());
        for (const QVariant &key : sortKeys)
            keys.push_back(key.toDouble());
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return descending ? keys[b] < keys[a] : keys[a] < keys[b];
        });
    }
    QVector<Row> sorted;
    sorted.reserve(rows->size());
    for (int i : order)
        sorted << std::move((*rows)[i]);
    *rows = std::move(sorted);
}

void RecordTableModel::convert(const FieldSpec &field, const QVariant &raw, QVariant *display,
                               QVariant *sortKeyOut, const QHash<QString, QString> &titles)
{
    QVariant unused;
    QVariant *sortKey = sortKeyOut ? sortKeyOut : &unused;
    const QString text = raw.isNull() ? QString() : raw.toString();
    using T = FieldSpec::Type;
    switch (field.type) {
    case T::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        *display = date.isValid() ? QVariant(date) : QVariant(text);
        *sortKey = text;
        return;
    }
    case T::DateTime: {
        const QDateTime when = RecordTime::parse(text);
        *display = when.isValid() ? QVariant(when) : QVariant(text);
        *sortKey = when.isValid() ? QVariant(when.toMSecsSinceEpoch())
                                  : QVariant(std::numeric_limits<qint64>::min());
        return;
    }
    case T::Enum: {
        *display = text.isEmpty() ? QString() : EnumNames::text(field.key, text);
        // Sort in declaration order (A before B before C; registered before closed).
        *sortKey = text.isEmpty() ? -1 : int(field.values.indexOf(text));
        return;
    }
    case T::EnumList:
        *display = *sortKey = EnumNames::listText(field.key, text);
        return;
    case T::Bool:
        *display = raw.toInt() != 0 ? QStringLiteral("✓") : QString();
        *sortKey = raw.toInt() != 0 ? 1 : 0;
        return;
    case T::Number: {
        bool ok = false;
        const double value = raw.toDouble(&ok);
        *display = (ok && !raw.isNull()) ? QVariant(value) : QVariant(text);
        *sortKey = (ok && !raw.isNull()) ? value : std::numeric_limits<double>::lowest();
        return;
    }
    case T::Money:
        // Shown as typed on the paper form ("280.00"), sorted by value.
        *display = raw.isNull() ? QString() : Money::fromFen(raw.toLongLong()).toString();
        *sortKey = raw.isNull() ? std::numeric_limits<qint64>::min() : raw.toLongLong();
        return;
    case T::Reference:
        if (text.isEmpty())
            *display = QString();
        else
            *display = titles.value(text, tr("(linked record)"));
        *sortKey = *display;
        return;
    case T::ReferenceList: {
        QStringList names;
        for (const QString &id : FieldCodec::listValues(text))
            names << titles.value(id, tr("(linked record)"));
        *display = *sortKey = names.join(EnumNames::listSeparator());
        return;
    }
    case T::Text:
    case T::LongText:
        if (text.isEmpty() && field.emptyText) {
            *display = field.translatedEmptyText();
            *sortKey = text; // first when sorted, before every number
            return;
        }
        break;
    }
    *display = *sortKey = text;
}

int RecordTableModel::columnOf(const QString &fieldKey) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).key == fieldKey)
            return c;
    }
    return -1;
}

QString RecordTableModel::recordId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordTableModel::rowOfId(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayOf(row, c);
    case Qt::ToolTipRole: {
        if (m_columns.at(c).key == QLatin1String(StatusKey))
            return statusToolTip(row.locked);
        const QVariant v = displayOf(row, c);
        if (v.typeId() == QMetaType::QDate)
            return QLocale().toString(v.toDate(), QLocale::LongFormat);
        if (v.typeId() == QMetaType::QDateTime)
            return RecordTime::text(v.toDateTime()) + QLatin1Char(' ') +
                   RecordTime::inOwnOffset(v.toDateTime()).timeZoneAbbreviation();
        return v.toString().isEmpty() ? QVariant() : v;
    }
    case Qt::TextAlignmentRole: {
        const FieldSpec::Type type = m_columns.at(c).type;
        if (type == FieldSpec::Type::Bool)
            return int(Qt::AlignCenter);
        if (type == FieldSpec::Type::Number || type == FieldSpec::Type::Money)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case IdRole:
        return row.id;
    case RawValueRole:
        return row.raw.at(c);
    case SortRole:
        return sortKeyOf(m_columns, m_titles, row, c);
    case SearchTextRole:
        return searchTextOf(row);
    case LockedRole:
        // On the first column, where the eye starts, and on the revision column.
        return row.locked && (c == 0 || m_columns.at(c).key == QLatin1String(StatusKey));
    default:
        return QVariant();
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_columns.at(section).translatedLabel();
    return QVariant();
}

QString RecordTableModel::statusToolTip(bool locked) const
{
    QStringList parts{tr("The form's revision (a correction makes the next one).")};
    if (locked)
        parts << tr("Signed and locked: it opens read-only.");
    return parts.join(QLatin1Char('\n'));
}

int RecordTableModel::liveRecordCount(const Database &db, const RecordKind &kind)
{
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db.sql());
    const QString table = db.sql().driver()->escapeIdentifier(kind.table, QSqlDriver::TableName);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted = 0").arg(table)) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}
