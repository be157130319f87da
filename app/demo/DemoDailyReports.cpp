#include "app/demo/DemoDailyReports.h"

#include "app/demo/DemoData.h"
#include "app/demo/DemoTasks.h"

#include <QJsonArray>

namespace {

struct Report
{
    int task;
    const char *engineer;
    const char *date;
    const char *submitted; // local time on the site, +08:00
    const char *work;
    const char *findings;
    const char *plan;
    const char *support;
    QList<const char *> supportFrom;
};

QJsonObject dailyReport(const Report &r)
{
    return QJsonObject{
        {QStringLiteral("id"),
         DemoDailyReports::id(r.task, QString::fromUtf8(r.engineer), QString::fromLatin1(r.date))},
        {QStringLiteral("task_id"), DemoTasks::taskId(r.task)},
        {QStringLiteral("engineer_id"), DemoData::personId(r.engineer)},
        {QStringLiteral("date"), QString::fromLatin1(r.date)},
        {QStringLiteral("work"), DemoData::text(r.work)},
        {QStringLiteral("findings"), DemoData::text(r.findings)},
        {QStringLiteral("plan"), DemoData::text(r.plan)},
        {QStringLiteral("support"), DemoData::text(r.support)},
        {QStringLiteral("support_from_ids"), DemoData::personIds(r.supportFrom)},
        {QStringLiteral("submitted_at"), DemoData::chinaTime(r.submitted)},
    };
}

const QList<Report> &all()
{
    static const QList<Report> all = {
        // Task 1: the example of SOP-10 §5.3.3, word for word.
        {1,
         "Robert",
         "2026-05-13",
         "2026-05-13T16:45:00",
         "上午：检视客户产线第 3 道光刻膠涂布工站\n中午：与客户技术经理午餐沟通\n下午：取样 + "
         "现场实验",
         "涂布厚度不均，疑因供应商批号 240501 黏度高于规格\n客户已自调温度参数补救",
         "取留样回 Lithera 实验室对比\n与供应商百亿特对接复检该批",
         "请王婧提调留样档\n请盛转红与百亿特对接",
         {"王婧", "盛转红"}},
        {1,
         "Robert",
         "2026-05-14",
         "2026-05-14T16:20:00",
         "上午：与品保经理复核涂布膜厚量测数据\n下午：更换批号 240612 对比试涂",
         "新批号膜厚均匀度恢复至规格内，确认与批号 240501 黏度偏高有关",
         "整理处置建议并与客户技术经理确认\n协助客户隔离批号 240501 库存",
         nullptr,
         {}},
        {1,
         "Robert",
         "2026-05-15",
         "2026-05-15T17:40:00",
         "上午：与客户确认处置建议与后续追踪事项\n下午：离厂，返程",
         "客户同意隔离库存并送检",
         "返回公司撰写派员服务报告",
         nullptr,
         {}},
        // Task 2: new formula, first batch (Robert and 林国栋).
        {2,
         "Robert",
         "2026-11-09",
         "2026-11-09T16:50:00",
         "上午：入厂程序 + 安全培训 + 现场 walk-through\n下午：检视混配线与原料仓",
         "原料仓温湿度记录缺两天",
         "首批混配前检查投料顺序",
         nullptr,
         {}},
        {2,
         "林国栋",
         "2026-11-09",
         "2026-11-09T16:55:00",
         "上午：入厂与安全培训\n下午：核对混配 SOP 草案",
         "客户 SOP 草案第 4 步搅拌时间未注明范围",
         "与客户工程师修订 SOP 第 4 步",
         nullptr,
         {}},
        {2,
         "Robert",
         "2026-11-10",
         "2026-11-10T16:40:00",
         "上午：首批混配指导\n下午：取样检测",
         "首批 pH 与电导率在规格内",
         "第二批混配 + 过滤器压差记录",
         "请盛转红回复客户对新配方报价的询问",
         {"盛转红"}},
        {2,
         "林国栋",
         "2026-11-10",
         "2026-11-10T16:45:00",
         "全天：首批混配现场记录与取样",
         "过滤器压差上升较快",
         "第二批观察过滤器压差",
         nullptr,
         {}},
        {2,
         "Robert",
         "2026-11-11",
         "2026-11-11T16:30:00",
         "全天：第二批混配指导",
         "第二批合格；过滤器更换周期需缩短",
         "交接混配 SOP",
         nullptr,
         {}},
        {2,
         "林国栋",
         "2026-11-11",
         "2026-11-11T16:35:00",
         "全天：第二批混配与过滤器更换记录",
         "建议过滤器每 3 批更换",
         "整理交接资料",
         nullptr,
         {}},
        {2,
         "Robert",
         "2026-11-12",
         "2026-11-12T16:10:00",
         "上午：SOP 交接\n下午：离厂",
         "客户操作员可独立完成混配",
         "返回公司撰写派员服务报告",
         nullptr,
         {}},
        {2,
         "林国栋",
         "2026-11-12",
         "2026-11-12T16:15:00",
         "上午：SOP 交接与答疑\n下午：离厂",
         "客户对过滤器更换周期仍有疑问",
         "服务报告中补充过滤器建议",
         nullptr,
         {}},
        // Task 3: operator training.
        {3,
         "Robert",
         "2026-11-17",
         "2026-11-17T16:30:00",
         "上午：入厂 + 安全培训\n下午：剥离制程原理授课（10 名操作员）",
         "操作员对剥离液寿命判定不熟",
         "实操训练 + 测验",
         nullptr,
         {}},
        {3,
         "Robert",
         "2026-11-18",
         "2026-11-18T15:40:00",
         "上午：实操训练\n中午：测验\n下午：离厂",
         "10 名操作员全部通过测验",
         "撰写服务报告",
         nullptr,
         {}},
        // Task 4: on site now (HF end).
        {4,
         "Robert",
         "2026-11-20",
         "2026-11-20T16:55:00",
         "上午：入厂 + HF 区安全培训\n下午：检视研磨液供料管路",
         "供料管路末端过滤器颗粒计数偏高",
         "分段取样定位颗粒来源",
         nullptr,
         {}},
        {4,
         "林国栋",
         "2026-11-20",
         "2026-11-20T16:58:00",
         "全天：HF 区双人作业，取样",
         "取样点 3 颗粒计数异常",
         "比对批次 COA",
         nullptr,
         {}},
        {4,
         "Robert",
         "2026-11-21",
         "2026-11-21T16:40:00",
         "全天：分段取样与颗粒计数",
         "颗粒来源疑与客户端过滤器滤芯有关",
         "与客户设备部确认滤芯型号",
         "请 KC 协调滤芯厂商提供技术资料",
         {"KC"}},
        {4,
         "林国栋",
         "2026-11-21",
         "2026-11-21T16:45:00",
         "全天：协助取样与记录",
         "作业中一只防护手套破损，已按程序更换并通报",
         "继续取样",
         nullptr,
         {}},
    };
    return all;
}

} // namespace

QString DemoDailyReports::id(int task, const QString &engineer, const QString &date)
{
    return DemoData::idFor(QStringLiteral("daily_report"),
                           QStringLiteral("%1/%2/%3").arg(task).arg(engineer, date));
}

QJsonArray DemoDailyReports::reports()
{
    QJsonArray out;
    for (const Report &r : all())
        out.append(dailyReport(r));
    return out;
}
