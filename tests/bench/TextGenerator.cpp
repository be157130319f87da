#include "tests/bench/TextGenerator.h"

namespace {

// Vocabulary drawn from SOP-10 §5.3.3's example report and the work it describes.
const QStringList Cities = {
    QStringLiteral("成都"), QStringLiteral("苏州"), QStringLiteral("无锡"), QStringLiteral("合肥"),
    QStringLiteral("深圳"), QStringLiteral("东莞"), QStringLiteral("昆山"), QStringLiteral("厦门"),
    QStringLiteral("武汉"), QStringLiteral("西安"), QStringLiteral("重庆"), QStringLiteral("宁波"),
    QStringLiteral("天津"), QStringLiteral("南京"), QStringLiteral("长沙"), QStringLiteral("绵阳"),
    QStringLiteral("惠州"), QStringLiteral("佛山"), QStringLiteral("常州"), QStringLiteral("嘉兴")};
const QStringList Brands = {
    QStringLiteral("华晶"), QStringLiteral("锦程"), QStringLiteral("宏远"), QStringLiteral("嘉禾"),
    QStringLiteral("鼎新"), QStringLiteral("瑞丰"), QStringLiteral("博泰"), QStringLiteral("新芯"),
    QStringLiteral("晶耀"), QStringLiteral("天择"), QStringLiteral("中微"), QStringLiteral("安捷"),
    QStringLiteral("京弘"), QStringLiteral("海纳"), QStringLiteral("盛达"), QStringLiteral("启明")};
const QStringList CompanySuffixes = {QStringLiteral("光电"),     QStringLiteral("半导体"),
                                     QStringLiteral("电子材料"), QStringLiteral("显示科技"),
                                     QStringLiteral("精密化工"), QStringLiteral("新材料"),
                                     QStringLiteral("微电子"),   QStringLiteral("电路板"),
                                     QStringLiteral("光学"),     QStringLiteral("表面处理技术")};
const QStringList StrategicCustomers = {
    QStringLiteral("成都呈显光电"), QStringLiteral("苏州赛德电子材料"),
    QStringLiteral("无锡恒煦半导体"), QStringLiteral("合肥奇芯微电子")};
const QStringList Industries = {QStringLiteral("显示面板"),   QStringLiteral("半导体封装"),
                                QStringLiteral("印刷电路板"), QStringLiteral("光学镀膜"),
                                QStringLiteral("晶圆制造"),   QStringLiteral("电子化学品")};
const QStringList People = {
    QStringLiteral("Robert"), QStringLiteral("盛转红"),  QStringLiteral("王婧"),
    QStringLiteral("KC"),     QStringLiteral("Charles"), QStringLiteral("张伟"),
    QStringLiteral("李强"),   QStringLiteral("刘洋"),    QStringLiteral("陈静"),
    QStringLiteral("杨帆"),   QStringLiteral("赵磊"),    QStringLiteral("黄敏"),
    QStringLiteral("周杰"),   QStringLiteral("吴昊"),    QStringLiteral("徐丽"),
    QStringLiteral("孙浩"),   QStringLiteral("马超"),    QStringLiteral("朱琳"),
    QStringLiteral("胡斌"),   QStringLiteral("郭涛"),    QStringLiteral("何平"),
    QStringLiteral("林峰"),   QStringLiteral("罗军"),    QStringLiteral("高翔"),
    QStringLiteral("梁辰")};
const QStringList Processes = {QStringLiteral("光刻胶涂布"), QStringLiteral("显影"),
                               QStringLiteral("蚀刻"),       QStringLiteral("清洗"),
                               QStringLiteral("剥离"),       QStringLiteral("曝光"),
                               QStringLiteral("软烤"),       QStringLiteral("研磨"),
                               QStringLiteral("电镀"),       QStringLiteral("混配")};
const QStringList Equipment = {
    QStringLiteral("涂布机"),   QStringLiteral("显影机"), QStringLiteral("蚀刻槽"),
    QStringLiteral("清洗机"),   QStringLiteral("搅拌釜"), QStringLiteral("过滤系统"),
    QStringLiteral("供液系统"), QStringLiteral("烘箱"),   QStringLiteral("计量泵")};
const QStringList Parts = {QStringLiteral("喷嘴"), QStringLiteral("管路"),
                           QStringLiteral("滤芯"), QStringLiteral("液位计"),
                           QStringLiteral("阀门"), QStringLiteral("密封圈")};
const QStringList Parameters = {QStringLiteral("转速"),     QStringLiteral("温度参数"),
                                QStringLiteral("流量"),     QStringLiteral("浓度"),
                                QStringLiteral("过滤精度"), QStringLiteral("排风量"),
                                QStringLiteral("烘烤时间")};
const QStringList Materials = {
    QStringLiteral("光刻胶"), QStringLiteral("显影液"), QStringLiteral("蚀刻液"),
    QStringLiteral("剥离液"), QStringLiteral("稀释剂"), QStringLiteral("清洗剂"),
    QStringLiteral("抛光液"), QStringLiteral("电镀液"), QStringLiteral("氢氟酸缓冲液")};
const QStringList Roles = {QStringLiteral("技术经理"), QStringLiteral("品保主管"),
                           QStringLiteral("产线组长"), QStringLiteral("采购经理"),
                           QStringLiteral("厂长"),     QStringLiteral("工艺工程师")};
const QStringList Topics = {QStringLiteral("化学品安全操作"), QStringLiteral("混配步骤"),
                            QStringLiteral("设备点检"),       QStringLiteral("异常处置"),
                            QStringLiteral("来料检验"),       QStringLiteral("废液处理")};
const QStringList Suppliers = {QStringLiteral("百亿特"), QStringLiteral("中化精工"),
                               QStringLiteral("华立材料"), QStringLiteral("新宇化学")};
const QStringList Causes = {QStringLiteral("管路泄漏"),     QStringLiteral("配比错误"),
                            QStringLiteral("计量泵偏差"),   QStringLiteral("操作人员习惯"),
                            QStringLiteral("来料批次差异"), QStringLiteral("环境湿度过高")};
const QStringList Slots = {QStringLiteral("上午"), QStringLiteral("中午"), QStringLiteral("下午"),
                           QStringLiteral("晚上")};
const QStringList Problems = {
    QStringLiteral("黏度偏高"), QStringLiteral("膜厚不均"),     QStringLiteral("颗粒超标"),
    QStringLiteral("结晶残留"), QStringLiteral("显影不净"),     QStringLiteral("附着力不足"),
    QStringLiteral("气泡缺陷"), QStringLiteral("蚀刻速率漂移"), QStringLiteral("金属离子污染")};
// Words people search for; the last few never occur in the data set.
const QStringList SearchWords = {
    QStringLiteral("涂布"),     QStringLiteral("光刻胶"),   QStringLiteral("黏度"),
    QStringLiteral("显影液"),   QStringLiteral("良率"),     QStringLiteral("结晶残留"),
    QStringLiteral("滤芯"),     QStringLiteral("排风"),     QStringLiteral("蚀刻"),
    QStringLiteral("剥离液"),   QStringLiteral("供应商"),   QStringLiteral("留样"),
    QStringLiteral("温度参数"), QStringLiteral("安全培训"), QStringLiteral("颗粒"),
    QStringLiteral("计量泵"),   QStringLiteral("配比错误"), QStringLiteral("客户晚餐"),
    QStringLiteral("实验室"),   QStringLiteral("批号"),     QStringLiteral("百亿特"),
    QStringLiteral("呈显"),     QStringLiteral("膜厚不均"), QStringLiteral("氢氟酸"),
    QStringLiteral("密封圈"),   QStringLiteral("废液处理"), QStringLiteral("附着力"),
    QStringLiteral("金属离子"), QStringLiteral("高铁"),     QStringLiteral("复检"),
    QStringLiteral("发动机"),   QStringLiteral("海鲜"),     QStringLiteral("量子")};

} // namespace

