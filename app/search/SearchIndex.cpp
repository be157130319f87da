#include "app/search/SearchIndex.h"

#include "app/catalog/RecordCatalog.h"
#include "app/search/SearchText.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtMath>

#include <algorithm>

namespace {

const QString VersionKey = QStringLiteral("search_index_version");
const QString SeenKey = QStringLiteral("search_index_hlc");
const QString LastWriteKey = QStringLiteral("hlc_last");
constexpr int MaxSimilarTerms = 64;
constexpr quint32 MaxTermDocuments = 300;
constexpr double MinShareOfBest = 0.2;
constexpr int SnippetBefore = 24;
constexpr int SnippetLength = 96;

bool writeHook(Database &db, const QString &table, const QString &id, Error *error)
{
    return SearchIndex(db).reindex(table, id, error) &&
           db.setMeta(SeenKey, db.meta(LastWriteKey), error);
}

bool failed(Error *error, const QSqlQuery &q)
{
    return Error::set(
        error, Error::Code::Failure,
        SearchIndex::tr("The search index cannot be updated: %1").arg(q.lastError().text()));
}

QStringList titleFields(const RecordKind &kind)
{
    return kind.searchTitleFields.isEmpty() ? QStringList{kind.titleField} : kind.searchTitleFields;
}

// The kind whose record names hits of kind (searchTitleFrom), or null.
const RecordKind *titleSource(const RecordKind &kind)
{
    if (kind.searchTitleFrom.isEmpty())
        return nullptr;
    const FieldSpec *field = kind.field(kind.searchTitleFrom);
    return field ? RecordCatalog::byArray(field->refArray.section(QLatin1Char(','), 0, 0))
                 : nullptr;
}

// id, deleted, the body fields, then the title fields (from the naming record when declared).
QString selectSql(const RecordKind &kind, const QString &where)
{
    QStringList columns{QStringLiteral("t.id"), QStringLiteral("t.deleted")};
    for (const QString &f : kind.searchFields)
        columns << QStringLiteral("t.") + f;
    QString from = kind.table + QStringLiteral(" t");
    if (const RecordKind *parent = titleSource(kind)) {
        for (const QString &f : titleFields(*parent))
            columns << QStringLiteral("p.") + f;
        from += QStringLiteral(" LEFT JOIN %1 p ON p.id = t.%2")
                    .arg(parent->table, kind.searchTitleFrom);
    } else {
        for (const QString &f : titleFields(kind))
            columns << QStringLiteral("t.") + f;
    }
    QString filter = where;
    if (!kind.searchExcludeField.isEmpty() && !kind.searchExcludeValues.isEmpty()) {
        QStringList quoted;
        for (QString v : kind.searchExcludeValues)
            quoted << QLatin1Char('\'') + v.replace(QLatin1Char('\''), QLatin1String("''")) +
                          QLatin1Char('\'');
        // An excluded record reads as "not live", so reindex() removes any entry it had.
        filter = QStringLiteral("(%1) AND (t.%2 IS NULL OR t.%2 NOT IN (%3))")
                     .arg(where, kind.searchExcludeField, quoted.join(QLatin1String(", ")));
    }
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3")
        .arg(columns.join(QLatin1String(", ")), from, filter);
}

QString joined(const QSqlQuery &q, int from, int count, QLatin1Char separator)
{
    QStringList parts;
    for (int i = from; i < from + count; ++i) {
        const QString text = q.value(i).toString().trimmed();
        if (!text.isEmpty())
            parts << text;
    }
    // Never a null string: QSQLCIPHER binds a null QString as SQL NULL, and
    // the index's columns are NOT NULL.
    const QString text = parts.join(separator);
    return text.isNull() ? QStringLiteral("") : text;
}

QString digest(const QString &title, const QString &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(SearchIndex::Version));
    hash.addData(title.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(body.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

// A short piece of body around the first needle found (or its beginning), on one line.
QString snippet(const QString &body, const QStringList &needles)
{
    if (body.isEmpty())
        return QString();
    int pos = -1;
    int length = 0;
    for (const QString &needle : needles) {
        if (needle.isEmpty())
            continue;
        pos = body.indexOf(needle, 0, Qt::CaseInsensitive);
        if (pos >= 0) {
            length = needle.size();
            break;
        }
    }
    int start = pos < 0 ? 0 : qMax(0, pos - SnippetBefore);
    if (start > 0 && body.at(start).isLowSurrogate())
        --start;
    int end = qMin<int>(body.size(), qMax(start + SnippetLength, pos + length));
    if (end < body.size() && body.at(end - 1).isHighSurrogate())
        ++end;
    QString text = body.mid(start, end - start).simplified();
    if (start > 0)
        text.prepend(QChar(0x2026));
    if (end < body.size())
        text.append(QChar(0x2026));
    return text;
}

} // namespace

SearchIndex::SearchIndex(Database &db) : m_db(db) {}

void SearchIndex::install()
{
    RecordStore::addWriteHook(&writeHook);
}

void SearchIndex::uninstall()
{
    RecordStore::removeWriteHook(&writeHook);
}

QList<const RecordKind *> SearchIndex::indexedKinds()
{
    QList<const RecordKind *> out;
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        if (!kind.searchFields.isEmpty())
            out << &kind;
    }
    return out;
}

bool SearchIndex::readRow(const RecordKind &kind, const QString &id, Row *row, bool *live,
                          Error *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectSql(kind, QStringLiteral("t.id = ?")));
    q.addBindValue(id);
    if (!q.exec())
        return failed(error, q);
    *live = q.next() && q.value(1).toInt() == 0;
    if (*live) {
        const int bodyCount = kind.searchFields.size();
        row->id = id;
        row->body = joined(q, 2, bodyCount, QLatin1Char('\n'));
        row->title = joined(q, 2 + bodyCount, q.record().count() - 2 - bodyCount, QLatin1Char(' '));
    }
    return true;
}

