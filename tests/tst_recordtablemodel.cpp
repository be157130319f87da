#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordFilterProxy.h"
#include "app/models/RecordTableModel.h"
#include "app/models/ReferenceOptions.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

// The list model over one record kind and its search/sort proxy, on a real encrypted database.
class TestRecordTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    QString m_saide, m_hengxu, m_zhiyi, m_gone, m_robert;

    QString insert(const QString &table, const QVariantMap &fields)
    {
        RecordStore store(m_db);
        const QString id = RecordStore::newId();
        Error error;
        if (!store.insert(table, id, fields, &error))
            qFatal("insert into %s failed: %s", qPrintable(table), qPrintable(error.message));
        return id;
    }

    static const RecordKind &kind(const char *array)
    {
        const RecordKind *k = RecordCatalog::byArray(QString::fromLatin1(array));
        Q_ASSERT(k);
        return *k;
    }

    static int row(const QAbstractItemModel &model, const QString &id)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(RecordTableModel::IdRole).toString() == id)
                return r;
        }
        return -1;
    }

    static QStringList column(const QAbstractItemModel &model, int c)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, c).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Error error;
        QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("m.fdb")),
                             QStringLiteral("correct horse 电池"), &error),
                 qPrintable(error.message));
        m_saide =
            insert(QStringLiteral("customers"), {{"name", QStringLiteral("赛德半导体")},
                                                 {"tier", QStringLiteral("A")},
                                                 {"kind", QStringLiteral("oem")},
                                                 {"first_order_on", QStringLiteral("2024-03-01")},
                                                 {"region", QStringLiteral("上海")},
                                                 {"notes", QStringLiteral("长文本不在列表里")}});
        m_hengxu = insert(QStringLiteral("customers"), {{"name", QStringLiteral("恒煦科技")},
                                                        {"tier", QStringLiteral("A")},
                                                        {"kind", QStringLiteral("customer")},
                                                        {"region", QStringLiteral("苏州")}});
        m_zhiyi =
            insert(QStringLiteral("customers"), {{"name", QStringLiteral("北京至毅")},
                                                 {"tier", QStringLiteral("B")},
                                                 {"kind", QStringLiteral("customer")},
                                                 {"first_order_on", QStringLiteral("2025-11-20")}});
        m_gone = insert(QStringLiteral("customers"), {{"name", QStringLiteral("已删除客户")},
                                                      {"tier", QStringLiteral("D")},
                                                      {"kind", QStringLiteral("customer")}});
        Error removeError;
        QVERIFY(RecordStore(m_db).remove(QStringLiteral("customers"), m_gone, &removeError));
        m_robert =
            insert(QStringLiteral("people"), {{"name", QStringLiteral("Robert")},
                                              {"roles", QStringLiteral("[\"cto\",\"engineer\"]")},
                                              {"certified_on", QStringLiteral("2024-05-01")},
                                              {"non_compete", 1},
                                              {"assessment_passed", 0}});
    }

    void columnsFollowTheCatalog()
    {
        const RecordKind &customers = kind("customers");
        RecordTableModel model(customers);
        QStringList expected;
        for (const FieldSpec &f : customers.storedFields()) {
            if (f.type != FieldSpec::Type::LongText)
                expected << f.key;
        }
        QCOMPARE(model.columnCount(), expected.size());
        for (int c = 0; c < expected.size(); ++c) {
            QCOMPARE(model.fieldAt(c).key, expected.at(c));
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(),
                     customers.field(expected.at(c))->translatedLabel());
        }
        QCOMPARE(model.columnOf(QStringLiteral("notes")), -1);
        QCOMPARE(model.rowCount(), 0); // no database yet
    }

    // The lists that grow by thousands a year read an index alone: on ten years of records a
    // list that falls back to the table decrypts every row's pages, long text included (the
    // daily-report list took ~6 x the CPU when one column was missing from its index).
    void largeListsReadAnIndexOnly_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("index");
        QTest::newRow("daily reports")
            << QStringLiteral("daily_reports") << QStringLiteral("daily_reports_live");
    }

    void largeListsReadAnIndexOnly()
    {
        QFETCH(QString, array);
        QFETCH(QString, index);
        const QString statement =
            RecordTableModel::listStatement(m_db, *RecordCatalog::byArray(array));
        QSqlQuery q(m_db.sql());
        QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement),
                 qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QStringLiteral("COVERING INDEX ") + index),
                 qPrintable(statement + QStringLiteral(" -> ") + plan.join(QLatin1String("; "))));
    }

    void loadsLiveRowsWithDisplayValues()
    {
        RecordTableModel model(kind("customers"));
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3); // the tombstoned one is not listed
        QCOMPARE(model.rowOfId(m_gone), -1);

        const int r = model.rowOfId(m_saide);
        QVERIFY(r >= 0);
        QCOMPARE(model.recordId(r), m_saide);
        const int name = model.columnOf(QStringLiteral("name"));
        const int tier = model.columnOf(QStringLiteral("tier"));
        const int kindCol = model.columnOf(QStringLiteral("kind"));
        const int first = model.columnOf(QStringLiteral("first_order_on"));
        QCOMPARE(model.index(r, name).data().toString(), QStringLiteral("赛德半导体"));
        QCOMPARE(model.index(r, tier).data().toString(), QStringLiteral("A strategic"));
        QCOMPARE(model.index(r, tier).data(RecordTableModel::RawValueRole).toString(),
                 QStringLiteral("A"));
        QCOMPARE(model.index(r, kindCol).data().toString(), QStringLiteral("OEM plant"));
        const QVariant date = model.index(r, first).data();
        QCOMPARE(date.typeId(), int(QMetaType::QDate));
        QCOMPARE(date.toDate(), QDate(2024, 3, 1));
        QCOMPARE(model.index(r, tier).data(RecordTableModel::IdRole).toString(), m_saide);
        // A missing date is empty, not an invalid date.
        const int h = model.rowOfId(m_hengxu);
        QVERIFY(model.index(h, first).data().toString().isEmpty());
    }

    void peopleShowRolesAndChecks()
    {
        RecordTableModel model(kind("people"));
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("roles"))).data().toString(),
                 QStringLiteral("CTO, Field engineer"));
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("non_compete"))).data().toString(),
                 QStringLiteral("✓"));
        QCOMPARE(
            model.index(0, model.columnOf(QStringLiteral("assessment_passed"))).data().toString(),
            QString());
    }

    void enumNamesAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fielddesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(EnumNames::text(QStringLiteral("tier"), QStringLiteral("A")),
                 QStringLiteral("A 战略"));
        QCOMPARE(
            EnumNames::listText(QStringLiteral("roles"), QStringLiteral("[\"cto\",\"engineer\"]")),
            QStringLiteral("CTO、派员"));
        RecordTableModel model(kind("customers"));
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        QCOMPARE(
            model.headerData(model.columnOf(QStringLiteral("tier")), Qt::Horizontal).toString(),
            QStringLiteral("等级"));
        // The search text follows the language shown.
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("战略"));
        QCOMPARE(proxy.rowCount(), 2);
        QCoreApplication::removeTranslator(&translator);
        // Unknown values are shown as stored.
        QCOMPARE(EnumNames::text(QStringLiteral("tier"), QStringLiteral("Z")), QStringLiteral("Z"));
    }

    void everyDeclaredEnumValueHasADisplayName()
    {
        // A value added to the catalog needs its name in RecordTableModel's table (and so in
        // the translations); otherwise lists would show the stored code.
        QStringList missing;
        for (const RecordKind &k : RecordCatalog::kinds()) {
            for (const FieldSpec &f : k.fields) {
                if (f.type != FieldSpec::Type::Enum && f.type != FieldSpec::Type::EnumList)
                    continue;
                for (const QString &value : f.values) {
                    if (!EnumNames::has(f.key, value))
                        missing << QStringLiteral("%1.%2=%3").arg(k.array, f.key, value);
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void filterMatchesEveryWordInAnyColumn()
    {
        RecordTableModel model(kind("customers"));
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setFilterText(QStringLiteral("恒煦")); // Chinese substring of a name
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(RecordTableModel::IdRole).toString(), m_hengxu);

        proxy.setFilterText(QStringLiteral("上海")); // another column
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(RecordTableModel::IdRole).toString(), m_saide);

        proxy.setFilterText(QStringLiteral("a STRATEGIC")); // case does not matter
        QCOMPARE(proxy.rowCount(), 2);

        proxy.setFilterText(QStringLiteral("2025-11")); // dates as written
        QCOMPARE(proxy.rowCount(), 1);

        proxy.setFilterText(QStringLiteral("strategic 苏州")); // every word must match
        QCOMPARE(proxy.rowCount(), 1);

        proxy.setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setFilterText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 3);
    }

    void sortsByMeaningNotByText()
    {
        RecordTableModel model(kind("customers"));
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);

        const int tier = model.columnOf(QStringLiteral("tier"));
        proxy.sort(tier, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, tier).data(RecordTableModel::RawValueRole).toString(),
                 QStringLiteral("B"));
        proxy.sort(tier, Qt::AscendingOrder);
        QCOMPARE(proxy.index(2, tier).data(RecordTableModel::RawValueRole).toString(),
                 QStringLiteral("B"));

        const int first = model.columnOf(QStringLiteral("first_order_on"));
        proxy.sort(first, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(RecordTableModel::IdRole).toString(), m_zhiyi);
        QCOMPARE(proxy.index(1, 0).data(RecordTableModel::IdRole).toString(), m_saide);
        QCOMPARE(proxy.index(2, 0).data(RecordTableModel::IdRole).toString(), m_hengxu);

        const int name = model.columnOf(QStringLiteral("name"));
        proxy.sort(name, Qt::AscendingOrder);
        QStringList names = column(proxy, name);
        QStringList reversed = names;
        std::reverse(reversed.begin(), reversed.end());
        proxy.sort(name, Qt::DescendingOrder);
        QCOMPARE(column(proxy, name), reversed);
    }

    void chineseNamesSortInPinyinOrder()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QStringList ids;
        for (const char *name : {"周文彬", "林国栋", "王婧", "陈雅婷"})
            ids << insert(QStringLiteral("people"), {{"name", QString::fromUtf8(name)},
                                                     {"roles", QStringLiteral("[\"engineer\"]")}});
        RecordTableModel model(kind("people"));
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        RecordFilterProxy proxy; // takes the collation of the default locale
        proxy.setSourceModel(&model);
        proxy.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
        QStringList chinese;
        for (const QString &name : column(proxy, 0)) {
            if (name != QLatin1String("Robert"))
                chinese << name;
        }
        // Code point order would be 周 林 王 陈.
        QCOMPARE(chinese, (QStringList{QStringLiteral("陈雅婷"), QStringLiteral("林国栋"),
                                       QStringLiteral("王婧"), QStringLiteral("周文彬")}));
        QLocale::setDefault(before);
        Error error;
        for (const QString &id : ids)
            QVERIFY(RecordStore(m_db).remove(QStringLiteral("people"), id, &error));
    }

    void referencesShowTheTitle()
    {
        if (!RecordCatalog::byArray(QStringLiteral("ndas")))
            QSKIP("no NDA kind in this catalog");
        const RecordKind &ndas = kind("ndas");
        QVariantMap nda{{"counterparty_id", m_robert},
                        {"scope", QStringLiteral("[\"lithera\"]")},
                        {"template_version", QStringLiteral("NDA-2026-v3")}};
        const QString ndaId = insert(ndas.table, nda);
        Error error;
        QVERIFY2(RecordStore(m_db).update(QStringLiteral("people"), m_robert, {{"nda_id", ndaId}},
                                          &error),
                 qPrintable(error.message));
        RecordTableModel people(kind("people"));
        people.setDatabase(&m_db);
        QVERIFY(people.reload());
        QCOMPARE(people.index(0, people.columnOf(QStringLiteral("nda_id"))).data().toString(),
                 QStringLiteral("NDA-2026-v3"));
        RecordTableModel ndaModel(ndas);
        ndaModel.setDatabase(&m_db);
        QVERIFY(ndaModel.reload());
        QCOMPARE(ndaModel.rowCount(), 1);
        QCOMPARE(ndaModel.index(0, ndaModel.columnOf(QStringLiteral("counterparty_id")))
                     .data()
                     .toString(),
                 QStringLiteral("Robert"));
    }

    void signedFormsShowRevisionAndLock()
    {
        if (!RecordCatalog::byArray(QStringLiteral("ndas")))
            QSKIP("no NDA kind in this catalog");
        // Revision 1 signed, locked and corrected by revision 2: both have the same title.
        const RecordKind &ndas = kind("ndas");
        const QVariantMap nda{{"counterparty_id", m_robert},
                              {"scope", QStringLiteral("[\"lithera\"]")},
                              {"template_version", QStringLiteral("NDA-2026-v9")}};
        const QString first = insert(ndas.table, nda);
        const QString second = insert(ndas.table, nda);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        QSqlQuery q(m_db.sql());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO record_locks (id, created_at, updated_at, updated_by, record_table, "
            "record_id, revision, content_hash, locked_at) VALUES (?, ?, 0, 'test', 'ndas', ?, 1, "
            "'00', ?)")));
        for (const QString &v : {RecordStore::newId(), now, first, now})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO record_revisions (id, created_at, updated_at, updated_by, record_table, "
            "record_id, previous_id, revision, reason) VALUES (?, ?, 0, 'test', 'ndas', ?, ?, 2, "
            "'scope')")));
        for (const QString &v : {RecordStore::newId(), now, second, first})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        RecordTableModel model(ndas);
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        const int status = model.columnOf(QString::fromLatin1(RecordTableModel::StatusKey));
        QCOMPARE(status, model.columnCount() - 1);
        QCOMPARE(model.headerData(status, Qt::Horizontal).toString(), QStringLiteral("Rev."));
        const auto cell = [&](const QString &id) {
            return model.index(model.rowOfId(id), status).data().toString();
        };
        // Revision 2 is not signed yet: a correction draft, and revision 1 stays current.
        QCOMPARE(cell(first), QStringLiteral("1"));
        QCOMPARE(cell(second), QStringLiteral("2 (correction draft)"));
        // Signed, revision 2 replaces revision 1.
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO record_locks (id, created_at, updated_at, updated_by, record_table, "
            "record_id, revision, content_hash, locked_at) VALUES (?, ?, 0, 'test', 'ndas', ?, 2, "
            "'00', ?)")));
        for (const QString &v : {RecordStore::newId(), now, second, now})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(model.reload());
        QCOMPARE(cell(first), QStringLiteral("1 (superseded)"));
        QCOMPARE(cell(second), QStringLiteral("2"));
        const auto locked = [&](const QString &id) {
            return model.index(model.rowOfId(id), status)
                .data(RecordTableModel::LockedRole)
                .toBool();
        };
        QVERIFY(locked(first));
        QVERIFY(locked(second));
        QVERIFY(model.index(model.rowOfId(first), 0).data(RecordTableModel::LockedRole).toBool());
        QVERIFY(!model.index(model.rowOfId(first), 1).data(RecordTableModel::LockedRole).toBool());
        QVERIFY(model.index(model.rowOfId(first), status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("locked")));
        // Sorting by the column puts revision 1 before 2; search finds "superseded".
        model.sort(status, Qt::AscendingOrder);
        QVERIFY(model.rowOfId(first) < model.rowOfId(second));
        QVERIFY(model.index(model.rowOfId(first), 0)
                    .data(RecordTableModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("superseded")));
        // A kind that is not signed has no such column.
        RecordTableModel customers(kind("customers"));
        QCOMPARE(customers.columnOf(QString::fromLatin1(RecordTableModel::StatusKey)), -1);

        // The editors' choices tell the two apart as well.
        QList<ReferenceOptions::Option> options;
        Error error;
        QVERIFY2(ReferenceOptions::load(m_db, QStringLiteral("ndas"), &options, &error),
                 qPrintable(error.message));
        QHash<QString, QString> labels;
        for (const ReferenceOptions::Option &o : std::as_const(options))
            labels.insert(o.id, o.label);
        QVERIFY2(labels.value(first).endsWith(QStringLiteral("Rev. 1 (superseded)")),
                 qPrintable(labels.value(first)));
        QVERIFY2(labels.value(second).endsWith(QStringLiteral("Rev. 2")),
                 qPrintable(labels.value(second)));
        QVERIFY(labels.value(first) != labels.value(second));
    }

    void reloadSeesChangesAndNoDatabaseEmpties()
    {
        RecordTableModel model(kind("customers"));
        model.setDatabase(&m_db);
        QVERIFY(model.reload());
        const int before = model.rowCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString id =
            insert(QStringLiteral("customers"), {{"name", QStringLiteral("呈显光电")},
                                                 {"tier", QStringLiteral("A")},
                                                 {"kind", QStringLiteral("customer")}});
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOfId(id) >= 0);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(RecordTableModel::liveRecordCount(m_db, kind("customers")), before + 1);

        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
        Error error;
        QVERIFY(RecordStore(m_db).remove(QStringLiteral("customers"), id, &error));
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
