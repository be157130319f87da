#include "app/demo/DemoSiteReports.h"

#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoTasks.h"
#include "app/people/SealedText.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

namespace {

QJsonObject anomaly(const char *key, int task, const char *type, const char *occurred,
                    const char *reporter, const char *notified, const QJsonArray &told,
                    const QStringList &channels, const char *description, const char *action)
{
    return QJsonObject{
        {QStringLiteral("id"),
         DemoData::idFor(QStringLiteral("anomaly"), QString::fromLatin1(key))},
        {QStringLiteral("task_id"), DemoTasks::taskId(task)},
        {QStringLiteral("type"), QString::fromLatin1(type)},
        {QStringLiteral("occurred_at"), DemoData::chinaTime(occurred)},
        {QStringLiteral("reporter_id"), DemoData::personId(reporter)},
        {QStringLiteral("notified_at"),
         notified ? QJsonValue(DemoData::chinaTime(notified)) : QJsonValue()},
        {QStringLiteral("notified_ids"), told},
        {QStringLiteral("channels"), QJsonArray::fromStringList(channels)},
        {QStringLiteral("description"), DemoData::text(description)},
        {QStringLiteral("action"), DemoData::text(action)},
    };
}

// Lines carry no id: the importer names them after their claim and number, as it would for
// lines typed into a spreadsheet.
QJsonObject line(const char *date, const char *category, const char *description,
                 const char *amount, const char *paidBy, bool receipt, const QString &report = {})
{
    return QJsonObject{
        {QStringLiteral("date"), QString::fromLatin1(date)},
        {QStringLiteral("category"), QString::fromLatin1(category)},
        {QStringLiteral("description"), DemoData::text(description)},
        {QStringLiteral("amount"), QString::fromLatin1(amount)},
        {QStringLiteral("paid_by"), QString::fromLatin1(paidBy)},
        {QStringLiteral("receipt"), receipt},
        {QStringLiteral("daily_report_id"), report.isEmpty() ? QJsonValue() : QJsonValue(report)},
    };
}

QJsonObject claim(const char *key, int task, const char *claimant, const char *submitted,
                  const char *declaredOn, const char *notes, const QJsonArray &lines)
{
    return QJsonObject{
        {QStringLiteral("id"),
         DemoData::idFor(QStringLiteral("expense_claim"), QString::fromLatin1(key))},
        {QStringLiteral("task_id"), DemoTasks::taskId(task)},
        {QStringLiteral("claimant_id"), DemoData::personId(claimant)},
        {QStringLiteral("submitted_at"), DemoData::chinaTime(submitted)},
        {QStringLiteral("declared_on"), DemoData::text(declaredOn)},
        {QStringLiteral("declared_to_id"),
         declaredOn ? QJsonValue(DemoData::personId("王婧")) : QJsonValue()},
        {QStringLiteral("notes"), DemoData::text(notes)},
        {QStringLiteral("lines"), lines},
    };
}

QString serviceReportId(int task)
{
    return DemoData::idFor(QStringLiteral("service_report"), QString::number(task));
}

QJsonObject serviceReport(int task, const char *signedAt, const QJsonArray &signedBy,
                          int satisfaction, const char *summary, const char *site,
                          const char *solutions, const char *feedback, const char *suggestions,
                          const char *knowhow, const char *settlement)
{
    return QJsonObject{
        {QStringLiteral("id"), serviceReportId(task)},
        {QStringLiteral("task_id"), DemoTasks::taskId(task)},
        {QStringLiteral("summary"), DemoData::text(summary)},
        {QStringLiteral("site_situation"), DemoData::text(site)},
        {QStringLiteral("solutions"), DemoData::text(solutions)},
        {QStringLiteral("customer_feedback"), DemoData::text(feedback)},
        {QStringLiteral("satisfaction"),
         satisfaction > 0 ? QJsonValue(satisfaction) : QJsonValue()},
        {QStringLiteral("suggestions"), DemoData::text(suggestions)},
        {QStringLiteral("knowhow_feedback"), DemoData::text(knowhow)},
        {QStringLiteral("settlement"), DemoData::text(settlement)},
        {QStringLiteral("signed_at"),
         signedAt ? QJsonValue(DemoData::chinaTime(signedAt)) : QJsonValue()},
        {QStringLiteral("signed_by_ids"), signedBy},
    };
}

// An L3 text comes sealed (SealedText) to the demo readers' keys — Robert (CTO), KC (GM) and
// 林国栋, the engineer of its task — which are known without a database; sealed once per
// process, so importing the demo twice changes nothing.
QString sealedForDemo(const QString &id, const QString &text)
{
    static QMutex mutex;
    static QHash<QString, QString> sealed;
    QMutexLocker lock(&mutex);
    if (!sealed.contains(id)) {
        QList<SealedText::Recipient> readers;
        for (const char *name : {"Robert", "KC", "林国栋"}) {
            const PeopleKeys::Unlocked person = DemoKeys::unlocked(QString::fromUtf8(name));
            readers << SealedText::Recipient{person.personId, person.keyId, person.keys.sealPublic};
        }
        QString out;
        SealedText::seal(id, text, SealedText::newContentKey(), readers, &out, nullptr);
        sealed.insert(id, out);
    }
    return sealed.value(id);
}

QJsonObject knowhow(const char *key, const char *title, const char *level, const char *body,
                    const QJsonArray &tasks, const QJsonValue &source)
{
    const QString id = DemoData::idFor(QStringLiteral("knowhow"), QString::fromLatin1(key));
    const bool restricted = qstrcmp(level, "L3") == 0;
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), DemoData::text(title)},
        {QStringLiteral("level"), QString::fromLatin1(level)},
        {QStringLiteral("body"), restricted ? QJsonValue(sealedForDemo(id, QString::fromUtf8(body)))
                                            : DemoData::text(body)},
        {QStringLiteral("task_ids"), tasks},
        {QStringLiteral("source_report_id"), source},
    };
}

} // namespace

