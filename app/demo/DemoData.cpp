#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"

#include "app/demo/DemoHistory.h"
#include "app/demo/DemoSignatures.h"
#include "app/demo/DemoSiteReports.h"
#include "app/demo/DemoTasks.h"

#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/rules/Training.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QUuid>

namespace {

QJsonObject customer(const QString &name, const QString &shortName, const char *tier,
                     const char *kind, const QString &firstOrder, const QString &industry,
                     const QString &region, const QString &address, const QString &contacts,
                     const QString &notes)
{
    return QJsonObject{
        {QStringLiteral("id"), DemoData::idFor(QStringLiteral("customer"), name)},
        {QStringLiteral("name"), name},
        {QStringLiteral("short_name"), shortName},
        {QStringLiteral("tier"), QString::fromLatin1(tier)},
        {QStringLiteral("kind"), QString::fromLatin1(kind)},
        {QStringLiteral("first_order_on"),
         firstOrder.isEmpty() ? QJsonValue() : QJsonValue(firstOrder)},
        {QStringLiteral("industry"), industry},
        {QStringLiteral("region"), region},
        {QStringLiteral("address"), address},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("notes"), notes},
    };
}

QJsonObject person(const QString &name, const QStringList &roles, const QString &phone,
                   const QString &certified, const QString &refresher, bool nonCompete,
                   bool assessed, const QString &notes, const QStringList &training = {})
{
    return QJsonObject{
        {QStringLiteral("id"), DemoData::idFor(QStringLiteral("person"), name)},
        {QStringLiteral("name"), name},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), QJsonValue()},
        {QStringLiteral("training"), QJsonArray::fromStringList(training)},
        {QStringLiteral("certified_on"),
         certified.isEmpty() ? QJsonValue() : QJsonValue(certified)},
        {QStringLiteral("refresher_on"),
         refresher.isEmpty() ? QJsonValue() : QJsonValue(refresher)},
        {QStringLiteral("nda_id"), QJsonValue()},
        {QStringLiteral("non_compete"), nonCompete},
        {QStringLiteral("assessment_passed"), assessed},
        {QStringLiteral("left_on"), QJsonValue()},
        {QStringLiteral("notes"), notes},
    };
}

} // namespace