TextGenerator::TextGenerator(quint32 seed) : m_random(seed) {}

int TextGenerator::number(int low, int high)
{
    return low + int(m_random.bounded(quint32(high - low + 1)));
}

bool TextGenerator::chance(int percent)
{
    return number(1, 100) <= percent;
}

const QString &TextGenerator::pick(const QStringList &list)
{
    return list.at(int(m_random.bounded(quint32(list.size()))));
}

QString TextGenerator::customerName(int index)
{
    if (index < StrategicCustomers.size())
        return StrategicCustomers.at(index);
    // Names stay unique: the index picks city and brand, the suffix varies with it.
    const int i = index - int(StrategicCustomers.size());
    const QString base = Cities.at(i % Cities.size()) +
                         Brands.at((i / Cities.size()) % Brands.size()) +
                         CompanySuffixes.at((i / 7) % CompanySuffixes.size());
    const int round = i / int(Cities.size() * Brands.size());
    return round == 0 ? base : base + QStringLiteral("（%1厂）").arg(round + 1);
}

QString TextGenerator::customerShortName(const QString &name) const
{
    // The city prefix is two characters for every city in the list.
    return name.mid(2, 2);
}

QString TextGenerator::region()
{
    return pick(Cities);
}

QString TextGenerator::industry()
{
    return pick(Industries);
}

QString TextGenerator::personName(int index) const
{
    if (index < People.size())
        return People.at(index);
    return People.at(5 + index % (People.size() - 5)) + QString::number(index / People.size());
}

