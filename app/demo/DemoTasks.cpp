#include "app/demo/DemoTasks.h"

#include "app/workflow/HolidayCalendar.h"

#include "app/demo/DemoData.h"
#include "app/rules/ApprovalMatrix.h"
#include "app/workflow/TaskNumbering.h"

#include <QJsonArray>

namespace {

struct TaskRow
{
    int seq;
    const char *state;
    const char *customer;
    const char *type;
    const char *priority;
    const char *title;
    const char *requested;
    const char *registered;
    const char *complexity;
    double days;
    const char *knowhow;
    const char *safety;
    bool complaint;
    QStringList engineers;
    const char *start;
    const char *end;
    const char *onsiteEnd;
    const char *approvalLevel; // for approved and later states
};

// When the dispatches that went on site arrived there (the on-time KPI).
QJsonValue arrivedAt(int seq)
{
    switch (seq) {
    case 1:
        return DemoData::chinaTime("2026-05-13T10:00:00");
    case 2:
        return DemoData::chinaTime("2026-11-09T09:40:00");
    case 3:
        return DemoData::chinaTime("2026-11-17T09:00:00");
    case 4:
        return DemoData::chinaTime("2026-11-20T11:00:00");
    default:
        return QJsonValue();
    }
}

QJsonObject task(const TaskRow &r)
{
    const bool assessed = r.complexity != nullptr;
    return QJsonObject{
        {QStringLiteral("id"), DemoTasks::taskId(r.seq)},
        {QStringLiteral("number"), TaskNumbering::format(2026, r.seq)},
        {QStringLiteral("customer_id"), DemoData::customerId(r.customer)},
        {QStringLiteral("type"), QString::fromLatin1(r.type)},
        {QStringLiteral("priority"), QString::fromLatin1(r.priority)},
        {QStringLiteral("state"), QString::fromLatin1(r.state)},
        {QStringLiteral("title"), DemoData::text(r.title)},
        {QStringLiteral("requested_at"), DemoData::text(r.requested)},
        {QStringLiteral("registered_at"), DemoData::text(r.registered)},
        {QStringLiteral("complexity"), DemoData::text(r.complexity)},
        {QStringLiteral("planned_days"), assessed ? QJsonValue(r.days) : QJsonValue()},
        {QStringLiteral("knowhow_risk"), DemoData::text(r.knowhow)},
        {QStringLiteral("safety_risk"), DemoData::text(r.safety)},
        {QStringLiteral("necessity"),
         assessed ? DemoData::text("远端视频无法确认现场状况，需现场取样与观察。") : QJsonValue()},
        {QStringLiteral("major_complaint"), r.complaint},
        {QStringLiteral("engineer_ids"), QJsonArray::fromStringList(r.engineers)},
        {QStringLiteral("planned_start"), DemoData::text(r.start)},
        {QStringLiteral("planned_end"), DemoData::text(r.end)},
        {QStringLiteral("arrived_at"), arrivedAt(r.seq)},
        {QStringLiteral("onsite_end"), DemoData::text(r.onsiteEnd)},
        {QStringLiteral("proactive"), false},
        {QStringLiteral("cancel_reason"),
         QString::fromLatin1(r.state) == QLatin1String("cancelled")
             ? DemoData::text("客户产线停线检修，需求取消，改为远端跟进。")
             : QJsonValue()},
    };
}

const QList<TaskRow> &rows()
{
    const QStringList robert{DemoData::personId("Robert")};
    const QStringList robertLin{DemoData::personId("Robert"), DemoData::personId("林国栋")};
    static const QList<TaskRow> all = {
        {1, "closed", "成都呈显光电科技有限公司", "line_support", "P0",
         "第 3 道光刻胶涂布工站厚度不均", "2026-05-11T09:20:00+08:00", "2026-05-11T11:05:00+08:00",
         "medium", 3, "normal", "medium", false, robert, "2026-05-13", "2026-05-15",
         "2026-05-15T17:30:00+08:00", "kc_charles"},
        {2, "callback", "赛德化学（苏州）有限公司", "oem_mixing", "P1", "新配方代工混配首批指导",
         "2026-10-26T14:00:00+08:00", "2026-10-26T16:40:00+08:00", "complex", 4, "core", "high",
         false, robertLin, "2026-11-09", "2026-11-12", "2026-11-12T18:00:00+08:00", "kc_charles"},
        {3, "reporting", "北京至毅科技有限公司", "training", "P1", "光阻剥离制程操作培训",
         "2026-11-02T10:00:00+08:00", "2026-11-02T10:30:00+08:00", "simple", 2, "normal", "low",
         false, robert, "2026-11-17", "2026-11-18", "2026-11-18T16:00:00+08:00", "robert"},
        {4, "on_site", "奇芯微半导体（无锡）有限公司", "line_support", "P0",
         "CMP 研磨液颗粒异常排查（HF 端）", "2026-11-16T08:10:00+08:00",
         "2026-11-16T09:00:00+08:00", "complex", 3, "normal", "hf", false, robertLin, "2026-11-20",
         "2026-11-22", nullptr, "kc_charles"},
        {5, "briefed", "合肥澄明半导体材料有限公司", "product_trial", "P1",
         "DMPA 替代 NMP 试用支持", "2026-11-12T15:30:00+08:00", "2026-11-13T09:10:00+08:00",
         "medium", 2, "normal", "medium", false, robert, "2026-11-24", "2026-11-25", nullptr,
         "robert"},
        {6,
         "approved",
         "北京至毅科技有限公司",
         "audit",
         "P1",
         "客户审厂陪同",
         "2026-11-17T11:00:00+08:00",
         "2026-11-17T13:20:00+08:00",
         "simple",
         0.5,
         "none",
         "low",
         false,
         {},
         "2026-11-27",
         "2026-11-27",
         nullptr,
         "robert_self"},
        {7,
         "assessed",
         "恒煦电子材料股份有限公司",
         "urgent_complaint",
         "P0",
         "蚀刻液批次客诉：蚀刻速率偏低",
         "2026-11-19T20:15:00+08:00",
         "2026-11-20T08:30:00+08:00",
         "complex",
         2,
         "normal",
         "high",
         true,
         {},
         "2026-11-22",
         "2026-11-23",
         nullptr,
         nullptr},
        {8,
         "registered",
         "厦门晶澈微电子有限公司",
         "product_trial",
         "P1",
         "首单试用前现场评估",
         "2026-11-20T10:00:00+08:00",
         "2026-11-20T15:45:00+08:00",
         nullptr,
         0,
         nullptr,
         nullptr,
         false,
         {},
         nullptr,
         nullptr,
         nullptr,
         nullptr},
        {9,
         "rejected",
         "合肥澄明半导体材料有限公司",
         "trade_show",
         "P1",
         "SEMICON 展会技术答询",
         "2026-08-03T09:00:00+08:00",
         "2026-08-03T10:00:00+08:00",
         "simple",
         1,
         "none",
         "low",
         false,
         {},
         nullptr,
         nullptr,
         nullptr,
         nullptr},
        {10,
         "cancelled",
         "赛德化学（苏州）有限公司",
         "line_support",
         "P1",
         "混配线搅拌异常",
         "2026-09-07T09:00:00+08:00",
         "2026-09-07T09:40:00+08:00",
         "medium",
         1,
         "normal",
         "medium",
         false,
         {},
         nullptr,
         nullptr,
         nullptr,
         nullptr},
    };
    return all;
}

QJsonObject approval(int seq, const char *approver, const char *decision, const char *level,
                     const char *comment, const char *at)
{
    return QJsonObject{
        {QStringLiteral("id"),
         DemoData::idFor(QStringLiteral("approval"),
                         QStringLiteral("%1/%2").arg(seq).arg(QString::fromUtf8(approver)))},
        {QStringLiteral("task_id"), DemoTasks::taskId(seq)},
        {QStringLiteral("approver_id"), DemoData::personId(approver)},
        {QStringLiteral("decision"), QString::fromLatin1(decision)},
        {QStringLiteral("level"), QString::fromLatin1(level)},
        {QStringLiteral("comment"), DemoData::text(comment)},
        {QStringLiteral("decided_at"), QString::fromLatin1(at)},
    };
}

QJsonObject briefing(int seq, const char *meeting, const char *departure, const char *objectives,
                     const char *special)
{
    return QJsonObject{
        {QStringLiteral("id"), DemoData::idFor(QStringLiteral("briefing"), QString::number(seq))},
        {QStringLiteral("task_id"), DemoTasks::taskId(seq)},
        {QStringLiteral("meeting_at"), QString::fromLatin1(meeting)},
        {QStringLiteral("departure_at"), QString::fromLatin1(departure)},
        {QStringLiteral("attendee_ids"),
         QJsonArray{DemoData::personId("Robert"), DemoData::personId("盛转红"),
                    DemoData::personId("王婧")}},
        {QStringLiteral("background"),
         DemoData::text("战略客户，近一年采购稳定；上次派员报告见知识库。")},
        {QStringLiteral("objectives"), DemoData::text(objectives)},
        {QStringLiteral("schedule"),
         DemoData::text("Day 0 抵达入厂 + 安全培训；Day 1-N 现场观察、取样、分析。")},
        {QStringLiteral("knowhow_boundary"),
         DemoData::text("只给建议范围，不提供温度精确值与关键供应商名。")},
        {QStringLiteral("knowhow_boundary_ack"), true},
        {QStringLiteral("safety_notes"), DemoData::text("依风险等级携带 PPE；HF 端携带急救药盒。")},
        {QStringLiteral("emergency_contacts"),
         DemoData::text("Robert 138-0000-0001；KC 138-0000-0002")},
        {QStringLiteral("special_requirements"), DemoData::text(special)},
        {QStringLiteral("qa_notes"), DemoData::text("无")},
        {QStringLiteral("arrival"), DemoData::text("上午 9:00 客户一号门，技术经理接待。")},
        {QStringLiteral("site_conditions"),
         DemoData::text("入厂须提前一天提交入厂申请，现场安全培训 30 分钟。")},
        {QStringLiteral("pretrip_confirmed"),
         QJsonArray{QStringLiteral("arrival"), QStringLiteral("site_conditions"),
                    QStringLiteral("emergency_contact"), QStringLiteral("id_card")}},
    };
}

} // namespace

