<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnomalyDialog</name>
    <message>
        <source>Phone Robert within 1 hour.</source>
        <translation>1 小时内电话通知 Robert。</translation>
    </message>
    <message>
        <source>Phone 盛转红 and KC within 4 hours.</source>
        <translation>4 小时内电话通知盛转红与 KC。</translation>
    </message>
    <message>
        <source>Phone Robert (with the AI Advisor) within 24 hours.</source>
        <translation>24 小时内电话通知 Robert（并借助 AI Advisor）。</translation>
    </message>
    <message>
        <source>Report it in the same day&apos;s daily report.</source>
        <translation>在当日日报中反映。</translation>
    </message>
    <message>
        <source>Choose the type and when it happened: the notification limit follows from them.</source>
        <translation>请选择异常类型和发生时间：通报时限由此而定。</translation>
    </message>
    <message>
        <source>Overdue: the limit was %1 and nobody has been told. %2 Then enter who was told, how and when.</source>
        <translation>已逾期：时限为 %1，仍未通报任何人。%2 然后填写通报对象、方式和时间。</translation>
    </message>
    <message>
        <source>Notified late: at %1, after the limit %2.</source>
        <translation>逾期通报：于 %1 通报，已超过时限 %2。</translation>
    </message>
    <message>
        <source>Notified in time (limit %1).</source>
        <translation>已按时通报（时限 %1）。</translation>
    </message>
    <message>
        <source>Notify by %1. %2</source>
        <translation>请于 %1 前通报。%2</translation>
    </message>
    <message>
        <source>Phone KC and Robert immediately (within 15 minutes).</source>
        <translation>立即（15 分钟内）电话通知 KC 与 Robert。</translation>
    </message>
</context>
<context>
    <name>ApprovalMatrix</name>
    <message>
        <source>Robert approves it himself (half a day or less, simple consultation)</source>
        <translation>Robert 自核（半天以内的简单咨询）</translation>
    </message>
    <message>
        <source>Robert approves (up to 3 days)</source>
        <translation>Robert 核准（3 天以内）</translation>
    </message>
    <message>
        <source>Robert proposes, KC is informed (more than 3 and up to 5 days)</source>
        <translation>Robert 提案，知会 KC（3 天以上至 5 天）</translation>
    </message>
    <message>
        <source>KC approves (more than 5 days or core know-how)</source>
        <translation>KC 核准（超过 5 天或涉核心 know-how）</translation>
    </message>
    <message>
        <source>KC and Charles approve (strategic customer or major complaint)</source>
        <translation>KC 与 Charles 核准（战略客户或重大客诉）</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>Approval (§5.2.3)</source>
        <translation>核准（§5.2.3）</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>核准层级</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Optional when approving; the reason when rejecting</source>
        <translation>核准时可不填；驳回时填写原因</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>决定人：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Required approval: follows from the assessment.</source>
        <translation>所需核准：依评估结果而定。</translation>
    </message>
    <message>
        <source>Required approval: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>所需核准：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>尚缺：%1。</translation>
    </message>
    <message>
        <source>KC is to be informed of this dispatch.</source>
        <translation>此次派员须知会 KC。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assess the task first: the approval it needs follows from the assessment.</source>
        <translation>请先评估任务：所需核准依评估结果而定。</translation>
    </message>
    <message>
        <source>Save the assessment first: the decision is taken on the saved assessment.</source>
        <translation>请先保存评估：核准决定以已保存的评估为准。</translation>
    </message>
    <message>
        <source>Nobody in People has the role this approval needs.</source>
        <translation>人员档案中没有人具备此核准所需的角色。</translation>
    </message>
    <message>
        <source>The task was rejected; it is finished.</source>
        <translation>任务已驳回，已结束。</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>任务已取消。</translation>
    </message>
    <message>
        <source>The task is approved.</source>
        <translation>任务已核准。</translation>
    </message>
    <message>
        <source>Reject the task?</source>
        <translation>驳回任务？</translation>
    </message>
    <message>
        <source>A rejected task is finished and cannot be approved later. Reject it?</source>
        <translation>驳回的任务即告结束，之后不能再核准。确定驳回？</translation>
    </message>
</context>
<context>
    <name>AreaCatalog</name>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>SOP-10 §5, §5.2.1–§5.2.3, §4.2</source>
        <translation>SOP-10 §5、§5.2.1–§5.2.3、§4.2</translation>
    </message>
    <message>
        <source>Every dispatch is a task numbered LITH-FE-YYYY-NNNN, unique across all devices even when they work offline. The task list shows each task&apos;s state, customer, engineers and next deadline.</source>
        <translation>每次派员都是一个任务，编号 LITH-FE-YYYY-NNNN，即使各设备离线工作也不会重号。任务列表显示每个任务的状态、客户、派员人员和下一个期限。</translation>
    </message>
    <message>
        <source>Kept 10 years with its forms. Registered by sales (盛转红), assessed by Robert.</source>
        <translation>连同其表单保存 10 年。由业务（盛转红）登记，Robert 评估。</translation>
    </message>
    <message>
        <source>Life of a task</source>
        <translation>任务的流程</translation>
    </message>
    <message>
        <source>Registered → assessed → approved (or rejected) → briefed → on site → reporting → call-back → closed</source>
        <translation>已登记 → 已评估 → 已核准（或驳回）→ 已开说明会 → 现场作业 → 撰写报告 → 回访 → 结案</translation>
    </message>
    <message>
        <source>Cancelled from any open state, with a reason</source>
        <translation>任何未结状态都可取消，须注明原因</translation>
    </message>
    <message>
        <source>Intake, within 24 h of the request (§5.2.1)</source>
        <translation>任务接收：需求提出后 24 小时内（§5.2.1）</translation>
    </message>
    <message>
        <source>Type: OEM mixing guidance, line support, customer training, urgent complaint (24 h / 48 h on site), new-product trial, audit accompaniment, trade-show Q&amp;A</source>
        <translation>类型：代工厂混配指导、产线技术支持、客户培训、紧急客诉（24 h / 48 h 到达现场）、新产品试用、审厂陪同、展会技术答询</translation>
    </message>
    <message>
        <source>Priority P0 / P1, requested and registered times, customer and history</source>
        <translation>优先级 P0 / P1、需求与登记时间、客户及历史记录</translation>
    </message>
    <message>
        <source>Assessment by Robert (§5.2.2)</source>
        <translation>Robert 评估（§5.2.2）</translation>
    </message>
    <message>
        <source>Necessity, complexity (simple / medium / complex), duration, know-how risk, safety risk, commercial value, remote alternative</source>
        <translation>必要性、复杂度（简单 / 中等 / 复杂）、时长、Know-how 风险、安全风险、商业价值、替代方案（远端处理）</translation>
    </message>
    <message>
        <source>Approval, computed before anyone approves; the strictest row wins (§5.2.3)</source>
        <translation>核准权限：在核准前自动算出，取最严格的一行（§5.2.3）</translation>
    </message>
    <message>
        <source>Up to half a day, simple consultation: Robert approves himself</source>
        <translation>半天内简单咨询：Robert 自核</translation>
    </message>
    <message>
        <source>Up to 3 days: Robert</source>
        <translation>3 天以内：Robert 核准</translation>
    </message>
    <message>
        <source>More than 3 and up to 5 days: Robert proposes, KC is informed</source>
        <translation>3 天以上至 5 天：Robert 提案，知会 KC</translation>
    </message>
    <message>
        <source>More than 5 days, or core know-how: KC approves</source>
        <translation>超过 5 天或涉核心 know-how：KC 核准</translation>
    </message>
    <message>
        <source>Strategic customer or major complaint: KC and Charles approve</source>
        <translation>战略客户或重大客诉：KC 与 Charles 核准</translation>
    </message>
    <message>
        <source>Engineer eligibility (§4.2, §11)</source>
        <translation>派员资格（§4.2、§11）</translation>
    </message>
    <message>
        <source>External consultants: NDA and non-compete signed, assessment passed</source>
        <translation>外聘技术顾问：已签 NDA 与竞业协议，并通过能力评估</translation>
    </message>
    <message>
        <source>Sales (盛转红) only for commercial accompaniment without core know-how</source>
        <translation>业务（盛转红）只做不涉核心 know-how 的商务陪同</translation>
    </message>
    <message>
        <source>An ineligible engineer cannot be assigned; the screen says why</source>
        <translation>不具资格的人员无法指派，界面会说明原因</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>任务说明书</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.4–§5.2.8</source>
        <translation>SOP-10 §5.2.4–§5.2.8</translation>
    </message>
    <message>
        <source>The record of the briefing Robert holds within 24 hours before departure: what the engineers must know, may say and must carry.</source>
        <translation>Robert 于出发前 24 小时内召开任务说明会的记录：派员人员必须知道什么、可以讲什么、必须携带什么。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: Robert.</source>
        <translation>保存 10 年。责任人：Robert。</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Task number, customer, site, engineers, dates</source>
        <translation>任务编号、客户、地点、派员人员、日期</translation>
    </message>
    <message>
        <source>Meeting time (within 24 h before departure) and attendees</source>
        <translation>说明会时间（出发前 24 小时内）与出席人员</translation>
    </message>
    <message>
        <source>The 8 agenda items (§5.2.4)</source>
        <translation>8 项议程（§5.2.4）</translation>
    </message>
    <message>
        <source>Customer background and transaction history</source>
        <translation>客户背景与历史交易</translation>
    </message>
    <message>
        <source>Measurable objectives</source>
        <translation>派员目标（具体可衡量）</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>时程与行程</translation>
    </message>
    <message>
        <source>Know-how boundary</source>
        <translation>Know-how 防护边界</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>安全风险与 PPE 配备</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>应急联络</translation>
    </message>
    <message>
        <source>Customer special requirements (dress, gift customs, diet)</source>
        <translation>客户特殊要求（服装 / 礼物习俗 / 餐饮禁忌）</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Know-how boundary, acknowledged by the engineer (§5.3.1.2)</source>
        <translation>Know-how 防护边界，由派员确认（§5.3.1.2）</translation>
    </message>
    <message>
        <source>Product specification: the public specification — never the detailed formula</source>
        <translation>产品规格：可讲公开规格，不可讲详细配方</translation>
    </message>
    <message>
        <source>Operating advice: recommended ranges — never key parameters such as exact temperatures</source>
        <translation>操作建议：可讲建议范围，不可讲关键参数（如温度精确值）</translation>
    </message>
    <message>
        <source>Troubleshooting: how to handle it — never reverse-engineering information</source>
        <translation>故障排除：可讲处置方法，不可讲反向工程信息</translation>
    </message>
    <message>
        <source>Supply chain: general raw materials — never key supplier names</source>
        <translation>供应链：可讲一般原料，不可讲关键供应商名</translation>
    </message>
    <message>
        <source>Price: not discussed on site (left to sales)</source>
        <translation>价格：现场不讨论（留给业务）</translation>
    </message>
    <message>
        <source>PPE from the task&apos;s safety risk, cumulative (§5.2.7)</source>
        <translation>依任务安全风险等级配备 PPE，逐级累加（§5.2.7）</translation>
    </message>
    <message>
        <source>Low: safety shoes, helmet, work clothes</source>
        <translation>低：安全鞋、安全帽、工作服</translation>
    </message>
    <message>
        <source>Medium adds chemical gloves, goggles, respirator mask</source>
        <translation>中：另加防化手套、护目镜、防毒口罩</translation>
    </message>
    <message>
        <source>High adds chemical suit, full-face respirator, emergency contact card</source>
        <translation>高：另加防化服、全面型呼吸器、应急联络卡</translation>
    </message>
    <message>
        <source>HF site adds the HF first-aid kit (25 % calcium gluconate gel)</source>
        <translation>HF 现场：另加 HF 急救药盒（25% 葡萄糖酸钙凝胶）</translation>
    </message>
    <message>
        <source>Pre-trip confirmation, the day before (§5.2.8)</source>
        <translation>行前对接，出发前 1 天（§5.2.8）</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <translation>到达时间、地点与接待人</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure and safety training</source>
        <translation>现场 PPE、入厂程序与安全培训</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联络</translation>
    </message>
    <message>
        <source>Documents: ID, health certificate, entry application</source>
        <translation>必备文件：身份证、健康证、入厂申请</translation>
    </message>
    <message>
        <source>Pre-dispatch briefing pack (§5.2.6)</source>
        <translation>派员前简报（§5.2.6）</translation>
    </message>
    <message>
        <source>Contract, SDS and COA attachments; the customer&apos;s past tasks, complaints and service reports</source>
        <translation>合同、SDS 与 COA 附件；该客户过去的任务、客诉与服务报告</translation>
    </message>
    <message>
        <source>Similar cases from the know-how library (full-text search)</source>
        <translation>Know-how 库中的类似案例（全文检索）</translation>
    </message>
    <message>
        <source>Read-only and printable; that the engineer read it is recorded</source>
        <translation>只读、可打印；记录派员已阅读</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.1</source>
        <translation>SOP-10 §5.4.1</translation>
    </message>
    <message>
        <source>Written by Robert and the engineer within 3 working days after the last on-site day (weekends and public holidays do not count), signed by both and printed for the paper archive.</source>
        <translation>派员最后一个现场工作日后 3 个工作日内（周末与法定假日不计）由 Robert 与派员共同完成，双方签字并打印纸本归档。</translation>
    </message>
    <message>
        <source>The 7 sections (§5.4.1)</source>
        <translation>7 个部分（§5.4.1）</translation>
    </message>
    <message>
        <source>Task summary: customer, time, place, engineers, objectives against what was achieved</source>
        <translation>任务摘要：客户、时间、地点、派员人员、任务目标与达成</translation>
    </message>
    <message>
        <source>Site situation: the line as found, problems, customer remarks</source>
        <translation>现场状况：客户产线现况、发现问题、客户反馈</translation>
    </message>
    <message>
        <source>Solutions: what was solved on site, follow-ups</source>
        <translation>解决方案：现场解决之处置、后续追踪事项</translation>
    </message>
    <message>
        <source>Customer feedback: satisfaction 1–10, comments, further needs</source>
        <translation>客户反馈：满意度（1–10 分）、具体评价、后续需求</translation>
    </message>
    <message>
        <source>Improvement suggestions: to Lithera, to suppliers, to the customer</source>
        <translation>改进建议：对本公司流程、对供应商、对客户</translation>
    </message>
    <message>
        <source>Know-how feedback: new cases, problem patterns, solutions — each can become a know-how library entry</source>
        <translation>Know-how 回馈：新经验/案例、新问题模式、新解决方案——每一项都可成为 know-how 库条目</translation>
    </message>
    <message>
        <source>Financial settlement: travel, hospitality and other costs from QEF-10-05</source>
        <translation>财务结算：来自 QEF-10-05 的差旅、招待及其他费用</translation>
    </message>
    <message>
        <source>Signing and corrections</source>
        <translation>签字与更正</translation>
    </message>
    <message>
        <source>Signed by the engineer and Robert; a signed report is never edited again</source>
        <translation>由派员与 Robert 签字；已签字的报告不再修改</translation>
    </message>
    <message>
        <source>A correction is a new revision that points at the old one; both stay, both print</source>
        <translation>更正以新版本记录并指向旧版本；两者都保留、都可打印</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.3</source>
        <translation>SOP-10 §5.3.3</translation>
    </message>
    <message>
        <source>One report per engineer per on-site day, due by 17:00 that day. Engineers report by phone or WeChat; office staff or Robert enter it here.</source>
        <translation>每位派员每个现场工作日一份，当日 17:00 前回传。派员以电话或微信回报，由办公室同事或 Robert 在此录入。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the engineer.</source>
        <translation>保存 10 年。责任人：派员。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>栏位</translation>
    </message>
    <message>
        <source>Task, engineer, date</source>
        <translation>任务、派员、日期</translation>
    </message>
    <message>
        <source>Today&apos;s work in time slots (morning, noon, afternoon)</source>
        <translation>今日工作，按时段（上午、中午、下午）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s plan</source>
        <translation>明日计划</translation>
    </message>
    <message>
        <source>Support requested: from whom, what</source>
        <translation>需公司支持：由谁、做什么</translation>
    </message>
    <message>
        <source>Expenses: item, amount, who paid</source>
        <translation>花费：项目、金额、付款方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due 17:00 on the day; a later report is marked late</source>
        <translation>当日 17:00 前；逾时回传标记为迟交</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常通报</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.4</source>
        <translation>SOP-10 §5.3.4</translation>
    </message>
    <message>
        <source>An anomaly found on site is reported at once. The desk records who was told, how and when, and shows those whose notification is overdue.</source>
        <translation>派员现场发现异常须立即通报。服务台记录通知了谁、以何种方式、何时通知，并显示逾期未通报的异常。</translation>
    </message>
    <message>
        <source>Kept 10 years with the task. Responsible: the engineer.</source>
        <translation>随任务保存 10 年。责任人：派员。</translation>
    </message>
    <message>
        <source>Type — who is told — time limit</source>
        <translation>异常类型 — 通报对象 — 时限</translation>
    </message>
    <message>
        <source>Major customer complaint — phone Robert — within 1 hour</source>
        <translation>客户重大客诉 — 电话 Robert — 1 小时内</translation>
    </message>
    <message>
        <source>Commercial negotiation — phone 盛转红 and KC — within 4 hours</source>
        <translation>客户商业谈判 — 电话盛转红与 KC — 4 小时内</translation>
    </message>
    <message>
        <source>Technical problem beyond the engineer&apos;s ability — phone Robert — within 24 hours</source>
        <translation>技术问题超出能力 — 电话 Robert — 24 小时内</translation>
    </message>
    <message>
        <source>General problem — in the same day&apos;s daily report</source>
        <translation>一般问题 — 当日日报反映</translation>
    </message>
    <message>
        <source>Call-backs</source>
        <translation>客户回访</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.2, SOP-15 §7</source>
        <translation>SOP-10 §5.4.2、SOP-15 §7</translation>
    </message>
    <message>
        <source>Within 48 hours after the dispatch ends, 盛转红 or 王婧 calls the customer&apos;s contact and records the answers.</source>
        <translation>派员结束后 48 小时内，由盛转红或王婧回访客户对接人并记录回答。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: 盛转红.</source>
        <translation>保存 10 年。责任人：盛转红。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>客户对接人</translation>
    </message>
    <message>
        <source>Satisfaction 1–10</source>
        <translation>满意度（1–10 分）</translation>
    </message>
    <message>
        <source>Engineer performance</source>
        <translation>派员表现</translation>
    </message>
    <message>
        <source>Further needs</source>
        <translation>后续需求</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>Net Promoter Score (SOP-15 §7)</source>
        <translation>净推荐值 NPS（SOP-15 §7）</translation>
    </message>
    <message>
        <source>Would you recommend Lithera to a peer? 0–10</source>
        <translation>您愿意推荐 Lithera 给同业吗？（0–10 分）</translation>
    </message>
    <message>
        <source>Promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors</source>
        <translation>推荐者 9–10，中立者 7–8，批评者 0–6；NPS = 推荐者 % − 批评者 %</translation>
    </message>
    <message>
        <source>A score below 7 starts an improvement plan by KC and Robert, tracked for 90 days</source>
        <translation>低于 7 分：KC 与 Robert 制定改进计划，追踪 90 天</translation>
    </message>
    <message>
        <source>NDAs</source>
        <translation>NDA 保密协议</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.5</source>
        <translation>SOP-10 §5.2.5</translation>
    </message>
    <message>
        <source>A new customer or a task with high know-how risk cannot be dispatched without a signed NDA.</source>
        <translation>新合作客户或高 know-how 风险的任务，未签 NDA 不得派员。</translation>
    </message>
    <message>
        <source>Kept permanently. Custodian: 王婧.</source>
        <translation>永久保存。保管人：王婧。</translation>
    </message>
    <message>
        <source>Counterparty: a customer or a consultant</source>
        <translation>签署方：客户或技术顾问</translation>
    </message>
    <message>
        <source>Scope: customer confidentiality, Lithera confidentiality, mutual (no poaching, no competition)</source>
        <translation>范围：客户保密、本公司保密、双方互保（互不挖角 / 互不竞业）</translation>
    </message>
    <message>
        <source>Template version reviewed by counsel (蔡坤旺)</source>
        <translation>经律师（蔡坤旺）审核的范本版本</translation>
    </message>
    <message>
        <source>Signed date and custodian</source>
        <translation>签署日期与保管人</translation>
    </message>
    <message>
        <source>The scanned signed copy as an attachment</source>
        <translation>签署件扫描档作为附件</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>费用申报</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.1.3, §5.4.1 item 7</source>
        <translation>SOP-10 §5.3.1.3、§5.4.1 第 7 项</translation>
    </message>
    <message>
        <source>The engineer&apos;s expenses for a task; the total goes into the service report&apos;s financial settlement.</source>
        <translation>派员在一个任务中的费用；合计金额计入服务报告的财务结算。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the engineer; checked by 王婧.</source>
        <translation>保存 10 年。责任人：派员；由王婧审核。</translation>
    </message>
    <message>
        <source>Claimant and task</source>
        <translation>申报人与任务</translation>
    </message>
    <message>
        <source>Lines: date; category (transport, lodging, meals, hospitality, gift received, other); description; amount in RMB with 2 decimals; paid by company or customer; receipt yes / no</source>
        <translation>明细：日期；类别（交通、住宿、餐饮、招待、收受礼物、其他）；说明；金额（人民币，两位小数）；公司付或客户付；有无收据</translation>
    </message>
    <message>
        <source>Total of the company-paid lines: what is reimbursed</source>
        <translation>公司付款明细的合计：即报销金额</translation>
    </message>
    <message>
        <source>Gifts and hospitality (§5.3.1.3)</source>
        <translation>礼物与招待（§5.3.1.3）</translation>
    </message>
    <message>
        <source>A gift or hospitality received worth more than RMB 200 must be declared to 王婧</source>
        <translation>收受超过 RMB 200 的礼物或招待，须向王婧申报</translation>
    </message>
    <message>
        <source>It stays flagged and visible until it is declared</source>
        <translation>申报前会一直标记显示</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.3, SOP-15 §8.2, SOP-17</source>
        <translation>SOP-10 §5.4.3、SOP-15 §8.2、SOP-17</translation>
    </message>
    <message>
        <source>The experience of every dispatch — new cases, problem patterns, solutions — kept as library entries and searched in full text for the next briefing.</source>
        <translation>每次派员的经验——新案例、问题模式、解决方案——作为知识库条目保存，下次简报时可全文检索。</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Title, text, level L1 / L2 / L3, linked tasks</source>
        <translation>标题、内容、等级 L1 / L2 / L3、关联任务</translation>
    </message>
    <message>
        <source>New entries come from the know-how feedback of service reports</source>
        <translation>新条目来自服务报告的 know-how 回馈</translation>
    </message>
    <message>
        <source>L3 restricted know-how (SOP-15 §8.2)</source>
        <translation>L3 受限级 know-how（SOP-15 §8.2）</translation>
    </message>
    <message>
        <source>Customer-specific formulas are L3: only Robert, KC and the assigned engineers may open them</source>
        <translation>客户专属配方为 L3：仅 Robert、KC 及指派的派员可查看</translation>
    </message>
    <message>
        <source>Every access, allowed or refused, is written to the audit log</source>
        <translation>每次存取（允许或拒绝）都写入审计记录</translation>
    </message>
    <message>
        <source>Access ends the day a person leaves</source>
        <translation>人员离职当日即撤销权限</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>SOP-10 §5.5, §7; SOP-15 §7.2</source>
        <translation>SOP-10 §5.5、§7；SOP-15 §7.2</translation>
    </message>
    <message>
        <source>The monthly review Robert leads: the figures with trend and target lines, the month&apos;s anomaly cases and the improvement actions, ready to print.</source>
        <translation>Robert 主持的月度派员案例汇总：各项数据及趋势线与目标线、当月异常案例与改善案，可直接打印。</translation>
    </message>
    <message>
        <source>Monthly, quarterly and yearly periods.</source>
        <translation>按月、季、年统计。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>On-time dispatch rate ≥ 98 % (month)</source>
        <translation>派员准时率 ≥ 98%（月）</translation>
    </message>
    <message>
        <source>Customer satisfaction ≥ 9 / 10 (each case)</source>
        <translation>客户派员满意度 ≥ 9 / 10（每案）</translation>
    </message>
    <message>
        <source>Know-how leak incidents = 0 (year)</source>
        <translation>Know-how 外泄事件 = 0（年）</translation>
    </message>
    <message>
        <source>Complaint rate after service &lt; 1 % (month)</source>
        <translation>派员服务后客诉率 &lt; 1%（月）</translation>
    </message>
    <message>
        <source>Service report within 3 working days: 100 % (month)</source>
        <translation>派员服务报告 3 个工作日内交付率 100%（月）</translation>
    </message>
    <message>
        <source>Proactive dispatch to strategic customers done: 100 % (quarter)</source>
        <translation>战略客户主动派员完成率 100%（季）</translation>
    </message>
    <message>
        <source>NPS: tier A ≥ 60, tier B ≥ 40, overall ≥ 50 (quarter)</source>
        <translation>NPS：A 级 ≥ 60，B 级 ≥ 40，整体 ≥ 50（季）</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>24 h certification (courses 1–5 and 7) done, and the annual 8 h refresher within 12 months; course 6 (HF first aid) for an HF site</source>
        <translation>已完成 24 h 认证（课程 1–5 与 7），且 12 个月内完成每年 8 h 复训；HF 现场另须课程 6（HF 急救）</translation>
    </message>
    <message>
        <source>Safety incident (people or chemicals) — phone KC and Robert — immediately (within 15 minutes)</source>
        <translation>安全事件（人员 / 化学品）— 电话 KC 与 Robert — 立即（15 分钟内）</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>SOP-10 §5.5</source>
        <translation>SOP-10 §5.5</translation>
    </message>
    <message>
        <source>The month&apos;s case review Robert signs for the management review (SOP-20): the KPI figures and trends, anomaly cases, complaints, know-how incidents, call-backs below 7 with their improvement plans, his notes and decisions. Signing freezes the figures.</source>
        <translation>Robert 为管理评审（SOP-20）签署的月度案例汇总：KPI 数据与趋势、异常案例、客诉、know-how 外泄事件、低于 7 分的回访及其改善计划、他的备注与决议。签署后数据冻结。</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Figures, stored when signed</source>
        <translation>数据，签署时保存</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>SOP-15 §10, SOP-08</source>
        <translation>SOP-15 §10、SOP-08</translation>
    </message>
    <message>
        <source>Customer complaints as received (客诉接收单): the first response is due within 4 hours; a complaint that names a dispatch counts in the complaint rate after service.</source>
        <translation>收到的客户投诉（客诉接收单）：4 小时内须首次回应；指明派员的客诉计入服务后客诉率。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the person handling it.</source>
        <translation>保存 10 年。负责人：处理人。</translation>
    </message>
    <message>
        <source>Received at, customer, the dispatch it concerns (optional)</source>
        <translation>接收时间、客户、相关派员（可选）</translation>
    </message>
    <message>
        <source>Severity: major or normal; a major one can start an urgent dispatch</source>
        <translation>严重程度：重大或一般；重大客诉可启动紧急派员</translation>
    </message>
    <message>
        <source>Description, first response at, handled by, solution, closed on</source>
        <translation>内容、首次回应时间、处理人、解决方案、结案日期</translation>
    </message>
    <message>
        <source>Know-how incidents</source>
        <translation>Know-how 外泄事件</translation>
    </message>
    <message>
        <source>SOP-17</source>
        <translation>SOP-17</translation>
    </message>
    <message>
        <source>Know-how leaks (Know-how 外泄事件): what leaked and how, and what was done. The target is none in a year.</source>
        <translation>Know-how 外泄事件：外泄了什么、如何外泄、如何处置。目标为全年零起。</translation>
    </message>
    <message>
        <source>Found on, task (optional), level L1 / L2 / L3</source>
        <translation>发现日期、任务（可选）、等级 L1 / L2 / L3</translation>
    </message>
    <message>
        <source>What leaked and how, reported by, actions, closed on</source>
        <translation>外泄内容与方式、报告人、处置措施、结案日期</translation>
    </message>
    <message>
        <source>Proactive plan</source>
        <translation>主动派员计划</translation>
    </message>
