#include "app/demo/DemoHistory.h"

#include "app/demo/DemoData.h"
#include "app/utils/OffsetTime.h"
#include "app/workflow/TaskNumbering.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace {

const char *const SaiDe = "赛德化学（苏州）有限公司";
const char *const HengXu = "恒煦电子材料股份有限公司";
const char *const ChengXian = "成都呈显光电科技有限公司";
const char *const QiXin = "奇芯微半导体（无锡）有限公司";
const char *const ZhiYi = "北京至毅科技有限公司";
const char *const ChengMing = "合肥澄明半导体材料有限公司";

// One finished dispatch of the history. Days are days of the month; times China time.
struct Visit
{
    int year;
    int month;
    int day;  // planned start
    int days; // on-site days (planned end = start + days - 1)
    const char *customer;
    const char *type;
    const char *priority;
    bool proactive;
    const char *title;
    int arrivalDelayHours; // after 09:30 of the planned start (urgent: after the request)
    int reportAfterDays;   // service report signed this many days after leaving
    int satisfaction;      // call-back; 0: no call-back answer
    int nps;               // -1: not asked
};

// Month by month. Urgent complaints count their commitment from the request, which is the
// day before the planned start at 20:00 (arrivalDelayHours after the request).
const QList<Visit> &visits()
{
    static const QList<Visit> all = {
        {2025, 8, 5, 2, SaiDe, "line_support", "P1", true, "季度主动拜访：混配线巡检", 0, 1, 9, 9},
        {2025, 8, 12, 1, HengXu, "training", "P1", true, "季度主动拜访：蚀刻液操作复训", 0, 2, 10,
         10},
        {2025, 8, 19, 2, ChengXian, "line_support", "P1", true, "季度主动拜访：涂布线点检", 0, 1, 9,
         8},
        {2025, 8, 26, 1, QiXin, "line_support", "P1", true, "季度主动拜访：研磨液供液系统", 0, 1, 9,
         9},
        {2025, 8, 28, 1, ZhiYi, "training", "P1", true, "半年主动拜访：剥离制程交流", 0, 2, 8, 8},
        {2025, 9, 9, 2, HengXu, "line_support", "P0", false, "蚀刻槽温控波动排查", 0, 1, 9, 9},
        {2025, 9, 23, 1, ZhiYi, "audit", "P1", false, "客户年度稽核陪同", 0, 2, 10, 9},
        {2025, 10, 14, 2, SaiDe, "oem_mixing", "P1", false, "代工混配批次放行指导", 0, 2, 9, 10},
        {2025, 10, 21, 1, ChengXian, "training", "P1", false, "新进操作员培训", 0, 1, 8, 7},
        {2025, 10, 28, 2, QiXin, "line_support", "P1", false, "研磨液过滤器更换周期评估", 0, 1, 9,
         9},
        {2025, 11, 4, 1, SaiDe, "line_support", "P1", true, "季度主动拜访：混配线巡检", 0, 1, 10,
         10},
        {2025, 11, 6, 1, HengXu, "line_support", "P1", true, "季度主动拜访：供液管路点检", 0, 1, 9,
         9},
        {2025, 11, 13, 2, ChengXian, "line_support", "P1", true, "季度主动拜访：涂布均匀性复测", 0,
         2, 9, 9},
        {2025, 11, 20, 1, QiXin, "training", "P1", true, "季度主动拜访：HF 安全复训", 0, 1, 10, 9},
        {2025, 12, 3, 1, ZhiYi, "urgent_complaint", "P0", false, "剥离液残留客诉", 27, 2, 7, 6},
        {2025, 12, 16, 2, HengXu, "product_trial", "P1", false, "低温蚀刻液试用", 0, 1, 9, 9},
        {2026, 1, 8, 2, SaiDe, "oem_mixing", "P1", false, "年初代工混配参数确认", 0, 1, 9, 9},
        {2026, 1, 20, 1, ChengXian, "line_support", "P1", false, "涂布机喷嘴堵塞排查", 0, 2, 10,
         10},
        {2026, 2, 3, 1, HengXu, "line_support", "P1", true, "季度主动拜访：春节前巡检", 0, 1, 9, 9},
        {2026, 2, 5, 1, SaiDe, "training", "P1", true, "季度主动拜访：混配安全复训", 0, 7, 9, 8},
        {2026, 2, 10, 2, QiXin, "line_support", "P1", true, "季度主动拜访：研磨液颗粒监控", 0, 1, 9,
         9},
        {2026, 2, 26, 1, ChengXian, "line_support", "P1", true, "季度主动拜访：光刻胶储存检查", 0,
         1, 10, 9},
        {2026, 2, 27, 1, ZhiYi, "training", "P1", true, "半年主动拜访：制程交流", 0, 1, 9, 9},
        {2026, 3, 10, 2, HengXu, "line_support", "P1", false, "蚀刻速率漂移分析", 30, 1, 8, 8},
        {2026, 3, 17, 1, ZhiYi, "audit", "P1", false, "客户供应商稽核陪同", 0, 1, 9, 9},
        {2026, 3, 24, 2, SaiDe, "oem_mixing", "P1", false, "新包装规格混配指导", 0, 2, 9, 10},
        {2026, 4, 8, 1, ChengMing, "product_trial", "P1", true, "首单后首次拜访：清洗液试用", 0, 1,
         9, 9},
        {2026, 4, 15, 2, ChengXian, "urgent_complaint", "P1", false, "光刻胶批次客诉现场确认", 40,
         1, 8, 7},
        {2026, 5, 7, 1, SaiDe, "line_support", "P1", true, "季度主动拜访：混配线巡检", 0, 1, 10,
         10},
        {2026, 5, 19, 1, HengXu, "training", "P1", true, "季度主动拜访：新员工培训", 0, 2, 9, 9},
        {2026, 5, 26, 1, ChengXian, "line_support", "P1", true, "季度主动拜访：涂布线点检", 0, 1, 9,
         9},
        {2026, 6, 9, 2, QiXin, "line_support", "P0", false, "研磨液 pH 异常排查", 0, 1, 8, 8},
        {2026, 6, 16, 1, ZhiYi, "product_trial", "P1", false, "新型剥离液试用", 0, 2, 9, 9},
        {2026, 7, 7, 2, SaiDe, "oem_mixing", "P1", false, "代工混配扩产指导", 0, 1, 9, 9},
        {2026, 7, 21, 1, ChengMing, "training", "P1", false, "清洗制程操作培训", 0, 1, 10, 9},
        {2026, 8, 4, 1, SaiDe, "line_support", "P1", true, "季度主动拜访：混配线巡检", 0, 1, 9, 10},
        {2026, 8, 11, 1, HengXu, "line_support", "P1", true, "季度主动拜访：蚀刻槽点检", 0, 1, 9,
         9},
        {2026, 8, 18, 2, ChengXian, "line_support", "P1", true, "季度主动拜访：涂布线点检", 0, 1,
         10, 10},
        {2026, 8, 25, 1, QiXin, "line_support", "P1", true, "季度主动拜访：HF 端供液检查", 0, 1, 9,
         9},
        {2026, 8, 27, 1, ZhiYi, "training", "P1", true, "半年主动拜访：制程交流", 0, 1, 9, 8},
        {2026, 9, 8, 2, HengXu, "product_trial", "P1", false, "高选择比蚀刻液试用", 0, 1, 9, 9},
        {2026, 9, 22, 1, ChengMing, "line_support", "P1", false, "清洗槽温度异常", 0, 1, 8, 8},
        {2026, 10, 13, 1, SaiDe, "line_support", "P1", true, "季度主动拜访：混配线巡检", 0, 1, 10,
         10},
        {2026, 10, 20, 1, HengXu, "line_support", "P1", true, "季度主动拜访：供液管路点检", 0, 1, 9,
         9},
        {2026, 10, 27, 1, ChengXian, "training", "P1", true, "季度主动拜访：操作员复训", 0, 1, 9,
         9},
    };
    return all;
}