QString TextGenerator::batch()
{
    return QString::number(number(2016, 2026) % 100) +
           QStringLiteral("%1%2")
               .arg(number(1, 12), 2, 10, QLatin1Char('0'))
               .arg(number(1, 99), 2, 10, QLatin1Char('0'));
}

QString TextGenerator::lines(const QStringList &items)
{
    return QStringLiteral("  - ") + items.join(QStringLiteral("\n  - "));
}

QString TextGenerator::workItem()
{
    switch (number(0, 8)) {
    case 0:
        return QStringLiteral("检视客户产线第 %1 道%2工站").arg(number(1, 9)).arg(pick(Processes));
    case 1:
        return QStringLiteral("与客户%1%2沟通")
            .arg(pick(Roles), chance(50) ? QStringLiteral("午餐") : QStringLiteral("会议室"));
    case 2:
        return QStringLiteral("取样 + 现场实验，记录%1与%2")
            .arg(pick(Parameters), pick(Parameters));
    case 3:
        return QStringLiteral("协助客户调整%1%2").arg(pick(Equipment), pick(Parameters));
    case 4:
        return QStringLiteral("培训客户操作人员%1，共 %2 人参加")
            .arg(pick(Topics))
            .arg(number(3, 25));
    case 5:
        return QStringLiteral("复核%1批号 %2 的 COA 与来料检验记录").arg(pick(Materials), batch());
    case 6:
        return QStringLiteral("入厂程序 + 安全培训 + 现场 walk-through");
    case 7:
        return QStringLiteral("参加客户晨会，说明昨日%1处置结果").arg(pick(Problems));
    default:
        return QStringLiteral("拆检%1%2，拍照需经客户书面同意").arg(pick(Equipment), pick(Parts));
    }
}

QString TextGenerator::finding()
{
    switch (number(0, 9)) {
    case 0:
        return QStringLiteral("%1厚度不均，疑因供应商批号 %2 黏度高于规格")
            .arg(pick(Processes), batch());
    case 1:
        return QStringLiteral("客户已自调%1补救").arg(pick(Parameters));
    case 2:
        return QStringLiteral("%1%2有结晶残留，建议每班清洁").arg(pick(Equipment), pick(Parts));
    case 3:
        return QStringLiteral("%1储存温度偏高，超出 SDS 建议范围").arg(pick(Materials));
    case 4:
        return QStringLiteral("现场 PPE 配备齐全，安全培训已完成");
    case 5:
        return QStringLiteral("良率由 %1% 提升至 %2%").arg(number(70, 89)).arg(number(90, 99));
    case 6:
        return QStringLiteral("%1使用量较标准多 %2%，疑为%3")
            .arg(pick(Materials))
            .arg(number(3, 30))
            .arg(pick(Causes));
    case 7:
        return QStringLiteral("客户反映%1气味较重，已检查排风").arg(pick(Materials));
    case 8:
        return QStringLiteral("%1，%2需更换").arg(pick(Problems), pick(Parts));
    default:
        return QStringLiteral("%1问题与上季度相同，根因为%2").arg(pick(Problems), pick(Causes));
    }
}

QString TextGenerator::planItem()
{
    switch (number(0, 5)) {
    case 0:
        return QStringLiteral("取留样回 Lithera 实验室对比");
    case 1:
        return QStringLiteral("与供应商%1对接复检该批").arg(pick(Suppliers));
    case 2:
        return QStringLiteral("追踪%1调整后的良率数据").arg(pick(Parameters));
    case 3:
        return QStringLiteral("协助客户完成%1培训").arg(pick(Topics));
    case 4:
        return QStringLiteral("整理现场数据，撰写派员服务报告");
    default:
        return QStringLiteral("与%1确认后续排程").arg(pick(Roles));
    }
}

QString TextGenerator::taskTitle()
{
    return QStringLiteral("%1%2").arg(pick(Processes), pick(Problems));
}

TextGenerator::DailyReport TextGenerator::dailyReport()
{
    DailyReport r;
    QStringList work;
    for (int i = 0, n = number(2, 4); i < n; ++i)
        work << Slots.at(i) + QStringLiteral("：") + workItem();
    r.work = lines(work);
    QStringList findings;
    for (int i = 0, n = number(1, 3); i < n; ++i)
        findings << finding();
    r.findings = lines(findings);
    QStringList plan;
    for (int i = 0, n = number(1, 3); i < n; ++i)
        plan << planItem();
    r.plan = lines(plan);
    switch (number(0, 4)) {
    case 0:
        r.support = lines({QStringLiteral("请王婧提调留样档"),
                           QStringLiteral("请盛转红与%1对接").arg(pick(Suppliers))});
        break;
    case 1:
        r.support = lines({QStringLiteral("请 Robert 确认%1资料可否提供客户").arg(pick(Topics))});
        break;
    case 2:
        r.support = lines({QStringLiteral("请实验室安排%1对比测试").arg(pick(Materials))});
        break;
    default:
        r.support = lines({QStringLiteral("无")});
        break;
    }
    r.expenses = lines({QStringLiteral("高铁单程 RMB %1").arg(number(80, 650)),
                        chance(40) ? QStringLiteral("客户晚餐（客户付帐）")
                                   : QStringLiteral("酒店住宿 RMB %1").arg(number(260, 580))});
    return r;
}