</context>
<context>
    <name>AreaInfoPage</name>
    <message>
        <source>Implements %1</source>
        <translation>依据 %1</translation>
    </message>
    <message>
        <source>This version of Field Desk does not have the entry screen for this area yet, so nothing can be recorded here. The paper form and the procedure above remain the way to work until it does.</source>
        <translation>本版本的派员服务台尚无此区域的录入界面，因此这里还不能记录任何内容。在此之前，请继续使用纸本表单并按上述程序作业。</translation>
    </message>
    <message>
        <source>The records of this area are listed on the first tab as they arrive by import or synchronisation. This version of Field Desk does not have the entry screen yet: new records are still written on the paper form.</source>
        <translation>此区域的记录通过导入或同步进入后，会列在第一个标签页中。本版本的派员服务台尚无录入界面：新记录仍请填写纸本表单。</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Assessment (§5.2.2)</source>
        <translation>评估（§5.2.2）</translation>
    </message>
    <message>
        <source>Must it be solved on site? Can it be handled remotely?</source>
        <translation>是否需现场解决？远端能否处理？</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Half a day, 1–3 days or more than 3 days decides the approval level</source>
        <translation>半天、1–3 天或 3 天以上，决定核准层级</translation>
    </message>
    <message>
        <source>Strategic value of the customer, revenue</source>
        <translation>客户战略价值、收入贡献</translation>
    </message>
    <message>
        <source>Could it be solved remotely with AI assistance?</source>
        <translation>是否可远端 + AI 协助解决？</translation>
    </message>
    <message>
        <source>Major customer complaint</source>
        <translation>客户重大客诉</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>保存评估（Ctrl+S）</translation>
    </message>
    <message>
        <source>Necessity:</source>
        <translation>必要性：</translation>
    </message>
    <message>
        <source>Complexity:</source>
        <translation>复杂度：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Know-how risk:</source>
        <translation>Know-how 风险：</translation>
    </message>
    <message>
        <source>Safety risk:</source>
        <translation>安全风险：</translation>
    </message>
    <message>
        <source>Commercial value:</source>
        <translation>商业价值：</translation>
    </message>
    <message>
        <source>Remote alternative:</source>
        <translation>替代方案（远端）：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Required approval: enter the duration and the complexity to see who must approve.</source>
        <translation>所需核准：填写时长与复杂度后即可看到由谁核准。</translation>
    </message>
    <message>
        <source>Required approval: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>所需核准：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer is a tier A strategic customer.</source>
        <translation>该客户为 A 级战略客户。</translation>
    </message>
    <message>
        <source>Computed from the fields above; save the assessment before anyone approves.</source>
        <translation>由以上栏位自动算出；请在核准前保存评估。</translation>
    </message>
    <message>
        <source>May be changed until someone approves or rejects the task.</source>
        <translation>在有人核准或驳回任务之前均可修改。</translation>
    </message>
    <message>
        <source>Saving makes the task assessed; then it goes to approval.</source>
        <translation>保存后任务即为已评估，随后进入核准。</translation>
    </message>
    <message>
        <source>The assessment is fixed: the task is %1.</source>
        <translation>评估已锁定：任务%1。</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Attach scanned copy…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <source>Choose the scanned, signed copy (PDF or image, at most %1 MB); it is stored encrypted in the database</source>
        <translation>选择已签字的扫描件（PDF 或图片，最大 %1 MB）；文件加密保存在数据库中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Attach scanned copy</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file %1 is empty; choose the scanned copy itself.</source>
        <translation>文件 %1 是空的；请选择扫描件本身。</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>数据库已关闭。</translation>
    </message>
    <message>
        <source>Replace scanned copy…</source>
        <translation>替换扫描件…</translation>
    </message>
    <message>
        <source>No scanned copy attached yet.</source>
        <translation>尚未附加扫描件。</translation>
    </message>
    <message>
        <source>The scanned copy is missing from this database (%1).</source>
        <translation>此数据库中缺少扫描件（%1）。</translation>
    </message>
    <message>
        <source>%1 · %2 · stored when you save</source>
        <translation>%1 · %2 · 保存时存入</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show the scanned copy (it stays inside Field Desk)</source>
        <translation>查看扫描件（只在派员服务台内显示）</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 is %2 MB; an attachment can be at most %3 MB. Scan it again with a lower resolution or in black and white, or split it into several files.</source>
        <translation>文件 %1 大小为 %2 MB；附件最大为 %3 MB。请以较低分辨率或黑白模式重新扫描，或拆分成几个文件。</translation>
    </message>
    <message>
        <source>There is no file %1; choose the file again.</source>
        <translation>没有文件 %1；请重新选择文件。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2. Check that it is not open in another program and that you may read it.</source>
        <translation>无法读取文件 %1：%2。请确认该文件没有在其他程序中打开，且您有读取权限。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation>无法读取文件 %1：%2。</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this database.</source>
        <translation>此数据库中没有附件 %1。</translation>
    </message>
    <message>
        <source>The attachment %1 (%2) is damaged: its content no longer matches the checksum stored with it. Attach the original file again.</source>
        <translation>附件 %1（%2）已损坏：其内容与保存的校验和不再相符。请重新附加原始文件。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计记录：%1</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>审计记录第 %1 至 %2 条缺失。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>审计记录第 %1 条与前一条衔接不上。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>审计记录第 %1 条在写入后被修改过。</translation>
    </message>
    <message>
        <source>The newest audit entries were removed (the log ends at %1, the database recorded %2).</source>
        <translation>最新的审计记录被删除了（记录止于第 %1 条，数据库记载为第 %2 条）。</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed or removed after it was checked.</source>
        <translation>审计记录 %1 在检查之后被修改或删除。</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Batch print</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <source>Service reports of the &amp;month</source>
        <translation>当月服务报告(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dossier of the selected task</source>
        <translation>所选任务的卷宗(&amp;D)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>保存为 &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>P&amp;rint on</source>
        <translation>打印到(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Service reports %1.pdf</source>
        <translation>服务报告 %1.pdf</translation>
    </message>
    <message>
        <source>Task dossier.pdf</source>
        <translation>任务卷宗.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF file to write (Browse…).</source>
        <translation>请选择要写入的 PDF 文件（浏览…）。</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>Reading records</source>
        <translation>正在读取记录</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not available.</source>
        <translation>打印机“%1”不可用。</translation>
    </message>
</context>
<context>
    <name>BriefingAgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Customer background and transaction history</source>
        <translation>客户背景与历史交易</translation>
    </message>
    <message>
        <source>Tier, relationship, recent orders and complaints (see the briefing pack)</source>
        <translation>客户等级、往来关系、近期订单与客诉（见派员前简报）</translation>
    </message>
    <message>
        <source>Objectives (specific and measurable)</source>
        <translation>派员目标（具体可衡量）</translation>
    </message>
    <message>
        <source>Required before the task can be marked briefed.</source>
        <translation>须填写后才能将任务标记为已开说明会。</translation>
    </message>
    <message>
        <source>e.g. find the root cause of the uneven coating within 48 h</source>
        <translation>例如：48 小时内找出涂布不均的根本原因</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>时程与行程</translation>
    </message>
    <message>
        <source>Day 0 arrival, entry procedure and safety training; Day 1–N …</source>
        <translation>Day 0 抵达、入厂程序与安全培训；Day 1–N …</translation>
    </message>
    <message>
        <source>Know-how boundary (what may and may not be said)</source>
        <translation>Know-how 防护边界（哪些能讲 / 哪些不能讲）</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>安全风险与 PPE 配备</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>应急联络</translation>
    </message>
    <message>
        <source>Names and phone numbers: ours, the customer&apos;s site, nearest hospital</source>
        <translation>姓名与电话：本公司、客户现场、最近的医院</translation>
    </message>
    <message>
        <source>Customer special requirements (dress, gift customs, diet)</source>
        <translation>客户特殊要求（服装 / 礼物习俗 / 餐饮禁忌）</translation>
    </message>
    <message>
        <source>e.g. clean-room suit in the test area; no gifts accepted</source>
        <translation>例如：测试区须穿无尘服；不接受礼物</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Questions raised in the meeting and their answers</source>
        <translation>说明会中提出的问题及其回答</translation>
    </message>
</context>
<context>
    <name>BriefingMeetingPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing meeting (SOP-10 §5.2.4)</source>
        <translation>任务说明会（SOP-10 §5.2.4）</translation>
    </message>
    <message>
        <source>Meeting held at:</source>
        <translation>说明会时间：</translation>
    </message>
    <message>
        <source>Departure at:</source>
        <translation>出发时间：</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席人员：</translation>
    </message>
    <message>
        <source>engineer on this task</source>
        <translation>本任务派员</translation>
    </message>
    <message>
        <source>(removed person)</source>
        <translation>（已删除的人员）</translation>
    </message>
    <message>
        <source>The meeting is held within 24 h before departure; enter both times to check.</source>
        <translation>说明会须在出发前 24 小时内召开；填写两个时间即可检查。</translation>
    </message>
    <message>
        <source>✓ %1 before departure: within the 24 h rule.</source>
        <translation>✓ 出发前 %1：符合 24 小时规定。</translation>
    </message>
    <message>
        <source>✗ The meeting lies %1 after the departure.</source>
        <translation>✗ 说明会在出发后 %1 才召开。</translation>
    </message>
    <message>
        <source>✗ %1 before departure: the meeting must be held within 24 h before departure (SOP-10 §5.2.4).</source>
        <translation>✗ 出发前 %1：说明会必须在出发前 24 小时内召开（SOP-10 §5.2.4）。</translation>
    </message>
</context>
<context>
    <name>BriefingPackPage</name>
    <message>
        <source>I have read the pack</source>
        <translation>我已阅读简报</translation>
    </message>
    <message>
        <source>Records on the brief when the engineer read the pack (SOP-10 §5.2.6: read it before departure)</source>
        <translation>在说明书上记录派员阅读简报的时间（SOP-10 §5.2.6：出发前阅读）</translation>
    </message>
    <message>
        <source>Read on %1.</source>
        <translation>已于 %1 阅读。</translation>
    </message>
    <message>
        <source>Read it again now</source>
        <translation>现在重新阅读</translation>
    </message>
    <message>
        <source>Not read yet: the engineer reads the pack before departure.</source>
        <translation>尚未阅读：派员须在出发前阅读简报。</translation>
    </message>
    <message>
        <source>Briefing pack · %1</source>
        <translation>派员前简报 · %1</translation>
    </message>
    <message>
        <source>What the desk already knows about this customer and similar cases (SOP-10 §5.2.6). Read before departure.</source>
        <translation>服务台已掌握的该客户资料与类似案例（SOP-10 §5.2.6）。请在出发前阅读。</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>The task&apos;s customer is not in the registry.</source>
        <translation>任务的客户不在客户档案中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首单日期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Past tasks and their briefs</source>
        <translation>过去的任务及其说明书</translation>
    </message>
    <message>
        <source>No earlier task for this customer.</source>
        <translation>该客户没有更早的任务。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject and objectives of the brief</source>
        <translation>主题与说明书中的派员目标</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>派员目标：</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>类似案例</translation>
    </message>
    <message>
        <source>No similar case found in: %1.</source>
        <translation>在以下范围中未找到类似案例：%1。</translation>
    </message>
    <message>
        <source>Found by full-text search with the task&apos;s subject and request in: %1.</source>
        <translation>以任务主题与需求内容全文检索，检索范围：%1。</translation>
    </message>
    <message>
        <source>NDAs with the customer</source>
        <translation>与该客户的 NDA</translation>
    </message>
    <message>
        <source>No NDA with this customer is on file.</source>
        <translation>没有与该客户签署 NDA 的记录。</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>尚未签署</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>已于 %1 签署</translation>
    </message>
    <message>
        <source>no scanned copy attached</source>
        <translation>未附扫描件</translation>
    </message>
    <message>
        <source>scanned copy: %1 (%2)</source>
        <translation>扫描件：%1（%2）</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Meeting and agenda</source>
        <translation>说明会与议程</translation>
    </message>
    <message>
        <source>Pre-trip confirmation</source>
        <translation>行前对接</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>派员前简报</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>保存说明书</translation>
    </message>
    <message>
        <source>Save the mission brief (Ctrl+S)</source>
        <translation>保存任务说明书（Ctrl+S）</translation>
    </message>
    <message>
        <source>Before dispatch</source>
        <translation>派员前</translation>
    </message>
    <message>
        <source>Mark briefed</source>
        <translation>标记为已开说明会</translation>
    </message>
    <message>
        <source>Unsaved mission brief</source>
        <translation>任务说明书未保存</translation>
    </message>
    <message>
        <source>The mission brief of %1 has changes that are not saved. Save them?</source>
        <translation>%1 的任务说明书有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Mission brief saved.</source>
        <translation>任务说明书已保存。</translation>
    </message>
    <message>
        <source>The task is briefed: the engineers may leave as planned.</source>
        <translation>任务已开说明会：派员人员可按计划出发。</translation>
    </message>
    <message>
        <source>✓ Marked briefed; the task is now &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>✓ 已标记为已开说明会；任务现为&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Nothing blocks the dispatch: the task can be marked briefed.</source>
        <translation>没有阻碍派员的事项：任务可标记为已开说明会。</translation>
    </message>
    <message>
        <source>Mark briefed is possible once these are settled:</source>
        <translation>以下事项处理完毕后，才能标记为已开说明会：</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview and print the mission brief (Ctrl+P)</source>
        <translation>预览并打印说明书（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>BriefingTaskHeader</name>
    <message>
        <source>← Task</source>
        <translation>← 任务</translation>
    </message>
    <message>
        <source>Back to the task page</source>
        <translation>返回任务页面</translation>
    </message>
    <message>
        <source>QEF-10-01 Mission brief · %1</source>
        <translation>QEF-10-01 任务说明书 · %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Engineers: %1</source>
        <translation>派员人员：%1</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>计划：%1</translation>
    </message>
</context>
<context>
    <name>BusyDatabase</name>
    <message>
        <source>The database is busy: another program (an import, a sync or a second Field Desk on the same file) is writing to it. Nothing was saved. Wait a moment and try again; if it stays busy, let the other program finish or close it.</source>
        <translation>数据库正忙：另一个程序（导入、同步或打开同一文件的另一个派员服务台）正在写入。未保存任何内容。请稍候再试；若一直忙碌，请等待该程序完成或将其关闭。</translation>
    </message>
</context>
<context>
    <name>CallbackEditor</name>
    <message>
        <source>Call-backs are made by sales or admin staff (SOP-10 §5.4.2).</source>
        <translation>回访由业务或行政人员进行（SOP-10 §5.4.2）。</translation>
    </message>
    <message>
        <source>Choose the task: the call is due 48 h after its engineers left the site.</source>
        <translation>请选择任务：回访须在派员离开现场后 48 小时内完成。</translation>
    </message>
    <message>
        <source>The task has no time for leaving the site yet; the 48 h start then.</source>
        <translation>任务尚未填写离开现场时间；48 小时从该时间起算。</translation>
    </message>
    <message>
        <source>Due by %1 (48 h after leaving the site on %2).</source>
        <translation>期限 %1（%2 离开现场后 48 小时）。</translation>
    </message>
    <message>
        <source>✓ Within the 48 h.</source>
        <translation>✓ 在 48 小时内。</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n hour(s) late.</source>
        <translation>
            <numerusform>✗ 逾期 %n 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Overdue: call the customer now.</source>
        <translation>✗ 已逾期：请立即回访客户。</translation>
    </message>
    <message>
        <source>NPS group: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>NPS 分组：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A score below 7: KC and Robert make an improvement plan, followed up for 90 days (SOP-15 §7.3).</source>
        <translation>低于 7 分：由 KC 与 Robert 制定改进计划，追踪 90 天（SOP-15 §7.3）。</translation>
    </message>
    <message>
        <source>90 days after the call on %1: %2.</source>
        <translation>%1 回访后 90 天：%2。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: fielddesk-cli &lt;command&gt; --db FILE [options]</source>
        <translation>用法：fielddesk-cli &lt;命令&gt; --db 文件 [选项]</translation>
    </message>
    <message>
        <source>Commands: %1. Run with --help for details.</source>
        <translation>命令：%1。使用 --help 查看详细说明。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要执行的命令。</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write JSON instead of plain text.</source>
        <translation>输出 JSON 而不是纯文本。</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>从文件的第一行读取口令。</translation>
    </message>
    <message>
        <source>rekey: read the new passphrase from FILE instead of FIELDDESK_NEW_PASSPHRASE.</source>
        <translation>rekey：从文件读取新口令，而不是从 FIELDDESK_NEW_PASSPHRASE。</translation>
    </message>
    <message>
        <source>backup: the file to write.</source>
        <translation>backup：要写入的文件。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 needs --db FILE: the database to work on.</source>
        <translation>%1 需要 --db 文件：要操作的数据库。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>No passphrase: set %1 or use --%2 FILE.</source>
        <translation>没有口令：请设置 %1，或使用 --%2 文件。</translation>
    </message>
    <message>
        <source>Created %1 (schema %2, SQLCipher %3).</source>
        <translation>已创建 %1（结构版本 %2，SQLCipher %3）。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>Encryption: %1 (SQLCipher %2)</source>
        <translation>加密：%1（SQLCipher %2）</translation>
    </message>
    <message>
        <source>NOT ENCRYPTED</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Audit chain: %1</source>
        <translation>审计链：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <source>Verification failed for %1.</source>
        <translation>%1 验证未通过。</translation>
    </message>
    <message>
        <source>Demo data loaded: %1.</source>
        <translation>已载入演示数据：%1。</translation>
    </message>
    <message>
        <source>import needs exactly one JSON file: import --db FILE FILE.json</source>
        <translation>import 需要且只需要一个 JSON 文件：import --db 文件 文件.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>已导入：新建 %1 条，更新 %2 条，未变 %3 条。</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>%1 的口令已更换。</translation>
    </message>
    <message>
        <source>backup needs --to FILE: where to write the copy.</source>
        <translation>backup 需要 --to 文件：副本的写入位置。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>verify-paper: the text of a printout&apos;s QR code.</source>
        <translation>verify-paper：打印件上二维码的文字。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>print: the record to print (a task prints its dossier).</source>
        <translation>print：要打印的记录（任务则打印其卷宗）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>print: the PDF file to write.</source>
        <translation>print：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>print needs --pdf FILE: where to write the PDF.</source>
        <translation>print 需要 --pdf 文件：PDF 的写入位置。</translation>
    </message>
    <message>
        <source>print takes no file arguments; use --pdf FILE.</source>
        <translation>print 不接受文件参数；请使用 --pdf 文件。</translation>
    </message>
    <message>
        <source>There are no service reports in %1: nothing printed.</source>
        <translation>%1 没有服务报告：未打印任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s).</source>
        <translation>
            <numerusform>%n 份表单。</numerusform>
        </translation>
    </message>
    <message>
        <source>verify-paper needs --code TEXT: the text of the paper&apos;s QR code or the code printed under it.</source>
        <translation>verify-paper 需要 --code TEXT：纸本上二维码的文字，或印在二维码下方的代码。</translation>
    </message>
    <message>
        <source>team: the shared folder.</source>
        <translation>team：共享文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>team invite: the enrollment file to write.</source>
        <translation>team invite：要写入的注册文件。</translation>
    </message>
    <message>
        <source>team join: the enrollment file.</source>
        <translation>team join：注册文件。</translation>
    </message>
    <message>
        <source>sync: also publish a snapshot that new devices start from.</source>
        <translation>sync：同时发布供新设备起步用的快照。</translation>
    </message>
    <message>
        <source>team create: also write the recovery sheet text to FILE.</source>
        <translation>team create：同时将恢复单文本写入文件。</translation>
    </message>
    <message>
        <source>team %1 needs --share DIR: the shared folder.</source>
        <translation>team %1 需要 --share 目录：共享文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the recovery sheet to %1: %2</source>
        <translation>无法将恢复单写入 %1：%2</translation>
    </message>
    <message>
        <source>Created team %1 on %2. Print the recovery sheet and keep it in the safe.</source>
        <translation>已在 %2 上创建团队 %1。请打印恢复单并存放在保险柜中。</translation>
    </message>
    <message>
        <source>team invite needs --out FILE: the enrollment file to write.</source>
        <translation>team invite 需要 --out 文件：要写入的注册文件。</translation>
    </message>
    <message>
        <source>Wrote the enrollment file %1. Give it and the code below to the new device separately; the code opens it once.</source>
        <translation>已写入注册文件 %1。请将该文件与下面的代码分开交给新设备；代码只能打开一次。</translation>
    </message>
    <message>
        <source>team join needs --enrollment FILE.</source>
        <translation>team join 需要 --enrollment 文件。</translation>
    </message>
    <message>
        <source>No enrollment code: set %1.</source>
        <translation>没有注册代码：请设置 %1。</translation>
    </message>
    <message>
        <source>Joined team %1 and started from the latest snapshot. Run &quot;sync&quot; to receive the newer changes.</source>
        <translation>已加入团队 %1，并从最新快照起步。请运行“sync”接收较新的变更。</translation>
    </message>
    <message>
        <source>Joined team %1. Run &quot;sync&quot; to receive the team&apos;s records.</source>
        <translation>已加入团队 %1。请运行“sync”接收团队的记录。</translation>
    </message>
    <message>
        <source>Snapshot for new devices: %1</source>
        <translation>新设备用快照：%1</translation>
    </message>
    <message>
        <source>print: every service report of the month; kpi: the month.</source>
        <translation>print：当月的全部服务报告；kpi：该月。</translation>
    </message>
    <message>
        <source>kpi: the quarter.</source>
        <translation>kpi：该季度。</translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <source>kpi: the year.</source>
        <translation>kpi：该年。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>print: the monthly review of the month.</source>
        <translation>print：该月的月度汇总。</translation>
    </message>
    <message>
        <source>print: who prints (a person&apos;s name or id; default: the desk&apos;s person).</source>
        <translation>print：打印人（人员姓名或 ID；默认：本机的人员）。</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>The person acting (name or id); their PIN from FIELDDESK_PIN or --pin-file.</source>
        <translation>操作人（姓名或 ID）；其 PIN 取自 FIELDDESK_PIN 或 --pin-file。</translation>
    </message>
    <message>
        <source>Read the PIN from the first line of FILE.</source>
        <translation>从 FILE 的第一行读取 PIN。</translation>
    </message>
    <message>
        <source>people pin: read the new PIN from the first line of FILE.</source>
        <translation>people pin：从 FILE 的第一行读取新 PIN。</translation>
    </message>
    <message>
        <source>people confirm: the person whose key is confirmed.</source>
        <translation>people confirm：要确认其密钥的人员。</translation>
    </message>
    <message>
        <source>verify-paper: the team&apos;s public-key file (team keys).</source>
        <translation>verify-paper：团队公钥文件（team keys）。</translation>
    </message>
    <message>
        <source>sync: list the set-aside bundles and fork alarms with their reasons (no round).</source>
        <translation>sync：列出被搁置的同步包与分叉警报及其原因（不执行同步）。</translation>
    </message>
    <message>
        <source>sync: check a set-aside bundle again (DEVICE/FILE) and apply it or keep it aside.</source>
        <translation>sync：重新检查一个被搁置的同步包（设备/文件），应用或继续搁置。</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>sync: acknowledge a device&apos;s fork by adopting its new line, then sync.</source>
        <translation>sync：确认设备的分叉，采用其新的序列，然后同步。</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>print, team create: replace an existing output file (never the database, its companion files or the shared folder).</source>
        <translation>print、team create：替换已存在的输出文件（数据库、其附属文件和共享文件夹除外，永不替换）。</translation>
    </message>
    <message>
        <source>recover: the recovery sheet&apos;s text (or the recovery key alone) in FILE.</source>
        <translation>recover：FILE 中的恢复单文字（或仅恢复密钥）。</translation>
    </message>
    <message>
        <source>Signatures: %1 (%2 of people, %3 made with a personal key)</source>
        <translation>签名：%1（人员签名 %2 个，其中 %3 个以个人密钥签署）</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but its audit entry could not be written: %2</source>
        <translation>%1 的口令已更改，但其审计记录未能写入：%2</translation>
    </message>
    <message>
        <source>kpi needs exactly one of --month YYYY-MM, --quarter YYYY-Qn or --year YYYY.</source>
        <translation>kpi 需要且只需要 --month YYYY-MM、--quarter YYYY-Qn 或 --year YYYY 之一。</translation>
    </message>
    <message>
        <source>kpi takes no file arguments.</source>
        <translation>kpi 不接受文件参数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write a month as 2026-11, a quarter as 2026-Q4, a year as 2026.</source>
        <translation>“%1”不是有效期间：月份写作 2026-11，季度写作 2026-Q4，年份写作 2026。</translation>
    </message>
    <message>
        <source>KPIs for %1</source>
        <translation>%1 的 KPI</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>No PIN: set %1 or use --pin-file FILE.</source>
        <translation>没有 PIN：请设置 %1 或使用 --pin-file FILE。</translation>
    </message>
    <message>
        <source>%1 needs --as PERSON: the person acting, with their PIN in %2 or --pin-file.</source>
        <translation>%1 需要 --as PERSON：操作人，其 PIN 放在 %2 或 --pin-file。</translation>
    </message>
    <message>
        <source>There is no single person &quot;%1&quot; in the people registry: give the name or the id.</source>
        <translation>人员名册中没有唯一的“%1”：请给出姓名或 ID。</translation>
    </message>
    <message>
        <source>people needs one of: enrol, confirm, list, pin.</source>
        <translation>people 需要以下之一：enrol、confirm、list、pin。</translation>
    </message>
    <message>
        <source>people enrol needs --as PERSON: the person enrolling, with their new PIN in %1 or --pin-file.</source>
        <translation>people enrol 需要 --as PERSON：登记密钥的人员，其新 PIN 放在 %1 或 --pin-file。</translation>
    </message>
    <message>
        <source>Enrolled %1: key %2.</source>
        <translation>已为 %1 登记密钥：%2。</translation>
    </message>
    <message>
        <source>This is the team&apos;s trust root: its key id goes on the recovery sheet.</source>
        <translation>这是团队的信任根：其密钥 ID 印在恢复单上。</translation>
    </message>
    <message>
        <source>An administrator confirms it: people confirm --as ADMIN --person %1.</source>
        <translation>须由管理员确认：people confirm --as ADMIN --person %1。</translation>
    </message>
    <message>
        <source>No new PIN: set %1 or use --new-pin-file FILE.</source>
        <translation>没有新 PIN：请设置 %1 或使用 --new-pin-file FILE。</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>%1 的 PIN 已更改。</translation>
    </message>
    <message>
        <source>people confirm needs --person PERSON: the person whose key is confirmed.</source>
        <translation>people confirm 需要 --person PERSON：要确认其密钥的人员。</translation>
    </message>
    <message>
        <source>Confirmed the key %1 of %2.</source>
        <translation>已确认 %2 的密钥 %1。</translation>
    </message>
    <message>
        <source>team keys needs --out FILE: the public-key file to write.</source>
        <translation>team keys 需要 --out FILE：要写入的公钥文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the team&apos;s public keys to %1 (trust root %2).</source>
        <translation>已将团队公钥写入 %1（信任根 %2）。</translation>
    </message>
    <message>
        <source>print needs one of --record ID, --month YYYY-MM or --review YYYY-MM.</source>
        <translation>print 需要 --record ID、--month YYYY-MM 或 --review YYYY-MM 之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as 2026-11.</source>
        <translation>“%1”不是月份：请写作 2026-11。</translation>
    </message>
    <message>
        <source>There is no monthly review for %1: create it under Review › Monthly reviews first.</source>
        <translation>%1 没有月度汇总：请先在“评审 › 月度汇总”中建立。</translation>
    </message>
    <message>
        <source>--by %1: there is no such person in the database; give a person&apos;s name as listed under People.</source>
        <translation>--by %1：数据库中没有此人员；请给出“人员”中列出的姓名。</translation>
    </message>
    <message>
        <source>print needs --by PERSON: the person printing (a name listed under People), unless this computer&apos;s desk has its person set in Settings.</source>
        <translation>print 需要 --by PERSON：打印人（“人员”中列出的姓名），除非本机已在设置中选定人员。</translation>
    </message>
    <message>
        <source>team needs one of: create, invite, join, keys.</source>
        <translation>team 需要以下之一：create、invite、join、keys。</translation>
    </message>
    <message>
        <source>recover needs --share DIR (the team&apos;s shared folder) and --recovery-key-file FILE (the recovery sheet&apos;s text).</source>
        <translation>recover 需要 --share DIR（团队共享文件夹）与 --recovery-key-file FILE（恢复单文字）。</translation>
    </message>
    <message>
        <source>%1 already exists: recover into a new database file.</source>
        <translation>%1 已存在：请恢复到新的数据库文件。</translation>
    </message>
    <message>
        <source>Cannot read the recovery key file %1: %2</source>
        <translation>无法读取恢复密钥文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Recovered team %1 into %2 as a new device (%3): %n bundle(s) applied</source>
        <translation>
            <numerusform>已将团队 %1 恢复到 %2，作为新设备（%3）：已应用 %n 个同步包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) fetched.</source>
        <translation>
            <numerusform>已取回 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database belongs to no team: there is nothing to sync.</source>
        <translation>此数据库不属于任何团队：没有可同步的内容。</translation>
    </message>
    <message>
        <source>No set-aside bundles and no forks.</source>
        <translation>没有被搁置的同步包，也没有分叉。</translation>
    </message>
    <message>
        <source>%1 (fork, %2): %3</source>
        <translation>%1（分叉，%2）：%3</translation>
    </message>
    <message>
        <source>%1 (set aside, %2): %3</source>
        <translation>%1（已搁置，%2）：%3</translation>
    </message>
    <message>
        <source>%1 was checked again and applied.</source>
        <translation>%1 已重新检查并应用。</translation>
    </message>
    <message>
        <source>The new line of device %1 is adopted; its bundles are applied.</source>
        <translation>已采用设备 %1 的新序列；其同步包已应用。</translation>
    </message>
    <message>
        <source>%1 stays set aside: %2</source>
        <translation>%1 仍被搁置：%2</translation>
    </message>
    <message>
        <source>verify-paper needs --db FILE, or --keys FILE (the team&apos;s public keys from &quot;team keys&quot;) to check the signatures without a database.</source>
        <translation>verify-paper 需要 --db FILE，或 --keys FILE（由“team keys”导出的团队公钥），以便不用数据库核对签名。</translation>
    </message>
    <message>
        <source>Cannot read the public-key file %1: %2</source>
        <translation>无法读取公钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no trusted key: it is no team key file, or it was altered.</source>
        <translation>%1 中没有可信密钥：它不是团队公钥文件，或已被改动。</translation>
    </message>
    <message>
        <source>This is not a Field Desk paper code; check what was typed.</source>
        <translation>这不是 Field Desk 纸本代码；请检查输入内容。</translation>
    </message>
    <message>
        <source>Record %1, revision %2: the paper carries no personal signature (without the database only signatures can be checked).</source>
        <translation>记录 %1，第 %2 版：纸本不带个人签名（没有数据库时只能核对签名）。</translation>
    </message>
    <message>
        <source>Record %1, revision %2, content %3. Whether this is still the current revision only the database can tell.</source>
        <translation>记录 %1，第 %2 版，内容 %3。是否仍为现行版本，只有数据库能判断。</translation>
    </message>
    <message>
        <source>Signed by %1 as %2 on %3: valid.</source>
        <translation>%1 以 %2 身份于 %3 签署：有效。</translation>
    </message>
    <message>
        <source>Signature of %1 as %2: NOT VALID. %3</source>
        <translation>%1 以 %2 身份的签名：无效。%3</translation>
    </message>
    <message>
        <source>Lithera Field Desk command-line tool.