QString DemoTasks::taskId(int sequence)
{
    return DemoData::idFor(QStringLiteral("task"), QString::number(sequence));
}

QJsonObject DemoTasks::arrays()
{
    QJsonArray tasks;
    for (const TaskRow &r : rows())
        tasks.append(task(r));

    QJsonArray approvals{
        approval(1, "KC", "approve", "kc_charles", "战略客户，同意。", "2026-05-11T14:00:00+08:00"),
        approval(1, "Charles", "approve", "kc_charles", nullptr, "2026-05-11T16:20:00+08:00"),
        approval(2, "KC", "approve", "kc_charles", "涉核心 know-how，林国栋同行。",
                 "2026-10-27T10:00:00+08:00"),
        approval(2, "Charles", "approve", "kc_charles", nullptr, "2026-10-27T11:30:00+08:00"),
        approval(3, "Robert", "approve", "robert", nullptr, "2026-11-03T09:00:00+08:00"),
        approval(4, "KC", "approve", "kc_charles", "P0，立即安排。", "2026-11-16T10:00:00+08:00"),
        approval(4, "Charles", "approve", "kc_charles", nullptr, "2026-11-16T10:40:00+08:00"),
        approval(5, "Robert", "approve", "robert", nullptr, "2026-11-13T11:00:00+08:00"),
        approval(6, "Robert", "approve", "robert_self", "半天陪同，自核。",
                 "2026-11-17T15:00:00+08:00"),
        approval(9, "Robert", "reject", "robert", "展会答询可由业务远端支持，无需派员。",
                 "2026-08-04T09:30:00+08:00"),
    };
    QJsonArray briefings{
        briefing(1, "2026-05-12T16:00:00+08:00", "2026-05-13T07:30:00+08:00",
                 "确认涂布厚度不均根因；48 h 内给出处置建议。", "客户现场禁止拍照；午餐清真。"),
        briefing(2, "2026-11-08T15:00:00+08:00", "2026-11-09T08:00:00+08:00",
                 "首批混配一次合格；混配 SOP 交接完成。", "着公司工作服；不收客户礼品。"),
        briefing(3, "2026-11-16T17:00:00+08:00", "2026-11-17T07:00:00+08:00",
                 "10 名操作员完成剥离制程培训并通过测验。", "无"),
        briefing(4, "2026-11-19T18:00:00+08:00", "2026-11-20T06:30:00+08:00",
                 "找出颗粒来源；给出批次放行建议。", "HF 作业区需双人同行。"),
        briefing(5, "2026-11-23T15:00:00+08:00", "2026-11-24T07:00:00+08:00",
                 "完成 DMPA 三组对比试验并记录数据。", "客户要求穿无尘服进入试验区。"),
    };
    const QString saide = DemoData::customerId("赛德化学（苏州）有限公司");
    QJsonArray ndas{
        QJsonObject{
            {QStringLiteral("id"), DemoData::idFor(QStringLiteral("nda"), QStringLiteral("saide"))},
            {QStringLiteral("counterparty_id"), saide},
            {QStringLiteral("scope"),
             QJsonArray{QStringLiteral("customer"), QStringLiteral("lithera"),
                        QStringLiteral("mutual")}},
            {QStringLiteral("template_version"), QStringLiteral("NDA-2026-v2（蔡坤旺律师审）")},
            {QStringLiteral("signed_on"), QStringLiteral("2025-03-10")},
            {QStringLiteral("custodian_id"), DemoData::personId("王婧")},
            {QStringLiteral("notes"), QStringLiteral("纸本正本存公司保险柜。")}},
        QJsonObject{
            {QStringLiteral("id"), DemoData::idFor(QStringLiteral("nda"), QStringLiteral("lin"))},
            {QStringLiteral("counterparty_id"), DemoData::personId("林国栋")},
            {QStringLiteral("scope"),
             QJsonArray{QStringLiteral("lithera"), QStringLiteral("mutual")}},
            {QStringLiteral("template_version"), QStringLiteral("NDA-2026-v2（蔡坤旺律师审）")},
            {QStringLiteral("signed_on"), QStringLiteral("2026-05-18")},
            {QStringLiteral("custodian_id"), DemoData::personId("王婧")}},
        QJsonObject{
            {QStringLiteral("id"),
             DemoData::idFor(QStringLiteral("nda"), QStringLiteral("jingche"))},
            {QStringLiteral("counterparty_id"), DemoData::customerId("厦门晶澈微电子有限公司")},
            {QStringLiteral("scope"), QJsonArray{QStringLiteral("customer")}},
            {QStringLiteral("template_version"), QStringLiteral("NDA-2026-v2（蔡坤旺律师审）")},
            {QStringLiteral("custodian_id"), DemoData::personId("王婧")},
            {QStringLiteral("notes"), QStringLiteral("已寄出，待客户签回。")}},
    };
    // 2026 public holidays and make-up working days: the official calendar Field Desk ships
    // (HolidayCalendar), with its record ids, so a demo loaded into a new database (which has
    // the calendar already) changes nothing there.
    QJsonArray holidays;
    for (const HolidayCalendar::Day &d : HolidayCalendar::days(2026))
        holidays.append(QJsonObject{{QStringLiteral("id"), HolidayCalendar::idFor(d.date)},
                                    {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                    {QStringLiteral("kind"), d.kind},
                                    {QStringLiteral("name"), d.name}});
    return QJsonObject{{QStringLiteral("tasks"), tasks},
                       {QStringLiteral("approvals"), approvals},
                       {QStringLiteral("briefings"), briefings},
                       {QStringLiteral("ndas"), ndas},
                       {QStringLiteral("holidays"), holidays}};
}