QString taskKey(int index)
{
    return QStringLiteral("history/%1").arg(index);
}

QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QDateTime china(const QDate &day, int hour, int minute = 0)
{
    return OffsetTime::at(day, QTime(hour, minute), 8 * 3600);
}

} // namespace

QJsonObject DemoHistory::arrays()
{
    const QString robert = DemoData::personId("Robert");
    const QString lin = DemoData::personId("林国栋");
    const QString sales = DemoData::personId("盛转红");
    QJsonArray tasks, reports, callbacks;
    QHash<int, int> numberInYear; // the history numbers each year after the tasks of the demo
    numberInYear.insert(2025, 0);
    numberInYear.insert(2026, 10);
    QHash<QString, QString> taskOfTitle; // for the complaints and the incident below
    const QList<Visit> &all = visits();
    for (int i = 0; i < all.size(); ++i) {
        const Visit &v = all.at(i);
        const QString id = DemoData::idFor(QStringLiteral("task"), taskKey(i));
        const QDate start(v.year, v.month, v.day);
        const QDate end = start.addDays(v.days - 1);
        const bool urgent = QLatin1String(v.type) == QLatin1String("urgent_complaint");
        const QDateTime requested =
            urgent ? china(start.addDays(-1), 20) : china(start.addDays(-12), 10);
        const QDateTime arrived =
            urgent ? requested.addSecs(qint64(v.arrivalDelayHours) * 3600)
                   : china(start, 9, 30).addSecs(qint64(v.arrivalDelayHours) * 3600);
        // Leaving at the end of the last day, or a few hours after a late arrival.
        QDateTime left = china(end, 17, 30);
        if (left < arrived.addSecs(4 * 3600))
            left = arrived.addSecs(4 * 3600);
        const int seq = ++numberInYear[v.year];
        const QStringList engineers = i % 3 == 1 ? QStringList{robert, lin} : QStringList{robert};
        taskOfTitle.insert(
            QStringLiteral("%1-%2").arg(v.year).arg(v.month, 2, 10, QLatin1Char('0')) +
                QString::fromUtf8(v.customer),
            id);
        tasks.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("number"), TaskNumbering::format(v.year, seq)},
            {QStringLiteral("customer_id"), DemoData::customerId(v.customer)},
            {QStringLiteral("type"), QString::fromLatin1(v.type)},
            {QStringLiteral("priority"), QString::fromLatin1(v.priority)},
            {QStringLiteral("state"), QStringLiteral("closed")},
            {QStringLiteral("title"), QString::fromUtf8(v.title)},
            {QStringLiteral("requested_at"), iso(requested)},
            {QStringLiteral("registered_at"), iso(requested.addSecs(3600))},
            {QStringLiteral("complexity"),
             v.days > 1 ? QStringLiteral("medium") : QStringLiteral("simple")},
            {QStringLiteral("planned_days"), double(v.days)},
            {QStringLiteral("knowhow_risk"), QStringLiteral("normal")},
            {QStringLiteral("safety_risk"), QLatin1String(v.customer) == QLatin1String(QiXin)
                                                ? QStringLiteral("hf")
                                                : QStringLiteral("medium")},
            {QStringLiteral("major_complaint"), false},
            {QStringLiteral("engineer_ids"), QJsonArray::fromStringList(engineers)},
            {QStringLiteral("planned_start"), start.toString(Qt::ISODate)},
            {QStringLiteral("planned_end"), end.toString(Qt::ISODate)},
            {QStringLiteral("arrived_at"), iso(arrived)},
            {QStringLiteral("onsite_end"), iso(left)},
            {QStringLiteral("proactive"), v.proactive},
        });
        QJsonArray signers = QJsonArray::fromStringList(engineers);
        if (!engineers.contains(robert))
            signers.append(robert);
        reports.append(QJsonObject{
            {QStringLiteral("id"), DemoData::idFor(QStringLiteral("service_report"), taskKey(i))},
            {QStringLiteral("task_id"), id},
            {QStringLiteral("summary"),
             QString::fromUtf8(v.title) + QStringLiteral("：目标已达成。")},
            {QStringLiteral("site_situation"),
             QStringLiteral("产线运行正常；现场逐项确认设备参数与操作记录，客户窗口全程陪同。")},
            {QStringLiteral("solutions"),
             QStringLiteral("现场问题已处理，后续由业务按月远端跟进。")},
            {QStringLiteral("satisfaction"),
             v.satisfaction > 0 ? QJsonValue(v.satisfaction) : QJsonValue()},
            {QStringLiteral("signed_at"), iso(china(left.date().addDays(v.reportAfterDays), 18))},
            {QStringLiteral("signed_by_ids"), signers},
        });
        QJsonObject call{
            {QStringLiteral("id"), DemoData::idFor(QStringLiteral("callback"), taskKey(i))},
            {QStringLiteral("task_id"), id},
            {QStringLiteral("called_at"), iso(china(left.date().addDays(1), 10, 30))},
            {QStringLiteral("caller_id"), sales},
            {QStringLiteral("contact"), QStringLiteral("客户窗口")},
            {QStringLiteral("engineer_performance"),
             QStringLiteral("派员准时到场，说明清楚，遵守现场规定。")},
            {QStringLiteral("satisfaction"),
             v.satisfaction > 0 ? QJsonValue(v.satisfaction) : QJsonValue()},
            {QStringLiteral("nps"), v.nps >= 0 ? QJsonValue(v.nps) : QJsonValue()},
        };
        // SOP-15 §7.3: a score below 7 opens an improvement plan, followed up within 90 days.
        if ((v.satisfaction > 0 && v.satisfaction < 7) || (v.nps >= 0 && v.nps < 7)) {
            const QDate called = left.date().addDays(1);
            call.insert(QStringLiteral("improvement_plan"),
                        QStringLiteral("残留问题复盘：调整剥离液更换周期，每月远端确认一次。"));
            call.insert(QStringLiteral("improvement_due"),
                        called.addDays(60).toString(Qt::ISODate));
            call.insert(QStringLiteral("improvement_done_on"),
                        called.addDays(45).toString(Qt::ISODate));
        }
        callbacks.append(call);
    }

    const auto complaint = [&](const char *key, const char *received, const char *customer,
                               const QString &taskId, const char *severity, const char *text,
                               const char *response, const char *closed) {
        return QJsonObject{
            {QStringLiteral("id"),
             DemoData::idFor(QStringLiteral("complaint"), QString::fromLatin1(key))},
            {QStringLiteral("received_at"), DemoData::chinaTime(received)},
            {QStringLiteral("customer_id"), DemoData::customerId(customer)},
            {QStringLiteral("task_id"), taskId.isEmpty() ? QJsonValue() : QJsonValue(taskId)},
            {QStringLiteral("severity"), QString::fromLatin1(severity)},
            {QStringLiteral("description"), QString::fromUtf8(text)},
            {QStringLiteral("first_response_at"), DemoData::chinaTime(response)},
            {QStringLiteral("handled_by_id"), robert},
            {QStringLiteral("solution"),
             QStringLiteral("现场确认原因并提交改善报告，客户确认结案。")},
            {QStringLiteral("closed_on"),
             closed ? QJsonValue(QString::fromLatin1(closed)) : QJsonValue()},
        };
    };
    const QJsonArray complaints{
        complaint("2025-10-chengxian", "2025-10-24T11:00:00", ChengXian,
                  taskOfTitle.value(QStringLiteral("2025-10") + QString::fromUtf8(ChengXian)),
                  "normal", "培训后操作员仍不清楚换液步骤，要求补充书面说明。",
                  "2025-10-24T13:30:00", "2025-11-03"),
        complaint("2026-04-chengxian", "2026-04-14T09:00:00", ChengXian,
                  taskOfTitle.value(QStringLiteral("2026-01") + QString::fromUtf8(ChengXian)),
                  "major", "喷嘴处理后两个月再次堵塞，产线停线 4 小时。", "2026-04-14T10:10:00",
                  "2026-04-30"),
        complaint("2026-07-zhiyi", "2026-07-08T16:00:00", ZhiYi, QString(), "normal",
                  "交期延误两天，与派员无关。", "2026-07-08T21:30:00", "2026-07-10"),
    };
    const QJsonArray incidents{QJsonObject{
        {QStringLiteral("id"),
         DemoData::idFor(QStringLiteral("knowhow_incident"), QStringLiteral("2026-06"))},
        {QStringLiteral("found_on"), QStringLiteral("2026-06-22")},
        {QStringLiteral("task_id"),
         taskOfTitle.value(QStringLiteral("2026-06") + QString::fromUtf8(QiXin))},
        {QStringLiteral("level"), QStringLiteral("L2")},
        {QStringLiteral("description"),
         QStringLiteral("现场交流时把过滤器选型对照表拍照给客户工程师，表内含其他客户的用量。")},
        {QStringLiteral("reported_by_id"), lin},
        {QStringLiteral("actions"),
         QStringLiteral("请客户删除照片并书面确认；SOP-17 复训；对照表改为现场口述。")},
        {QStringLiteral("closed_on"), QStringLiteral("2026-07-03")},
    }};
    const QJsonArray reviews{QJsonObject{
        {QStringLiteral("id"),
         DemoData::idFor(QStringLiteral("monthly_review"), QStringLiteral("2026-10"))},
        {QStringLiteral("month"), QStringLiteral("2026-10")},
        {QStringLiteral("notes"),
         QStringLiteral("10 月三家战略客户完成季度主动拜访，奇芯微尚未安排；回访满意度均 ≥ 9。")},
        {QStringLiteral("decisions"), QStringLiteral("11 月内安排奇芯微主动派员；客诉率维持 0。")},
        {QStringLiteral("figures"), QJsonValue()},
    }};
    return QJsonObject{{QStringLiteral("tasks"), tasks},
                       {QStringLiteral("service_reports"), reports},
                       {QStringLiteral("callbacks"), callbacks},
                       {QStringLiteral("complaints"), complaints},
                       {QStringLiteral("knowhow_incidents"), incidents},
                       {QStringLiteral("monthly_reviews"), reviews}};
}