The passphrase is read from the environment variable FIELDDESK_PASSPHRASE or from --passphrase-file, never from an argument.

Commands:
  init --db FILE                 create a new encrypted database
  verify --db FILE               integrity, cipher and audit-chain check
  demo --db FILE                 fill the database with the demo data set
  export --db FILE --json        all records as JSON on stdout
  import --db FILE FILE.json     records from JSON, all or nothing
  rekey --db FILE                new passphrase from FIELDDESK_NEW_PASSPHRASE
  backup --db FILE --to FILE     a consistent encrypted copy
  verify-paper --db FILE --code TEXT  is a paper copy the current revision?
  print --db FILE --record ID --pdf OUT.pdf [--by PERSON] [--force]
                                 a record&apos;s paper form as PDF
  print --db FILE --month YYYY-MM --pdf OUT.pdf   a month&apos;s service reports
  print --db FILE --review YYYY-MM --pdf OUT.pdf  the month&apos;s review (§5.5)
  kpi --db FILE --month YYYY-MM | --quarter YYYY-Qn | --year YYYY [--json]
                                 the KPIs of a period with their records
  team create --db FILE --share DIR      start a team on a shared folder
  team invite --db FILE --out FILE       write an enrollment file; print its code
  team join --db FILE --share DIR --enrollment FILE
                                 join with the code from FIELDDESK_ENROLL_CODE
  sync --db FILE [--snapshot]    one sync round with the team&apos;s shared folder
  sync --db FILE --problems | --release DEVICE/FILE | --adopt-fork DEVICE
                                 set-aside bundles and fork alarms
  recover --share DIR --recovery-key-file FILE --db NEW
                                 rebuild a desk from the share and the recovery sheet
  people enrol --db FILE --as PERSON   make PERSON&apos;s keys (PIN from FIELDDESK_PIN)
  people confirm --db FILE --as ADMIN --person PERSON   confirm PERSON&apos;s new key
  people list --db FILE          people and the state of their keys
  team keys --db FILE --out FILE the team&apos;s public keys (for verify-paper)
A PIN is read from FIELDDESK_PIN or --pin-file, never from an argument.

Exit codes: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or not a Field Desk database, 4 input rejected (nothing written).</source>
        <translation>Lithera 派员服务台命令行工具。
口令从环境变量 FIELDDESK_PASSPHRASE 或 --passphrase-file 读取，绝不从参数读取。

命令：
  init --db 文件                 新建加密数据库
  verify --db 文件               检查完整性、加密与审计链
  demo --db 文件                 向数据库填入演示数据
  export --db 文件 --json        将全部记录以 JSON 输出到标准输出
  import --db 文件 文件.json     从 JSON 导入记录，全部成功或全部不导入
  rekey --db 文件                使用 FIELDDESK_NEW_PASSPHRASE 中的新口令
  backup --db 文件 --to 文件     一致的加密副本
  verify-paper --db 文件 --code 文本  纸本是否为当前版本？
  print --db 文件 --record ID --pdf OUT.pdf [--by 人员] [--force]
                                 将一条记录的纸本表单输出为 PDF
  print --db 文件 --month YYYY-MM --pdf OUT.pdf   一个月的服务报告
  print --db 文件 --review YYYY-MM --pdf OUT.pdf  该月的月度汇总（§5.5）
  kpi --db 文件 --month YYYY-MM | --quarter YYYY-Qn | --year YYYY [--json]
                                 某期间的 KPI 及其依据记录
  team create --db 文件 --share 目录      在共享文件夹上创建团队
  team invite --db 文件 --out 文件       写入注册文件并显示其代码
  team join --db 文件 --share 目录 --enrollment 文件
                                 使用 FIELDDESK_ENROLL_CODE 中的代码加入团队
  sync --db 文件 [--snapshot]    与团队共享文件夹同步一轮
  sync --db 文件 --problems | --release 设备/文件 | --adopt-fork 设备
                                 被搁置的同步包与分叉警报
  recover --share 目录 --recovery-key-file 文件 --db 新文件
                                 仅凭共享文件夹和恢复单重建一个服务台
  people enrol --db 文件 --as 人员   生成该人员的密钥（PIN 取自 FIELDDESK_PIN）
  people confirm --db 文件 --as 管理员 --person 人员   确认该人员的新密钥
  people list --db 文件          人员及其密钥状态
  team keys --db 文件 --out 文件 团队公钥（供 verify-paper 使用）
PIN 从 FIELDDESK_PIN 或 --pin-file 读取，绝不从参数读取。

退出码：0 成功，1 失败，2 用法错误，3 口令错误或不是派员服务台数据库，4 输入被拒绝（未写入任何内容）。</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sealed the text of %n L3 know-how entries that were stored in clear.</source>
        <translation>
            <numerusform>已封存 %n 条以明文保存的 L3 知识条目内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n L3 know-how entries are still stored in clear: none of the people allowed to read them has a confirmed key. Enrol one of them (people enrol).</source>
        <translation>
            <numerusform>仍有 %n 条 L3 知识条目以明文保存：有权阅读的人员都没有已确认的密钥。请为其中一人登记（people enrol）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Leaving the site and closing (§5.3–§5.5)</source>
        <translation>离开现场与结案（§5.3–§5.5）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save when the engineers left the site (the last on-site day)</source>
        <translation>保存派员离开现场的时间（最后一个现场工作日）</translation>
    </message>
    <message>
        <source>Expense claim…</source>
        <translation>费用申报单…</translation>
    </message>
    <message>
        <source>Open your expense claim (QEF-10-05) for this task</source>
        <translation>打开您在此任务的费用申报单（QEF-10-05）</translation>
    </message>
    <message>
        <source>Left the site at:</source>
        <translation>离开现场时间：</translation>
    </message>
    <message>
        <source>The task is closed.</source>
        <translation>任务已结案。</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>转为%1</translation>
    </message>
    <message>
        <source>Before %1:</source>
        <translation>转为%1之前：</translation>
    </message>
    <message>
        <source>Nothing is missing: the task can move to %1.</source>
        <translation>没有缺少的事项：任务可转为%1。</translation>
    </message>
    <message numerus="yes">
        <source>Missing before %1 (%n item(s)):</source>
        <translation>
            <numerusform>转为%1之前尚缺（%n 项）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet:
• %1</source>
        <translation>尚未满足：