QString DemoData::idFor(const QString &kind, const QString &name)
{
    static const QUuid ns(QStringLiteral("6b0c7a52-3f0e-4c7e-9a55-1d2f0e5c9a10"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char('/') + name).toString(QUuid::WithoutBraces);
}

QString DemoData::personId(const char *name)
{
    return idFor(QStringLiteral("person"), QString::fromUtf8(name));
}

QString DemoData::customerId(const char *name)
{
    return idFor(QStringLiteral("customer"), QString::fromUtf8(name));
}

QJsonArray DemoData::personIds(const QList<const char *> &names)
{
    QJsonArray out;
    for (const char *name : names)
        out.append(personId(name));
    return out;
}

QJsonValue DemoData::text(const char *utf8)
{
    return utf8 ? QJsonValue(QString::fromUtf8(utf8)) : QJsonValue();
}

QString DemoData::chinaTime(const char *dateTime)
{
    return QString::fromLatin1(dateTime) + QStringLiteral("+08:00");
}

QJsonObject DemoData::document()
{
    QJsonArray customers{
        customer(QStringLiteral("赛德化学（苏州）有限公司"), QStringLiteral("赛德"), "A", "oem",
                 QStringLiteral("2025-03-18"), QStringLiteral("湿电子化学品代工混配"),
                 QStringLiteral("江苏 苏州"), QStringLiteral("苏州工业园区金鸡湖大道 88 号"),
                 QStringLiteral("厂长 李卫东 138-1234-5678\n品保经理 张敏 139-8765-4321"),
                 QStringLiteral(
                     "代工混配厂，季度主动派员；混配参数属核心 know-how，现场只给建议范围。")),
        customer(QStringLiteral("恒煦电子材料股份有限公司"), QStringLiteral("恒煦"), "A",
                 "customer", QStringLiteral("2024-11-05"), QStringLiteral("半导体湿制程"),
                 QStringLiteral("浙江 宁波"), QStringLiteral("宁波市北仑区新碶街道明州路 301 号"),
                 QStringLiteral("技术经理 王建国 137-0000-1111"),
                 QStringLiteral("战略客户，蚀刻液主力采购；客户服务母版 QEP-08_A 来源。")),
        customer(QStringLiteral("成都呈显光电科技有限公司"), QStringLiteral("呈显"), "A",
                 "customer", QStringLiteral("2025-06-20"), QStringLiteral("显示面板光刻"),
                 QStringLiteral("四川 成都"), QStringLiteral("成都高新区天府大道南段 1999 号"),
                 QStringLiteral("技术经理 陈晓峰 135-2222-3333\n采购 刘芳 136-4444-5555"),
                 QStringLiteral(
                     "第 3 道光刻胶涂布工站曾出现厚度不均，疑与供应商批号 240501 黏度偏高有关。")),
        customer(
            QStringLiteral("奇芯微半导体（无锡）有限公司"), QStringLiteral("奇芯微"), "A", "oem",
            QStringLiteral("2025-01-09"), QStringLiteral("CMP 研磨液代工"),
            QStringLiteral("江苏 无锡"), QStringLiteral("无锡市新吴区长江路 16 号"),
            QStringLiteral("生产主管 周海涛 133-6666-7777"),
            QStringLiteral("代工厂，HF 端作业，派员须携带 HF 急救药盒（25% 葡萄糖酸钙凝胶）。")),
        customer(QStringLiteral("北京至毅科技有限公司"), QStringLiteral("至毅"), "B", "customer",
                 QStringLiteral("2025-09-12"), QStringLiteral("光阻剥离"), QStringLiteral("北京"),
                 QStringLiteral("北京经济技术开发区科创十三街 8 号"),
                 QStringLiteral("工艺工程师 赵磊 186-1010-2020"),
                 QStringLiteral("主力客户，半年一次主动派员，月度业务沟通。")),
        customer(QStringLiteral("合肥澄明半导体材料有限公司"), QStringLiteral("澄明"), "C",
                 "customer", QStringLiteral("2026-02-27"), QStringLiteral("清洗制程"),
                 QStringLiteral("安徽 合肥"), QStringLiteral("合肥市高新区习友路 3366 号"),
                 QStringLiteral("设备部 孙悦 150-3030-4040"),
                 QStringLiteral("一般客户，请求时派员。")),
        customer(QStringLiteral("厦门晶澈微电子有限公司"), QStringLiteral("晶澈"), "D", "customer",
                 QString(), QStringLiteral("新产品试用（DMPA 替代 NMP）"),
                 QStringLiteral("福建 厦门"), QStringLiteral("厦门市海沧区翁角路 1888 号"),
                 QStringLiteral("研发主管 黄志明 159-5050-6060"),
                 QStringLiteral("新客户，尚未首单；首单派员前须签 NDA。")),
    };
    QJsonArray people{
        person(QStringLiteral("Robert"), {QStringLiteral("cto"), QStringLiteral("engineer")},
               QStringLiteral("138-0000-0001"), QStringLiteral("2026-04-30"),
               QStringLiteral("2026-05-06"), false, true,
               QStringLiteral("队长；半导体湿制程 30 年经验，派员行为规范认证。"),
               Training::courses()),
        person(QStringLiteral("KC"), {QStringLiteral("gm")}, QStringLiteral("138-0000-0002"),
               QString(), QString(), false, false,
               QStringLiteral("总经理；核准 > 5 天或涉核心 know-how 之派员。")),
        person(QStringLiteral("Charles"), {QStringLiteral("chairman")},
               QStringLiteral("138-0000-0003"), QString(), QString(), false, false,
               QStringLiteral("战略客户 / 重大客诉派员与 KC 共同核准。")),
        person(QStringLiteral("盛转红"), {QStringLiteral("sales")}, QStringLiteral("138-0000-0004"),
               QStringLiteral("2026-05-08"), QStringLiteral("2026-05-08"), false, true,
               QStringLiteral(
                   "业务；24 h 内登记派员需求，48 h 内客户回访；仅商务陪同，不涉核心 know-how。"),
               Training::courses()),
        person(
            QStringLiteral("王婧"), {QStringLiteral("admin")}, QStringLiteral("138-0000-0005"),
            QString(), QString(), false, false,
            QStringLiteral("行政；NDA 保管人，费用单审核，礼品 / 招待超过 RMB 200 之申报窗口。")),
        person(QStringLiteral("林国栋"), {QStringLiteral("consultant")},
               QStringLiteral("139-1111-2222"), QStringLiteral("2026-05-20"),
               QStringLiteral("2026-05-20"), true, true,
               QStringLiteral("外聘技术顾问；光阻 / 蚀刻 22 年经验，已签竞业协议。"),
               Training::courses()),
        person(QStringLiteral("陈雅婷"), {QStringLiteral("consultant")},
               QStringLiteral("139-3333-4444"), QStringLiteral("2025-06-15"),
               QStringLiteral("2025-06-15"), true, true,
               QStringLiteral("外聘技术顾问；CMP 制程 15 年经验；年度复训已逾期。"),
               Training::courses()),
        person(QStringLiteral("周文彬"), {QStringLiteral("engineer")},
               QStringLiteral("139-5555-6666"), QString(), QString(), false, false,
               QStringLiteral("新进工程师；24 h 派员认证进行中。"),
               {QStringLiteral("sop_reading"), QStringLiteral("nda_secrets"),
                QStringLiteral("knowhow_blackbox")}),
    };
    // 林国栋 has signed his consultant NDA (QEF-10-04); 陈雅婷's is still missing.
    for (int i = 0; i < people.size(); ++i) {
        QJsonObject p = people.at(i).toObject();
        if (p.value(QStringLiteral("name")).toString() == QStringLiteral("林国栋")) {
            p.insert(QStringLiteral("nda_id"), idFor(QStringLiteral("nda"), QStringLiteral("lin")));
            people.replace(i, p);
        }
    }
    QJsonObject document{
        {QStringLiteral("format"), QString::fromLatin1(InterchangeExporter::Format)},
        {QStringLiteral("version"), InterchangeExporter::Version},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("people"), people},
    };
    for (const QJsonObject &part :
         {DemoTasks::arrays(), DemoSiteReports::arrays(), DemoHistory::arrays()}) {
        for (auto it = part.constBegin(); it != part.constEnd(); ++it) {
            // The history adds to the arrays of the current tasks and their forms.
            QJsonArray merged = document.value(it.key()).toArray();
            for (const QJsonValue &v : it.value().toArray())
                merged.append(v);
            document.insert(it.key(), merged);
        }
    }
    return document;
}

bool DemoData::load(Database &db, Error *error)
{
    // The document, then the signatures made on it (DemoSignatures), all or nothing.
    Transaction tx(db);
    InterchangeImporter importer(db);
    return importer.importDocument(document(), nullptr, error) && DemoKeys::enrolAll(db, error) &&
           DemoSignatures::apply(db, error) && tx.commit(error);
}