QString TextGenerator::serviceReport()
{
    QStringList sections;
    sections << QStringLiteral("1. 任务摘要\n") +
                    lines({QStringLiteral("目标：解决%1%2").arg(pick(Processes), pick(Problems)),
                           QStringLiteral("达成：%1").arg(finding())});
    sections << QStringLiteral("2. 现场状况\n") + lines({finding(), finding(), finding()});
    sections << QStringLiteral("3. 解决方案\n") + lines({workItem(), planItem(), planItem()});
    sections << QStringLiteral("4. 客户反馈\n") +
                    lines({QStringLiteral("满意度 %1 分").arg(number(6, 10)),
                           QStringLiteral("客户%1认可现场处置").arg(pick(Roles))});
    sections << QStringLiteral("5. 改进建议\n") +
                    lines({QStringLiteral("对本公司：提前准备%1资料").arg(pick(Topics)),
                           QStringLiteral("对供应商：%1批次稳定性").arg(pick(Materials)),
                           QStringLiteral("对客户：定期点检%1").arg(pick(Equipment))});
    sections << QStringLiteral("6. Know-how 回馈\n") +
                    lines({QStringLiteral("新案例：%1导致%2").arg(pick(Causes), pick(Problems))});
    sections << QStringLiteral("7. 财务结算\n") +
                    lines({QStringLiteral("差旅 RMB %1").arg(number(500, 6000)),
                           QStringLiteral("招待 RMB %1").arg(number(0, 800))});
    return sections.join(QLatin1Char('\n'));
}

QString TextGenerator::knowhowTitle()
{
    return QStringLiteral("%1%2处置经验（%3）")
        .arg(pick(Materials), pick(Problems), pick(Processes));
}

QString TextGenerator::knowhowBody()
{
    QStringList paragraphs;
    paragraphs << QStringLiteral("现象：") + finding() + QStringLiteral("；") + finding();
    paragraphs << QStringLiteral("根因：%1，次要因素为%2").arg(pick(Causes), pick(Causes));
    for (int i = 0, n = number(2, 5); i < n; ++i)
        paragraphs << QStringLiteral("处置 %1：").arg(i + 1) + workItem() + QStringLiteral("，") +
                          planItem();
    paragraphs << QStringLiteral("可讲：建议范围与处置方法；不可讲：关键参数与%1的供应商名")
                      .arg(pick(Materials));
    return paragraphs.join(QLatin1Char('\n'));
}

QString TextGenerator::expenseDescription(const QString &category)
{
    if (category == QLatin1String("transport"))
        return QStringLiteral("%1至%2高铁单程").arg(pick(Cities), pick(Cities));
    if (category == QLatin1String("lodging"))
        return QStringLiteral("%1酒店住宿 %2 晚").arg(pick(Cities)).arg(number(1, 5));
    if (category == QLatin1String("meals"))
        return QStringLiteral("现场午餐");
    if (category == QLatin1String("hospitality"))
        return QStringLiteral("与客户%1晚餐").arg(pick(Roles));
    if (category == QLatin1String("gift"))
        return QStringLiteral("客户赠送当地特产");
    return QStringLiteral("打印%1资料").arg(pick(Topics));
}

QString TextGenerator::callbackNote()
{
    return QStringLiteral("客户%1表示%2，后续需求：%3")
        .arg(pick(Roles), chance(80) ? QStringLiteral("满意") : QStringLiteral("仍有疑虑"),
             planItem());
}

QStringList TextGenerator::searchTerms(int count)
{
    QStringList terms;
    while (terms.size() < count) {
        if (chance(60)) {
            terms << pick(SearchWords);
            continue;
        }
        // A substring of a generated sentence, cut from a run of Chinese characters only.
        const QString sentence = finding();
        const int length = number(2, 4);
        const int start = number(0, int(sentence.size()) - length);
        const QString term = sentence.mid(start, length);
        bool allCjk = term.size() == length;
        for (QChar c : term)
            allCjk = allCjk && c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
        if (allCjk)
            terms << term;
    }
    return terms;
}