• %1</translation>
    </message>
    <message>
        <source>The service report (3 working days) and call-back (48 h) deadlines count from the time the engineers left the site.</source>
        <translation>服务报告（3 个工作日）与回访（48 小时）的期限，从派员离开现场的时间起算。</translation>
    </message>
    <message>
        <source>Service report due %1 (3rd working day) · call-back due %2 (48 h).</source>
        <translation>服务报告期限 %1（第 3 个工作日）· 回访期限 %2（48 小时）。</translation>
    </message>
    <message>
        <source>Enter it</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Arrived on site at:</source>
        <translation>到达现场时间：</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>%1 stays</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Kept (edited)</source>
        <translation>已保留（已编辑）</translation>
    </message>
    <message>
        <source>Hidden: the same record entered twice</source>
        <translation>已隐藏：同一记录录入了两次</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>栏位</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>保留值来源</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>另一值来源</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>共同的原值</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>RMB %1</source>
        <translation>RMB %1</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>（关联记录）</translation>
    </message>
    <message>
        <source>Edited on two desks</source>
        <translation>在两个服务台上被编辑</translation>
    </message>
    <message>
        <source>Edited on one desk, deleted on another</source>
        <translation>在一个服务台上被编辑，在另一个上被删除</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>录入了两次</translation>
    </message>
    <message>
        <source>Rejected: the record is signed</source>
        <translation>已拒绝：记录已签字</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>本服务台</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>服务台 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Rejected: not a valid correction</source>
        <translation>已拒绝：不是有效的更正</translation>
    </message>
    <message>
        <source>(sealed L3 text)</source>
        <translation>（已封存的 L3 内容）</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>保留已保留的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>使用另一个值(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Type another value…</source>
        <translation>输入其他值(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认知悉(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle. When two desks changed the same field offline, sync kept the newer value on every desk and set the other aside here. Choose which one is right; the choice syncs to every desk.</source>
        <translation>
            <numerusform>有 %n 个冲突待处理。两个服务台在离线时修改了同一栏位，同步时各服务台都保留了较新的值，另一个值放在这里。请选择正确的一个；您的选择会同步到所有服务台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of the two values, then change the record in its editor if neither is right.</source>
        <translation>请从两个值中选择一个；如果都不对，再在记录的编辑器中修改。</translation>
    </message>
    <message>
        <source>&amp;Delete the second record</source>
        <translation>删除第二条记录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>保留记录(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation>保留“%1”(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete the record</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation>使用“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>请在列表中选择一个冲突。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2（%3）</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Kept:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;保留：&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Other:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;另一个：&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Both started from:&lt;/td&gt;&lt;td colspan=2&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;共同的原值：&lt;/td&gt;&lt;td colspan=2&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The record was signed before this change arrived, so the change was rejected on every desk. If it is needed, make a correction (a new revision) of the record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此变更到达前记录已签字，因此所有服务台都拒绝了此变更。如有需要，请对记录进行更正（建立新版本）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settled. The choice goes to the other desks with the next sync.</source>
        <translation>已处理。您的选择会在下次同步时传到其他服务台。</translation>
    </message>
    <message>
        <source>New value of %1:</source>
        <translation>%1 的新值：</translation>
    </message>
    <message>
        <source>Settle the conflict</source>
        <translation>处理冲突</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation>客户历史</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>需求时间</translation>
    </message>
    <message>
        <source>Double-click a task to open it</source>
        <translation>双击任务即可打开</translation>
    </message>
    <message>
        <source>Choose a customer to see their tier, first order, NDA and earlier tasks.</source>
        <translation>选择客户后，可查看其等级、首单、NDA 及过去的任务。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>First order: %1</source>
        <translation>首单：%1</translation>
    </message>
    <message>
        <source>First order: none yet — a new customer</source>
        <translation>首单：尚无——新客户</translation>
    </message>
    <message>
        <source>NDA: signed on %1</source>
        <translation>NDA：已于 %1 签署</translation>
    </message>
    <message>
        <source>NDA: none signed</source>
        <translation>NDA：尚未签署</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>（待定）</translation>
    </message>
    <message>
        <source>
Planned %1 – %2</source>
        <translation>
计划 %1 – %2</translation>
    </message>
    <message>
        <source>Earlier tasks (%1)</source>
        <translation>过去的任务（%1）</translation>
    </message>
    <message>
        <source>No earlier tasks: this is the first dispatch request of this customer.</source>
        <translation>没有过去的任务：这是该客户第一次提出派员需求。</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Save and start the next report of this task (Ctrl+Enter)</source>
        <translation>保存，并开始此任务的下一份日报（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close (Esc); asks before typing is thrown away</source>
        <translation>关闭（Esc）；如有输入内容会先询问是否放弃</translation>
    </message>
    <message>
        <source>This daily report cannot be opened: %1</source>
        <translation>无法打开此日报：%1</translation>
    </message>
    <message>
        <source>New daily report (QEF-10-02)</source>
        <translation>新建日报（QEF-10-02）</translation>
    </message>
    <message>
        <source>Daily report (QEF-10-02)</source>
        <translation>日报（QEF-10-02）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The daily report was not saved: %1</source>
        <translation>日报未保存：%1</translation>
    </message>
    <message>
        <source>Saved: %1. Next report of the same task:</source>
        <translation>已保存：%1。同一任务的下一份日报：</translation>
    </message>
    <message>
        <source>Unsaved daily report</source>
        <translation>日报未保存</translation>
    </message>
    <message>
        <source>Save this daily report?</source>
        <translation>保存此日报？</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview and print this daily report (Ctrl+P)</source>
        <translation>预览并打印此日报（Ctrl+P）</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>The new revision cannot be opened: %1</source>
        <translation>无法打开新版本：%1</translation>
    </message>
</context>
<context>
    <name>DailyReportEntry</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>enter the amount in RMB, like 280.00.</source>
        <translation>请输入人民币金额，例如 280.00。</translation>
    </message>
    <message>
        <source>%1 is negative; amounts are never negative. Enter what was paid.</source>
        <translation>%1 是负数；金额不能为负。请输入实际支付的金额。</translation>
    </message>
    <message>
        <source>%1 has more than two decimals; RMB amounts go to the fen (0.01).</source>
        <translation>%1 超过两位小数；人民币金额精确到分（0.01）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; type digits with at most two decimals, like 280.00.</source>
        <translation>“%1”不是金额；请输入最多两位小数的数字，例如 280.00。</translation>
    </message>
    <message>
        <source>the amount is 0.00; enter what was paid or remove the line.</source>
        <translation>金额为 0.00；请输入实际支付的金额，或删除此行。</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>第 %1 笔花费：%2</translation>
    </message>
</context>
<context>
    <name>DailyReportForm</name>
    <message>
        <source>Copy yesterday&apos;s plan</source>
        <translation>复制昨日计划</translation>
    </message>
    <message>
        <source>Today&apos;s work from the plan in this engineer&apos;s previous report (Ctrl+Shift+Y)</source>
        <translation>以此派员上一份日报中的明日计划作为今日工作（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <source>Expenses of the day</source>
        <translation>当日花费</translation>
    </message>
    <message>
        <source>They go onto the engineer&apos;s expense claim QEF-10-05 for this task.</source>
        <translation>这些花费会计入此派员在本任务的费用申报单 QEF-10-05。</translation>
    </message>
    <message>
        <source>The task has no engineers yet; assign them on the task page.</source>
        <translation>任务尚未指派派员；请在任务页面指派。</translation>
    </message>
    <message>
        <source>On-site days: %1 to %2</source>
        <translation>现场工作日：%1 至 %2</translation>
    </message>
    <message>
        <source>The task has no on-site days yet.</source>
        <translation>任务尚无现场工作日。</translation>
    </message>
    <message>
        <source>Not submitted yet; due 17:00 on %1.</source>
        <translation>尚未提交；期限为 %1 17:00。</translation>
    </message>
    <message>
        <source>Late: submitted after 17:00 on %1.</source>
        <translation>迟交：于 %1 17:00 后提交。</translation>
    </message>
    <message>
        <source>In time (due 17:00 on %1).</source>
        <translation>准时（期限 %1 17:00）。</translation>
    </message>
    <message>
        <source>%1 has no earlier report with a plan for this task before %2; type today&apos;s work.</source>
        <translation>%2 之前，%1 没有含本任务计划的日报；请直接填写今日工作。</translation>
    </message>
    <message>
        <source>Today&apos;s work taken from the plan of %1; add the times and what changed.</source>
        <translation>今日工作取自 %1 的计划；请补充时间和变动内容。</translation>
    </message>
    <message>
        <source>A correction keeps the task, engineer and day of the report it corrects; to report another day, write a new daily report.</source>
        <translation>更正版沿用被更正日报的任务、派员和日期；如要报其他日期，请另写一份日报。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is not a Field Desk database.</source>
        <translation>口令错误，或 %1 不是派员服务台数据库。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; Field Desk never overwrites a database. Choose another file name.</source>
        <translation>%1 已存在；派员服务台从不覆盖数据库。请另选文件名。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Field Desk database.</source>
        <translation>%1 是数据库，但不是派员服务台数据库。</translation>
    </message>
    <message>
        <source>Cannot store setting %1: %2</source>
        <translation>无法保存设置 %1：%2</translation>
    </message>
    <message>
        <source>Only a passphrase-protected database can change its passphrase.</source>
        <translation>只有以口令保护的数据库才能更换口令。</translation>
    </message>
    <message>
        <source>Changing the passphrase failed: %1</source>
        <translation>更换口令失败：%1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Choose a new file name.</source>
        <translation>%1 已存在；备份从不覆盖文件。请另选新文件名。</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>无法创建备份文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 is open in another program (the desktop, a sync or a second command). Close it there, then change the passphrase again; nothing was changed.</source>
        <translation>%1 已在另一个程序中打开（桌面程序、同步或另一个命令）。请先在那里关闭，再重新更改口令；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Click a deadline to open its task</source>
        <translation>单击期限即可打开其任务</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>尚无日期</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>1 小时内</translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>just overdue</source>
        <translation>刚逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>已逾期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Nothing is due or overdue.</source>
        <translation>没有即将到期或已逾期的事项。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%n 项已逾期&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n 项即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done late</source>
        <translation>
            <numerusform>%n 项逾期完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched here: registration within 24 h of the request, the briefing within the 24 h before departure, the NDA before dispatch, daily reports by 17:00, anomaly notifications, the service report within 3 working days and the call-back within 48 h of leaving the site, improvement plans after 90 days. Proactive dispatches join the list with their form.</source>
        <translation>此处监控：需求提出后 24 小时内登记、出发前 24 小时内开说明会、派员前签 NDA、17:00 前交日报、异常通报、离开现场后 3 个工作日内完成服务报告及 48 小时内回访、改进计划 90 天追踪。主动派员随其表单加入列表。</translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <source>a task without number</source>
        <translation>无编号的任务</translation>
    </message>
    <message>
        <source>The %1 deadlines cannot be read: %2</source>
        <translation>无法读取%1期限：%2</translation>
    </message>
    <message>
        <source>Registration within 24 h</source>
        <translation>24 小时内登记</translation>
    </message>
    <message>
        <source>Briefing before departure</source>
        <translation>出发前开说明会</translation>
    </message>
    <message>
        <source>NDA before dispatch</source>
        <translation>派员前签 NDA</translation>
    </message>
    <message>
        <source>due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>登记</translation>
    </message>
    <message numerus="yes">
        <source>%1 was registered %n h after the request (limit 24 h).</source>
        <translation>
            <numerusform>%1 在需求提出 %n 小时后才登记（时限 24 小时）。</numerusform>
        </translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>说明会</translation>
    </message>
    <message>
        <source>%1 has no briefing recorded, and its departure (%2) has passed.</source>
        <translation>%1 没有说明会记录，且出发时间（%2）已过。</translation>
    </message>
    <message>
        <source>Hold the briefing for %1 between %2 and the departure at %3.</source>
        <translation>请在 %2 至出发时间 %3 之间召开 %1 的说明会。</translation>
    </message>
    <message>
        <source>The briefing for %1 was held at %2, not within the 24 h before the departure at %3.</source>
        <translation>%1 的说明会于 %2 召开，不在出发时间 %3 前的 24 小时内。</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>core know-how</source>
        <translation>涉核心 know-how</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>%1 (%2) needs a signed NDA with %3 before dispatch; no departure is planned yet.</source>
        <translation>%1（%2）须在派员前与 %3 签署 NDA；尚未计划出发时间。</translation>
    </message>
    <message>
        <source>%1 (%2) departed at %3 without a signed NDA with %4.</source>
        <translation>%1（%2）于 %3 出发，但未与 %4 签署 NDA。</translation>
    </message>
    <message>
        <source>%1 (%2) needs a signed NDA with %3 before the departure at %4.</source>
        <translation>%1（%2）须在出发时间 %4 前与 %3 签署 NDA。</translation>
    </message>
    <message>
        <source>The NDA with %1 for %2 was signed on %3, after the departure at %4.</source>
        <translation>%2 与 %1 的 NDA 于 %3 才签署，晚于出发时间 %4。</translation>
    </message>
    <message>
        <source>Daily report by 17:00</source>
        <translation>17:00 前交日报</translation>
    </message>
    <message>
        <source>Anomaly notification</source>
        <translation>异常通报</translation>
    </message>
    <message>
        <source>Service report within 3 working days</source>
        <translation>3 个工作日内完成服务报告</translation>
    </message>
    <message>
        <source>Call-back within 48 h</source>
        <translation>48 小时内回访</translation>
    </message>
    <message>
        <source>Improvement plan follow-up (90 days)</source>
        <translation>改进计划追踪（90 天）</translation>
    </message>
    <message>
        <source>Complaint first response within 4 h</source>
        <translation>客诉 4 小时内首次回应</translation>
    </message>
    <message>
        <source>Proactive dispatch by customer tier</source>
        <translation>按客户等级主动派员</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>The complaint of %1 received at %2 has had no first response; it was due at %3.</source>
        <translation>%1 于 %2 的客诉尚未首次回应，期限为 %3。</translation>
    </message>
    <message>
        <source>Answer the complaint of %1 received at %2 by %3.</source>
        <translation>请在 %3 前回应 %1 于 %2 的客诉。</translation>
    </message>
    <message>
        <source>The complaint of %1 received at %2 was first answered at %3, after the 4 h.</source>
        <translation>%1 于 %2 的客诉在 %3 才首次回应，超过 4 小时。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 (tier %2): no proactive visit yet; plan one.</source>
        <translation>%1（%2 级）：尚无主动拜访，请安排。</translation>
    </message>
    <message>
        <source>%1 (tier %2): the proactive visit was due on %3 (last visit: %4).</source>
        <translation>%1（%2 级）：主动拜访已于 %3 到期（上次拜访：%4）。</translation>
    </message>
    <message>
        <source>%1 (tier %2): plan the proactive visit due on %3 (last visit: %4).</source>
        <translation>%1（%2 级）：请安排 %3 到期的主动拜访（上次拜访：%4）。</translation>
    </message>
</context>
<context>
    <name>DeskLauncher</name>
    <message>
        <source>L3 know-how sealed</source>
        <translation>L3 知识已封存</translation>
    </message>
</context>
<context>
    <name>EngineerEligibility</name>
    <message>
        <source>%1 left the company on %2.</source>
        <translation>%1 已于 %2 离职。</translation>
    </message>
    <message>
        <source>%1 is in sales and may only accompany dispatches without core know-how.</source>
        <translation>%1 是业务人员，只能陪同不涉核心 know-how 的派员。</translation>
    </message>
    <message>
        <source>KC goes on site only for strategic customers or major complaints.</source>
        <translation>KC 只在战略客户或重大客诉时到现场。</translation>
    </message>
    <message>
        <source>%1 has no field role (engineer, consultant, CTO or sales).</source>
        <translation>%1 没有派员角色（派员、技术顾问、CTO 或业务）。</translation>
    </message>
    <message>
        <source>%1&apos;s last refresher (%2) is older than 12 months; the annual 8 h refresher is due.</source>
        <translation>%1 上次复训（%2）已超过 12 个月；须完成每年 8 h 复训。</translation>
    </message>
    <message>
        <source>%1 is an external consultant without a signed NDA.</source>
        <translation>%1 是外聘技术顾问，尚未签署 NDA。</translation>
    </message>
    <message>
        <source>%1 is an external consultant without a non-compete agreement.</source>
        <translation>%1 是外聘技术顾问，尚未签署竞业协议。</translation>
    </message>
    <message>
        <source>%1 has not passed Lithera&apos;s technical assessment.</source>
        <translation>%1 尚未通过本公司技术能力评估。</translation>
    </message>
    <message>
        <source>%1 has not completed the 24 h field-service certification.</source>
        <translation>%1 尚未完成 24 h 派员认证。</translation>
    </message>
    <message>
        <source>%1 has not done course 6 (HF first aid), needed for an HF site.</source>
        <translation>%1 尚未完成课程 6（HF 急救），HF 现场必须。</translation>
    </message>
</context>
<context>
    <name>EngineerPanel</name>
    <message>
        <source>Engineers (§4.2)</source>
        <translation>派员人员（§4.2）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>具备资格</translation>
    </message>
    <message>
        <source>The engineers are fixed once the task is briefed or finished.</source>
        <translation>任务已开说明会或已结束后，派员人员即不能再变更。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Nobody is assigned yet.</source>
        <translation>尚未指派任何人。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) assigned.</source>
        <translation>
            <numerusform>已指派 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligibility for this task on %1: 24 h certification, the annual refresher, HF first aid for an HF site, NDA and non-compete for consultants, the role&apos;s scope.</source>
        <translation>截至 %1 执行此任务的资格：24 h 认证、每年复训、HF 现场须完成 HF 急救课程、技术顾问须签 NDA 与竞业协议、角色的派员范围。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol %1</source>
        <translation>为 %1 登记密钥</translation>
    </message>
    <message>
        <source>%1 gets a personal signing and sealing key at this desk, protected by a PIN of at least %2 characters that only they know. Their signatures, approvals and protected know-how then need this PIN. An administrator confirms the new key.</source>
        <translation>%1 将在本机获得个人签名及密封密钥，由只有本人知道、至少 %2 个字符的 PIN 保护。此后其签名、核准及受保护的 know-how 都需要此 PIN。新密钥须由管理员确认。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation>再次输入 PIN(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的 PIN 不同，请输入相同的 PIN 两次。</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>正在生成密钥…</translation>
    </message>
    <message>
        <source>%1 is enrolled. Key id: %2.</source>
        <translation>%1 已登记。密钥 ID：%2。</translation>
    </message>
    <message>
        <source>This is the team&apos;s first administrator key: the trust root. Print the recovery sheet again so it carries this key id.</source>
        <translation>这是团队首位管理员的密钥，即信任根。请重新打印恢复单，使其印有此密钥 ID。</translation>
    </message>
    <message>
        <source>An administrator now confirms the key (Settings › People at this desk › Confirm key), comparing the key id with %1.</source>
        <translation>现须由管理员确认此密钥（设置 › 本机人员 › 确认密钥），并与 %1 核对密钥 ID。</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>A strategic</source>
        <comment>tier</comment>
        <translation>A 战略</translation>
    </message>
    <message>
        <source>B main</source>
        <comment>tier</comment>
        <translation>B 主力</translation>
    </message>
    <message>
        <source>C general</source>
        <comment>tier</comment>
        <translation>C 一般</translation>
    </message>
    <message>
        <source>D one-off</source>
        <comment>tier</comment>
        <translation>D 临时</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>kind</comment>
        <translation>客户</translation>
    </message>
    <message>
        <source>OEM plant</source>
        <comment>kind</comment>
        <translation>代工厂</translation>
    </message>
    <message>
        <source>CTO</source>
        <comment>roles</comment>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Field engineer</source>
        <comment>roles</comment>
        <translation>派员</translation>
    </message>
    <message>
        <source>External consultant</source>
        <comment>roles</comment>
        <translation>外聘技术顾问</translation>
    </message>
    <message>
        <source>Sales</source>
        <comment>roles</comment>
        <translation>业务</translation>
    </message>
    <message>
        <source>Administration</source>
        <comment>roles</comment>
        <translation>行政</translation>
    </message>
    <message>
        <source>General manager</source>
        <comment>roles</comment>
        <translation>总经理</translation>
    </message>
    <message>
        <source>Chairman</source>
        <comment>roles</comment>
        <translation>董事长</translation>
    </message>
    <message>
        <source>OEM mixing guidance</source>
        <comment>type</comment>
        <translation>代工厂混配指导</translation>
    </message>
    <message>
        <source>Line support</source>
        <comment>type</comment>
        <translation>产线技术支持</translation>
    </message>
    <message>
        <source>Customer training</source>
        <comment>type</comment>
        <translation>客户培训</translation>
    </message>
    <message>
        <source>Urgent complaint</source>
        <comment>type</comment>
        <translation>紧急客诉</translation>
    </message>
    <message>
        <source>New-product trial</source>
        <comment>type</comment>
        <translation>新产品试用</translation>
    </message>
    <message>
        <source>Audit accompaniment</source>
        <comment>type</comment>
        <translation>审厂陪同</translation>
    </message>
    <message>
        <source>Trade-show Q&amp;A</source>
        <comment>type</comment>
        <translation>展会技术答询</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>state</comment>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>state</comment>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>state</comment>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>state</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Briefed</source>
        <comment>state</comment>
        <translation>已开说明会</translation>
    </message>
    <message>
        <source>On site</source>
        <comment>state</comment>
        <translation>现场作业</translation>
    </message>
    <message>
        <source>Reporting</source>
        <comment>state</comment>
        <translation>撰写报告</translation>
    </message>
    <message>
        <source>Call-back</source>
        <comment>state</comment>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>state</comment>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>state</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Simple</source>
        <comment>complexity</comment>
        <translation>简单</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>complexity</comment>
        <translation>中等</translation>
    </message>
    <message>
        <source>Complex</source>
        <comment>complexity</comment>
        <translation>复杂</translation>
    </message>
    <message>
        <source>None</source>
        <comment>knowhow_risk</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Normal operation</source>
        <comment>knowhow_risk</comment>
        <translation>普通操作</translation>
    </message>
    <message>
        <source>Core know-how</source>
        <comment>knowhow_risk</comment>
        <translation>核心 know-how</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>safety_risk</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>safety_risk</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>safety_risk</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>HF site</source>
        <comment>safety_risk</comment>
        <translation>HF 端</translation>
    </message>
    <message>
        <source>Customer confidentiality</source>
        <comment>scope</comment>
        <translation>客户保密</translation>
    </message>
    <message>
        <source>Lithera confidentiality</source>
        <comment>scope</comment>
        <translation>本公司保密</translation>
    </message>
    <message>
        <source>Mutual</source>
        <comment>scope</comment>
        <translation>双方互保</translation>
    </message>
    <message>
        <source>Safety incident</source>
        <comment>type</comment>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <comment>type</comment>
        <translation>重大客诉</translation>
    </message>
    <message>
        <source>Commercial negotiation</source>
        <comment>type</comment>
        <translation>商业谈判</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <comment>type</comment>
        <translation>技术问题</translation>
    </message>
    <message>
        <source>General</source>
        <comment>type</comment>
        <translation>一般问题</translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>category</comment>
        <translation>交通</translation>
    </message>
    <message>
        <source>Lodging</source>
        <comment>category</comment>
        <translation>住宿</translation>
    </message>
    <message>
        <source>Meals</source>
        <comment>category</comment>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <comment>category</comment>
        <translation>招待</translation>
    </message>
    <message>
        <source>Gift received</source>
        <comment>category</comment>
        <translation>收受礼物</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>paid_by</comment>
        <translation>公司付</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>paid_by</comment>
        <translation>客户付</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>P0</source>
        <comment>priority</comment>
        <translation>P0</translation>
    </message>
    <message>
        <source>P1</source>
        <comment>priority</comment>
        <translation>P1</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>decision</comment>
        <translation>核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>decision</comment>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Robert approves himself</source>
        <comment>level</comment>
        <translation>Robert 自核</translation>
    </message>
    <message>
        <source>Robert</source>
        <comment>level</comment>
        <translation>Robert 核准</translation>
    </message>
    <message>
        <source>Robert, KC informed</source>
        <comment>level</comment>
        <translation>Robert 提案，知会 KC</translation>
    </message>
    <message>
        <source>KC</source>
        <comment>level</comment>
        <translation>KC 核准</translation>
    </message>
    <message>
        <source>KC and Charles</source>
        <comment>level</comment>
        <translation>KC 与 Charles 核准</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <comment>pretrip_confirmed</comment>
        <translation>到达时间、地点与接待人</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure, safety training</source>
        <comment>pretrip_confirmed</comment>
        <translation>现场 PPE、入厂程序、安全培训</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <comment>pretrip_confirmed</comment>
        <translation>紧急联络</translation>
    </message>
    <message>
        <source>ID card</source>
        <comment>pretrip_confirmed</comment>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <comment>pretrip_confirmed</comment>
        <translation>健康证</translation>
    </message>
    <message>
        <source>Entry application</source>
        <comment>pretrip_confirmed</comment>
        <translation>入厂申请</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <comment>kind</comment>
        <translation>法定假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <comment>kind</comment>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Reading this procedure</source>
        <comment>training</comment>
        <translation>本程序通读</translation>
    </message>
    <message>
        <source>NDA and trade secrets</source>
        <comment>training</comment>
        <translation>NDA 与商业秘密</translation>
    </message>
    <message>
        <source>Know-how black-box principle</source>
        <comment>training</comment>
        <translation>Know-how 黑盒化原则</translation>
    </message>
    <message>
        <source>Customer-site safety and PPE</source>
        <comment>training</comment>
        <translation>客户端安全与 PPE</translation>
    </message>
    <message>
        <source>HCM-03-01 sales procedure</source>
        <comment>training</comment>
        <translation>HCM-03-01 业务员规程</translation>
    </message>
    <message>
        <source>Emergency response (incl. HF first aid)</source>
        <comment>training</comment>
        <translation>应急（含 HF 急救）</translation>
    </message>
    <message>
        <source>On-site communication skills</source>
        <comment>training</comment>
        <translation>现场沟通技巧</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channels</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>channels</comment>
        <translation>微信</translation>
    </message>
    <message>
        <source>Platform</source>
        <comment>channels</comment>
        <translation>平台</translation>
    </message>
    <message>
        <source>Daily report</source>
        <comment>channels</comment>
        <translation>日报</translation>
    </message>
    <message>
        <source>L1 open</source>
        <comment>level</comment>
        <translation>L1 公开</translation>
    </message>
    <message>
        <source>L2 internal</source>
        <comment>level</comment>
        <translation>L2 内部</translation>
    </message>
    <message>
        <source>L3 restricted</source>
        <comment>level</comment>
        <translation>L3 受限</translation>
    </message>
    <message>
        <source>Promoter (9-10)</source>
        <comment>nps_group</comment>
        <translation>推荐者（9-10）</translation>
    </message>
    <message>
        <source>Passive (7-8)</source>
        <comment>nps_group</comment>
        <translation>中立者（7-8）</translation>
    </message>
    <message>
        <source>Detractor (0-6)</source>
        <comment>nps_group</comment>
        <translation>批评者（0-6）</translation>
    </message>
    <message>
        <source>Major</source>
        <comment>severity</comment>
        <translation>重大</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>severity</comment>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimPage</name>
    <message>
        <source>← Expense claims</source>
        <translation>← 费用申报单</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the claim and all its lines (Ctrl+S)</source>
        <translation>保存申报单及其全部明细（Ctrl+S）</translation>
    </message>
    <message>
        <source>Unsaved expense claim</source>
        <translation>费用申报单未保存</translation>
    </message>
    <message>
        <source>The expense claim has changes that are not saved. Save them?</source>
        <translation>费用申报单有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>费用申报单</translation>
    </message>
    <message numerus="yes">
        <source>%n gift or hospitality line(s) over RMB 200.00 declared.</source>
        <translation>
            <numerusform>已申报 %n 笔超过 RMB 200.00 的礼物或招待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) paid by the customer (gift or hospitality over RMB 200.00) must be declared to 王婧: enter &quot;Gifts declared on&quot; and &quot;Declared to&quot; above. The task cannot close until then.</source>
        <translation>
            <numerusform>%n 笔由客户支付的明细（超过 RMB 200.00 的礼物或招待）须向王婧申报：请在上方填写“礼物申报日期”与“申报对象”。申报前任务不能结案。</numerusform>
        </translation>
    </message>
    <message>
        <source>New expense claim (QEF-10-05)</source>
        <translation>新建费用申报单（QEF-10-05）</translation>
    </message>
    <message>
        <source>Expense claim (QEF-10-05)</source>
        <translation>费用申报单（QEF-10-05）</translation>
    </message>
    <message>
        <source>The claim was not saved: %1</source>
        <translation>申报单未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the claim and its %n line(s).</source>
        <translation>
            <numerusform>已保存：申报单及其 %n 笔明细。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview and print this claim (Ctrl+P)</source>
        <translation>预览并打印此申报单（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimScreens</name>
    <message>
        <source>A gift or hospitality paid by the customer over RMB 200.00 is not declared yet.</source>
        <translation>有超过 RMB 200.00、由客户支付的礼物或招待尚未申报。</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimWriter</name>
    <message>
        <source>The lines of the claim cannot be read: %1</source>
        <translation>无法读取申报单明细：%1</translation>
    </message>
    <message>
        <source>The gift declarations cannot be read: %1</source>
        <translation>无法读取礼物申报记录：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Line %1 — %2</source>
        <translation>第 %1 行 — %2</translation>
    </message>
    <message>
        <source>Declared to: gifts and hospitality are declared to administration (王婧); choose a person with the administration role.</source>
        <translation>申报对象：礼物与招待须向行政（王婧）申报；请选择具有行政角色的人员。</translation>
    </message>
</context>
<context>
    <name>ExpenseLineDelegate</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. 280.00</source>
        <translation>例如 280.00</translation>
    </message>
</context>
<context>
    <name>ExpenseLineModel</name>
    <message>
        <source>(report %1)</source>
        <translation>（日报 %1）</translation>
    </message>
    <message>
        <source>A gift or hospitality paid by the customer over RMB 200.00: declare it to 王婧 (administration), SOP-10 §5.3.1.3.</source>
        <translation>超过 RMB 200.00、由客户支付的礼物或招待：须向王婧（行政）申报，SOP-10 §5.3.1.3。</translation>
    </message>
    <message>
        <source>Taken over from the daily report of %1</source>
        <translation>取自 %1 的日报</translation>
    </message>
    <message>
        <source>%1 ⚑</source>
        <translation>%1 ⚑</translation>
    </message>
    <message>
        <source>To be declared (gift or hospitality paid by the customer over RMB 200.00)</source>
        <translation>待申报（超过 RMB 200.00、由客户支付的礼物或招待）</translation>
    </message>
</context>
<context>
    <name>ExpenseLinesPanel</name>
    <message>
        <source>Tab moves across the cells; Enter on the last line starts a new one; F2 or typing edits a cell; Ctrl+Delete removes the line.</source>
        <translation>Tab 在单元格间移动；在最后一行按 Enter 新增一行；按 F2 或直接输入即可编辑；Ctrl+Delete 删除该行。</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增明细</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Company-paid total: RMB %1</source>
        <translation>公司付款合计：RMB %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>ExpenseRowsEditor</name>
    <message>
        <source>Add expense</source>
        <translation>新增花费</translation>
    </message>
    <message>
        <source>Another expense of the day (Ctrl+Shift+E)</source>
        <translation>当日另一笔花费（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Item, e.g. 高铁 上海—无锡</source>
        <translation>项目，例如：高铁 上海—无锡</translation>
    </message>
    <message>
        <source>RMB 0.00</source>
        <translation>RMB 0.00</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Remove this expense</source>
        <translation>删除这笔花费</translation>
    </message>
    <message>
        <source>This expense is on a submitted expense claim; change it there.</source>
        <translation>这笔花费已在提交的费用申报单上；请在申报单中修改。</translation>
    </message>
    <message>
        <source>Paid by the company: RMB %1 · by the customer: RMB %2</source>
        <translation>公司付：RMB %1 · 客户付：RMB %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首单日期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>认证日期</translation>
    </message>
    <message>
        <source>Last refresher</source>
        <translation>上次复训</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>Non-compete signed</source>
        <translation>已签竞业协议</translation>
    </message>
    <message>
        <source>Assessment passed</source>
        <translation>已通过评估</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>签署方</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>范本版本</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Scanned copy</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Task number</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>需求时间</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>复杂度</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>计划天数</translation>
    </message>
    <message>
        <source>Know-how risk</source>
        <translation>Know-how 风险</translation>
    </message>
    <message>
        <source>Safety risk</source>
        <translation>安全风险</translation>
    </message>
    <message>
        <source>Commercial value</source>
        <translation>商业价值</translation>
    </message>
    <message>
        <source>Remote alternative</source>
        <translation>替代方案（远端）</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大客诉</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>派员人员</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Left the site at</source>
        <translation>离开现场时间</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation>所需核准</translation>
    </message>
    <message>
        <source>Service report due</source>
        <translation>服务报告期限</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>NDA required</source>
        <translation>须签 NDA</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Approval level</source>
        <translation>核准层级</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Meeting at</source>
        <translation>说明会时间</translation>
    </message>
    <message>
        <source>Departure at</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Customer background and history</source>
        <translation>客户背景与历史交易</translation>
    </message>
    <message>
        <source>Measurable objectives</source>
        <translation>派员目标（可衡量）</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>时程与行程</translation>
    </message>
    <message>
        <source>Know-how boundary notes</source>
        <translation>Know-how 防护边界说明</translation>
    </message>
    <message>
        <source>Know-how boundary acknowledged</source>
        <translation>已确认 Know-how 防护边界</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>安全风险与 PPE</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>应急联络</translation>
    </message>
    <message>
        <source>Customer special requirements</source>
        <translation>客户特殊要求</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <translation>到达时间、地点与接待人</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure, safety training</source>
        <translation>现场 PPE、入厂程序、安全培训</translation>
    </message>
    <message>
        <source>Pre-trip confirmations</source>
        <translation>行前对接确认</translation>
    </message>
    <message>
        <source>Briefing pack read at</source>
        <translation>简报阅读时间</translation>
    </message>
    <message>
        <source>PPE</source>
        <translation>PPE</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>派员</translation>
    </message>
    <message>
        <source>Today&apos;s work (time slots)</source>
        <translation>今日工作（按时段）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s plan</source>
        <translation>明日计划</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>需公司支持</translation>
    </message>
    <message>
        <source>Support asked from</source>
        <translation>请求支持对象</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Late (after 17:00)</source>
        <translation>迟交（17:00 后）</translation>
    </message>
    <message>
        <source>Anomaly type</source>
        <translation>异常类型</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通报人</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>通报时间</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>通报方式</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>异常经过</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>已采取的处置</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>通报期限</translation>
    </message>
    <message>
        <source>Notification overdue</source>
        <translation>逾期未通报</translation>
    </message>
    <message>
        <source>1. Task summary (objectives vs achieved)</source>
        <translation>1. 任务摘要（任务目标 vs 达成）</translation>
    </message>
    <message>
        <source>2. Site situation</source>
        <translation>2. 现场状况</translation>
    </message>
    <message>
        <source>3. Solutions and follow-ups</source>
        <translation>3. 解决方案与后续追踪</translation>
    </message>
    <message>
        <source>4. Customer feedback</source>
        <translation>4. 客户反馈</translation>
    </message>
    <message>
        <source>Satisfaction (1-10)</source>
        <translation>满意度（1-10 分）</translation>
    </message>
    <message>
        <source>5. Improvement suggestions</source>
        <translation>5. 改进建议</translation>
    </message>
    <message>
        <source>6. Know-how feedback</source>
        <translation>6. Know-how 回馈</translation>
    </message>
    <message>
        <source>7. Financial settlement</source>
        <translation>7. 财务结算</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Signed within 3 working days</source>
        <translation>3 个工作日内签字</translation>
    </message>
    <message>
        <source>Expenses reimbursed (QEF-10-05)</source>
        <translation>报销费用（QEF-10-05）</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>客户对接人</translation>
    </message>
    <message>
        <source>Would recommend us (NPS 0-10)</source>
        <translation>推荐意愿（NPS 0-10 分）</translation>
    </message>
    <message>
        <source>Engineer performance</source>
        <translation>派员表现</translation>
    </message>
    <message>
        <source>Further needs</source>
        <translation>后续需求</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>Improvement follow-up due</source>
        <translation>改进追踪期限</translation>
    </message>
    <message>
        <source>Improvement completed on</source>
        <translation>改进完成日期</translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation>NPS 分组</translation>
    </message>
    <message>
        <source>Improvement plan required</source>
        <translation>须制定改进计划</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>申报人</translation>
    </message>
    <message>
        <source>Gifts declared on</source>
        <translation>礼物申报日期</translation>
    </message>
    <message>
        <source>Declared to</source>
        <translation>申报对象</translation>
    </message>
    <message>
        <source>Total reimbursed</source>
        <translation>报销合计</translation>
    </message>
    <message>
        <source>Gift declaration pending</source>
        <translation>礼物待申报</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>费用申报单</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount (RMB)</source>
        <translation>金额（人民币）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Declaration required (&gt; RMB 200)</source>
        <translation>须申报（&gt; RMB 200）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>关联任务</translation>
    </message>
    <message>
        <source>From report</source>
        <translation>来源报告</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>已完成培训</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Pending number</source>
        <translation>待分配编号</translation>
    </message>
    <message>
        <source>Corrects report</source>
        <translation>更正的日报</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Dispatch concerned</source>
        <translation>相关派员</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客诉内容</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>首次回应时间</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>First response due (4 h)</source>
        <translation>首次回应期限（4 小时）</translation>
    </message>
    <message>
        <source>First response overdue</source>
        <translation>首次回应逾期</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>What leaked and how</source>
        <translation>外泄内容与方式</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Figures (frozen when signed)</source>
        <translation>数据（签署时冻结）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Arrived on site at</source>
        <translation>到达现场时间</translation>
    </message>
    <message>
        <source>Proactive dispatch</source>
        <translation>主动派员</translation>
    </message>
    <message>
        <source>Committed arrival</source>
        <translation>承诺到达时间</translation>
    </message>
    <message>
        <source>Arrived on time</source>
        <translation>准时到达</translation>
    </message>
    <message>
        <source>Approver&apos;s key</source>
        <translation>审批人密钥</translation>
    </message>
    <message>
        <source>Approver&apos;s key signature</source>
        <translation>审批人密钥签名</translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record %1, %2 (%3)</source>
        <translation>记录 %1，%2（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>文字有 %1 个字符，最多允许 %2 个。请缩短。</translation>
    </message>
    <message>
        <source>this field is required; enter a value.</source>
        <translation>此栏必填；请输入内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the expected form %2.</source>
        <translation>“%1”不符合格式 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use the form 2026-11-20.</source>
        <translation>“%1”不是日期；请使用 2026-11-20 的格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with offset; use the form 2026-11-20T17:00:00+08:00.</source>
        <translation>“%1”不是带时区的日期时间；请使用 2026-11-20T17:00:00+08:00 的格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose one of %2.</source>
        <translation>不允许“%1”；请从 %2 中选一个。</translation>
    </message>
    <message>
        <source>the value must be true or false.</source>
        <translation>值必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be more than %2 and at most %3.</source>
        <translation>“%1”必须大于 %2 且不超过 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the allowed range %2 to %3.</source>
        <translation>“%1”超出允许范围 %2 至 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id (UUID).</source>
        <translation>“%1”不是记录编号（UUID）。</translation>
    </message>
    <message>
        <source>the value must be a list.</source>
        <translation>值必须是列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose from %2.</source>
        <translation>不允许“%1”；请从 %2 中选择。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”重复列出。</translation>
    </message>
    <message>
        <source>choose at least one.</source>
        <translation>请至少选择一项。</translation>
    </message>
    <message>
        <source>the value must be a number.</source>
        <translation>值必须是数字。</translation>
    </message>
    <message>
        <source>the value must be text.</source>
        <translation>值必须是文字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; enter a whole number from %2 to %3.</source>
        <translation>“%1”不是整数；请输入 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>the amount is not a whole number of fen.</source>
        <translation>金额不是整数分。</translation>
    </message>
    <message>
        <source>%1 is negative; amounts are never negative.</source>
        <translation>%1 是负数；金额不能为负。</translation>
    </message>
    <message>
        <source>%1 is more than RMB %2; check the amount.</source>
        <translation>%1 超过 RMB %2；请检查金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in RMB with exactly two decimals; use the form 280.00.</source>
        <translation>“%1”不是保留两位小数的人民币金额；请使用 280.00 的格式。</translation>
    </message>
    <message>
        <source>the amount must be text with exactly two decimals, e.g. &quot;280.00&quot;.</source>
        <translation>金额必须是保留两位小数的文字，例如“280.00”。</translation>
    </message>
    <message>
        <source>the number is too large; enter a number from %1 to %2.</source>
        <translation>数值过大；请输入 %1 到 %2 之间的数。</translation>
    </message>
    <message>
        <source>the sealed text is damaged.</source>
        <translation>封存的内容已损坏。</translation>
    </message>
</context>
<context>
    <name>FormFieldEditor</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>(record not found: %1)</source>
        <translation>（找不到记录：%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a number; type digits, for example %2.</source>
        <translation>“%1”不是数字；请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose one of the entries offered, or clear the field.</source>
        <translation>“%1”不在列表中；请从提供的选项中选择，或清空此栏。</translation>
    </message>
    <message>
        <source>RMB, e.g. 280.00</source>
        <translation>人民币，例如 280.00</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>The holiday calendar cannot be read: %1</source>
        <translation>无法读取节假日日历：%1</translation>
    </message>
    <message>
        <source>There is no holiday calendar for %1 yet: working-day deadlines in %1 count only weekends. Enter the State Council&apos;s holiday notice for %1 under Holidays (or update Field Desk, which ships it once published).</source>
        <translation>尚无 %1 年节假日日历：%1 年的工作日期限只扣除周末。请在“节假日”中录入国务院 %1 年节假日安排通知（或更新派员服务台，公布后即随附）。</translation>
    </message>
</context>
<context>
    <name>InterchangeExporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>InterchangeImporter</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>文件不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>Every entry of &quot;%1&quot; must be a JSON object.</source>
        <translation>“%1”中的每一项都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>“%2”中的记录 %1 含有未知的键“%3”。</translation>
    </message>
    <message>
        <source>Record %1, %2 (%3): there is no %4 with id %5.</source>
        <translation>记录 %1，%2（%3）：没有编号为 %5 的%4。</translation>
    </message>
    <message>
        <source>The file is not a Field Desk export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>文件不是派员服务台导出文件（“format”必须为“%1”）。</translation>
    </message>
    <message>
        <source>Export format version %1 is not supported; this program reads version %2.</source>
        <translation>不支持导出格式版本 %1；本程序读取版本 %2。</translation>
    </message>
    <message>
        <source>The file has an unknown section &quot;%1&quot;.</source>
        <translation>文件含有未知的部分“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>“%1”必须是记录列表。</translation>
    </message>
    <message>
        <source>Record %1 appears twice in the file.</source>
        <translation>记录 %1 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>Record %1 was deleted in this database and cannot be imported again.</source>
        <translation>记录 %1 在本数据库中已删除，不能再次导入。</translation>
    </message>
    <message>
        <source>Record %1: task number %2 is also used by record %3 in the file.</source>
        <translation>记录 %1：任务编号 %2 在文件中也被记录 %3 使用。</translation>
    </message>
    <message>
        <source>Record %1: &quot;%2&quot; must be a list.</source>
        <translation>记录 %1：“%2”必须是列表。</translation>
    </message>
    <message>
        <source>Record %1: %2 number %3 appears twice in &quot;%4&quot;.</source>
        <translation>记录 %1：%2第 %3 项在“%4”中出现了两次。</translation>
    </message>
    <message>
        <source>Record %1: every entry of &quot;%2&quot; must be a JSON object.</source>
        <translation>记录 %1：“%2”中的每一项都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of its own: write them inside each &quot;%2&quot; record as &quot;%3&quot;.</source>
        <translation>“%1”不是独立的部分：请将其写在每条“%2”记录中，作为“%3”。</translation>
    </message>
    <message>
        <source>Record %1 is signed and locked and cannot be changed (%2); a correction is a new revision.</source>
        <translation>记录 %1 已签字锁定，不能修改（%2）；更正须以新版本记录。</translation>
    </message>
    <message>
        <source>Record %1, %2</source>
        <translation>记录 %1，%2</translation>
    </message>
    <message>
        <source>The file is not a Field Desk export (expected a JSON object, found a list). Import a file written by &quot;export --json&quot;.</source>
        <translation>该文件不是派员服务台的导出文件（应为 JSON 对象，实为列表）。请导入由“export --json”生成的文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most an import reads. Check that it is a Field Desk export; split a larger one by section.</source>
        <translation>%1 大于 %2 MiB，超过导入可读取的上限。请确认它是派员服务台的导出文件；更大的文件请按分区拆分。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Record %1 has no valid &quot;id&quot; (a UUID is required; found %2).</source>
        <translation>记录 %1 没有有效的“id”（须为 UUID；实为 %2）。</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>非文本</translation>
    </message>
    <message>
        <source>Record %1, %2 (level): a file cannot lower a restricted %3 from %4 to %5. Change the level at the desk, where it is logged.</source>
        <translation>记录 %1，%2（level）：文件不能把受限的%3从 %4 降为 %5。请在服务台中修改级别，修改会被记录。</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be the number %1, not %2.</source>
        <translation>文件的“version”必须是数字 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Cannot make a working copy next to %1 to check the import: %2</source>
        <translation>无法在 %1 旁建立用于检查导入的工作副本：%2</translation>
    </message>
    <message>
        <source>An import of %1 started at %2 did not finish: some of its %3 records are written, others and their signatures are not. Import the same file again to complete it.</source>
        <translation>于 %2 开始的 %1 导入未完成：其 %3 条记录中已写入一部分，其余记录及其签名尚未写入。请再次导入同一文件以完成导入。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <source>The import stopped after writing %1 of %2 records: %3 The database is marked as holding an unfinished import; import the same file again to complete it.</source>
        <translation>导入在写入 %2 条记录中的 %1 条后停止：%3 数据库已标记为含有未完成的导入；请再次导入同一文件以完成导入。</translation>
    </message>
</context>
<context>
    <name>KeyInterchange</name>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>“%1”必须是记录列表。</translation>
    </message>
    <message>
        <source>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</source>
        <translation>“%1”中有记录没有有效的“id”（须为 UUID）。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>“%2”中的记录 %1 含有未知键“%3”。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; needs &quot;%3&quot; as text.</source>
        <translation>“%2”中的记录 %1 须以文本提供“%3”。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;: a person&apos;s key never changes; a new key is a new enrolment, confirmed by an administrator.</source>
        <translation>“%2”中的记录 %1 已以不同的“%3”保存：个人密钥不可更改；新密钥须重新登记并经管理员确认。</translation>
    </message>
</context>
<context>
    <name>KeyProofs</name>
    <message>
        <source>%1 must enter their PIN first: this is done in their name.</source>
        <translation>%1 须先输入本人 PIN：此操作以其名义进行。</translation>
    </message>
    <message>
        <source>The key of %1 is not confirmed by an administrator yet: it cannot sign this.</source>
        <translation>%1 的密钥尚未经管理员确认，不能用于签署此项。</translation>
    </message>
    <message>
        <source>The key signature could not be made.</source>
        <translation>无法生成密钥签名。</translation>
    </message>
    <message>
        <source>The lock %1</source>
        <translation>锁定记录 %1</translation>
    </message>
    <message>
        <source>The approval %1</source>
        <translation>审批 %1</translation>
    </message>
    <message>
        <source>The correction %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>%1 does not say who made it: since people have personal keys every correction carries its maker&apos;s key signature.</source>
        <translation>%1 未注明更正人：启用个人密钥后，每次更正都须附更正人的密钥签名。</translation>
    </message>
    <message>
        <source>%1 by %2 carries no signature of their personal key, though they had one: it may be forged.</source>
        <translation>%2 的%1没有其个人密钥签名（其当时已有密钥），可能是伪造的。</translation>
    </message>
    <message>
        <source>%1 by %2 names a key that is not their confirmed key.</source>
        <translation>%2 的%1所注明的密钥不是其已确认的密钥。</translation>
    </message>
    <message>
        <source>%1 by %2 does not verify against their key: it was forged or altered.</source>
        <translation>%2 的%1无法以其密钥验证：已被伪造或篡改。</translation>
    </message>
</context>
<context>
    <name>KnowhowAccess</name>
    <message>
        <source>The person chosen at this desk is not in this database, so this L3 entry stays closed. Choose yourself under File › Settings.</source>
        <translation>所选的本机使用人不在此数据库中，因此此 L3 条目保持关闭。请在“文件 › 设置”中选择您自己。</translation>
    </message>
    <message>
        <source>%1 left on %2; access to L3 know-how ended that day.</source>
        <translation>%1 已于 %2 离职；其 L3 know-how 权限已于当日终止。</translation>
    </message>
    <message>
        <source>%1 is not assigned to any task linked to this L3 entry.</source>
        <translation>%1 未被指派到与此 L3 条目关联的任何任务。</translation>
    </message>
    <message>
        <source>Nobody has entered their PIN at this desk, so this L3 entry stays closed. Enter yours under File › Settings › People at this desk.</source>
        <translation>本机尚无人输入 PIN，此 L3 条目保持关闭。请在 文件 › 设置 › 本机人员 中输入您的 PIN。</translation>
    </message>
</context>
<context>
    <name>KnowhowBoundary</name>
    <message>
        <source>Product specification</source>
        <translation>产品规格</translation>
    </message>
    <message>
        <source>Published specifications</source>
        <translation>公开规格</translation>
    </message>
    <message>
        <source>Detailed formulations</source>
        <translation>详细配方</translation>
    </message>
    <message>
        <source>Operating advice</source>
        <translation>操作建议</translation>
    </message>
    <message>
        <source>Recommended ranges</source>
        <translation>建议范围</translation>
    </message>
    <message>
        <source>Key parameters (e.g. exact temperatures)</source>
        <translation>关键参数（如温度精确值）</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>故障排除</translation>
    </message>
    <message>
        <source>How to deal with it</source>
        <translation>处置方法</translation>
    </message>
    <message>
        <source>Anything that allows reverse engineering</source>
        <translation>任何可供反向工程的信息</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供应链</translation>
    </message>
    <message>
        <source>Common raw materials</source>
        <translation>一般原料</translation>
    </message>
    <message>
        <source>Names of key suppliers</source>
        <translation>关键供应商名</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Prices are not discussed (left to sales)</source>
        <translation>不讨论价格（留给业务）</translation>
    </message>
    <message>
        <source>Same as at left</source>
        <translation>同左</translation>
    </message>
</context>
<context>
    <name>KnowhowBoundaryPanel</name>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>May say</source>
        <translation>可讲</translation>
    </message>
    <message>
        <source>May not say</source>
        <translation>不可讲</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.1.2; details in SOP-17 know-how control.</source>
        <translation>SOP-10 §5.3.1.2；详见 SOP-17 know-how 管控程序。</translation>
    </message>
    <message>
        <source>Further boundaries for this task:</source>
        <translation>本任务的其他防护边界：</translation>
    </message>
    <message>
        <source>e.g. give the recommended range only, never the exact bath temperature</source>
        <translation>例如：只讲建议范围，绝不讲精确的槽液温度</translation>
    </message>
    <message>
        <source>The engineer has gone through this boundary and keeps to it on site</source>
        <translation>派员已逐项了解此防护边界，并在现场遵守</translation>
    </message>
</context>
<context>
    <name>KnowhowScreens</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>This know-how entry cannot be opened: %1</source>
        <translation>无法打开此知识库条目：%1</translation>
    </message>
    <message>
        <source>This is an L3 restricted know-how entry (SOP-15 §8.2). %1</source>
        <translation>这是 L3 受限级 know-how 条目（SOP-15 §8.2）。%1</translation>
    </message>
    <message>
        <source>Only Robert, KC and the engineers of its linked tasks may open it.</source>
        <translation>仅 Robert、KC 及其关联任务的派员可查看。</translation>
    </message>
    <message>
        <source>It may be opened by: %1.</source>
        <translation>可查看的人员：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This refusal is recorded in the audit log.</source>
        <translation>此次拒绝已写入审计记录。</translation>
    </message>
    <message>
        <source>Know-how entry not opened</source>
        <translation>知识库条目未打开</translation>
    </message>
    <message>
        <source>L3: only Robert, KC and the engineers of the linked tasks may open it; every opening is audited, it is never searched, and its content is stored sealed to their personal keys.</source>
        <translation>L3：仅 Robert、KC 及关联任务的派员可打开；每次打开均记入审计日志，不会被搜索，其内容以他们的个人密钥封存保存。</translation>
    </message>
    <message>
        <source>This L3 know-how entry was not opened: %1</source>
        <translation>未打开此 L3 知识条目：%1</translation>
    </message>
    <message>
        <source>enter your PIN first.</source>
        <translation>请先输入您的 PIN。</translation>
    </message>
    <message>
        <source>Stored sealed; readable by: %1.</source>
        <translation>已封存保存；可阅读者：%1。</translation>
    </message>
    <message>
        <source>Allowed but without a confirmed personal key, so not able to read it until they enrol: %1.</source>
        <translation>有权阅读但尚无已确认的个人密钥、登记前无法阅读：%1。</translation>
    </message>
    <message>
        <source>Open an L3 know-how entry</source>
        <translation>打开 L3 知识条目</translation>
    </message>
    <message>
        <source>Who opens it? Its text opens with your personal key after your PIN; the opening is recorded in your name.</source>
        <translation>由谁打开？输入 PIN 后以您的个人密钥打开内容；此次打开以您的名义记录。</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Target %1 · %2</source>
        <translation>目标 %1 · %2</translation>
    </message>
    <message>
        <source>no comparison with %1</source>
        <translation>无法与 %1 对比</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>NPS by customer tier</source>
        <translation>按客户等级的 NPS</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入分子</translation>
    </message>
    <message>
        <source>Click a card for its trend and the records behind it; click a bar for that period&apos;s records; double-click a record to open it.</source>
        <translation>点击卡片查看趋势及其依据记录；点击柱形查看该期间的记录；双击记录打开表单。</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1（进行中）</translation>
    </message>
    <message>
        <source>KPIs %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <source>%1: the last %2 periods</source>
        <translation>%1：最近 %2 期</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>推荐者（9-10）</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>被动者（7-8）</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>贬损者（0-6）</translation>
    </message>
    <message>
        <source>Records behind %1 %2: %3</source>
        <translation>%1 %2 的依据记录：%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no records in this period</source>
        <translation>本期间无记录</translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>The KPI figures could not be read: %1</source>
        <translation>无法读取 KPI 数据：%1</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>On-time dispatch rate</source>
        <translation>派员准时率</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Know-how leak incidents</source>
        <translation>Know-how 外泄事件</translation>
    </message>
    <message>
        <source>Complaint rate after service</source>
        <translation>服务后客诉率</translation>
    </message>
    <message>
        <source>Service reports within 3 working days</source>
        <translation>3 个工作日内服务报告</translation>
    </message>
    <message>
        <source>Strategic customers visited proactively</source>
        <translation>战略客户主动派员</translation>
    </message>
    <message>
        <source>NPS overall</source>
        <translation>NPS 整体</translation>
    </message>
    <message>
        <source>NPS tier A</source>
        <translation>NPS A 级</translation>
    </message>
    <message>
        <source>NPS tier B</source>
        <translation>NPS B 级</translation>
    </message>
    <message>
        <source>Dispatches that arrived no later than committed (urgent P0 24 h, P1 48 h after the request; otherwise the planned start day) ÷ dispatches that arrived.</source>
        <translation>不晚于承诺时间到达现场的派员（紧急客诉 P0 需求后 24 小时、P1 48 小时；其他类型为计划开始日当天）÷ 到达现场的派员。</translation>
    </message>
    <message>
        <source>Average satisfaction of the call-backs made in the period.</source>
        <translation>期间内客户回访满意度的平均值。</translation>
    </message>
    <message>
        <source>Know-how incidents found in the period.</source>
        <translation>期间内发现的 know-how 外泄事件数。</translation>
    </message>
    <message>
        <source>Complaints received that name a dispatch ÷ dispatches that left the site.</source>
        <translation>指明派员的客诉 ÷ 离开现场的派员。</translation>
    </message>
    <message>
        <source>Service reports signed on or before their due day ÷ tasks whose report was due in the period.</source>
        <translation>在到期日当天或之前签署的服务报告 ÷ 报告到期日在期间内的任务。</translation>
    </message>
    <message>
        <source>Tier-A customers with a proactive dispatch that arrived ÷ tier-A customers.</source>
        <translation>有主动派员到达现场的 A 级客户 ÷ A 级客户。</translation>
    </message>
    <message>
        <source>% promoters (9-10) − % detractors (0-6) of the call-backs&apos; NPS answers; passives count in the number of answers.</source>
        <translation>回访 NPS 回答中推荐者（9-10）% − 贬损者（0-6）%；被动者计入回答数。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call-back(s)</source>
        <translation>
            <numerusform>%n 次回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n 个回答</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1（对比 %2）</translation>
    </message>
</context>
<context>
    <name>L3Seal</name>
    <message>
        <source>The sealed L3 text of %1 is damaged.</source>
        <translation>%1 的封存 L3 内容已损坏。</translation>
    </message>
    <message>
        <source>The L3 text cannot be stored: none of the people allowed to read it (%1) has a confirmed personal key to seal it to. Enrol one of them first (File › Settings › People at this desk).</source>
        <translation>无法保存该 L3 内容：有权阅读的人员（%1）都没有已确认的个人密钥可供封存。请先为其中一人登记密钥（文件 › 设置 › 本机人员）。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Its text is sealed: open the entry (with your PIN) before lowering its level, so the text can be written in clear.</source>
        <translation>其内容已封存：请先（输入 PIN）打开该条目，再降低其级别，以便以明文写入内容。</translation>
    </message>
    <message>
        <source>The L3 text of %1 could not be sealed.</source>
        <translation>无法封存 %1 的 L3 内容。</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPage</name>
    <message>
        <source>Search know-how, daily reports and service reports (e.g. 膜厚 or viscosity)</source>
        <translation>搜索知识库、日报与服务报告（例如：膜厚 或 viscosity）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>匹配之处</translation>
    </message>
    <message>
        <source>L3 restricted entries are never searched: open them from the list if you are allowed to.</source>
        <translation>L3 受限级条目不参与搜索：如有权限，请从列表中打开。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Chinese needs at least two characters.</source>
        <translation>没有找到与“%1”相关的内容。中文至少需要输入两个字。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found; double-click or Enter opens one.</source>
        <translation>
            <numerusform>找到 %n 条记录；双击或按 Enter 即可打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Field Desk is locked</source>
        <translation>派员服务台已锁定</translation>
    </message>
    <message>
        <source>The database is closed and its content is hidden until the passphrase is typed again.</source>
        <translation>数据库已关闭，内容已隐藏，重新输入口令后才会显示。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Field Desk</source>
        <translation>关于派员服务台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Lithera Field Desk — %1</source>
        <translation>Lithera 派员服务台 — %1</translation>
    </message>
    <message>
        <source>Encrypted database: %1</source>
        <translation>加密数据库：%1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>已锁定 — %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>数据库已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field Desk locked itself after %n minute(s) without use and closed the database. Type the passphrase to continue.</source>
        <translation>
            <numerusform>派员服务台在 %n 分钟无操作后自动锁定，并关闭了数据库。请输入口令继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Field Desk will use the new language the next time it starts.</source>
        <translation>派员服务台下次启动时将使用新的语言。</translation>
    </message>
    <message>
        <source>About Field Desk</source>
        <translation>关于派员服务台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lithera Field Desk %1&lt;/h3&gt;&lt;p&gt;The field engineering service desk of Lithera, following LITHERA-SOP-10 v2 and SOP-15.&lt;/p&gt;&lt;p&gt;Records are kept in an encrypted SQLCipher database%2; printed, signed paper copies remain the archive of record.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lithera 派员服务台 %1&lt;/h3&gt;&lt;p&gt;Lithera 的派员技术服务台，依据 LITHERA-SOP-10 v2 与 SOP-15。&lt;/p&gt;&lt;p&gt;记录保存在加密的 SQLCipher 数据库中%2；打印并签字的纸本仍是正式归档。&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (SQLCipher %1)</source>
        <translation>（SQLCipher %1）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>About this area</source>
        <translation>关于此区域</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Select a record in the list to print it.</source>
        <translation>请先在列表中选择要打印的记录。</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Batch Print…</source>
        <translation>批量打印(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify a Paper Copy…</source>
        <translation>核验纸本(&amp;V)…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>%1 is negative; amounts are never negative. Enter what was paid, e.g. 280.00.</source>
        <translation>%1 是负数；金额不能为负。请输入实际支付的金额，例如 280.00。</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals; RMB amounts are whole fen, e.g. 280.05.</source>
        <translation>“%1”超过两位小数；人民币金额精确到分，例如 280.05。</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type yuan with up to two decimals, e.g. 280.00 (no thousands separators or currency signs).</source>
        <translation>“%1”不是金额；请输入最多两位小数的元数，例如 280.00（不要加千位分隔符或货币符号）。</translation>
    </message>
</context>
<context>
    <name>MonthlyReview</name>
    <message>
        <source>A monthly review needs a month such as 2026-11.</source>
        <translation>月度汇总需要一个月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>The figures stored in the monthly review %1 cannot be read.</source>
        <translation>无法读取月度汇总 %1 中保存的数据。</translation>
    </message>
    <message>
        <source>The monthly reviews could not be read: %1</source>
        <translation>无法读取月度汇总：%1</translation>
    </message>
    <message>
        <source>The cases of %1 could not be read.</source>
        <translation>无法读取 %1 的案例。</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Uncheck to leave the field empty</source>
        <translation>取消勾选即可让此栏留空</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is part of the database or its shared folder and is never written over. Choose a file in another folder.</source>
        <translation>%1 属于数据库或其共享文件夹，永不覆盖。请选择其他文件夹中的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 是文件夹。请选择文件名。</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose a new file name, or give --force to replace it.</source>
        <translation>%1 已存在，未作改动。请选择新文件名，或加 --force 替换它。</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only. Delete it: it holds a key.</source>
        <translation>无法将 %1 设为仅所有者可读。请删除它：其中含有密钥。</translation>
    </message>
</context>
<context>
    <name>PaperSignatureCheck</name>
    <message>
        <source>unknown key %1</source>
        <translation>未知密钥 %1</translation>
    </message>
    <message>
        <source>The key %1 is not a confirmed key of the team.</source>
        <translation>密钥 %1 不是团队已确认的密钥。</translation>
    </message>
    <message>
        <source>The signature of %1 does not match this record, revision and content: the paper was altered or the signature forged.</source>
        <translation>%1 的签名与此记录、版本及内容不符：纸本已被改动或签名系伪造。</translation>
    </message>
    <message>
        <source>Signed by %1 as %2 on %3: valid.</source>
        <translation>%1 以 %2 身份于 %3 签名：有效。</translation>
    </message>
    <message>
        <source>Signature of %1 as %2: NOT VALID. %3</source>
        <translation>%1 以 %2 身份的签名：无效。%3</translation>
    </message>
</context>
<context>
    <name>PaperVerification</name>
    <message>
        <source>This is not a Field Desk paper code. It looks like FD1:&lt;record id&gt;:&lt;revision&gt;:&lt;12 hex digits&gt;; check what was typed.</source>
        <translation>这不是派员服务台的纸本代码。正确格式为 FD1:&lt;记录编号&gt;:&lt;版本&gt;:&lt;12 位十六进制数&gt;；请检查输入内容。</translation>
    </message>
    <message>
        <source>Record %1 is not in this database. The paper may come from another desk that has not synced yet, or the code was mistyped.</source>
        <translation>记录 %1 不在此数据库中。该纸本可能来自尚未同步的其他服务台，或代码输入有误。</translation>
    </message>
    <message>
        <source>This paper does not match the signed %1 (revision %2, code %3): it was altered or printed from something else. Do not file it; print the record again.</source>
        <translation>此纸本与已签字的%1（第 %2 版，代码 %3）不符：已被改动，或由其他内容打印。请勿归档；请重新打印该记录。</translation>
    </message>
    <message>
        <source>This paper does not match the %1 as it is now: it was printed from an earlier, unsigned draft (or altered). Print the record again.</source>
        <translation>此纸本与%1的当前内容不符：它是由较早的未签字草稿打印的（或已被改动）。请重新打印该记录。</translation>
    </message>
    <message>
        <source>This paper is revision %1 of the %2, which was corrected: the current one is revision %3 (record %4). File it as superseded and use the current one.</source>
        <translation>此纸本是%2的第 %1 版，该版已被更正：当前为第 %3 版（记录 %4）。请将其作为已取代版本归档，并使用当前版本。</translation>
    </message>
    <message>
        <source>This paper is the current, signed revision %1 of the %2.</source>
        <translation>此纸本是%2当前已签字的第 %1 版。</translation>
    </message>
    <message>
        <source>This paper matches the current revision %1 of the %2, which is not signed yet: it is a draft copy.</source>
        <translation>此纸本与%2当前的第 %1 版相符，但该版尚未签字：这是草稿副本。</translation>
    </message>
</context>
<context>
    <name>PeopleKeys</name>
    <message>
        <source>A person&apos;s key cannot be edited or removed: a new key is a new enrolment, confirmed by an administrator.</source>
        <translation>个人密钥不能修改或删除：新密钥须重新登记，并由管理员确认。</translation>
    </message>
    <message>
        <source>The key enrolment %1 is not signed by its own key: it was forged or altered.</source>
        <translation>密钥登记 %1 未由其自身密钥签署：已被伪造或改动。</translation>
    </message>
    <message>
        <source>The key confirmation %1 carries no valid signature.</source>
        <translation>密钥确认 %1 不带有效签名。</translation>
    </message>
    <message>
        <source>The key confirmation %1 does not verify against the confirming administrator&apos;s key.</source>
        <translation>密钥确认 %1 与确认管理员的密钥核对不符。</translation>
    </message>
    <message>
        <source>The personal keys could not be made.</source>
        <translation>无法生成个人密钥。</translation>
    </message>
    <message>
        <source>There is no person %1 in the people registry.</source>
        <translation>人员名册中没有 %1。</translation>
    </message>
    <message>
        <source>%1 has left Lithera and cannot enrol a key.</source>
        <translation>%1 已离职，不能登记密钥。</translation>
    </message>
    <message>
        <source>%1 has no key at this desk: enrol first (Settings › People at this desk, or fielddesk-cli people enrol).</source>
        <translation>%1 在本机没有密钥：请先登记（设置 › 本机人员，或 fielddesk-cli people enrol）。</translation>
    </message>
    <message>
        <source>%1 has left Lithera: their key no longer opens.</source>
        <translation>%1 已离职：其密钥不再能打开。</translation>
    </message>
    <message>
        <source>The stored key is damaged.</source>
        <translation>存储的密钥已损坏。</translation>
    </message>
    <message>
        <source>The enrolment of this key is missing from the people registry.</source>
        <translation>人员名册中缺少此密钥的登记。</translation>
    </message>
    <message>
        <source>The stored key does not match the registered one.</source>
        <translation>存储的密钥与登记的不符。</translation>
    </message>
    <message>
        <source>Enter the current PIN first.</source>
        <translation>请先输入当前 PIN。</translation>
    </message>
    <message>
        <source>An administrator must enter their PIN to confirm a key.</source>
        <translation>管理员须输入其 PIN 才能确认密钥。</translation>
    </message>
    <message>
        <source>%1 cannot confirm keys: only an administrator (administration or the general manager) with a confirmed key can.</source>
        <translation>%1 不能确认密钥：只有持已确认密钥的管理员（行政或总经理）可以。</translation>
    </message>
    <message>
        <source>%1 has no key waiting for confirmation.</source>
        <translation>%1 没有待确认的密钥。</translation>
    </message>
    <message>
        <source>%1 has no confirmed key.</source>
        <translation>%1 没有已确认的密钥。</translation>
    </message>
</context>
<context>
    <name>PeopleKeysPanel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Enter &amp;PIN…</source>
        <translation>输入 PIN(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>登记(&amp;E)…</translation>
    </message>
    <message>
        <source>Con&amp;firm key…</source>
        <translation>确认密钥(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;hange PIN…</source>
        <translation>更改 PIN(&amp;H)…</translation>
    </message>
    <message>
        <source>Open a database to see its people.</source>
        <translation>请打开数据库以查看其人员。</translation>
    </message>
    <message>
        <source>Nobody has entered their PIN since the desk was unlocked. Signing, approving and opening protected know-how ask for it.</source>
        <translation>本机解锁后尚无人输入 PIN。签名、核准及打开受保护的 know-how 时会要求输入。</translation>
    </message>
    <message>
        <source>Acting at this desk: &lt;b&gt;%1&lt;/b&gt; (PIN entered; asked again after the desk locks).</source>
        <translation>本机当前操作人：&lt;b&gt;%1&lt;/b&gt;（已输入 PIN；本机锁定后须重新输入）。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> · at this desk</source>
        <translation> · 在本机</translation>
    </message>
    <message>
        <source> · PIN entered</source>
        <translation> · 已输入 PIN</translation>
    </message>
    <message>
        <source>Confirm key</source>
        <translation>确认密钥</translation>
    </message>
    <message>
        <source>An administrator confirms keys: select yourself, choose &quot;Enter PIN…&quot;, then confirm.</source>
        <translation>密钥由管理员确认：请选中您自己，点“输入 PIN…”，然后再确认。</translation>
    </message>
    <message>
        <source>Confirm the key %1 of %2 as %3? Compare the key id with the one %2 sees at their desk.</source>
        <translation>以 %3 身份确认 %2 的密钥 %1？请与 %2 在其本机看到的密钥 ID 核对。</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>更改 PIN</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>新 PIN：</translation>
    </message>
    <message>
        <source>Repeat the new PIN:</source>
        <translation>再次输入新 PIN：</translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was changed.</source>
        <translation>两次输入的 PIN 不同，未作任何更改。</translation>
    </message>
    <message>
        <source>The PIN was changed.</source>
        <translation>PIN 已更改。</translation>
    </message>
</context>
<context>
    <name>PersonalKeys</name>
    <message>
        <source>The personal keys could not be made (OpenSSL).</source>
        <translation>无法生成个人密钥（OpenSSL）。</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 characters.</source>
        <translation>PIN 至少须有 %1 个字符。</translation>
    </message>
    <message>
        <source>Wrong PIN, or the key belongs to someone else.</source>
        <translation>PIN 错误，或密钥属于他人。</translation>
    </message>
    <message>
        <source>This sealed text is not for this person&apos;s key.</source>
        <translation>此密封内容不是为此人的密钥所封。</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Enter your PIN</source>
        <translation>输入您的 PIN</translation>
    </message>
    <message>
        <source>%1, enter your personal PIN to sign, approve or open protected know-how at this desk. It is asked once until the desk locks.</source>
        <translation>%1，请输入您的个人 PIN，以便在本机签名、核准或打开受保护的 know-how。在本机锁定前只需输入一次。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核对 PIN…</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again; a forgotten PIN is replaced by enrolling again.</source>
        <translation>PIN 错误。请重试；忘记 PIN 须重新登记密钥。</translation>
    </message>
</context>
<context>
    <name>PlausibleDates</name>
    <message>
        <source>%1 lies outside %2 to %3; check the year.</source>
        <translation>%1 不在 %2 至 %3 之间；请检查年份。</translation>
    </message>
</context>
<context>
    <name>PpePanel</name>
    <message>
        <source>Safety notes for this site:</source>
        <translation>本现场的安全注意事项：</translation>
    </message>
    <message>
        <source>e.g. HF area: always two people, eye-wash station at gate 2</source>
        <translation>例如：HF 区域须两人同行，洗眼器在 2 号门</translation>
    </message>
    <message>
        <source>The task has no safety risk assessed yet, so no PPE can be derived; assess the task first (SOP-10 §5.2.2).</source>
        <translation>任务尚未评估安全风险，因此无法得出 PPE；请先评估任务（SOP-10 §5.2.2）。</translation>
    </message>
    <message>
        <source>Safety risk &lt;b&gt;%1&lt;/b&gt; (from the assessment). Required PPE, cumulative by SOP-10 §5.2.7:</source>
        <translation>安全风险&lt;b&gt;%1&lt;/b&gt;（来自评估）。所需 PPE，按 SOP-10 §5.2.7 逐级累加：</translation>
    </message>
    <message>
        <source>HF site: carry the first-aid kit with 25 % calcium gluconate gel at all times.</source>
        <translation>HF 端：须随身携带 HF 急救药盒（25% 葡萄糖酸钙凝胶）。</translation>
    </message>
</context>
<context>
    <name>PpeRule</name>
    <message>
        <source>Safety shoes</source>
        <translation>安全鞋</translation>
    </message>
    <message>
        <source>Safety helmet</source>
        <translation>安全帽</translation>
    </message>
    <message>
        <source>Work clothes</source>
        <translation>工作服</translation>
    </message>
    <message>
        <source>Chemical-resistant gloves</source>
        <translation>防化手套</translation>
    </message>
    <message>
        <source>Goggles</source>
        <translation>护目镜</translation>
    </message>
    <message>
        <source>Respirator mask</source>
        <translation>防毒口罩</translation>
    </message>
    <message>
        <source>Chemical protective suit</source>
        <translation>防化服</translation>
    </message>
    <message>
        <source>Full-face respirator</source>
        <translation>全面型呼吸器</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>应急联络卡</translation>
    </message>
    <message>
        <source>HF first-aid kit (25 % calcium gluconate gel)</source>
        <translation>HF 急救药盒（25% 葡萄糖酸钙凝胶）</translation>
    </message>
</context>
<context>
    <name>PreTripPanel</name>
    <message>
        <source>Confirmed with the customer&apos;s contact the day before departure (SOP-10 §5.2.8). Tick what has been confirmed.</source>
        <translation>出发前 1 天与客户对接人确认（SOP-10 §5.2.8）。请勾选已确认的事项。</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Arrival time, place and host confirmed</source>
        <translation>已确认到达时间、地点与接待人</translation>
    </message>
    <message>
        <source>e.g. 09:00 at gate 1, received by the process manager</source>
        <translation>例如：09:00 在 1 号门，由制程经理接待</translation>
    </message>
    <message>
        <source>Site conditions</source>
        <translation>现场条件</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure and safety training confirmed</source>
        <translation>已确认现场 PPE、入厂程序与安全培训</translation>
    </message>
    <message>
        <source>e.g. entry application one day ahead; 30 min safety training on arrival</source>
        <translation>例如：提前一天提交入厂申请；到达后 30 分钟安全培训</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联络</translation>
    </message>
    <message>
        <source>Emergency contact at the site confirmed (see agenda item 6)</source>
        <translation>已确认现场紧急联络人（见议程第 6 项）</translation>
    </message>
    <message>
        <source>Documents the engineers carry</source>
        <translation>派员须携带的文件</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>健康证</translation>
    </message>
    <message>
        <source>Site entry application</source>
        <translation>入厂申请</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Printed, but the print could not be logged: %1</source>
        <translation>已打印，但无法记录此次打印：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1 %2 page(s), %3 form(s).</source>
        <translation>%1 共 %2 页，%3 份表单。</translation>
    </message>
</context>
<context>
    <name>PrintLayouts</name>
    <message>
        <source>(not yet numbered)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <source>%1 %2 has no paper form to print; print its task instead.</source>
        <translation>%1 %2 没有可打印的纸本表单；请改为打印其任务。</translation>
    </message>
    <message>
        <source>%1 is not a task.</source>
        <translation>%1 不是任务。</translation>
    </message>
    <message>
        <source>Task dossier %1</source>
        <translation>任务卷宗 %1</translation>
    </message>
    <message>
        <source>Dispatch task sheet</source>
        <translation>派员任务单</translation>
    </message>
    <message>
        <source>Request and registration (SOP-10 §5.2.1)</source>
        <translation>需求与登记（SOP-10 §5.2.1）</translation>
    </message>
    <message>
        <source>Assessment (SOP-10 §5.2.2)</source>
        <translation>评估（SOP-10 §5.2.2）</translation>
    </message>
    <message>
        <source>Approval (SOP-10 §5.2.3)</source>
        <translation>核准（SOP-10 §5.2.3）</translation>
    </message>
    <message>
        <source>No approval decision recorded yet.</source>
        <translation>尚未记录核准决定。</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>核准层级</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派员</translation>
    </message>
    <message>
        <source>Anomalies (SOP-10 §5.3.4)</source>
        <translation>异常通报（SOP-10 §5.3.4）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>通报时间</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>异常经过</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>已采取的处置</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>派员任务说明书</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Briefing agenda (SOP-10 §5.2.4)</source>
        <translation>说明会议程（SOP-10 §5.2.4）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Know-how boundary (SOP-10 §5.3.1.2)</source>
        <translation>Know-how 防护边界（SOP-10 §5.3.1.2）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>May say</source>
        <translation>可讲</translation>
    </message>
    <message>
        <source>May not say</source>
        <translation>不可讲</translation>
    </message>
    <message>
        <source>Safety risk and PPE (SOP-10 §5.2.7)</source>
        <translation>安全风险与 PPE（SOP-10 §5.2.7）</translation>
    </message>
    <message>
        <source>The task&apos;s safety risk is not assessed yet: no PPE list.</source>
        <translation>任务尚未评估安全风险：无 PPE 清单。</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <source>Packed (tick by hand)</source>
        <translation>已备妥（手工勾选）</translation>
    </message>
    <message>
        <source>Pre-trip confirmation (SOP-10 §5.2.8)</source>
        <translation>行前对接（SOP-10 §5.2.8）</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>确认事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>NDA record sheet</source>
        <translation>保密协议登记</translation>
    </message>
    <message>
        <source>Agreement (SOP-10 §5.2.5)</source>
        <translation>协议（SOP-10 §5.2.5）</translation>
    </message>
    <message>
        <source>Not attached yet: file the signed original and scan it.</source>
        <translation>尚未附加：请将签字原件归档并扫描。</translation>
    </message>
    <message>
        <source>Attached, stored encrypted in the desk</source>
        <translation>已附加，加密保存在服务台中</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>Kept permanently (SOP-10 §9). The signed original is filed with this sheet.</source>
        <translation>永久保存（SOP-10 §9）。签字原件随本表归档。</translation>
    </message>
</context>
<context>
    <name>PrintPaginator</name>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>PrintRecord</name>
    <message>
        <source>There is no record %1 to print: check the id.</source>
        <translation>没有要打印的记录 %1：请检查编号。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>（已关联记录）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Superseded by revision %1</source>
        <translation>已被第 %1 版取代</translation>
    </message>
    <message>
        <source>Keep permanently</source>
        <translation>永久保存</translation>
    </message>
    <message>
        <source>Keep 10 years</source>
        <translation>保存 10 年</translation>
    </message>
    <message>
        <source>Revision %1, correcting revision %2: %3</source>
        <translation>第 %1 版，更正第 %2 版：%3</translation>
    </message>
</context>
<context>
    <name>PrintRenderer</name>
    <message>
        <source>Cannot start printing: the printer or PDF file is not available.</source>
        <translation>无法开始打印：打印机或 PDF 文件不可用。</translation>
    </message>
    <message>
        <source>Cannot start page %1: the printer or PDF file failed.</source>
        <translation>无法开始第 %1 页：打印机或 PDF 文件出错。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>表单 %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>%1 — kept for the archive only, not valid for use</source>
        <translation>%1 — 仅供存档，不得使用</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%2 于 %1 打印</translation>
    </message>
    <message>
        <source>Content hash %1 · revision %2</source>
        <translation>内容哈希 %1 · 第 %2 版</translation>
    </message>
</context>
<context>
    <name>ProactivePlan</name>
    <message>
        <source>on request</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>New customer: a visit within 3 months of the first order</source>
        <translation>新客户：首单后 3 个月内拜访</translation>
    </message>
    <message>
        <source>%1 after the last visit</source>
        <translation>上次拜访后%1</translation>
    </message>
    <message>
        <source>No proactive visit yet</source>
        <translation>尚无主动拜访</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>every half year</source>
        <translation>每半年</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>每 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>The proactive dispatch plan cannot be read: %1</source>
        <translation>无法读取主动派员计划：%1</translation>
    </message>
</context>
<context>
    <name>ProactivePlanPage</name>
    <message>
        <source>Proactive dispatch plan</source>
        <translation>主动派员计划</translation>
    </message>
    <message>
        <source>SOP-10 §6: tier A strategic customers every quarter, tier B every half year, C and D on request; a new customer gets a visit within 3 months of its first order. The next visit counts from the last proactive visit that happened.</source>
        <translation>SOP-10 §6：A 级战略客户每季度、B 级每半年，C、D 级按需；新客户首单后 3 个月内拜访。下次拜访从上次实际主动拜访起算。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Last proactive visit</source>
        <translation>上次主动拜访</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Plan a dispatch…</source>
        <translation>安排派员…</translation>
    </message>
    <message>
        <source>Register a proactive task for the selected customer</source>
        <translation>为所选客户登记主动派员任务</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within %3 days.</source>
        <translation>%1 个逾期，%2 个在 %3 天内到期。</translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Fields marked &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; are required.</source>
        <translation>标有 &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; 的栏位为必填。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>关闭且不保存（Esc）</translation>
    </message>
    <message>
        <source>This record cannot be opened: %1</source>
        <translation>无法打开此记录：%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>A certification date is entered, but not every course is ticked; check the training record.</source>
        <translation>已填写认证日期，但并非所有课程都已勾选；请检查培训记录。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The %1 was not saved: %2</source>
        <translation>%1未保存：%2</translation>
    </message>
    <message>
        <source>Save the new %1?</source>
        <translation>保存新建的%1？</translation>
    </message>
    <message>
        <source>Save the changes to this %1?</source>
        <translation>保存对此%1的修改？</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview and print this form (Ctrl+P)</source>
        <translation>预览并打印此表单（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>RecordFingerprint</name>
    <message>
        <source>Record %1 was deleted and has no content to sign or print.</source>
        <translation>记录 %1 已删除，没有可签字或打印的内容。</translation>
    </message>
    <message>
        <source>Could not read the lines of record %1: %2</source>
        <translation>无法读取记录 %1 的明细：%2</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Computed by Field Desk</source>
        <translation>由派员服务台自动计算</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA 保密协议</translation>
    </message>
    <message>
        <source>NDAs</source>
        <translation>NDA 保密协议</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>核准记录</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>任务说明书</translation>
    </message>
    <message>
        <source>Mission briefs</source>
        <translation>任务说明书</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常通报</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常通报</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Call-backs</source>
        <translation>客户回访</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>费用申报单</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>费用申报单</translation>
    </message>
    <message>
        <source>Expense line</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Know-how entry</source>
        <translation>知识库条目</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Customer complaints</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>Know-how incident</source>
        <translation>Know-how 外泄事件</translation>
    </message>
    <message>
        <source>Know-how incidents</source>
        <translation>Know-how 外泄事件</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>月度汇总</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search all columns (Ctrl+F)</source>
        <translation>在所有栏中搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>右键单击可选择显示的栏</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>显示所有栏</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 / %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>This list is empty. Records can be imported with “fielddesk-cli import --db FILE FILE.json”.</source>
        <translation>此列表为空。可用“fielddesk-cli import --db 文件 文件.json”导入记录。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”相符的记录。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Loading… %1 read</source>
        <translation>正在加载… 已读取 %1 条</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>RecordLocks</name>
    <message>
        <source>Could not read the lock of record %1: %2</source>
        <translation>无法读取记录 %1 的锁定信息：%2</translation>
    </message>
    <message>
        <source>Record %1 is locked as a %2, which this desk does not know.</source>
        <translation>记录 %1 以“%2”方式锁定，本服务台无法识别。</translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <source>The month &quot;%1&quot; is not in the form YYYY-MM (e.g. 2026-05).</source>
        <translation>月份“%1”不符合 YYYY-MM 格式（例如 2026-05）。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordRevisions</name>
    <message>
        <source>Could not read the revisions of record %1: %2</source>
        <translation>无法读取记录 %1 的版本：%2</translation>
    </message>
    <message>
        <source>The revisions of record %1 form a cycle; run verify.</source>
        <translation>记录 %1 的版本形成了循环；请运行 verify。</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>%1 (%2): it lies before %3; correct the dates.</source>
        <translation>%1（%2）：早于 %3；请更正日期。</translation>
    </message>
    <message>
        <source>%1 (number): %2 is already used by task %3.</source>
        <translation>%1（编号）：%2 已被任务 %3 使用。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 lies before the task was registered (%4); correct the date.</source>
        <translation>%1（%2）：%3 早于任务登记时间（%4）；请更正日期。</translation>
    </message>
</context>
<context>
    <name>RecordSigning</name>
    <message>
        <source>A %1 has no signature block &quot;%2&quot;.</source>
        <translation>%1没有签字栏“%2”。</translation>
    </message>
    <message>
        <source>Type the name of the person signing as %1.</source>
        <translation>请输入以“%1”身份签字的人员姓名。</translation>
    </message>
    <message>
        <source>Choose who signs as %1: only the people entitled to that block may sign it.</source>
        <translation>请选择以“%1”身份签字的人员：只有有权签此栏的人员才能签字。</translation>
    </message>
    <message>
        <source>The signature is too short: sign with your full name.</source>
        <translation>签字太短：请签全名。</translation>
    </message>
    <message>
        <source>%1 has already signed as %2.</source>
        <translation>%1 已以“%2”身份签字。</translation>
    </message>
    <message>
        <source>There is no %1 %2 to sign.</source>
        <translation>没有可签字的%1 %2。</translation>
    </message>
    <message>
        <source>This %1 is already signed and locked. Make a correction to sign a new revision.</source>
        <translation>此%1已签字锁定。如需修改，请进行更正，再签字新版本。</translation>
    </message>
    <message>
        <source>This %1 was replaced by a correction (%2); sign that one.</source>
        <translation>此%1已被更正（%2）取代；请签字更正后的版本。</translation>
    </message>
    <message>
        <source>This %1 is already locked.</source>
        <translation>此%1已锁定。</translation>
    </message>
    <message>
        <source>Sign the %1 before locking it.</source>
        <translation>请先签字，再锁定%1。</translation>
    </message>
    <message>
        <source>Say why the %1 is corrected: the reason is printed on the new revision.</source>
        <translation>请说明更正%1的原因：原因会打印在新版本上。</translation>
    </message>
    <message>
        <source>This %1 is not signed yet: edit it instead of correcting it.</source>
        <translation>此%1尚未签字：请直接编辑，无需更正。</translation>
    </message>
    <message>
        <source>This %1 was already corrected; correct the current revision (%2) instead.</source>
        <translation>此%1已更正过；请改为更正当前版本（%2）。</translation>
    </message>
    <message>
        <source>%1 must enter their PIN to sign.</source>
        <translation>%1 须输入其 PIN 才能签名。</translation>
    </message>
    <message>
        <source>The key of %1 is not confirmed by an administrator yet: it cannot sign.</source>
        <translation>%1 的密钥尚未经管理员确认，不能签名。</translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation>无法生成签名。</translation>
    </message>
    <message>
        <source>The %1 cannot be locked yet: %2 must sign it too. It locks by itself with the last signature.</source>
        <translation>%1 尚不能锁定：%2 也须签名。最后一个签名完成后自动锁定。</translation>
    </message>
    <message>
        <source>This %1 already has a correction being drafted (%2): finish and sign that one, or delete it first.</source>
        <translation>此%1 已有一份正在起草的更正（%2）：请完成并签署该更正，或先删除它。</translation>
    </message>
    <message>
        <source>Enter your PIN first: a correction is made in your name.</source>
        <translation>请先输入您的 PIN：更正将以您的名义进行。</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <source>Could not read the revisions and locks: %1</source>
        <translation>无法读取版本与锁定信息：%1</translation>
    </message>
    <message>
        <source>Rev. %1 (superseded)</source>
        <translation>第 %1 版（已被取代）</translation>
    </message>
    <message>
        <source>Rev. %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1（已被取代）</translation>
    </message>
    <message>
        <source>%1 (correction draft)</source>
        <translation>%1（更正草稿）</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1 is not a record table.</source>
        <translation>%1 不是记录表。</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有栏位 %2。</translation>
    </message>
    <message>
        <source>The record id &quot;%1&quot; is not a UUID.</source>
        <translation>记录编号“%1”不是 UUID。</translation>
    </message>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>编号为 %1 的记录已存在。</translation>
    </message>
    <message>
        <source>Cannot save record %1: %2</source>
        <translation>无法保存记录 %1：%2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>没有记录 %1。</translation>
    </message>
    <message>
        <source>Record %1 is signed and locked: it cannot be changed. Make a correction (a new revision) instead.</source>
        <translation>记录 %1 已签字锁定，不能修改。请改为进行更正（建立新版本）。</translation>
    </message>
    <message>
        <source>Lock %1 cannot be changed or removed: locks are only ever added.</source>
        <translation>锁定 %1 不能修改或删除：锁定只能新增。</translation>
    </message>
</context>
<context>
    <name>RecordSummaries</name>
    <message>
        <source>tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Cannot read the list of %1: %2</source>
        <translation>无法读取%1列表：%2</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>（已关联记录）</translation>
    </message>
    <message>
        <source>The form&apos;s revision (a correction makes the next one).</source>
        <translation>表单的版本（每次更正产生下一版）。</translation>
    </message>
    <message>
        <source>Signed and locked: it opens read-only.</source>
        <translation>已签字锁定：以只读方式打开。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
</context>
<context>
    <name>RecoverDeskDialog</name>
    <message>
        <source>Field Desk — Rebuild from the shared folder</source>
        <translation>派员服务台 — 从共享文件夹重建</translation>
    </message>
    <message>
        <source>Rebuild this desk from the team&apos;s shared folder</source>
        <translation>从团队共享文件夹重建本服务台</translation>
    </message>
    <message>
        <source>When no passphrase of any desk is known any more, the team&apos;s shared folder and the key on the recovery sheet rebuild a complete desk: the latest snapshot, every later change of every desk, and the attachments. The rebuilt desk joins the team as a new device and is locked with the new passphrase you choose here.</source>
        <translation>当所有服务台的口令都已遗失时，可用团队共享文件夹和恢复单上的密钥重建一个完整的服务台：最新快照、其后每台服务台的全部更改以及附件。重建的服务台以新设备身份加入团队，并用您在此设置的新口令加密。</translation>
    </message>
    <message>
        <source>The folder on the file server that holds &quot;fielddesk&quot;</source>
        <translation>文件服务器上包含“fielddesk”的文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet (64 letters and digits in groups of four), or load the sheet&apos;s text file.</source>
        <translation>输入恢复单上的恢复密钥（64 位字母和数字，每四位一组），或载入恢复单的文本文件。</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>从文件载入…</translation>
    </message>
    <message>
        <source>At least %1 characters. Write it down: it is the only way into the rebuilt desk.</source>
        <translation>至少 %1 个字符。请记下来：这是进入重建后服务台的唯一途径。</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>新数据库：</translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation>共享文件夹(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>新口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>确认口令(&amp;C)：</translation>
    </message>
    <message>
        <source>Rebuilding… reading the snapshot and every bundle of the team takes a while.</source>
        <translation>正在重建… 读取快照和团队的全部同步包需要一些时间。</translation>
    </message>
    <message>
        <source>Rebuild the desk</source>
        <translation>重建服务台</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder</source>
        <translation>选择团队共享文件夹</translation>
    </message>
    <message>
        <source>Load the recovery sheet</source>
        <translation>载入恢复单</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a recovery sheet. Choose the sheet&apos;s text file.</source>
        <translation>%1 太大，不可能是恢复单。请选择恢复单的文本文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file or type the key.</source>
        <translation>无法读取 %1：%2。请选择其他文件或直接输入密钥。</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder.</source>
        <translation>请选择团队共享文件夹。</translation>
    </message>
    <message>
        <source>There is no folder %1. Check that the file server is reachable, then choose the shared folder.</source>
        <translation>文件夹 %1 不存在。请确认能连接文件服务器，然后选择共享文件夹。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>两次输入的口令不同。请在两个字段中输入相同的口令。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another place for the database.</source>
        <translation>无法创建文件夹 %1。请为数据库选择其他位置。</translation>
    </message>
    <message>
        <source>The desk is rebuilt as a new device of the team.</source>
        <translation>服务台已重建，作为团队的新设备。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) applied.</source>
        <translation>
            <numerusform>已应用 %n 个同步包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) fetched.</source>
        <translation>
            <numerusform>已取回 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>打开服务台</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Field Desk team recovery sheet</source>
        <translation>派员服务台团队恢复单</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>无法写入 %1。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>ReferenceCombo</name>
    <message>
        <source>Type to search, or choose from the list</source>
        <translation>输入以搜索，或从列表中选择</translation>
    </message>
    <message>
        <source>(record not found: %1)</source>
        <translation>（找不到记录：%1）</translation>
    </message>
</context>
<context>
    <name>ReferenceOptions</name>
    <message>
        <source>Cannot read the list of %1: %2</source>
        <translation>无法读取%1列表：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReviewLayouts</name>
    <message>
        <source>Customer complaint receipt</source>
        <translation>客诉接收单</translation>
    </message>
    <message>
        <source>Complaint (SOP-15 §10)</source>
        <translation>客诉（SOP-15 §10）</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Know-how incident record</source>
        <translation>Know-how 外泄事件记录</translation>
    </message>
    <message>
        <source>Incident (SOP-17)</source>
        <translation>事件（SOP-17）</translation>
    </message>
    <message>
        <source>Monthly dispatch case review</source>
        <translation>月度派员案例汇总</translation>
    </message>
    <message>
        <source>KPI figures %1 (SOP-10 §7, SOP-15 §7)</source>
        <translation>%1 KPI 数据（SOP-10 §7、SOP-15 §7）</translation>
    </message>
    <message>
        <source>Figures as signed (computed %1); later edits of records do not change them.</source>
        <translation>签署时的数据（计算于 %1）；之后修改记录不会改变这些数据。</translation>
    </message>
    <message>
        <source>Draft: figures computed from the records at printing; they are frozen when the review is signed.</source>
        <translation>草稿：数据于打印时根据记录计算；汇总签署后即冻结。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>NPS by customer tier</source>
        <translation>按客户等级的 NPS</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>推荐者（9-10）</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>被动者（7-8）</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>贬损者（0-6）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message numerus="yes">
        <source>Trends: the last %n month(s)</source>
        <translation>
            <numerusform>趋势：最近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>None in %1.</source>
        <translation>%1 无。</translation>
    </message>
    <message>
        <source>Anomaly cases (SOP-10 §5.3.4)</source>
        <translation>异常案例（SOP-10 §5.3.4）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Customer complaints (QEF-15-05)</source>
        <translation>客诉（QEF-15-05）</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派员</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客诉内容</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Know-how incidents (SOP-17)</source>
        <translation>Know-how 外泄事件（SOP-17）</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>What leaked and how</source>
        <translation>外泄内容与方式</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>Call-backs below 7 (SOP-15 §7.3)</source>
        <translation>低于 7 分的回访（SOP-15 §7.3）</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改善计划</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Improvement plans still open (90-day follow-up)</source>
        <translation>尚未完成的改善计划（90 天跟进）</translation>
    </message>
    <message>
        <source>Feeds the management review (SOP-20).</source>
        <translation>供管理评审使用（SOP-20）。</translation>
    </message>
</context>
<context>
    <name>RevisionLinkRule</name>
    <message>
        <source>Revision %1: a record cannot replace itself.</source>
        <translation>修订 %1：记录不能取代其自身。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces is of another kind; a correction replaces a record of its own kind.</source>
        <translation>修订 %1：被取代的记录属于另一类；更正只能取代同类记录。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces does not exist.</source>
        <translation>修订 %1：被取代的记录不存在。</translation>
    </message>
    <message>
        <source>Revision %1: the revisions would form a cycle.</source>
        <translation>修订 %1：修订链将形成循环。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces is not signed and locked; only a signed form is corrected by a new revision.</source>
        <translation>修订 %1：被取代的记录未签字锁定；只有已签字的表单才以新修订更正。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces was already replaced by another revision; a correction replaces the current revision.</source>
        <translation>修订 %1：被取代的记录已被另一修订取代；更正只能取代当前修订。</translation>
    </message>
    <message>
        <source>Revision %1: the record already replaces another record.</source>
        <translation>修订 %1：该记录已取代另一条记录。</translation>
    </message>
    <message>
        <source>Revision %1: it must be revision %2 (the record it replaces is revision %3), not %4.</source>
        <translation>修订 %1：应为第 %2 版（被取代的记录为第 %3 版），而不是 %4。</translation>
    </message>
    <message>
        <source>Revision %1: the record belongs to another task, engineer or day than the record it replaces; a correction stays where the original was.</source>
        <translation>修订 %1：该记录与被取代的记录属于不同的任务、工程师或日期；更正须与原记录一致。</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Scanned copy: %1</source>
        <translation>扫描件：%1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Writes the scan, unencrypted, to a file you choose</source>
        <translation>将扫描件以未加密形式写入您选择的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it may be damaged or password-protected). Save a copy and open it with another program, or attach the scan again.</source>
        <translation>无法显示此 PDF（可能已损坏或设有密码）。请另存副本后用其他程序打开，或重新附加扫描件。</translation>
    </message>
    <message>
        <source>This file is neither a PDF nor an image Field Desk can show (%1). Save a copy and open it with another program.</source>
        <translation>此文件既不是 PDF，也不是派员服务台能显示的图片（%1）。请另存副本后用其他程序打开。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>另存扫描件副本</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2. Choose another folder.</source>
        <translation>无法将副本写入 %1：%2。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This database was written by a newer Field Desk (schema version %1; this program knows up to %2). Install the newer version to open it.</source>
        <translation>此数据库由较新版本的派员服务台写入（结构版本 %1；本程序最高支持 %2）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>本版本缺少结构升级步骤 %1。</translation>
    </message>
    <message>
        <source>Updating the database to schema version %1 failed: %2</source>
        <translation>将数据库升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>This build&apos;s schema steps are not numbered 1 to %1 without gaps (found %2 where %3 belongs); it cannot update databases.</source>
        <translation>本版本的结构升级步骤未按 1 至 %1 连续编号（在应为 %3 的位置发现 %2）；无法升级数据库。</translation>
    </message>
</context>
<context>
    <name>SealedText</name>
    <message>
        <source>The L3 text could not be sealed: nobody to seal it to.</source>
        <translation>无法封存该 L3 内容：没有可封存给的人员。</translation>
    </message>
    <message>
        <source>The L3 text could not be sealed (OpenSSL).</source>
        <translation>无法封存该 L3 内容（OpenSSL）。</translation>
    </message>
    <message>
        <source>The sealed L3 text is damaged and cannot be read.</source>
        <translation>封存的 L3 内容已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The L3 text could not be sealed to a person&apos;s key (OpenSSL).</source>
        <translation>无法将该 L3 内容封存给某位人员的密钥（OpenSSL）。</translation>
    </message>
    <message>
        <source>This L3 text is not sealed to your current key yet. It is sealed to you when another person allowed to read it opens it, or at its next edit.</source>
        <translation>此 L3 内容尚未封存给您当前的密钥。当另一位有权阅读的人员打开它或下次编辑时，会封存给您。</translation>
    </message>
    <message>
        <source>The sealed L3 text does not open with your key: it was damaged or altered.</source>
        <translation>封存的 L3 内容无法用您的密钥打开：内容已损坏或被篡改。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be updated: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>ServiceReportDraft</name>
    <message>
        <source>%1 / %2 to %3 / %4; engineers: %5.</source>
        <translation>%1 / %2 至 %3 / %4；派员人员：%5。</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Objectives (mission brief):</source>
        <translation>派员目标（任务说明书）：</translation>
    </message>
    <message>
        <source>(no objectives in the mission brief)</source>
        <translation>（任务说明书中没有派员目标）</translation>
    </message>
    <message>
        <source>Achieved:</source>
        <translation>达成情况：</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>No expense claim (QEF-10-05) for this task yet.</source>
        <translation>此任务尚无费用申报单（QEF-10-05）。</translation>
    </message>
    <message numerus="yes">
        <source>Reimbursed (company paid, QEF-10-05): RMB %1 in %n claim(s).</source>
        <translation>
            <numerusform>报销金额（公司付，QEF-10-05）：RMB %1，共 %n 份申报单。</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: RMB %2</source>
        <translation>  %1：RMB %2</translation>
    </message>
    <message>
        <source>Paid by the customer (hospitality, gifts): RMB %1.</source>
        <translation>客户支付（招待、礼物）：RMB %1。</translation>
    </message>
</context>
<context>
    <name>ServiceReportEditor</name>
    <message>
        <source>Know-how feedback → library (SOP-10 §5.4.3)</source>
        <translation>Know-how 回馈 → 知识库（SOP-10 §5.4.3）</translation>
    </message>
    <message>
        <source>One item per line; each can become a know-how library entry below.</source>
        <translation>每行一项；每一项都可在下方转为知识库条目。</translation>
    </message>
    <message>
        <source>Choose the task: the report is due on the 3rd working day after its last on-site day.</source>
        <translation>请选择任务：报告须在最后一个现场工作日后的第 3 个工作日前完成。</translation>
    </message>
    <message>
        <source>The task has no time for leaving the site yet; the report is due on the 3rd working day after it.</source>
        <translation>任务尚未填写离开现场时间；报告期限为其后第 3 个工作日。</translation>
    </message>
    <message>
        <source>Due %1: the 3rd working day after the last on-site day (%2).</source>
        <translation>期限 %1：最后一个现场工作日（%2）后的第 3 个工作日。</translation>
    </message>
    <message>
        <source>✓ Signed on time.</source>
        <translation>✓ 已按时签字。</translation>
    </message>
    <message>
        <source>✗ Signed late.</source>
        <translation>✗ 逾期签字。</translation>
    </message>
    <message>
        <source>✗ Overdue: not signed yet.</source>
        <translation>✗ 已逾期：尚未签字。</translation>
    </message>
    <message numerus="yes">
        <source>Not signed yet; %n day(s) left.</source>
        <translation>
            <numerusform>尚未签字；还剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In the library from this report: %1</source>
        <translation>由此报告加入知识库的条目：%1</translation>
    </message>
    <message>
        <source>No know-how feedback yet.</source>
        <translation>尚无 know-how 回馈。</translation>
    </message>
    <message>
        <source>✓ In the library</source>
        <translation>✓ 已在知识库中</translation>
    </message>
    <message>
        <source>L3: customer-specific formulas; only Robert, KC and the task&apos;s engineers may open it.</source>
        <translation>L3：客户专属配方；仅 Robert、KC 及本任务的派员可查看。</translation>
    </message>
    <message>
        <source>To library</source>
        <translation>加入知识库</translation>
    </message>
    <message>
        <source>Save the report and make this item a know-how library entry</source>
        <translation>保存报告，并将此项转为知识库条目</translation>
    </message>
    <message>
        <source>Not added to the library</source>
        <translation>未加入知识库</translation>
    </message>
    <message>
        <source>The know-how entry was not saved: %1</source>
        <translation>知识库条目未保存：%1</translation>
    </message>
    <message>
        <source>Filled in when the report is signed (Signatures below).</source>
        <translation>在报告签字时填写（见下方“签字”）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Field Desk uses the new language after a restart.</source>
        <translation>重新启动派员服务台后才会使用新的语言。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The folder on the office file server through which the devices of the team exchange their changes.</source>
        <translation>办公室文件服务器上的文件夹，团队各设备通过它交换变更。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, Field Desk closes the database and asks for the passphrase again.</source>
        <translation>若这么长时间没有键盘或鼠标操作，派员服务台会关闭数据库，并要求重新输入口令。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Share folder:</source>
        <translation>共享文件夹(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>自动锁定(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose the share folder</source>
        <translation>选择共享文件夹</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 是文件，不是文件夹。请选择文件夹。</translation>
    </message>
    <message>
        <source>Type the full path of the share folder, for example \\server\fielddesk or /mnt/share/fielddesk.</source>
        <translation>请输入共享文件夹的完整路径，例如 \\server\fielddesk 或 /mnt/share/fielddesk。</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Create a team on the share folder, invite a desk or join a team</source>
        <translation>在共享文件夹上创建团队、邀请服务台或加入团队</translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>仅在要求时（F5）</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>同步间隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>People at this desk:</source>
        <translation>本机人员：</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the %1</source>
        <translation>签署%1</translation>
    </message>
    <message>
        <source>%1 (still to sign)</source>
        <translation>%1（待签）</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>Full name of the customer&apos;s representative</source>
        <translation>客户代表全名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <source>Lock the form with this signature</source>
        <translation>以此签字锁定表单</translation>
    </message>
    <message>
        <source>A locked form can no longer be edited; a change is then a correction (a new revision). Signatures still to come on paper can be added in ink.</source>
        <translation>锁定后的表单不能再编辑；之后的修改须以更正（新版本）进行。尚待在纸本上签的字可用笔补签。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>签字栏</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Signing confirms the form as it is saved now. Once every required signature is there, the form is locked.</source>
        <translation>签字即确认表单当前已保存的内容。所有必需的签字齐全后，表单即锁定。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>%1 (on this form)</source>
        <translation>%1（本表单上）</translation>
    </message>
    <message>
        <source>Sign on the pad above.</source>
        <translation>请在上方签字板上签字。</translation>
    </message>
    <message>
        <source>Signature captured.</source>
        <translation>已采集签字。</translation>
    </message>
    <message>
        <source>Too short for a signature: sign with your full name.</source>
        <translation>签字太短：请签全名。</translation>
    </message>
</context>
<context>
    <name>SignatureInterchange</name>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>“%1”必须是记录列表。</translation>
    </message>
    <message>
        <source>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</source>
        <translation>“%1”中有一条记录没有有效的“id”（必须是 UUID）。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>“%2”中的记录 %1 含有未知的键“%3”。</translation>
    </message>
    <message>
        <source>Signature %1: the strokes are not a valid signature (%2).</source>
        <translation>签字 %1：笔迹不是有效的签字（%2）。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot;: &quot;revision&quot; must be a whole number from 1.</source>
        <translation>“%2”中的记录 %1：“revision”必须是从 1 开始的整数。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; needs &quot;%3&quot;.</source>
        <translation>“%2”中的记录 %1 缺少“%3”。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot;: &quot;%3&quot; must be text.</source>
        <translation>“%2”中的记录 %1：“%3”必须是文字。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; refers to %3 %4, which does not exist.</source>
        <translation>“%2”中的记录 %1 引用了不存在的%3 %4。</translation>
    </message>
    <message>
        <source>Signature %1: a %2 has no signature block &quot;%3&quot;.</source>
        <translation>签字 %1：%2没有签字栏“%3”。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;; signatures, locks and revisions never change.</source>
        <translation>“%2”中的记录 %1 已以不同的“%3”保存；签字、锁定与版本一经保存便不再改变。</translation>
    </message>
    <message>
        <source>Lock %1 does not match the content of %2 %3: the file locks something other than what it carries.</source>
        <translation>锁定 %1 与%2 %3 的内容不符：文件锁定的内容与其所含内容不一致。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签字板</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>请用鼠标、笔或手指在此签字。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签字</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Sign…</source>
        <translation>签字…</translation>
    </message>
    <message>
        <source>Sign this form (saves it first)</source>
        <translation>签署此表单（会先保存）</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Make a new revision of this signed form to change it</source>
        <translation>为此已签字的表单建立新版本以便修改</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Superseded: this is revision %1. It was corrected; the current revision is %2. It stays on file and cannot be edited.</source>
        <translation>已取代：这是第 %1 版。该版已被更正，当前为第 %2 版。此版保留存档，不能编辑。</translation>
    </message>
    <message>
        <source>Signed and locked on %1 — revision %2, code %3. It cannot be edited; use Correct… to make a new revision.</source>
        <translation>已于 %1 签字锁定 — 第 %2 版，代码 %3。不能编辑；如需修改，请用“更正…”建立新版本。</translation>
    </message>
    <message>
        <source>Not saved yet. Still to sign: %1.</source>
        <translation>尚未保存。待签：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Revision %1, draft. Still to sign: %2.</source>
        <translation>第 %1 版，草稿。待签：%2。</translation>
    </message>
    <message>
        <source>Draft. Still to sign: %1.</source>
        <translation>草稿。待签：%1。</translation>
    </message>
    <message>
        <source>Correct the %1</source>
        <translation>更正%1</translation>
    </message>
    <message>
        <source>The signed form stays on file as it is. A new revision is made for you to change and sign again.
Why is it corrected? (printed on the new revision)</source>
        <translation>已签字的表单按原样保留存档。系统会建立一个新版本，供您修改后重新签字。
更正原因？（会打印在新版本上）</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>未更正</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A correction (revision %1) is being drafted; this revision stays current until the correction is signed.</source>
        <translation>更正（第 %1 版）正在起草；在更正签署之前，本版仍为现行版本。</translation>
    </message>
    <message>
        <source>Revision %1, correction draft: revision %2 stays current until this one is signed. Still to sign: %3.</source>
        <translation>第 %1 版，更正草稿：在本版签署之前，第 %2 版仍为现行版本。尚待签名：%3。</translation>
    </message>
    <message>
        <source>Nobody has a personal key at this desk: a correction is made in a person&apos;s name. Enrol first (File › Settings › People at this desk › Enrol).</source>
        <translation>本机没有任何人的个人密钥：更正须以某人的名义作出。请先登记（文件 › 设置 › 本机人员 › 登记）。</translation>
    </message>
    <message>
        <source>Who makes the correction? It is made in your name after your PIN.</source>
        <translation>由谁更正？输入 PIN 后，更正将以您的名义作出。</translation>
    </message>
</context>
<context>
    <name>SignatureStrokes</name>
    <message>
        <source>The signature&apos;s pad size %1 × %2 is not between 1 and %3.</source>
        <translation>签字板尺寸 %1 × %2 不在 1 至 %3 之间。</translation>
    </message>
    <message>
        <source>The signature has %1 strokes; at most %2 are accepted.</source>
        <translation>签字有 %1 笔；最多接受 %2 笔。</translation>
    </message>
    <message>
        <source>The signature has %1 points; at most %2 are accepted.</source>
        <translation>签字有 %1 个点；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The signature has an empty stroke.</source>
        <translation>签字中有一笔是空的。</translation>
    </message>
    <message>
        <source>A point of the signature lies outside its pad (%1 × %2).</source>
        <translation>签字中有一个点超出签字板范围（%1 × %2）。</translation>
    </message>
    <message>
        <source>The signature data is too large.</source>
        <translation>签字数据过大。</translation>
    </message>
    <message>
        <source>The signature data is not a JSON object with width, height and strokes.</source>
        <translation>签字数据不是含 width、height 与 strokes 的 JSON 对象。</translation>
    </message>
    <message>
        <source>The signature data needs numbers &quot;width&quot; and &quot;height&quot; and a list &quot;strokes&quot;.</source>
        <translation>签字数据需要数字“width”和“height”，以及列表“strokes”。</translation>
    </message>
    <message>
        <source>Every stroke of the signature must be a list of numbers.</source>
        <translation>签字的每一笔都必须是数字列表。</translation>
    </message>
    <message>
        <source>A stroke of the signature needs x, y pairs.</source>
        <translation>签字的每一笔都需要成对的 x、y 坐标。</translation>
    </message>
    <message>
        <source>The signature has more than %1 points.</source>
        <translation>签字的点数超过 %1 个。</translation>
    </message>
    <message>
        <source>A stroke of the signature holds something that is not a number.</source>
        <translation>签字的笔画中含有非数字的内容。</translation>
    </message>
</context>
<context>
    <name>SignatureVerification</name>
    <message>
        <source>Signature %1 of %2 is not made with their personal key, though they had one: it may be forged.</source>
        <translation>%2 的签名 %1 未以其个人密钥签署（而其当时已有密钥）：可能系伪造。</translation>
    </message>
    <message>
        <source>Signature %1 of %2 names a key that is not their confirmed key.</source>
        <translation>%2 的签名 %1 所注明的密钥不是其已确认的密钥。</translation>
    </message>
    <message>
        <source>Signature %1 of %2 does not verify: it was forged or altered.</source>
        <translation>%2 的签名 %1 核验不通过：已被伪造或改动。</translation>
    </message>
</context>
<context>
    <name>SignerRoles</name>
    <message>
        <source>Engineer</source>
        <translation>派员</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>客户代表</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>申报人</translation>
    </message>
    <message>
        <source>Checked by (administration)</source>
        <translation>审核人（行政）</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Engineer (acknowledged)</source>
        <translation>派员（已确认）</translation>
    </message>
    <message>
        <source>Briefing held by (CTO)</source>
        <translation>说明会主持人（CTO）</translation>
    </message>
    <message>
        <source>Reviewed by (CTO)</source>
        <translation>审核人（CTO）</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Actions confirmed by (CTO)</source>
        <translation>措施确认人（CTO）</translation>
    </message>
</context>
<context>
    <name>SiteDeadlines</name>
    <message>
        <source>a task without number</source>
        <translation>无编号的任务</translation>
    </message>
    <message>
        <source>The %1 deadlines cannot be read: %2</source>
        <translation>无法读取%1期限：%2</translation>
    </message>
    <message>
        <source>daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>%1: %2 sent the daily report of %3 at %4, after 17:00.</source>
        <translation>%1：%2 于 %4 才回传 %3 的日报，已过 17:00。</translation>
    </message>
    <message>
        <source>%1: no daily report from %2 for %3 (due 17:00).</source>
        <translation>%1：%2 缺少 %3 的日报（期限 17:00）。</translation>
    </message>
    <message>
        <source>%1: %2&apos;s daily report for today is due at 17:00.</source>
        <translation>%1：%2 今日的日报须于 17:00 前回传。</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>异常通报</translation>
    </message>
    <message>
        <source>%1: the anomaly “%2” of %3 was notified at %4, after its limit %5.</source>
        <translation>%1：%3 发生的异常“%2”于 %4 才通报，已超过时限 %5。</translation>
    </message>
    <message>
        <source>%1: notify the anomaly “%2” of %3 by %4 (SOP-10 §5.3.4).</source>
        <translation>%1：请于 %4 前通报 %3 发生的异常“%2”（SOP-10 §5.3.4）。</translation>
    </message>
    <message>
        <source>service report and call-back</source>
        <translation>服务报告与回访</translation>
    </message>
    <message>
        <source>%1: the service report is to be signed by %2 (3rd working day after leaving the site on %3).</source>
        <translation>%1：服务报告须于 %2 前签字（%3 离开现场后第 3 个工作日）。</translation>
    </message>
    <message>
        <source>%1: the service report was signed on %2, after its due day %3.</source>
        <translation>%1：服务报告于 %2 才签字，晚于期限 %3。</translation>
    </message>
    <message>
        <source>%1: call the customer back by %2 (48 h after leaving the site).</source>
        <translation>%1：请于 %2 前回访客户（离开现场后 48 小时内）。</translation>
    </message>
    <message>
        <source>%1: the customer was called back at %2, more than 48 h after leaving the site.</source>
        <translation>%1：客户回访于 %2 进行，已超过离开现场后 48 小时。</translation>
    </message>
    <message>
        <source>improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>%1: the improvement plan was completed on %2, after its follow-up date %3.</source>
        <translation>%1：改进计划于 %2 才完成，晚于追踪日期 %3。</translation>
    </message>
    <message>
        <source>%1: the improvement plan (call-back scored %2 / NPS %3) was due for follow-up on %4.</source>
        <translation>%1：改进计划（回访评分 %2 / NPS %3）应于 %4 追踪。</translation>
    </message>
    <message>
        <source>%1: follow up the improvement plan (call-back scored %2 / NPS %3) by %4.</source>
        <translation>%1：请于 %4 前追踪改进计划（回访评分 %2 / NPS %3）。</translation>
    </message>
</context>
<context>
    <name>SiteFormRules</name>
    <message>
        <source>it lies before %1; correct the time.</source>
        <translation>早于 %1；请更正时间。</translation>
    </message>
    <message>
        <source>task %1 has no on-site dates yet; enter its planned start and end first.</source>
        <translation>任务 %1 尚无现场日期；请先填写其计划开始与计划结束。</translation>
    </message>
    <message>
        <source>%1 is not an on-site day of task %2 (%3 to %4); choose a day in that period.</source>
        <translation>%1 不是任务 %2 的现场工作日（%3 至 %4）；请选择此期间内的日期。</translation>
    </message>
    <message>
        <source>this person is not an engineer of task %1; assign them to the task first.</source>
        <translation>此人不是任务 %1 的派员；请先将其指派到该任务。</translation>
    </message>
    <message>
        <source>a follow-up date is set but the plan itself is empty; describe the improvement plan.</source>
        <translation>已设定追踪日期，但改进计划本身为空；请填写改进计划。</translation>
    </message>
    <message>
        <source>the follow-up must lie within the 90 days after the call (%1 to %2).</source>
        <translation>追踪日期必须在回访后 90 天内（%1 至 %2）。</translation>
    </message>
    <message>
        <source>it lies before the call on %1; correct the date.</source>
        <translation>早于 %1 的回访；请更正日期。</translation>
    </message>
    <message>
        <source>a signed report names who signed it (the engineer and Robert).</source>
        <translation>已签字的报告须写明签字人（派员与 Robert）。</translation>
    </message>
    <message>
        <source>say to whom the gifts were declared.</source>
        <translation>请写明礼物向谁申报。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>this engineer already has a daily report for task %1 on %2; open that report from the daily report list and add to it, or choose another day.</source>
        <translation>此派员在 %2 已有任务 %1 的日报；请从日报列表打开该日报并补充内容，或选择其他日期。</translation>
    </message>
    <message>
        <source>a correction keeps the task, engineer and day of the report it corrects (%1); to report another day, write a new daily report.</source>
        <translation>更正版须沿用被更正日报的任务、派员和日期（%1）；如要报其他日期，请另写一份日报。</translation>
    </message>
</context>
<context>
    <name>SiteReportLayouts</name>
    <message>
        <source>Daily report</source>
        <translation>派员日报</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Submitted after 17:00 of the report day (SOP-10 §5.3.3).</source>
        <translation>于日报当日 17:00 后提交（SOP-10 §5.3.3）。</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount (RMB)</source>
        <translation>金额（人民币）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Field service report</source>
        <translation>派员服务报告</translation>
    </message>
    <message>
        <source>Customer call-back on the dispatch</source>
        <translation>客户派员满意度回访表</translation>
    </message>
    <message>
        <source>Call-back (SOP-10 §5.4.2)</source>
        <translation>回访（SOP-10 §5.4.2）</translation>
    </message>
    <message>
        <source>Scores (SOP-15 §7.1)</source>
        <translation>评分（SOP-15 §7.1）</translation>
    </message>
    <message>
        <source>Improvement plan (SOP-15 §7.3: score below 7, tracked 90 days)</source>
        <translation>改进计划（SOP-15 §7.3：低于 7 分，追踪 90 天）</translation>
    </message>
    <message>
        <source>Dispatch expense claim</source>
        <translation>派员费用申报单</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>申报单</translation>
    </message>
    <message>
        <source>Expense lines (SOP-10 §5.3.1.3)</source>
        <translation>费用明细（SOP-10 §5.3.1.3）</translation>
    </message>
    <message>
        <source>No expense lines.</source>
        <translation>无费用明细。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Declare (&gt; RMB 200)</source>
        <translation>须申报（&gt; RMB 200）</translation>
    </message>
    <message>
        <source>Gift and hospitality declaration (SOP-10 §5.3.1.3)</source>
        <translation>礼物与招待申报（SOP-10 §5.3.1.3）</translation>
    </message>
    <message>
        <source>A gift or hospitality over RMB 200 is not yet declared to administration.</source>
        <translation>有超过 RMB 200 的礼物或招待尚未向行政申报。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Lithera Field Desk</source>
        <translation>Lithera 派员服务台</translation>
    </message>
    <message>
        <source>Field engineering service according to LITHERA-SOP-10 v2: tasks, the QEF-10 forms, customers, people, know-how and KPIs in one encrypted database.</source>
        <translation>依据 LITHERA-SOP-10 v2 的派员技术服务：任务、QEF-10 表单、客户、人员、知识库与 KPI，都在一个加密数据库中。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher 版本：</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>设备 ID：</translation>
    </message>
    <message>
        <source>Share folder:</source>
        <translation>共享文件夹：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entry(ies), each chained to the one before.</source>
        <translation>
            <numerusform>完好：共 %n 条记录，每条都与前一条环环相扣。</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken — the audit log was changed outside Field Desk. Tell IT before you continue.</source>
        <translation>已损坏——审计记录在派员服务台之外被改动过。请先通知 IT 再继续。</translation>
    </message>
    <message>
        <source>Empty: nothing has been recorded in this database yet.</source>
        <translation>空：此数据库尚未记录任何内容。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>SyncBlobs</name>
    <message>
        <source>The attachment content does not match its name %1.</source>
        <translation>附件内容与其名称 %1 不符。</translation>
    </message>
    <message>
        <source>Cannot put the attachment on the share: %1</source>
        <translation>无法将附件放到共享文件夹：%1</translation>
    </message>
    <message>
        <source>The attachment is not on this computer yet and the shared folder cannot give it (%1). Connect to the file server and try again.</source>
        <translation>此附件尚未在本机上，且无法从共享文件夹取得（%1）。请连接文件服务器后重试。</translation>
    </message>
    <message>
        <source>The attachment %1 on the shared folder is damaged or not from this team; attach the original file again.</source>
        <translation>共享文件夹上的附件 %1 已损坏或不属于本团队；请重新附加原始文件。</translation>
    </message>
</context>
<context>
    <name>SyncBundle</name>
    <message>
        <source>Cannot create a bundle: %1</source>
        <translation>无法创建变更包：%1</translation>
    </message>
    <message>
        <source>Cannot write a bundle: %1</source>
        <translation>无法写入变更包：%1</translation>
    </message>
    <message>
        <source>Cannot copy the bundle to %1: %2</source>
        <translation>无法将变更包复制到 %1：%2</translation>
    </message>
    <message>
        <source>it cannot be decrypted with the team key (damaged, or from another team)</source>
        <translation>无法用团队密钥解密（已损坏，或来自其他团队）</translation>
    </message>
    <message>
        <source>it cannot be read with the team key (damaged, truncated or from another team)</source>
        <translation>无法用团队密钥读取（已损坏、不完整或来自其他团队）</translation>
    </message>
    <message>
        <source>its changes cannot be read (%1)</source>
        <translation>无法读取其中的变更（%1）</translation>
    </message>
    <message>
        <source>it has format %1; this Field Desk reads format %2 (update Field Desk)</source>
        <translation>其格式为 %1；此版本派员服务台读取格式 %2（请更新派员服务台）</translation>
    </message>
    <message>
        <source>it announces %1 changes but holds %2</source>
        <translation>声明含 %1 项变更，实际含 %2 项</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation>不存在冲突 %1。</translation>
    </message>
    <message>
        <source>Record %1 is signed: the rejected change cannot be applied. Make a correction (a new revision) instead.</source>
        <translation>记录 %1 已签字：被拒绝的变更无法套用。请改为进行更正（建立新版本）。</translation>
    </message>
    <message>
        <source>Settling needs a value for %1.</source>
        <translation>处理冲突需要 %1 的值。</translation>
    </message>
    <message>
        <source>%1 was rejected on every desk: %2 It cannot be applied.</source>
        <translation>%1 已在所有服务台被拒绝：%2 无法应用。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 set aside: %3</source>
        <translation>设备 %2 的变更包 %1 已被搁置：%3</translation>
    </message>
    <message>
        <source>The last round was cancelled.</source>
        <translation>上一轮已取消。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n pending task number(s) given.</source>
        <translation>
            <numerusform>已分配 %n 个待分配的任务编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database belongs to no team: run &quot;team create&quot; or &quot;team join&quot; first.</source>
        <translation>此数据库不属于任何团队：请先运行“team create”或“team join”。</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be reached (no team.json there). Check the connection to the file server and try again.</source>
        <translation>无法访问共享文件夹 %1（其中没有 team.json）。请检查与文件服务器的连接后重试。</translation>
    </message>
    <message>
        <source>Reading the changes of device %1</source>
        <translation>正在读取设备 %1 的变更</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已套用</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 was set aside and not applied: %3.</source>
        <translation>设备 %2 的变更包 %1 已被搁置，未套用：%3。</translation>
    </message>
    <message>
        <source>The clock of device %1 is %2 minutes ahead of this one; check the time settings of both computers.</source>
        <translation>设备 %1 的时钟比本机快 %2 分钟；请检查两台计算机的时间设置。</translation>
    </message>
    <message>
        <source>Device %1: bundle %2 is not on the share yet; %3 and later wait for it.</source>
        <translation>设备 %1：变更包 %2 尚未在共享文件夹上；%3 及之后的变更包需等待它。</translation>
    </message>
    <message>
        <source>Cannot read bundle %1 of device %2: %3</source>
        <translation>无法读取设备 %2 的变更包 %1：%3</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 stays set aside (see earlier message); later bundles of that device wait.</source>
        <translation>设备 %2 的变更包 %1 仍被搁置（见前面的消息）；该设备之后的变更包需等待。</translation>
    </message>
    <message>
        <source>it belongs to another team</source>
        <translation>它属于其他团队</translation>
    </message>
    <message>
        <source>it is bundle %1 of device %2, not a bundle of this folder at this place (a copied or renamed file)</source>
        <translation>它是设备 %2 的变更包 %1，不是此文件夹此位置的变更包（文件被复制或改名）</translation>
    </message>
    <message>
        <source>it does not follow the bundle applied before (a fork: that device was probably restored from an old backup)</source>
        <translation>它与之前套用的变更包不衔接（分叉：该设备可能是从旧备份恢复的）</translation>
    </message>
    <message>
        <source>Device %1 forked at bundle %2; its bundles are not applied until an administrator resolves it.</source>
        <translation>设备 %1 在变更包 %2 处分叉；在管理员解决之前，不套用它的变更包。</translation>
    </message>
    <message>
        <source>it holds changes of another device</source>
        <translation>它包含其他设备的变更</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 could not be applied and was rolled back: %3</source>
        <translation>设备 %2 的变更包 %1 无法套用，已回滚：%3</translation>
    </message>
    <message>
        <source>Published %1 bundles (%2 changes); applied %3 bundles (%4 new changes); %5 new conflicts, %6 open.</source>
        <translation>已发布 %1 个变更包（%2 项变更）；已套用 %3 个变更包（%4 项新变更）；新增冲突 %5 个，未处理 %6 个。</translation>
    </message>
    <message>
        <source>The sync was cancelled; run it again to finish.</source>
        <translation>同步已取消；请再次运行以完成同步。</translation>
    </message>
    <message>
        <source>A sync round of this database is already running (in the desktop or another command). Wait for it to finish; its result shows there.</source>
        <translation>此数据库已有一轮同步正在运行（在桌面程序或另一个命令中）。请等待其完成；结果会在那里显示。</translation>
    </message>
</context>
<context>
    <name>SyncMerger</name>
    <message>
        <source>Cannot merge record %1 of %2: %3</source>
        <translation>无法合并 %2 的记录 %1：%3</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The sync problems cannot be read: %1</source>
        <translation>无法读取同步问题：%1</translation>
    </message>
    <message>
        <source>No set-aside bundle %1: list them with sync --problems.</source>
        <translation>没有被搁置的同步包 %1：请用 sync --problems 列出。</translation>
    </message>
    <message>
        <source>Several devices have a set-aside bundle %1: name it as DEVICE/%1.</source>
        <translation>多台设备都有被搁置的同步包 %1：请写成 设备/%1。</translation>
    </message>
    <message>
        <source>it is not on the share, or an earlier bundle is missing</source>
        <translation>它不在共享文件夹中，或缺少更早的同步包</translation>
    </message>
    <message>
        <source>Device %1 has no fork to acknowledge: list the problems with sync --problems.</source>
        <translation>设备 %1 没有可确认的分叉：请用 sync --problems 列出问题。</translation>
    </message>
    <message>
        <source>The fork of device %1 cannot be read again.</source>
        <translation>无法再次读取设备 %1 的分叉。</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Set aside at</source>
        <translation>搁置时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>释放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Adopt the new line</source>
        <translation>采用新序列(&amp;A)</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>分叉</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>No set-aside bundles and no forks.</source>
        <translation>没有被搁置的同步包，也没有分叉。</translation>
    </message>
    <message>
        <source>%1 was checked again and applied.</source>
        <translation>%1 已重新检查并应用。</translation>
    </message>
    <message>
        <source>%1 stays set aside: %2</source>
        <translation>%1 仍被搁置：%2</translation>
    </message>
    <message>
        <source>The new line of desk %1 is adopted; its bundles are applied.</source>
        <translation>已采用电脑 %1 的新序列；其同步包已应用。</translation>
    </message>
    <message>
        <source>Bundles a sync round set aside are not applied, and the later bundles of their device wait. A file put back whole (from a backup, or a copy that finished) is checked again by the next sync on its own. Otherwise fix the cause first (install the newer Field Desk, correct the share), then release the bundle: it is checked again and applied, or kept aside with the new reason. A fork (a desk restored from an old backup) is acknowledged by adopting the desk&apos;s new line. Releases and adoptions are recorded in the audit log.</source>
        <translation>被同步搁置的同步包不会应用，该设备之后的同步包也会等待。完整放回的文件（从备份恢复，或复制已完成）会在下次同步时自动重新检查。其他情况请先排除原因（安装新版派员服务台、修正共享文件夹），再释放该同步包：它会被重新检查并应用，或以新的原因继续搁置。分叉（从旧备份还原的电脑）通过采用该电脑的新序列来确认。释放与采用都记入审计日志。</translation>
    </message>
</context>
<context>
    <name>SyncPublisher</name>
    <message>
        <source>Publishing this device&apos;s changes</source>
        <translation>正在发布本设备的变更</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Cannot read %1 on the share: %2</source>
        <translation>无法读取共享文件夹上的 %1：%2</translation>
    </message>
    <message>
        <source>This device&apos;s bundle %1 on the share differs from the one built here: the database was probably restored from an old backup. Nothing more is published; ask your administrator.</source>
        <translation>共享文件夹上本设备的变更包 %1 与本机生成的不同：数据库可能是从旧备份恢复的。将不再发布任何内容；请联系管理员。</translation>
    </message>
    <message>
        <source>Cannot publish bundle %1 to the share: %2. It stays here and is published by the next sync.</source>
        <translation>无法将变更包 %1 发布到共享文件夹：%2。它保留在本机，下次同步时发布。</translation>
    </message>
    <message>
        <source>Removed the unfinished copy %1 left by an interrupted sync.</source>
        <translation>已删除中断的同步留下的未完成副本 %1。</translation>
    </message>
    <message>
        <source>Cannot create this device&apos;s folder on the share: %1. Check the connection to the file server; nothing was published.</source>
        <translation>无法在共享文件夹中创建本设备的文件夹：%1。请检查与文件服务器的连接；未发布任何内容。</translation>
    </message>
    <message>
        <source>This device&apos;s file on the share is damaged and cannot be replaced: %1</source>
        <translation>共享文件夹中本设备的文件已损坏且无法替换：%1</translation>
    </message>
    <message>
        <source>Cannot write this device&apos;s file on the share: %1. Check the free space and the connection to the file server; nothing was published.</source>
        <translation>无法在共享文件夹中写入本设备的文件：%1。请检查剩余空间和与文件服务器的连接；未发布任何内容。</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>读回的内容不一致</translation>
    </message>
</context>
<context>
    <name>SyncRecovery</name>
    <message>
        <source>No recovery key found: the file must hold the recovery sheet&apos;s text or the key itself (64 letters and digits in groups of four).</source>
        <translation>未找到恢复密钥：文件须包含恢复单文字或密钥本身（64 个字母与数字，每四个一组）。</translation>
    </message>
    <message>
        <source>The shared folder holds no bundles and no snapshot of the team: there is nothing to recover.</source>
        <translation>共享文件夹中没有该团队的同步包或快照：没有可恢复的内容。</translation>
    </message>
    <message>
        <source>The recovery key does not open the team&apos;s files on the shared folder. Check the key against the recovery sheet (and that the sheet belongs to this team).</source>
        <translation>恢复密钥无法打开共享文件夹中的团队文件。请对照恢复单检查密钥（并确认恢复单属于此团队）。</translation>
    </message>
    <message>
        <source>This database already belongs to team %1; recover into a new database.</source>
        <translation>此数据库已属于团队 %1；请恢复到新的数据库。</translation>
    </message>
    <message>
        <source>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</source>
        <translation>%1 中没有派员服务台团队（无 fielddesk/team.json）。请检查文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a Field Desk team file.</source>
        <translation>%1 不是派员服务台团队文件。</translation>
    </message>
    <message>
        <source>Started from the latest snapshot.</source>
        <translation>已从最新快照开始。</translation>
    </message>
    <message>
        <source>%1 already exists: recover into a new database file.</source>
        <translation>%1 已存在：请恢复到一个新的数据库文件。</translation>
    </message>
</context>
<context>
    <name>SyncScreens</name>
    <message>
        <source>Sync &amp;Now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>冲突(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync round after the bundle being applied</source>
        <translation>套用完当前变更包后停止本轮同步</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message numerus="yes">
        <source>The last sync round reported %n problem(s). Records already applied are kept; the rest is tried again at the next round.</source>
        <translation>
            <numerusform>上一轮同步报告了 %n 个问题。已套用的记录会保留；其余的将在下一轮重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Share folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>This desk keeps syncing through %1: %2</source>
        <translation>本服务台继续通过 %1 同步：%2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;team&quot;&gt;Sync not set up&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;team&quot;&gt;尚未设置同步&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>尚未设置同步</translation>
    </message>
    <message>
        <source>This desk belongs to no team yet: create one on the share folder or join one in File › Sync › Team….
Share folder: %1</source>
        <translation>本服务台尚未加入任何团队：请在“文件 › 同步 › 团队…”中于共享文件夹上创建团队或加入团队。
共享文件夹：%1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>正在同步：%1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to send</source>
        <translation>
            <numerusform>%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;conflicts&quot;&gt;%n conflict(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n 个冲突&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;problems&quot; style=&quot;color:#c62828&quot;&gt;%n problem(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;problems&quot; style=&quot;color:#c62828&quot;&gt;%n 个问题&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Share folder: %1</source>
        <translation>共享文件夹：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Records changed at this desk, not sent yet: %1</source>
        <translation>本服务台已修改但尚未发送的记录：%1</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1</source>
        <translation>待处理的冲突：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>问题(&amp;P)…</translation>
    </message>
    <message>
        <source>Problems…</source>
        <translation>问题…</translation>
    </message>
</context>
<context>
    <name>SyncSnapshot</name>
    <message>
        <source>Cannot publish the snapshot: %1</source>
        <translation>无法发布快照：%1</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2</source>
        <translation>无法读取快照 %1：%2</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be read with the team key.</source>
        <translation>无法用团队密钥读取快照 %1。</translation>
    </message>
    <message>
        <source>A snapshot is restored only into a database without records; this one has %1.</source>
        <translation>快照只能恢复到没有记录的数据库中；此数据库有 %1 条记录。</translation>
    </message>
    <message>
        <source>The snapshot %1 was written by a newer Field Desk. Install the newer version on this computer, then join again.</source>
        <translation>快照 %1 由较新版本的派员服务台写入。请在本机安装新版本，然后重新加入。</translation>
    </message>
</context>
<context>
    <name>SyncTeam</name>
    <message>
        <source>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</source>
        <translation>%1 中没有派员服务台团队（没有 fielddesk/team.json）。请检查文件夹。</translation>
    </message>
    <message>
        <source>This database already belongs to team %1.</source>
        <translation>此数据库已属于团队 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a team; join it with an enrollment file instead.</source>
        <translation>%1 中已有团队；请改用注册文件加入该团队。</translation>
    </message>
    <message>
        <source>Cannot prepare the shared folder: %1</source>
        <translation>无法准备共享文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This database belongs to no team: create one first.</source>
        <translation>此数据库不属于任何团队：请先创建团队。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the enrollment.</source>
        <translation>%1 已存在；请为注册文件选择新的文件名。</translation>
    </message>
    <message>
        <source>Cannot write the enrollment file %1.</source>
        <translation>无法写入注册文件 %1。</translation>
    </message>
    <message>
        <source>The code does not open the enrollment file %1 (or it is no enrollment file). Check the code.</source>
        <translation>此代码无法打开注册文件 %1（或该文件不是注册文件）。请检查代码。</translation>
    </message>
    <message>
        <source>The enrollment is for another team than the one in %1.</source>
        <translation>此注册文件所属的团队与 %1 中的团队不同。</translation>
    </message>
    <message>
        <source>This enrollment file was used already. Ask for a new invitation.</source>
        <translation>此注册文件已被使用。请索取新的邀请。</translation>
    </message>
    <message>
        <source>%1 holds another team.</source>
        <translation>%1 中是另一个团队。</translation>
    </message>
    <message>
        <source>Lithera Field Desk — team recovery sheet</source>
        <translation>Lithera 派员服务台 — 团队恢复单</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>共享文件夹：%1</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Keep this sheet in the company safe. With the recovery key an administrator can read every bundle on the shared folder and rebuild the records when every passphrase is lost. Anyone holding it can read the team&apos;s records.</source>
        <translation>请将此单存放在公司保险柜中。在所有口令都遗失时，管理员可凭恢复密钥读取共享文件夹上的每个变更包并重建记录。任何持有它的人都能读取团队的记录。</translation>
    </message>
    <message>
        <source>Cannot write the enrollment file %1: %2</source>
        <translation>无法写入注册文件 %1：%2</translation>
    </message>
    <message>
        <source>Trust root (the first administrator&apos;s key id):</source>
        <translation>信任根（首位管理员的密钥 ID）：</translation>
    </message>
</context>
<context>
    <name>TaskClosure</name>
    <message>
        <source>Cannot read the task&apos;s forms: %1</source>
        <translation>无法读取任务的表单：%1</translation>
    </message>
    <message>
        <source>Enter when the engineers left the site (the service report and call-back deadlines count from it).</source>
        <translation>请填写派员离开现场的时间（服务报告与回访期限由此起算）。</translation>
    </message>
    <message>
        <source>The task has no planned on-site dates, so its daily reports cannot be checked; enter the planned start and end.</source>
        <translation>任务没有计划的现场日期，因此无法检查其日报；请填写计划开始与计划结束。</translation>
    </message>
    <message>
        <source>No daily report from %1 for %2.</source>
        <translation>%1 缺少 %2 的日报。</translation>
    </message>
    <message>
        <source>The anomaly &quot;%1&quot; of %2 has not been notified; record who was told and when.</source>
        <translation>%2 发生的异常“%1”尚未通报；请记录通报了谁以及通报时间。</translation>
    </message>
    <message>
        <source>The service report (QEF-10-01) is not signed yet by the engineer and Robert.</source>
        <translation>服务报告（QEF-10-01）尚未由派员与 Robert 签字。</translation>
    </message>
    <message>
        <source>The call-back scored below 7 (satisfaction %1, NPS %2): open an improvement plan with its follow-up date (90 days).</source>
        <translation>回访评分低于 7 分（满意度 %1，NPS %2）：请制定改进计划并设定追踪日期（90 天）。</translation>
    </message>
    <message>
        <source>The customer call-back (QEF-10-03) has not been made yet.</source>
        <translation>尚未进行客户回访（QEF-10-03）。</translation>
    </message>
    <message>
        <source>%1 of RMB %2 paid by the customer on %3 (claim of %4) is not declared yet.</source>
        <translation>%4 的申报单中，%3 由客户支付的%1 RMB %2 尚未申报。</translation>
    </message>
    <message>
        <source>There is no expense claim (QEF-10-05) for the task.</source>
        <translation>此任务没有费用申报单（QEF-10-05）。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is signed but not locked: open it and lock it.</source>
        <translation>%1 已签名但未锁定：请打开并锁定。</translation>
    </message>
    <message>
        <source>%1 is not signed yet: the signature of the %2 is missing.</source>
        <translation>%1 尚未签署：缺少%2的签名。</translation>
    </message>
    <message>
        <source>%1 is not signed yet: %2&apos;s signature (%3) is missing.</source>
        <translation>%1 尚未签署：缺少 %2 的签名（%3）。</translation>
    </message>
</context>
<context>
    <name>TaskHeader</name>
    <message>
        <source>Re-assess</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Mark briefed</source>
        <translation>标记为已开说明会</translation>
    </message>
    <message>
        <source>Engineers on site</source>
        <translation>派员已到现场</translation>
    </message>
    <message>
        <source>Left the site, reporting</source>
        <translation>已离开现场，撰写报告</translation>
    </message>
    <message>
        <source>Report done, call back</source>
        <translation>报告完成，进行回访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>取消任务…</translation>
    </message>
    <message>
        <source>← Tasks</source>
        <translation>← 任务</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>返回任务列表</translation>
    </message>
    <message>
        <source>Mission brief…</source>
        <translation>任务说明书…</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Next state: %1</source>
        <translation>下一状态：%1</translation>
    </message>
    <message>
        <source>Open the mission brief QEF-10-01 of this task</source>
        <translation>打开此任务的任务说明书 QEF-10-01</translation>
    </message>
    <message>
        <source>Service report…</source>
        <translation>服务报告…</translation>
    </message>
    <message>
        <source>Open the service report QEF-10-01 of this task</source>
        <translation>打开此任务的服务报告 QEF-10-01</translation>
    </message>
    <message>
        <source>Call-back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Record the customer call-back QEF-10-03 of this task</source>
        <translation>记录此任务的客户回访 QEF-10-03</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场作业</translation>
    </message>
    <message>
        <source>Daily report (QEF-10-02)…</source>
        <translation>日报（QEF-10-02）…</translation>
    </message>
    <message>
        <source>Anomaly (§5.3.4)…</source>
        <translation>异常通报（§5.3.4）…</translation>
    </message>
    <message>
        <source>Enter a daily report or an anomaly for this task</source>
        <translation>录入此任务的日报或异常</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>打印卷宗…</translation>
    </message>
    <message>
        <source>Preview and print the task&apos;s dossier: the task sheet and all its forms (Ctrl+P)</source>
        <translation>预览并打印任务卷宗：任务单及其全部表单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Saved while the share folder could not be reached: the next sync gives this task its number.</source>
        <translation>保存时无法访问共享文件夹：下次同步时会为此任务分配编号。</translation>
    </message>
</context>
<context>
    <name>TaskIntakeDialog</name>
    <message>
        <source>New dispatch request</source>
        <translation>新派员需求</translation>
    </message>
    <message>
        <source>Register a dispatch request</source>
        <translation>登记派员需求</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.1: register the customer&apos;s request within 24 h of receiving it; Robert assesses it next.</source>
        <translation>SOP-10 §5.2.1：收到客户需求后 24 小时内登记；随后由 Robert 评估。</translation>
    </message>
    <message>
        <source>Type to search by name or short name</source>
        <translation>输入名称或简称搜索</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>选择类型</translation>
    </message>
    <message>
        <source>P0 — urgent</source>
        <translation>P0 — 紧急</translation>
    </message>
    <message>
        <source>P1 — normal</source>
        <translation>P1 — 一般</translation>
    </message>
    <message>
        <source>In a few words, e.g. 涂布厚度不均</source>
        <translation>简短描述，例如：涂布厚度不均</translation>
    </message>
    <message>
        <source>Plant, line or station</source>
        <translation>工厂、产线或工站</translation>
    </message>
    <message>
        <source>What the customer asked for, in their words</source>
        <translation>客户的需求，用客户自己的话</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Requested at:</source>
        <translation>需求时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>地点(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>需求内容(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Register the request and give it a task number (Ctrl+S)</source>
        <translation>登记需求并分配任务编号（Ctrl+S）</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after the request — late (limit 24 h)</source>
        <translation>需求提出后 %1 — 已逾时（时限 24 小时）</translation>
    </message>
    <message>
        <source>%1 after the request — in time (limit 24 h)</source>
        <translation>需求提出后 %1 — 准时（时限 24 小时）</translation>
    </message>
    <message>
        <source>The request time lies in the future; check the date.</source>
        <translation>需求时间在未来；请检查日期。</translation>
    </message>
    <message>
        <source>Registered now: %1. It can still be registered; the start page lists it as registered late.</source>
        <translation>现在登记：%1。仍可登记；开始页会将其列为逾时登记。</translation>
    </message>
    <message>
        <source>Registered now: %1.</source>
        <translation>现在登记：%1。</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>There is no customer “%1”; choose one from the list.</source>
        <translation>没有客户“%1”；请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the type of dispatch.</source>
        <translation>请选择派员类型。</translation>
    </message>
    <message>
        <source>Discard the request?</source>
        <translation>放弃此需求？</translation>
    </message>
    <message>
        <source>The request has not been registered. Discard what you typed?</source>
        <translation>此需求尚未登记。放弃已输入的内容？</translation>
    </message>
    <message>
        <source>Proactive dispatch (主动派员, SOP-10 §6)</source>
        <translation>主动派员（SOP-10 §6）</translation>
    </message>
    <message>
        <source>A visit Lithera plans by the customer&apos;s tier, not one the customer asked for</source>
        <translation>Lithera 按客户等级主动安排的拜访，而非客户要求的派员</translation>
    </message>
    <message>
        <source>Proactive visit</source>
        <translation>主动拜访</translation>
    </message>
</context>
<context>
    <name>TaskNumberReservation</name>
    <message>
        <source>All 9999 task numbers of %1 are used.</source>
        <translation>%1 年的 9999 个任务编号已全部用完。</translation>
    </message>
</context>
<context>
    <name>TaskNumbering</name>
    <message>
        <source>Cannot read the task numbers: %1</source>
        <translation>无法读取任务编号：%1</translation>
    </message>
    <message>
        <source>All 9999 task numbers of %1 are used.</source>
        <translation>%1 年的 9999 个任务编号已全部用完。</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Intake (§5.2.1)</source>
        <translation>任务接收（§5.2.1）</translation>
    </message>
    <message>
        <source>Before dispatch</source>
        <translation>派员前</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>评估已保存。</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>决定已记录。</translation>
    </message>
    <message>
        <source>Engineers assigned.</source>
        <translation>已指派派员人员。</translation>
    </message>
    <message>
        <source>Discard the assessment?</source>
        <translation>放弃评估？</translation>
    </message>
    <message>
        <source>The assessment of %1 has unsaved changes. Discard them?</source>
        <translation>%1 的评估有未保存的修改。是否放弃？</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Requested at:</source>
        <translation>需求时间：</translation>
    </message>
    <message>
        <source>Registered at:</source>
        <translation>登记时间：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>需求内容：</translation>
    </message>
    <message>
        <source>Cancelled because:</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <source>Not yet:
• %1</source>
        <translation>尚未满足：
• %1</translation>
    </message>
    <message>
        <source>Save the assessment first.</source>
        <translation>请先保存评估。</translation>
    </message>
    <message>
        <source>Nothing blocks the dispatch: the task can be marked briefed.</source>
        <translation>没有阻碍派员的事项：任务可标记为已开说明会。</translation>
    </message>
    <message>
        <source>The mission brief screen is not part of this version yet.</source>
        <translation>本版本尚无任务说明书界面。</translation>
    </message>
    <message>
        <source>The mission brief is written once the task is approved.</source>
        <translation>任务核准后才能撰写任务说明书。</translation>
    </message>
    <message>
        <source>Change the state?</source>
        <translation>变更状态？</translation>
    </message>
    <message>
        <source>Mark %1 as %2?</source>
        <translation>将 %1 标记为%2？</translation>
    </message>
    <message>
        <source>The task is now %1.</source>
        <translation>任务现为%1。</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? The reason is kept with the task.</source>
        <translation>为什么取消 %1？原因将随任务保存。</translation>
    </message>
    <message>
        <source>The task is cancelled.</source>
        <translation>任务已取消。</translation>
    </message>
    <message>
        <source>The time the engineers left the site is saved.</source>
        <translation>派员离开现场的时间已保存。</translation>
    </message>
    <message>
        <source>Daily reports and anomalies are entered from the briefing until the service report.</source>
        <translation>从说明会后到服务报告之前，均可录入日报与异常。</translation>
    </message>
</context>
<context>
    <name>TaskScreens</name>
    <message>
        <source>Registered as %1. Robert assesses it next.</source>
        <translation>已登记为 %1。接下来由 Robert 评估。</translation>
    </message>
    <message>
        <source>Registered. The share folder cannot be reached, so the task gets its number at the next sync. Robert assesses it next.</source>
        <translation>已登记。无法访问共享文件夹，因此任务将在下次同步时获得编号。接下来由 Robert 评估。</translation>
    </message>
</context>
<context>
    <name>TaskStateMachine</name>
    <message>
        <source>&quot;%1&quot; is not a task state.</source>
        <translation>“%1”不是任务状态。</translation>
    </message>
    <message>
        <source>The task is %1; a finished task does not change state.</source>
        <translation>任务%1；已结束的任务不再变更状态。</translation>
    </message>
    <message>
        <source>A task that is %1 cannot become %2; next can only be: %3.</source>
        <translation>%1的任务不能变为%2；下一步只能是：%3。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the task.</source>
        <translation>请填写取消任务的原因。</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>briefed</source>
        <translation>已开说明会</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>现场作业中</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>撰写报告中</translation>
    </message>
    <message>
        <source>call-back</source>
        <translation>回访中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TaskWorkflow</name>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有栏位 %2。</translation>
    </message>
    <message>
        <source>Requested at lies after the registration time; check the date.</source>
        <translation>需求时间晚于登记时间；请检查日期。</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <source>%1 is not part of the assessment.</source>
        <translation>%1 不属于评估内容。</translation>
    </message>
    <message>
        <source>Planned end lies before planned start; correct the dates.</source>
        <translation>计划结束早于计划开始；请更正日期。</translation>
    </message>
    <message>
        <source>The task has not been assessed yet; assess it before approving.</source>
        <translation>任务尚未评估；请先评估再核准。</translation>
    </message>
    <message>
        <source>Only an assessed task can be approved or rejected; this one is %1.</source>
        <translation>只有已评估的任务才能核准或驳回；此任务为%1。</translation>
    </message>
    <message>
        <source>%1 cannot decide on this task: it needs %2.</source>
        <translation>%1 无权决定此任务：需要 %2。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the task.</source>
        <translation>请填写驳回任务的原因。</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>没有这个人员。</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>没有这个任务。</translation>
    </message>
    <message>
        <source>The briefing meeting lies after the departure; correct the times.</source>
        <translation>说明会时间晚于出发时间；请更正时间。</translation>
    </message>
    <message>
        <source>The task is %1, not approved.</source>
        <translation>任务为%1，未核准。</translation>
    </message>
    <message>
        <source>No engineer is assigned.</source>
        <translation>尚未指派派员。</translation>
    </message>
    <message>
        <source>An NDA with the customer is required (new customer or core know-how) and none is signed.</source>
        <translation>须与客户签 NDA（新客户或涉核心 know-how），但尚未签署。</translation>
    </message>
    <message>
        <source>There is no mission brief (QEF-10-01) yet.</source>
        <translation>尚无任务说明书（QEF-10-01）。</translation>
    </message>
    <message>
        <source>The engineer has not acknowledged the know-how boundary.</source>
        <translation>派员尚未确认 Know-how 防护边界。</translation>
    </message>
    <message>
        <source>The brief has no measurable objectives.</source>
        <translation>说明书没有可衡量的派员目标。</translation>
    </message>
    <message>
        <source>The brief needs the meeting time and the departure time.</source>
        <translation>说明书需要填写说明会时间与出发时间。</translation>
    </message>
    <message>
        <source>The briefing meeting must be held within 24 h before departure.</source>
        <translation>说明会必须在出发前 24 小时内召开。</translation>
    </message>
    <message>
        <source>Use the dedicated step to make a task %1.</source>
        <translation>请使用专门的步骤将任务设为%1。</translation>
    </message>
    <message>
        <source>%1 cannot become %2 yet: %3</source>
        <translation>%1 尚不能变为%2：%3</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>This desk:</source>
        <translation>本服务台：</translation>
    </message>
    <message>
        <source>Share folder:</source>
        <translation>共享文件夹：</translation>
    </message>
    <message>
        <source>Desks on the share:</source>
        <translation>共享文件夹上的服务台：</translation>
    </message>
    <message>
        <source>&amp;Create a team on the share folder…</source>
        <translation>在共享文件夹上创建团队(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Invite a desk…</source>
        <translation>邀请服务台(&amp;I)…</translation>
    </message>
    <message>
        <source>Writes an enrollment file for a new desk and shows its one-time code. Give the file and the code separately.</source>
        <translation>为新服务台写入注册文件并显示其一次性代码。请将文件与代码分开交付。</translation>
    </message>
    <message>
        <source>The enrollment file you were given</source>
        <translation>您收到的注册文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <source>Enrollment files (*.fde);;All files (*)</source>
        <translation>注册文件 (*.fde);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Join the team</source>
        <translation>加入团队(&amp;J)</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <source>&amp;Enrollment file:</source>
        <translation>注册文件(&amp;E)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性代码(&amp;C)：</translation>
    </message>
    <message>
        <source>none — this desk syncs with nobody</source>
        <translation>无 — 本服务台不与任何人同步</translation>
    </message>
    <message>
        <source>not chosen — set it in Settings first</source>
        <translation>未选择 — 请先在“设置”中设定</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n bundle(s)</source>
        <translation>
            <numerusform>%1 — %n 个变更包</numerusform>
        </translation>
    </message>
    <message>
        <source> (this desk)</source>
        <translation>（本服务台）</translation>
    </message>
    <message>
        <source>No desk has synced yet.</source>
        <translation>尚无服务台同步过。</translation>
    </message>
    <message>
        <source>Choose the share folder in Settings first.</source>
        <translation>请先在“设置”中选择共享文件夹。</translation>
    </message>
    <message>
        <source>Team %1 created on %2. Print the recovery sheet and keep it in the company safe; then invite the other desks.</source>
        <translation>已在 %2 上创建团队 %1。请打印恢复单并存放在公司保险柜中，然后邀请其他服务台。</translation>
    </message>
    <message>
        <source>Choose the share folder in Settings first: the team&apos;s folder on the file server.</source>
        <translation>请先在“设置”中选择共享文件夹：即文件服务器上团队的文件夹。</translation>
    </message>
    <message>
        <source>Choose the enrollment file you were given.</source>
        <translation>请选择您收到的注册文件。</translation>
    </message>
    <message>
        <source>Type the one-time code that came with the enrollment file.</source>
        <translation>请输入随注册文件提供的一次性代码。</translation>
    </message>
    <message>
        <source>This desk joined team %1. The first sync fetches the team&apos;s records.</source>
        <translation>本服务台已加入团队 %1。首次同步将取得团队的记录。</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>创建团队</translation>
    </message>
    <message>
        <source>Create a new team on %1? The desks of the team will sync through this folder. Only one desk creates the team; the others join it.</source>
        <translation>在 %1 上创建新团队？团队的各服务台将通过此文件夹同步。只需一个服务台创建团队，其他服务台加入即可。</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>恢复单</translation>
    </message>
    <message>
        <source>Save this sheet as PDF, print it and keep it in the company safe. It is shown now only.</source>
        <translation>请将此单另存为 PDF、打印出来并存放在公司保险柜中。它只在此时显示。</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>保存恢复单</translation>
    </message>
    <message>
        <source>fielddesk-recovery-sheet.pdf</source>
        <translation>派员服务台恢复单.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Write the enrollment file</source>
        <translation>写入注册文件</translation>
    </message>
    <message>
        <source>new-desk.fde</source>
        <translation>新服务台.fde</translation>
    </message>
    <message>
        <source>Enrollment files (*.fde)</source>
        <translation>注册文件 (*.fde)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name.</source>
        <translation>%1 已存在。请选择新的文件名。</translation>
    </message>
    <message>
        <source>Enrollment file written: %1</source>
        <translation>已写入注册文件：%1</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性代码</translation>
    </message>
    <message>
        <source>Give the new desk the file %1 and, separately (read aloud or on paper), this code. It is shown only now and works once.</source>
        <translation>请将文件 %1 交给新服务台，并另外（口头念出或写在纸上）告知此代码。代码只在此时显示，且只能使用一次。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TextCharacters</name>
    <message>
        <source>the text contains broken characters; type it again.</source>
        <translation>文本中含有损坏的字符，请重新输入。</translation>
    </message>
    <message>
        <source>the text contains a line or paragraph separator (%1); use an ordinary line break.</source>
        <translation>文本含有行分隔符或段落分隔符（%1）；请使用普通换行。</translation>
    </message>
    <message>
        <source>the text contains a line break or control character (%1); keep it on one line.</source>
        <translation>文本含有换行或控制字符（%1）；请写在一行内。</translation>
    </message>
    <message>
        <source>the text contains a control character (%1); remove it.</source>
        <translation>文本含有控制字符（%1）；请删除。</translation>
    </message>
    <message>
        <source>the text contains a writing-direction control (%1) that makes it read differently from what is stored; remove it.</source>
        <translation>文本含有书写方向控制符（%1），会使显示内容与存储内容不同；请删除。</translation>
    </message>
    <message>
        <source>the text contains an invisible character (%1); remove it (it often comes with copied text).</source>
        <translation>文本含有不可见字符（%1）；请删除（常随复制的文本带入）。</translation>
    </message>
    <message>
        <source>the text contains %1, which is not a character; remove it.</source>
        <translation>文本含有 %1，它不是字符；请删除。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message numerus="yes">
        <source>%1 of %2 h (%3 of %n course(s))</source>
        <translation>
            <numerusform>%1 / %2 h（%3 / %n 门课程）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; HF first aid done</source>
        <translation>%1；HF 急救已完成</translation>
    </message>
    <message>
        <source>%1; HF first aid not done (needed for HF sites)</source>
        <translation>%1；HF 急救未完成（HF 现场必须）</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or cannot start a transaction: %1</source>
        <translation>数据库忙碌或无法开始事务：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存变更：%1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Choose another database…</source>
        <translation>选择其他数据库…</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>At least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>至少 %1 个字符。由几个词组成的口令容易记、难猜。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>确认口令(&amp;C)：</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. Without it nobody — not even IT — can open this database. Write it down and keep it somewhere safe.</source>
        <translation>口令无法找回。没有口令，任何人——包括 IT——都打不开这个数据库。请把它写下来，存放在安全的地方。</translation>
    </message>
    <message>
        <source>Field Desk — New database</source>
        <translation>派员服务台 — 新建数据库</translation>
    </message>
    <message>
        <source>Create the encrypted database</source>
        <translation>创建加密数据库</translation>
    </message>
    <message>
        <source>Field Desk keeps its records in one encrypted file on this computer. Choose the passphrase that will unlock it.</source>
        <translation>派员服务台把记录保存在本机的一个加密文件中。请设定用来解锁它的口令。</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Field Desk — Locked</source>
        <translation>派员服务台 — 已锁定</translation>
    </message>
    <message>
        <source>Field Desk is locked</source>
        <translation>派员服务台已锁定</translation>
    </message>
    <message>
        <source>The database was closed. Type the passphrase to continue.</source>
        <translation>数据库已关闭。请输入口令继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Field Desk — Unlock</source>
        <translation>派员服务台 — 解锁</translation>
    </message>
    <message>
        <source>Unlock Field Desk</source>
        <translation>解锁派员服务台</translation>
    </message>
    <message>
        <source>Type the passphrase of this database.</source>
        <translation>请输入此数据库的口令。</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation>正在解锁…推导密钥需要一点时间。</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新建）</translation>
    </message>
    <message>
        <source>Choose a Field Desk database</source>
        <translation>选择派员服务台数据库</translation>
    </message>
    <message>
        <source>Field Desk databases (*.fdb);;All files (*)</source>
        <translation>派员服务台数据库 (*.fdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>隐藏口令</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>两次输入的口令不一致。请在两个栏中输入相同的口令。</translation>
    </message>
    <message>
        <source>There is no database at %1 any more. Choose another database.</source>
        <translation>%1 处已经没有数据库。请选择其他数据库。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another place for the database.</source>
        <translation>无法创建文件夹 %1。请为数据库另选位置。</translation>
    </message>
    <message>
        <source>Check Caps Lock and the input method, then type it again.</source>
        <translation>请检查大写锁定键和输入法，然后重新输入。</translation>
    </message>
    <message>
        <source>&amp;Rebuild from the shared folder…</source>
        <translation>从共享文件夹重建(&amp;R)…</translation>
    </message>
    <message>
        <source>Lost every passphrase? Rebuild the team&apos;s records from the shared folder with the key on the recovery sheet.</source>
        <translation>所有口令都遗失了？可用恢复单上的密钥从共享文件夹重建团队的记录。</translation>
    </message>
    <message>
        <source>The L3 know-how text stored in clear could not be sealed: %1</source>
        <translation>无法封存以明文保存的 L3 知识内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n L3 know-how entries was stored in clear by an earlier version; it is now sealed to the people allowed to read it.</source>
        <translation>
            <numerusform>%n 条 L3 知识条目的内容曾由旧版本以明文保存；现已封存给有权阅读的人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n L3 know-how entries are still in clear: none of the people allowed to read them has a confirmed personal key. Enrol one of them (File › Settings › People at this desk).</source>
        <translation>
            <numerusform>仍有 %n 条 L3 知识条目为明文：有权阅读的人员都没有已确认的个人密钥。请为其中一人登记（文件 › 设置 › 本机人员）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>如不保存，所输入的内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>VerifyPaperDialog</name>
    <message>
        <source>Verify a paper copy</source>
        <translation>核验纸本</translation>
    </message>
    <message>
        <source>Scan the QR code in the printout&apos;s footer, or type the code printed beside it (FD1:…).</source>
        <translation>扫描打印件页脚的二维码，或输入印在旁边的代码（FD1:…）。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核验</translation>
    </message>
</context>
<context>
    <name>WorkSlots</name>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it like 09:00.</source>
        <translation>“%1”不是时间；请按 09:00 的格式输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it like 17:30.</source>
        <translation>“%1”不是时间；请按 17:30 的格式输入。</translation>
    </message>
    <message>
        <source>a time slot has a start and an end; enter both times or neither.</source>
        <translation>时段须有开始和结束；请两个时间都填写，或都不填。</translation>
    </message>
    <message>
        <source>the slot ends at %1, not after it starts at %2; correct the times.</source>
        <translation>时段结束于 %1，不晚于开始时间 %2；请更正时间。</translation>
    </message>
    <message>
        <source>say what was done from %1 to %2.</source>
        <translation>请写明 %1 至 %2 做了什么。</translation>
    </message>
    <message>
        <source>keep one slot on one line; add another slot for the rest.</source>
        <translation>每个时段写在一行内；其余内容请另加时段。</translation>
    </message>
</context>
<context>
    <name>WorkSlotsEditor</name>
    <message>
        <source>Add slot</source>
        <translation>新增时段</translation>
    </message>
    <message>
        <source>Another time slot (or press Enter in the last one)</source>
        <translation>另一个时段（或在最后一个时段中按 Enter）</translation>
    </message>
    <message>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <source>From (may stay empty for &quot;上午：…&quot;)</source>
        <translation>开始（写“上午：…”时可留空）</translation>
    </message>
    <message>
        <source>12:00</source>
        <translation>12:00</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Remove this slot (an emptied slot is left out as well)</source>
        <translation>删除此时段（清空的时段也会被略去）</translation>
    </message>
    <message>
        <source>Slot %1: %2</source>
        <translation>时段 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lithera Field Desk: the field engineering service desk.</source>
        <translation>Lithera 派员服务台：派员技术服务管理。</translation>
    </message>
    <message>
        <source>Open or create the database at PATH.</source>
        <translation>打开或创建位于 PATH 的数据库。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Use DIR as the share folder for this session.</source>
        <translation>本次运行使用 DIR 作为共享文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
</TS>