bool SearchIndex::store(const RecordKind &kind, const Row &row, bool *titleChanged, Error *error)
{
    const QString sum = digest(row.title, row.body);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT docid, title, digest FROM search_docs "
                             "WHERE record_table = ? AND record_id = ?"));
    q.addBindValue(kind.table);
    q.addBindValue(row.id);
    if (!q.exec())
        return failed(error, q);
    const bool known = q.next();
    const qint64 docid = known ? q.value(0).toLongLong() : 0;
    *titleChanged = !known || q.value(1).toString() != row.title;
    if (known && q.value(2).toString() == sum)
        return true;
    q.finish();
    const QString titleTerms = SearchText::indexTerms(row.title);
    const QString bodyTerms = SearchText::indexTerms(row.body);
    if (known) {
        q.prepare(QStringLiteral("UPDATE search_docs SET title = ?, digest = ? WHERE docid = ?"));
        q.addBindValue(row.title);
        q.addBindValue(sum);
        q.addBindValue(docid);
        if (!q.exec())
            return failed(error, q);
        q.prepare(QStringLiteral("UPDATE search_index SET title = ?, body = ? WHERE docid = ?"));
        q.addBindValue(titleTerms);
        q.addBindValue(bodyTerms);
        q.addBindValue(docid);
        return q.exec() || failed(error, q);
    }
    q.prepare(QStringLiteral("INSERT INTO search_docs (record_table, record_id, title, digest) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(kind.table);
    q.addBindValue(row.id);
    q.addBindValue(row.title);
    q.addBindValue(sum);
    if (!q.exec())
        return failed(error, q);
    const qint64 newId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO search_index (docid, title, body) VALUES (?, ?, ?)"));
    q.addBindValue(newId);
    q.addBindValue(titleTerms);
    q.addBindValue(bodyTerms);
    return q.exec() || failed(error, q);
}

bool SearchIndex::remove(const QString &table, const QString &id, Error *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT docid FROM search_docs WHERE record_table = ? AND record_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return failed(error, q);
    if (!q.next())
        return true;
    const qint64 docid = q.value(0).toLongLong();
    q.finish();
    for (const char *sql :
         {"DELETE FROM search_index WHERE docid = ?", "DELETE FROM search_docs WHERE docid = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(docid);
        if (!q.exec())
            return failed(error, q);
    }
    return true;
}

bool SearchIndex::reindexDependents(const RecordKind &parent, const QString &id, Error *error)
{
    for (const RecordKind *kind : indexedKinds()) {
        const RecordKind *source = titleSource(*kind);
        if (!source || source->table != parent.table)
            continue;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0")
                      .arg(kind->table, kind->searchTitleFrom));
        q.addBindValue(id);
        if (!q.exec())
            return failed(error, q);
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (const QString &dependent : std::as_const(ids)) {
            if (!reindex(kind->table, dependent, error))
                return false;
        }
    }
    return true;
}

bool SearchIndex::reindex(const QString &table, const QString &id, Error *error)
{
    const RecordKind *kind = RecordCatalog::byTable(table);
    if (!kind)
        return true;
    Transaction tx(m_db);
    bool titleChanged = true;
    if (!kind->searchFields.isEmpty()) {
        Row row;
        bool live = false;
        if (!readRow(*kind, id, &row, &live, error))
            return false;
        if (live ? !store(*kind, row, &titleChanged, error) : !remove(table, id, error))
            return false;
    }
    if (titleChanged && !reindexDependents(*kind, id, error))
        return false;
    return tx.commit(error);
}

bool SearchIndex::rebuild(Error *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM search_index")) ||
        !q.exec(QStringLiteral("DELETE FROM search_docs")))
        return failed(error, q);
    for (const RecordKind *kind : indexedKinds()) {
        QSqlQuery rows(m_db.sql());
        rows.setForwardOnly(true);
        if (!rows.exec(selectSql(*kind, QStringLiteral("t.deleted = 0"))))
            return failed(error, rows);
        const int bodyCount = kind->searchFields.size();
        while (rows.next()) {
            Row row;
            row.id = rows.value(0).toString();
            row.body = joined(rows, 2, bodyCount, QLatin1Char('\n'));
            row.title = joined(rows, 2 + bodyCount, rows.record().count() - 2 - bodyCount,
                               QLatin1Char(' '));
            bool titleChanged = false;
            if (!store(*kind, row, &titleChanged, error))
                return false;
        }
    }
    // Merges the index segments into one: faster queries after a bulk load.
    if (!q.exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')")))
        return failed(error, q);
    return m_db.setMeta(VersionKey, QString::number(Version), error) &&
           m_db.setMeta(SeenKey, m_db.meta(LastWriteKey), error) && tx.commit(error);
}

bool SearchIndex::isCurrent() const
{
    return m_db.meta(VersionKey) == QString::number(Version) &&
           m_db.meta(SeenKey) == m_db.meta(LastWriteKey);
}

bool SearchIndex::ensureCurrent(Error *error)
{
    return isCurrent() || rebuild(error);
}

QString SearchIndex::bodyText(const QString &table, const QString &id) const
{
    const RecordKind *kind = RecordCatalog::byTable(table);
    if (!kind || kind->searchFields.isEmpty())
        return QString();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(kind->searchFields.join(QLatin1String(", ")), kind->table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QString();
    return joined(q, 0, kind->searchFields.size(), QLatin1Char('\n'));
}

bool SearchIndex::query(const QString &expression, const QString &column, const QStringList &tables,
                        int limit, bool withMatchInfo, QList<Match> *out, Error *error,
                        const QStringList &ids)
{
    // Newest first, straight from FTS4's docid order: with LIMIT, rows past the limit are never
    // materialised, so a common bigram costs little more than a rare one.
    QString sql =
        QStringLiteral("SELECT d.docid, d.record_table, d.record_id, d.title%1 "
                       "FROM search_index JOIN search_docs d ON d.docid = "
                       "search_index.docid WHERE search_index%2 MATCH ?")
            .arg(withMatchInfo ? QStringLiteral(", matchinfo(search_index, 'pcnx')") : QString(),
                 column.isEmpty() ? QString() : QLatin1Char('.') + column);
    if (!tables.isEmpty())
        sql += QStringLiteral(" AND d.record_table IN (%1)")
                   .arg(QStringList(tables.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    if (!ids.isEmpty())
        sql += QStringLiteral(" AND d.record_id IN (%1)")
                   .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    sql += QStringLiteral(" ORDER BY search_index.docid DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(expression);
    for (const QString &t : tables)
        q.addBindValue(t);
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure,
                          tr("The search failed: %1").arg(q.lastError().text()));
    while (q.next()) {
        Match m;
        m.docid = q.value(0).toLongLong();
        m.hit.table = q.value(1).toString();
        m.hit.id = q.value(2).toString();
        m.hit.title = q.value(3).toString();
        if (withMatchInfo) {
            const QByteArray blob = q.value(4).toByteArray();
            const auto *v = reinterpret_cast<const quint32 *>(blob.constData());
            m.info = QList<quint32>(v, v + blob.size() / int(sizeof(quint32)));
        }
        out->append(m);
    }
    return true;
}

QList<SearchHit> SearchIndex::search(const QString &text, int limit, Error *error,
                                     const QStringList &tables)
{
    const QString all = SearchText::matchExpression(text);
    if (all.isEmpty() || limit <= 0)
        return {};
    Error rebuildError;
    if (!ensureCurrent(&rebuildError))
        qWarning("Search index not rebuilt, searching what it holds: %s",
                 qPrintable(rebuildError.message));
    // Records with every part in their title first, then the others; newest first in each.
    QList<Match> inTitle, anywhere;
    if (!query(all, QStringLiteral("title"), tables, limit, false, &inTitle, error) ||
        !query(all, QString(), tables, limit + int(inTitle.size()), false, &anywhere, error))
        return {};
    QSet<qint64> seen;
    QList<SearchHit> hits;
    QStringList needles =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    needles << SearchText::terms(text);
    for (const QList<Match> *pass : {&inTitle, &anywhere}) {
        for (const Match &m : *pass) {
            if (hits.size() >= limit)
                break;
            if (seen.contains(m.docid))
                continue;
            seen.insert(m.docid);
            SearchHit hit = m.hit;
            hit.score = pass == &inTitle ? 2 : 1;
            hit.snippet = snippet(bodyText(hit.table, hit.id), needles);
            hits << hit;
        }
    }
    return hits;
}

QList<SearchHit> SearchIndex::similar(const QString &text, int limit, const QStringList &excludeIds,
                                      const QStringList &tables, Error *error)
{
    const QStringList terms = SearchText::distinctTerms(text, MaxSimilarTerms);
    if (terms.isEmpty() || limit <= 0)
        return {};
    Error rebuildError;
    if (!ensureCurrent(&rebuildError))
        qWarning("Search index not rebuilt, searching what it holds: %s",
                 qPrintable(rebuildError.message));
    // How many records hold each term: matchinfo's global counts, the same in every row...
    QList<Match> probe;
    const QString all = SearchText::anyOf(terms);
    if (!query(all, QString(), {}, 1, true, &probe, error) || probe.isEmpty())
        return {};
    const QList<quint32> &info = probe.first().info;
    if (info.size() < 3 || info.size() < 3 + 3 * int(info[0]) * int(info[1]))
        return {};
    const int columns = int(info[1]);
    const int phrases = qMin(int(info[0]), int(terms.size()));
    QHash<QString, double> documents;
    for (int p = 0; p < phrases; ++p) {
        quint32 most = 0;
        for (int c = 0; c < columns; ++c)
            most = qMax(most, info[3 + 3 * (p * columns + c) + 2]);
        documents.insert(terms.at(p), most);
    }
    // ...less the records left out (the task's own brief and reports hold its words too).
    QList<Match> own;
    if (!excludeIds.isEmpty() && !query(all, QString(), {}, 0, true, &own, error, excludeIds))
        return {};
    for (const Match &m : std::as_const(own)) {
        for (int p = 0; p < phrases && m.info.size() >= 3 + 3 * phrases * columns; ++p) {
            const quint32 *col = m.info.constData() + 3 + 3 * p * columns;
            if (col[0] + (columns > 1 ? col[3] : 0) > 0)
                documents[terms.at(p)] -= 1;
        }
    }
    const double rows = qMax<double>(1, double(info[2]) - double(own.size()));
    // The distinctive terms: present elsewhere, and not so common that they say nothing
    // (which also bounds the rows to score on a large index).
    const double common = qMax(3.0, qMin(double(MaxTermDocuments), rows / 3));
    QStringList rare;
    for (const QString &term : terms) {
        const double docs = documents.value(term);
        if (docs > 0 && docs <= common)
            rare << term;
    }
    if (rare.isEmpty())
        return {};
    QList<Match> matches;
    if (!query(SearchText::anyOf(rare), QString(), tables, 0, true, &matches, error))
        return {};
    struct Scored
    {
        Match match;
        QStringList needles;
    };
    QList<Scored> scored;
    for (const Match &m : std::as_const(matches)) {
        if (excludeIds.contains(m.hit.id) || m.info.size() < 3 + 3 * int(rare.size()) * columns)
            continue;
        double score = 0;
        QList<QPair<double, QString>> matched;
        for (int p = 0; p < rare.size(); ++p) {
            const quint32 *col = m.info.constData() + 3 + 3 * p * columns; // title, body
            const quint32 inTitle = col[0], inBody = columns > 1 ? col[3] : 0;
            if (inTitle + inBody == 0)
                continue;
            const double idf = qLn(1.0 + rows / qMax(1.0, documents.value(rare.at(p))));
            score += idf * (inTitle ? 1.5 : 1.0);
            matched.append({idf, rare.at(p)});
        }
        // One shared word does not make a similar case.
        if (matched.size() < qMin(2, int(rare.size())))
            continue;
        std::sort(matched.begin(), matched.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        Scored sc{m, {}};
        sc.match.hit.score = score;
        for (const auto &t : std::as_const(matched))
            sc.needles << t.second;
        scored.append(sc);
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.match.hit.score != b.match.hit.score ? a.match.hit.score > b.match.hit.score
                                                      : a.match.docid > b.match.docid;
    });
    // Far below the best match is a coincidence of common words, not a similar case.
    const double floor = scored.isEmpty() ? 0 : scored.first().match.hit.score * MinShareOfBest;
    QList<SearchHit> hits;
    for (int i = 0; i < scored.size() && i < limit && scored.at(i).match.hit.score >= floor; ++i) {
        SearchHit hit = scored.at(i).match.hit;
        hit.snippet = snippet(bodyText(hit.table, hit.id), scored.at(i).needles);
        hits << hit;
    }
    return hits;
}