QJsonObject DemoSiteReports::arrays()
{
    const auto report = [](int task, const char *engineer, const char *date) {
        return DemoDailyReports::id(task, QString::fromUtf8(engineer), QString::fromLatin1(date));
    };

    const QJsonArray anomalies{
        anomaly("1-thickness", 1, "general", "2026-05-13T14:00:00", "Robert", "2026-05-13T16:45:00",
                DemoData::personIds({"Robert"}), {QStringLiteral("daily_report")},
                "涂布厚度不均，客户自调温度参数补救。", "日报反映；取留样回实验室对比。"),
        anomaly("2-pricing", 2, "commercial", "2026-11-10T14:30:00", "Robert",
                "2026-11-10T15:10:00", DemoData::personIds({"盛转红", "KC"}),
                {QStringLiteral("phone"), QStringLiteral("wechat")},
                "客户采购经理询问新配方报价与年度框架价格。", "现场不讨论价格，已转盛转红跟进。"),
        anomaly("4-glove", 4, "safety", "2026-11-21T10:05:00", "林国栋", "2026-11-21T10:07:00",
                DemoData::personIds({"KC", "Robert"}),
                {QStringLiteral("phone"), QStringLiteral("platform")},
                "HF 作业区一只防护手套破损，未接触皮肤。",
                "立即撤离作业区，更换手套，检查其余 PPE。"),
        anomaly("4-filter", 4, "technical", "2026-11-21T16:10:00", "Robert", nullptr, {}, {},
                "颗粒来源疑与客户端过滤器滤芯有关，超出现场判断能力。", nullptr),
    };

    const QJsonArray serviceReports{
        serviceReport(
            1, "2026-05-19T15:00:00", DemoData::personIds({"Robert"}), 9,
            "成都呈显光电 / 2026-05-13 至 05-15 / 第 3 道光刻胶涂布工站；派员 Robert。目标：48 h "
            "内确认膜厚不均根因并给出处置建议——已达成。",
            "涂布厚度不均；客户已自调温度参数临时补救。",
            "更换批号 240612 后膜厚恢复；批号 240501 "
            "隔离送检。后续：跟进百亿特复检结果。",
            "客户满意处置速度；希望每季度做一次涂布工站巡检。",
            "本公司：来料黏度纳入进料检验。供应商：百亿特加强批次黏度放行。客户：记录温度调整。",
            "新问题模式：批号黏度偏高导致膜厚不均（已建知识库条目）。",
            "差旅 RMB 1,296.00（公司支付）；客户晚餐由客户付帐，已向王婧申报。"),
        serviceReport(2, "2026-11-16T17:30:00", DemoData::personIds({"Robert", "林国栋"}), 8,
                      "赛德化学 / 2026-11-09 至 11-12 / 新配方代工混配首批指导；派员 Robert、"
                      "林国栋。首批一次合格，SOP 交接完成。",
                      "混配线状况良好；过滤器压差上升快。",
                      "建议过滤器每 3 批更换；跟进第三批数据。", "客户认为过滤器建议仍需数据支持。",
                      "对客户：建立过滤器压差记录表。", "核心参数窗口已记入 L3 受限条目。",
                      "见费用申报单（QEF-10-05）。"),
        serviceReport(
            3, nullptr, {}, 0,
            "北京至毅 / 2026-11-17 至 11-18 / 光阻剥离制程操作培训。10 名操作员通过测验。",
            "操作员对剥离液寿命判定不熟。", "已完成实操训练。", nullptr, nullptr, nullptr, nullptr),
    };

    const QJsonArray callbacks{
        QJsonObject{
            {QStringLiteral("id"),
             DemoData::idFor(QStringLiteral("callback"), QStringLiteral("1"))},
            {QStringLiteral("task_id"), DemoTasks::taskId(1)},
            {QStringLiteral("called_at"), DemoData::chinaTime("2026-05-16T10:30:00")},
            {QStringLiteral("caller_id"), DemoData::personId("盛转红")},
            {QStringLiteral("contact"), QStringLiteral("技术经理 陈晓峰")},
            {QStringLiteral("satisfaction"), 9},
            {QStringLiteral("nps"), 9},
            {QStringLiteral("engineer_performance"), QStringLiteral("响应快，沟通清楚，守规矩。")},
            {QStringLiteral("further_needs"), QStringLiteral("希望每季度一次涂布工站巡检。")},
            {QStringLiteral("suggestions"), QStringLiteral("处置报告可更早提供。")}},
        QJsonObject{
            {QStringLiteral("id"),
             DemoData::idFor(QStringLiteral("callback"), QStringLiteral("2"))},
            {QStringLiteral("task_id"), DemoTasks::taskId(2)},
            {QStringLiteral("called_at"), DemoData::chinaTime("2026-11-13T15:00:00")},
            {QStringLiteral("caller_id"), DemoData::personId("盛转红")},
            {QStringLiteral("contact"), QStringLiteral("厂长 李卫东")},
            {QStringLiteral("satisfaction"), 6},
            {QStringLiteral("nps"), 6},
            {QStringLiteral("engineer_performance"),
             QStringLiteral("专业，但过滤器建议解释不足。")},
            {QStringLiteral("further_needs"), QStringLiteral("第三批混配时希望远端支持。")},
            {QStringLiteral("suggestions"), QStringLiteral("建议附上过滤器压差数据。")},
            {QStringLiteral("improvement_plan"),
             QStringLiteral(
                 "KC + Robert 主动拜访；补充过滤器压差数据与更换周期依据；第三批远端支持。")},
            {QStringLiteral("improvement_due"), QStringLiteral("2027-02-11")}},
    };

    const QJsonArray claims{
        claim("1-robert", 1, "Robert", "2026-05-18T09:30:00", "2026-05-18",
              "客户晚餐由客户付帐，超过 RMB 200，已向王婧申报。",
              {line("2026-05-13", "transport", "高铁单程 重庆—成都", "280.00", "company", true,
                    report(1, "Robert", "2026-05-13")),
               line("2026-05-13", "hospitality", "客户晚餐（客户付帐）", "360.00", "customer",
                    false, report(1, "Robert", "2026-05-13")),
               line("2026-05-13", "lodging", "住宿 2 晚", "736.00", "company", true),
               line("2026-05-15", "transport", "高铁返程", "280.00", "company", true)}),
        claim("2-robert", 2, "Robert", "2026-11-13T10:00:00", nullptr, nullptr,
              {line("2026-11-09", "transport", "高铁 上海—苏州", "39.50", "company", true),
               line("2026-11-09", "lodging", "住宿 3 晚", "1170.00", "company", true),
               line("2026-11-12", "transport", "高铁 苏州—上海", "39.50", "company", true)}),
        claim("2-lin", 2, "林国栋", "2026-11-13T11:00:00", nullptr, "客户晚宴待申报。",
              {line("2026-11-10", "hospitality", "客户晚宴（客户付帐）", "480.00", "customer",
                    false, report(2, "林国栋", "2026-11-10")),
               line("2026-11-12", "gift", "客户赠送茶叶礼盒", "150.00", "customer", false),
               line("2026-11-12", "meals", "午餐", "45.00", "company", true)}),
        claim("3-robert", 3, "Robert", "2026-11-19T09:00:00", nullptr, nullptr,
              {line("2026-11-17", "transport", "机票 上海—北京", "1280.00", "company", true),
               line("2026-11-18", "transport", "机票 北京—上海", "1160.00", "company", true)}),
    };

    const QJsonArray library{
        knowhow("coating-viscosity", "光刻胶涂布厚度不均：先查来料批号黏度", "L2",
                "现象：涂布膜厚不均。先比对供应商批号黏度与规格，再看温度补救；更换批号对比试涂即可"
                "确认。",
                QJsonArray{DemoTasks::taskId(1)}, serviceReportId(1)),
        knowhow("saide-window", "赛德新配方混配参数窗口", "L3",
                "受限：客户专属配方之搅拌时间与温度窗口。仅 Robert、KC 与指派派员可阅。",
                QJsonArray{DemoTasks::taskId(2)}, serviceReportId(2)),
        knowhow("strip-training", "光阻剥离制程操作培训要点", "L1",
                "公开内容：剥离液寿命判定、安全注意事项与常见问题；可作为客户培训教材。",
                QJsonArray{DemoTasks::taskId(3)}, report(3, "Robert", "2026-11-18")),
    };

    return QJsonObject{{QStringLiteral("daily_reports"), DemoDailyReports::reports()},
                       {QStringLiteral("anomalies"), anomalies},
                       {QStringLiteral("service_reports"), serviceReports},
                       {QStringLiteral("callbacks"), callbacks},
                       {QStringLiteral("expense_claims"), claims},
                       {QStringLiteral("knowhow"), library}};
}
