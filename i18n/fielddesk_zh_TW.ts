<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnomalyDialog</name>
    <message>
        <source>Phone Robert within 1 hour.</source>
        <translation>1 小時內電話通知 Robert。</translation>
    </message>
    <message>
        <source>Phone 盛转红 and KC within 4 hours.</source>
        <translation>4 小時內電話通知盛轉紅與 KC。</translation>
    </message>
    <message>
        <source>Phone Robert (with the AI Advisor) within 24 hours.</source>
        <translation>24 小時內電話通知 Robert（並藉助 AI Advisor）。</translation>
    </message>
    <message>
        <source>Report it in the same day&apos;s daily report.</source>
        <translation>在當日日報中反映。</translation>
    </message>
    <message>
        <source>Choose the type and when it happened: the notification limit follows from them.</source>
        <translation>請選擇異常類型和發生時間：通報時限由此而定。</translation>
    </message>
    <message>
        <source>Overdue: the limit was %1 and nobody has been told. %2 Then enter who was told, how and when.</source>
        <translation>已逾期：時限為 %1，仍未通報任何人。%2 然後填寫通報對象、方式和時間。</translation>
    </message>
    <message>
        <source>Notified late: at %1, after the limit %2.</source>
        <translation>逾期通報：於 %1 通報，已超過時限 %2。</translation>
    </message>
    <message>
        <source>Notified in time (limit %1).</source>
        <translation>已按時通報（時限 %1）。</translation>
    </message>
    <message>
        <source>Notify by %1. %2</source>
        <translation>請於 %1 前通報。%2</translation>
    </message>
    <message>
        <source>Phone KC and Robert immediately (within 15 minutes).</source>
        <translation>立即（15 分鐘內）電話通知 KC 與 Robert。</translation>
    </message>
</context>
<context>
    <name>ApprovalMatrix</name>
    <message>
        <source>Robert approves it himself (half a day or less, simple consultation)</source>
        <translation>Robert 自核（半天以內的簡單諮詢）</translation>
    </message>
    <message>
        <source>Robert approves (up to 3 days)</source>
        <translation>Robert 核准（3 天以內）</translation>
    </message>
    <message>
        <source>Robert proposes, KC is informed (more than 3 and up to 5 days)</source>
        <translation>Robert 提案，知會 KC（3 天以上至 5 天）</translation>
    </message>
    <message>
        <source>KC approves (more than 5 days or core know-how)</source>
        <translation>KC 核准（超過 5 天或涉核心 know-how）</translation>
    </message>
    <message>
        <source>KC and Charles approve (strategic customer or major complaint)</source>
        <translation>KC 與 Charles 核准（戰略客戶或重大客訴）</translation>
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
        <translation>決定</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>核准層級</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>決定時間</translation>
    </message>
    <message>
        <source>Optional when approving; the reason when rejecting</source>
        <translation>核准時可不填；駁回時填寫原因</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>駁回…</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>決定人：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意見：</translation>
    </message>
    <message>
        <source>Required approval: follows from the assessment.</source>
        <translation>所需核准：依評估結果而定。</translation>
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
        <translation>此次派員須知會 KC。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assess the task first: the approval it needs follows from the assessment.</source>
        <translation>請先評估任務：所需核准依評估結果而定。</translation>
    </message>
    <message>
        <source>Save the assessment first: the decision is taken on the saved assessment.</source>
        <translation>請先儲存評估：核准決定以已儲存的評估為準。</translation>
    </message>
    <message>
        <source>Nobody in People has the role this approval needs.</source>
        <translation>人員名錄中沒有人具備此核准所需的角色。</translation>
    </message>
    <message>
        <source>The task was rejected; it is finished.</source>
        <translation>任務已駁回，已結束。</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>任務已取消。</translation>
    </message>
    <message>
        <source>The task is approved.</source>
        <translation>任務已核准。</translation>
    </message>
    <message>
        <source>Reject the task?</source>
        <translation>駁回任務？</translation>
    </message>
    <message>
        <source>A rejected task is finished and cannot be approved later. Reject it?</source>
        <translation>駁回的任務即告結束，之後不能再核准。確定駁回？</translation>
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
        <translation>表單</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>名錄</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>回顧</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>SOP-10 §5, §5.2.1–§5.2.3, §4.2</source>
        <translation>SOP-10 §5、§5.2.1–§5.2.3、§4.2</translation>
    </message>
    <message>
        <source>Every dispatch is a task numbered LITH-FE-YYYY-NNNN, unique across all devices even when they work offline. The task list shows each task&apos;s state, customer, engineers and next deadline.</source>
        <translation>每次派員都是一個任務，編號 LITH-FE-YYYY-NNNN，即使各裝置離線工作也不會重號。任務清單顯示每個任務的狀態、客戶、派員人員和下一個期限。</translation>
    </message>
    <message>
        <source>Kept 10 years with its forms. Registered by sales (盛转红), assessed by Robert.</source>
        <translation>連同其表單保存 10 年。由業務（盛轉紅）登記，Robert 評估。</translation>
    </message>
    <message>
        <source>Life of a task</source>
        <translation>任務的流程</translation>
    </message>
    <message>
        <source>Registered → assessed → approved (or rejected) → briefed → on site → reporting → call-back → closed</source>
        <translation>已登記 → 已評估 → 已核准（或駁回）→ 已開說明會 → 現場作業 → 撰寫報告 → 回訪 → 結案</translation>
    </message>
    <message>
        <source>Cancelled from any open state, with a reason</source>
        <translation>任何未結狀態都可取消，須註明原因</translation>
    </message>
    <message>
        <source>Intake, within 24 h of the request (§5.2.1)</source>
        <translation>任務接收：需求提出後 24 小時內（§5.2.1）</translation>
    </message>
    <message>
        <source>Type: OEM mixing guidance, line support, customer training, urgent complaint (24 h / 48 h on site), new-product trial, audit accompaniment, trade-show Q&amp;A</source>
        <translation>類型：代工廠混配指導、產線技術支援、客戶培訓、緊急客訴（24 h / 48 h 到達現場）、新產品試用、審廠陪同、展會技術答詢</translation>
    </message>
    <message>
        <source>Priority P0 / P1, requested and registered times, customer and history</source>
        <translation>優先順序 P0 / P1、需求與登記時間、客戶及歷史記錄</translation>
    </message>
    <message>
        <source>Assessment by Robert (§5.2.2)</source>
        <translation>Robert 評估（§5.2.2）</translation>
    </message>
    <message>
        <source>Necessity, complexity (simple / medium / complex), duration, know-how risk, safety risk, commercial value, remote alternative</source>
        <translation>必要性、複雜度（簡單 / 中等 / 複雜）、時長、Know-how 風險、安全風險、商業價值、替代方案（遠端處理）</translation>
    </message>
    <message>
        <source>Approval, computed before anyone approves; the strictest row wins (§5.2.3)</source>
        <translation>核准權限：在核准前自動算出，取最嚴格的一行（§5.2.3）</translation>
    </message>
    <message>
        <source>Up to half a day, simple consultation: Robert approves himself</source>
        <translation>半天內簡單諮詢：Robert 自核</translation>
    </message>
    <message>
        <source>Up to 3 days: Robert</source>
        <translation>3 天以內：Robert 核准</translation>
    </message>
    <message>
        <source>More than 3 and up to 5 days: Robert proposes, KC is informed</source>
        <translation>3 天以上至 5 天：Robert 提案，知會 KC</translation>
    </message>
    <message>
        <source>More than 5 days, or core know-how: KC approves</source>
        <translation>超過 5 天或涉核心 know-how：KC 核准</translation>
    </message>
    <message>
        <source>Strategic customer or major complaint: KC and Charles approve</source>
        <translation>戰略客戶或重大客訴：KC 與 Charles 核准</translation>
    </message>
    <message>
        <source>Engineer eligibility (§4.2, §11)</source>
        <translation>派員資格（§4.2、§11）</translation>
    </message>
    <message>
        <source>External consultants: NDA and non-compete signed, assessment passed</source>
        <translation>外聘技術顧問：已簽 NDA 與競業協議，並透過能力評估</translation>
    </message>
    <message>
        <source>Sales (盛转红) only for commercial accompaniment without core know-how</source>
        <translation>業務（盛轉紅）只做不涉核心 know-how 的商務陪同</translation>
    </message>
    <message>
        <source>An ineligible engineer cannot be assigned; the screen says why</source>
        <translation>不具資格的人員無法指派，介面會說明原因</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>任務說明書</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.4–§5.2.8</source>
        <translation>SOP-10 §5.2.4–§5.2.8</translation>
    </message>
    <message>
        <source>The record of the briefing Robert holds within 24 hours before departure: what the engineers must know, may say and must carry.</source>
        <translation>Robert 於出發前 24 小時內召開任務說明會的記錄：派員人員必須知道什麼、可以講什麼、必須攜帶什麼。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: Robert.</source>
        <translation>保存 10 年。責任人：Robert。</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表頭</translation>
    </message>
    <message>
        <source>Task number, customer, site, engineers, dates</source>
        <translation>任務編號、客戶、地點、派員人員、日期</translation>
    </message>
    <message>
        <source>Meeting time (within 24 h before departure) and attendees</source>
        <translation>說明會時間（出發前 24 小時內）與出席人員</translation>
    </message>
    <message>
        <source>The 8 agenda items (§5.2.4)</source>
        <translation>8 項議程（§5.2.4）</translation>
    </message>
    <message>
        <source>Customer background and transaction history</source>
        <translation>客戶背景與歷史交易</translation>
    </message>
    <message>
        <source>Measurable objectives</source>
        <translation>派員目標（具體可衡量）</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>時程與行程</translation>
    </message>
    <message>
        <source>Know-how boundary</source>
        <translation>Know-how 防護邊界</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>安全風險與 PPE 配備</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>應急聯絡</translation>
    </message>
    <message>
        <source>Customer special requirements (dress, gift customs, diet)</source>
        <translation>客戶特殊要求（服裝 / 禮物習俗 / 餐飲禁忌）</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Know-how boundary, acknowledged by the engineer (§5.3.1.2)</source>
        <translation>Know-how 防護邊界，由派員確認（§5.3.1.2）</translation>
    </message>
    <message>
        <source>Product specification: the public specification — never the detailed formula</source>
        <translation>產品規格：可講公開規格，不可講詳細配方</translation>
    </message>
    <message>
        <source>Operating advice: recommended ranges — never key parameters such as exact temperatures</source>
        <translation>操作建議：可講建議範圍，不可講關鍵參數（如溫度精確值）</translation>
    </message>
    <message>
        <source>Troubleshooting: how to handle it — never reverse-engineering information</source>
        <translation>故障排除：可講處置方法，不可講反向工程資訊</translation>
    </message>
    <message>
        <source>Supply chain: general raw materials — never key supplier names</source>
        <translation>供應鏈：可講一般原料，不可講關鍵供應商名</translation>
    </message>
    <message>
        <source>Price: not discussed on site (left to sales)</source>
        <translation>價格：現場不討論（留給業務）</translation>
    </message>
    <message>
        <source>PPE from the task&apos;s safety risk, cumulative (§5.2.7)</source>
        <translation>依任務安全風險等級配備 PPE，逐級累加（§5.2.7）</translation>
    </message>
    <message>
        <source>Low: safety shoes, helmet, work clothes</source>
        <translation>低：安全鞋、安全帽、工作服</translation>
    </message>
    <message>
        <source>Medium adds chemical gloves, goggles, respirator mask</source>
        <translation>中：另加防化手套、護目鏡、防毒口罩</translation>
    </message>
    <message>
        <source>High adds chemical suit, full-face respirator, emergency contact card</source>
        <translation>高：另加防化服、全面型呼吸器、應急聯絡卡</translation>
    </message>
    <message>
        <source>HF site adds the HF first-aid kit (25 % calcium gluconate gel)</source>
        <translation>HF 現場：另加 HF 急救藥盒（25% 葡萄糖酸鈣凝膠）</translation>
    </message>
    <message>
        <source>Pre-trip confirmation, the day before (§5.2.8)</source>
        <translation>行前對接，出發前 1 天（§5.2.8）</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <translation>到達時間、地點與接待人</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure and safety training</source>
        <translation>現場 PPE、入廠程序與安全培訓</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急聯絡</translation>
    </message>
    <message>
        <source>Documents: ID, health certificate, entry application</source>
        <translation>必備文件：身份證、健康證、入廠申請</translation>
    </message>
    <message>
        <source>Pre-dispatch briefing pack (§5.2.6)</source>
        <translation>派員前簡報（§5.2.6）</translation>
    </message>
    <message>
        <source>Contract, SDS and COA attachments; the customer&apos;s past tasks, complaints and service reports</source>
        <translation>合同、SDS 與 COA 附件；該客戶過去的任務、客訴與服務報告</translation>
    </message>
    <message>
        <source>Similar cases from the know-how library (full-text search)</source>
        <translation>Know-how 庫中的類似案例（全文檢索）</translation>
    </message>
    <message>
        <source>Read-only and printable; that the engineer read it is recorded</source>
        <translation>只讀、可列印；記錄派員已閱讀</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>服務報告</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.1</source>
        <translation>SOP-10 §5.4.1</translation>
    </message>
    <message>
        <source>Written by Robert and the engineer within 3 working days after the last on-site day (weekends and public holidays do not count), signed by both and printed for the paper archive.</source>
        <translation>派員最後一個現場工作日後 3 個工作日內（週末與法定假日不計）由 Robert 與派員共同完成，雙方簽字並列印紙本歸檔。</translation>
    </message>
    <message>
        <source>The 7 sections (§5.4.1)</source>
        <translation>7 個部分（§5.4.1）</translation>
    </message>
    <message>
        <source>Task summary: customer, time, place, engineers, objectives against what was achieved</source>
        <translation>任務摘要：客戶、時間、地點、派員人員、任務目標與達成</translation>
    </message>
    <message>
        <source>Site situation: the line as found, problems, customer remarks</source>
        <translation>現場狀況：客戶產線現況、發現問題、客戶回饋</translation>
    </message>
    <message>
        <source>Solutions: what was solved on site, follow-ups</source>
        <translation>解決方案：現場解決之處置、後續追蹤事項</translation>
    </message>
    <message>
        <source>Customer feedback: satisfaction 1–10, comments, further needs</source>
        <translation>客戶回饋：滿意度（1–10 分）、具體評價、後續需求</translation>
    </message>
    <message>
        <source>Improvement suggestions: to Lithera, to suppliers, to the customer</source>
        <translation>改進建議：對本公司流程、對供應商、對客戶</translation>
    </message>
    <message>
        <source>Know-how feedback: new cases, problem patterns, solutions — each can become a know-how library entry</source>
        <translation>Know-how 回饋：新經驗/案例、新問題模式、新解決方案——每一項都可成為 know-how 庫條目</translation>
    </message>
    <message>
        <source>Financial settlement: travel, hospitality and other costs from QEF-10-05</source>
        <translation>財務結算：來自 QEF-10-05 的差旅、招待及其他費用</translation>
    </message>
    <message>
        <source>Signing and corrections</source>
        <translation>簽字與更正</translation>
    </message>
    <message>
        <source>Signed by the engineer and Robert; a signed report is never edited again</source>
        <translation>由派員與 Robert 簽字；已簽字的報告不再修改</translation>
    </message>
    <message>
        <source>A correction is a new revision that points at the old one; both stay, both print</source>
        <translation>更正以新版本記錄並指向舊版本；兩者都保留、都可列印</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.3</source>
        <translation>SOP-10 §5.3.3</translation>
    </message>
    <message>
        <source>One report per engineer per on-site day, due by 17:00 that day. Engineers report by phone or WeChat; office staff or Robert enter it here.</source>
        <translation>每位派員每個現場工作日一份，當日 17:00 前回傳。派員以電話或微信回報，由辦公室同事或 Robert 在此輸入。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the engineer.</source>
        <translation>保存 10 年。責任人：派員。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Task, engineer, date</source>
        <translation>任務、派員、日期</translation>
    </message>
    <message>
        <source>Today&apos;s work in time slots (morning, noon, afternoon)</source>
        <translation>今日工作，按時段（上午、中午、下午）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s plan</source>
        <translation>明日計劃</translation>
    </message>
    <message>
        <source>Support requested: from whom, what</source>
        <translation>需公司支援：由誰、做什麼</translation>
    </message>
    <message>
        <source>Expenses: item, amount, who paid</source>
        <translation>花費：項目、金額、付款方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due 17:00 on the day; a later report is marked late</source>
        <translation>當日 17:00 前；逾時回傳標記為遲交</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>異常通報</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.4</source>
        <translation>SOP-10 §5.3.4</translation>
    </message>
    <message>
        <source>An anomaly found on site is reported at once. The desk records who was told, how and when, and shows those whose notification is overdue.</source>
        <translation>派員現場發現異常須立即通報。服務台記錄通知了誰、以何種方式、何時通知，並顯示逾期未通報的異常。</translation>
    </message>
    <message>
        <source>Kept 10 years with the task. Responsible: the engineer.</source>
        <translation>隨任務保存 10 年。責任人：派員。</translation>
    </message>
    <message>
        <source>Type — who is told — time limit</source>
        <translation>異常類型 — 通報對象 — 時限</translation>
    </message>
    <message>
        <source>Major customer complaint — phone Robert — within 1 hour</source>
        <translation>客戶重大客訴 — 電話 Robert — 1 小時內</translation>
    </message>
    <message>
        <source>Commercial negotiation — phone 盛转红 and KC — within 4 hours</source>
        <translation>客戶商業談判 — 電話盛轉紅與 KC — 4 小時內</translation>
    </message>
    <message>
        <source>Technical problem beyond the engineer&apos;s ability — phone Robert — within 24 hours</source>
        <translation>技術問題超出能力 — 電話 Robert — 24 小時內</translation>
    </message>
    <message>
        <source>General problem — in the same day&apos;s daily report</source>
        <translation>一般問題 — 當日日報反映</translation>
    </message>
    <message>
        <source>Call-backs</source>
        <translation>客戶回訪</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.2, SOP-15 §7</source>
        <translation>SOP-10 §5.4.2、SOP-15 §7</translation>
    </message>
    <message>
        <source>Within 48 hours after the dispatch ends, 盛转红 or 王婧 calls the customer&apos;s contact and records the answers.</source>
        <translation>派員結束後 48 小時內，由盛轉紅或王婧回訪客戶對接人並記錄回答。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: 盛转红.</source>
        <translation>保存 10 年。責任人：盛轉紅。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>客戶對接人</translation>
    </message>
    <message>
        <source>Satisfaction 1–10</source>
        <translation>滿意度（1–10 分）</translation>
    </message>
    <message>
        <source>Engineer performance</source>
        <translation>派員表現</translation>
    </message>
    <message>
        <source>Further needs</source>
        <translation>後續需求</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>改進建議</translation>
    </message>
    <message>
        <source>Net Promoter Score (SOP-15 §7)</source>
        <translation>淨推薦值 NPS（SOP-15 §7）</translation>
    </message>
    <message>
        <source>Would you recommend Lithera to a peer? 0–10</source>
        <translation>您願意推薦 Lithera 給同業嗎？（0–10 分）</translation>
    </message>
    <message>
        <source>Promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors</source>
        <translation>推薦者 9–10，中立者 7–8，批評者 0–6；NPS = 推薦者 % − 批評者 %</translation>
    </message>
    <message>
        <source>A score below 7 starts an improvement plan by KC and Robert, tracked for 90 days</source>
        <translation>低於 7 分：KC 與 Robert 制定改進計劃，追蹤 90 天</translation>
    </message>
    <message>
        <source>NDAs</source>
        <translation>NDA 保密協議</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.5</source>
        <translation>SOP-10 §5.2.5</translation>
    </message>
    <message>
        <source>A new customer or a task with high know-how risk cannot be dispatched without a signed NDA.</source>
        <translation>新合作客戶或高 know-how 風險的任務，未簽 NDA 不得派員。</translation>
    </message>
    <message>
        <source>Kept permanently. Custodian: 王婧.</source>
        <translation>永久保存。保管人：王婧。</translation>
    </message>
    <message>
        <source>Counterparty: a customer or a consultant</source>
        <translation>簽署方：客戶或技術顧問</translation>
    </message>
    <message>
        <source>Scope: customer confidentiality, Lithera confidentiality, mutual (no poaching, no competition)</source>
        <translation>範圍：客戶保密、本公司保密、雙方互保（互不挖角 / 互不競業）</translation>
    </message>
    <message>
        <source>Template version reviewed by counsel (蔡坤旺)</source>
        <translation>經律師（蔡坤旺）審核的範本版本</translation>
    </message>
    <message>
        <source>Signed date and custodian</source>
        <translation>簽署日期與保管人</translation>
    </message>
    <message>
        <source>The scanned signed copy as an attachment</source>
        <translation>簽署件掃描檔作為附件</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>費用申報</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.1.3, §5.4.1 item 7</source>
        <translation>SOP-10 §5.3.1.3、§5.4.1 第 7 項</translation>
    </message>
    <message>
        <source>The engineer&apos;s expenses for a task; the total goes into the service report&apos;s financial settlement.</source>
        <translation>派員在一個任務中的費用；合計金額計入服務報告的財務結算。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the engineer; checked by 王婧.</source>
        <translation>保存 10 年。責任人：派員；由王婧審核。</translation>
    </message>
    <message>
        <source>Claimant and task</source>
        <translation>申報人與任務</translation>
    </message>
    <message>
        <source>Lines: date; category (transport, lodging, meals, hospitality, gift received, other); description; amount in RMB with 2 decimals; paid by company or customer; receipt yes / no</source>
        <translation>明細：日期；類別（交通、住宿、餐飲、招待、收受禮物、其他）；說明；金額（人民幣，兩位小數）；公司付或客戶付；有無收據</translation>
    </message>
    <message>
        <source>Total of the company-paid lines: what is reimbursed</source>
        <translation>公司付款明細的合計：即報銷金額</translation>
    </message>
    <message>
        <source>Gifts and hospitality (§5.3.1.3)</source>
        <translation>禮物與招待（§5.3.1.3）</translation>
    </message>
    <message>
        <source>A gift or hospitality received worth more than RMB 200 must be declared to 王婧</source>
        <translation>收受超過 RMB 200 的禮物或招待，須向王婧申報</translation>
    </message>
    <message>
        <source>It stays flagged and visible until it is declared</source>
        <translation>申報前會一直標記顯示</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.3, SOP-15 §8.2, SOP-17</source>
        <translation>SOP-10 §5.4.3、SOP-15 §8.2、SOP-17</translation>
    </message>
    <message>
        <source>The experience of every dispatch — new cases, problem patterns, solutions — kept as library entries and searched in full text for the next briefing.</source>
        <translation>每次派員的經驗——新案例、問題模式、解決方案——作為知識庫條目儲存，下次簡報時可全文檢索。</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>Title, text, level L1 / L2 / L3, linked tasks</source>
        <translation>標題、內容、等級 L1 / L2 / L3、關聯任務</translation>
    </message>
    <message>
        <source>New entries come from the know-how feedback of service reports</source>
        <translation>新條目來自服務報告的 know-how 回饋</translation>
    </message>
    <message>
        <source>L3 restricted know-how (SOP-15 §8.2)</source>
        <translation>L3 受限級 know-how（SOP-15 §8.2）</translation>
    </message>
    <message>
        <source>Customer-specific formulas are L3: only Robert, KC and the assigned engineers may open them</source>
        <translation>客戶專屬配方為 L3：僅 Robert、KC 及指派的派員可檢視</translation>
    </message>
    <message>
        <source>Every access, allowed or refused, is written to the audit log</source>
        <translation>每次存取（允許或拒絕）都寫入稽核記錄</translation>
    </message>
    <message>
        <source>Access ends the day a person leaves</source>
        <translation>人員離職當日即撤銷權限</translation>
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
        <translation>Robert 主持的月度派員案例彙總：各項資料及趨勢線與目標線、當月異常案例與改善案，可直接列印。</translation>
    </message>
    <message>
        <source>Monthly, quarterly and yearly periods.</source>
        <translation>按月、季、年統計。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>On-time dispatch rate ≥ 98 % (month)</source>
        <translation>派員準時率 ≥ 98%（月）</translation>
    </message>
    <message>
        <source>Customer satisfaction ≥ 9 / 10 (each case)</source>
        <translation>客戶派員滿意度 ≥ 9 / 10（每案）</translation>
    </message>
    <message>
        <source>Know-how leak incidents = 0 (year)</source>
        <translation>Know-how 外洩事件 = 0（年）</translation>
    </message>
    <message>
        <source>Complaint rate after service &lt; 1 % (month)</source>
        <translation>派員服務後客訴率 &lt; 1%（月）</translation>
    </message>
    <message>
        <source>Service report within 3 working days: 100 % (month)</source>
        <translation>派員服務報告 3 個工作日內交付率 100%（月）</translation>
    </message>
    <message>
        <source>Proactive dispatch to strategic customers done: 100 % (quarter)</source>
        <translation>戰略客戶主動派員完成率 100%（季）</translation>
    </message>
    <message>
        <source>NPS: tier A ≥ 60, tier B ≥ 40, overall ≥ 50 (quarter)</source>
        <translation>NPS：A 級 ≥ 60，B 級 ≥ 40，整體 ≥ 50（季）</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <source>24 h certification (courses 1–5 and 7) done, and the annual 8 h refresher within 12 months; course 6 (HF first aid) for an HF site</source>
        <translation>已完成 24 h 認證（課程 1–5 與 7），且 12 個月內完成每年 8 h 複訓；HF 現場另須課程 6（HF 急救）</translation>
    </message>
    <message>
        <source>Safety incident (people or chemicals) — phone KC and Robert — immediately (within 15 minutes)</source>
        <translation>安全事件（人員 / 化學品）— 電話 KC 與 Robert — 立即（15 分鐘內）</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>月度彙總</translation>
    </message>
    <message>
        <source>SOP-10 §5.5</source>
        <translation>SOP-10 §5.5</translation>
    </message>
    <message>
        <source>The month&apos;s case review Robert signs for the management review (SOP-20): the KPI figures and trends, anomaly cases, complaints, know-how incidents, call-backs below 7 with their improvement plans, his notes and decisions. Signing freezes the figures.</source>
        <translation>Robert 為管理審查（SOP-20）簽署的月度案例彙總：KPI 資料與趨勢、異常案例、客訴、know-how 外洩事件、低於 7 分的回訪及其改善計畫、他的備註與決議。簽署後資料凍結。</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Figures, stored when signed</source>
        <translation>資料，簽署時儲存</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>SOP-15 §10, SOP-08</source>
        <translation>SOP-15 §10、SOP-08</translation>
    </message>
    <message>
        <source>Customer complaints as received (客诉接收单): the first response is due within 4 hours; a complaint that names a dispatch counts in the complaint rate after service.</source>
        <translation>收到的客戶投訴（客訴接收單）：4 小時內須首次回應；指明派員的客訴計入服務後客訴率。</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the person handling it.</source>
        <translation>保存 10 年。負責人：處理人。</translation>
    </message>
    <message>
        <source>Received at, customer, the dispatch it concerns (optional)</source>
        <translation>接收時間、客戶、相關派員（可選）</translation>
    </message>
    <message>
        <source>Severity: major or normal; a major one can start an urgent dispatch</source>
        <translation>嚴重程度：重大或一般；重大客訴可啟動緊急派員</translation>
    </message>
    <message>
        <source>Description, first response at, handled by, solution, closed on</source>
        <translation>內容、首次回應時間、處理人、解決方案、結案日期</translation>
    </message>
    <message>
        <source>Know-how incidents</source>
        <translation>Know-how 外洩事件</translation>
    </message>
    <message>
        <source>SOP-17</source>
        <translation>SOP-17</translation>
    </message>
    <message>
        <source>Know-how leaks (Know-how 外泄事件): what leaked and how, and what was done. The target is none in a year.</source>
        <translation>Know-how 外洩事件：外洩了什麼、如何外洩、如何處置。目標為全年零起。</translation>
    </message>
    <message>
        <source>Found on, task (optional), level L1 / L2 / L3</source>
        <translation>發現日期、任務（可選）、等級 L1 / L2 / L3</translation>
    </message>
    <message>
        <source>What leaked and how, reported by, actions, closed on</source>
        <translation>外洩內容與方式、報告人、處置措施、結案日期</translation>
    </message>
    <message>
        <source>Proactive plan</source>
        <translation>主動派員計畫</translation>
    </message>
</context>
<context>
    <name>AreaInfoPage</name>
    <message>
        <source>Implements %1</source>
        <translation>依據 %1</translation>
    </message>
    <message>
        <source>This version of Field Desk does not have the entry screen for this area yet, so nothing can be recorded here. The paper form and the procedure above remain the way to work until it does.</source>
        <translation>本版本的派員服務台尚無此區域的輸入介面，因此這裡還不能記錄任何內容。在此之前，請繼續使用紙本表單並按上述程序作業。</translation>
    </message>
    <message>
        <source>The records of this area are listed on the first tab as they arrive by import or synchronisation. This version of Field Desk does not have the entry screen yet: new records are still written on the paper form.</source>
        <translation>此區域的記錄透過匯入或同步進入後，會列在第一個分頁中。本版本的派員服務台尚無輸入介面：新記錄仍請填寫紙本表單。</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Choose</source>
        <translation>選擇</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Assessment (§5.2.2)</source>
        <translation>評估（§5.2.2）</translation>
    </message>
    <message>
        <source>Must it be solved on site? Can it be handled remotely?</source>
        <translation>是否需現場解決？遠端能否處理？</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Half a day, 1–3 days or more than 3 days decides the approval level</source>
        <translation>半天、1–3 天或 3 天以上，決定核准層級</translation>
    </message>
    <message>
        <source>Strategic value of the customer, revenue</source>
        <translation>客戶戰略價值、收入貢獻</translation>
    </message>
    <message>
        <source>Could it be solved remotely with AI assistance?</source>
        <translation>是否可遠端 + AI 協助解決？</translation>
    </message>
    <message>
        <source>Major customer complaint</source>
        <translation>客戶重大客訴</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>儲存評估</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>儲存評估（Ctrl+S）</translation>
    </message>
    <message>
        <source>Necessity:</source>
        <translation>必要性：</translation>
    </message>
    <message>
        <source>Complexity:</source>
        <translation>複雜度：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>時長：</translation>
    </message>
    <message>
        <source>Know-how risk:</source>
        <translation>Know-how 風險：</translation>
    </message>
    <message>
        <source>Safety risk:</source>
        <translation>安全風險：</translation>
    </message>
    <message>
        <source>Commercial value:</source>
        <translation>商業價值：</translation>
    </message>
    <message>
        <source>Remote alternative:</source>
        <translation>替代方案（遠端）：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>計劃：</translation>
    </message>
    <message>
        <source>Required approval: enter the duration and the complexity to see who must approve.</source>
        <translation>所需核准：填寫時長與複雜度後即可看到由誰核准。</translation>
    </message>
    <message>
        <source>Required approval: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>所需核准：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer is a tier A strategic customer.</source>
        <translation>該客戶為 A 級戰略客戶。</translation>
    </message>
    <message>
        <source>Computed from the fields above; save the assessment before anyone approves.</source>
        <translation>由以上欄位自動算出；請在核准前儲存評估。</translation>
    </message>
    <message>
        <source>May be changed until someone approves or rejects the task.</source>
        <translation>在有人核准或駁回任務之前均可修改。</translation>
    </message>
    <message>
        <source>Saving makes the task assessed; then it goes to approval.</source>
        <translation>儲存後任務即為已評估，隨後進入核准。</translation>
    </message>
    <message>
        <source>The assessment is fixed: the task is %1.</source>
        <translation>評估已鎖定：任務%1。</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Attach scanned copy…</source>
        <translation>附加掃描件…</translation>
    </message>
    <message>
        <source>Choose the scanned, signed copy (PDF or image, at most %1 MB); it is stored encrypted in the database</source>
        <translation>選擇已簽字的掃描件（PDF 或圖片，最大 %1 MB）；檔案會加密儲存在資料庫中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Attach scanned copy</source>
        <translation>附加掃描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>掃描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The file %1 is empty; choose the scanned copy itself.</source>
        <translation>檔案 %1 是空的；請選擇掃描件本身。</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>資料庫已關閉。</translation>
    </message>
    <message>
        <source>Replace scanned copy…</source>
        <translation>替換掃描件…</translation>
    </message>
    <message>
        <source>No scanned copy attached yet.</source>
        <translation>尚未附加掃描件。</translation>
    </message>
    <message>
        <source>The scanned copy is missing from this database (%1).</source>
        <translation>此資料庫中缺少掃描件（%1）。</translation>
    </message>
    <message>
        <source>%1 · %2 · stored when you save</source>
        <translation>%1 · %2 · 儲存時存入</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show the scanned copy (it stays inside Field Desk)</source>
        <translation>查看掃描件（只在派員服務台內顯示）</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 is %2 MB; an attachment can be at most %3 MB. Scan it again with a lower resolution or in black and white, or split it into several files.</source>
        <translation>檔案 %1 大小為 %2 MB；附件最大為 %3 MB。請以較低解析度或黑白模式重新掃描，或拆分成幾個檔案。</translation>
    </message>
    <message>
        <source>There is no file %1; choose the file again.</source>
        <translation>沒有檔案 %1；請重新選擇檔案。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2. Check that it is not open in another program and that you may read it.</source>
        <translation>無法讀取檔案 %1：%2。請確認該檔案沒有在其他程式中開啟，且您有讀取權限。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation>無法讀取檔案 %1：%2。</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件需要檔名。</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this database.</source>
        <translation>此資料庫中沒有附件 %1。</translation>
    </message>
    <message>
        <source>The attachment %1 (%2) is damaged: its content no longer matches the checksum stored with it. Attach the original file again.</source>
        <translation>附件 %1（%2）已損壞：其內容與儲存的檢查碼不再相符。請重新附加原始檔案。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>無法寫入稽核記錄：%1</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>稽核記錄第 %1 至 %2 筆缺失。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>稽核記錄第 %1 筆與前一筆銜接不上。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>稽核記錄第 %1 筆在寫入後被修改過。</translation>
    </message>
    <message>
        <source>The newest audit entries were removed (the log ends at %1, the database recorded %2).</source>
        <translation>最新的稽核記錄被刪除了（記錄止於第 %1 筆，資料庫記載為第 %2 筆）。</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>無法讀取審計日誌：%1</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed or removed after it was checked.</source>
        <translation>審計記錄 %1 在檢查之後被修改或刪除。</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Batch print</source>
        <translation>批次列印</translation>
    </message>
    <message>
        <source>Service reports of the &amp;month</source>
        <translation>當月服務報告(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dossier of the selected task</source>
        <translation>所選任務的卷宗(&amp;D)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>儲存為 &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>P&amp;rint on</source>
        <translation>列印到(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Service reports %1.pdf</source>
        <translation>服務報告 %1.pdf</translation>
    </message>
    <message>
        <source>Task dossier.pdf</source>
        <translation>任務卷宗.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF file to write (Browse…).</source>
        <translation>請選擇要寫入的 PDF 檔案（瀏覽…）。</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已傳送到印表機。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>沒有可列印的內容。</translation>
    </message>
    <message>
        <source>Reading records</source>
        <translation>正在讀取記錄</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>列印已取消。</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在列印</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not available.</source>
        <translation>印表機“%1”不可用。</translation>
    </message>
</context>
<context>
    <name>BriefingAgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Customer background and transaction history</source>
        <translation>客戶背景與歷史交易</translation>
    </message>
    <message>
        <source>Tier, relationship, recent orders and complaints (see the briefing pack)</source>
        <translation>客戶等級、往來關係、近期訂單與客訴（見派員前簡報）</translation>
    </message>
    <message>
        <source>Objectives (specific and measurable)</source>
        <translation>派員目標（具體可衡量）</translation>
    </message>
    <message>
        <source>Required before the task can be marked briefed.</source>
        <translation>須填寫後才能將任務標記為已開說明會。</translation>
    </message>
    <message>
        <source>e.g. find the root cause of the uneven coating within 48 h</source>
        <translation>例如：48 小時內找出塗布不均的根本原因</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>時程與行程</translation>
    </message>
    <message>
        <source>Day 0 arrival, entry procedure and safety training; Day 1–N …</source>
        <translation>Day 0 抵達、入廠程序與安全培訓；Day 1–N …</translation>
    </message>
    <message>
        <source>Know-how boundary (what may and may not be said)</source>
        <translation>Know-how 防護邊界（哪些能講 / 哪些不能講）</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>安全風險與 PPE 配備</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>應急聯絡</translation>
    </message>
    <message>
        <source>Names and phone numbers: ours, the customer&apos;s site, nearest hospital</source>
        <translation>姓名與電話：本公司、客戶現場、最近的醫院</translation>
    </message>
    <message>
        <source>Customer special requirements (dress, gift customs, diet)</source>
        <translation>客戶特殊要求（服裝 / 禮物習俗 / 餐飲禁忌）</translation>
    </message>
    <message>
        <source>e.g. clean-room suit in the test area; no gifts accepted</source>
        <translation>例如：測試區須穿無塵服；不接受禮物</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Questions raised in the meeting and their answers</source>
        <translation>說明會中提出的問題及其回答</translation>
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
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing meeting (SOP-10 §5.2.4)</source>
        <translation>任務說明會（SOP-10 §5.2.4）</translation>
    </message>
    <message>
        <source>Meeting held at:</source>
        <translation>說明會時間：</translation>
    </message>
    <message>
        <source>Departure at:</source>
        <translation>出發時間：</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席人員：</translation>
    </message>
    <message>
        <source>engineer on this task</source>
        <translation>本任務派員</translation>
    </message>
    <message>
        <source>(removed person)</source>
        <translation>（已刪除的人員）</translation>
    </message>
    <message>
        <source>The meeting is held within 24 h before departure; enter both times to check.</source>
        <translation>說明會須在出發前 24 小時內召開；填寫兩個時間即可檢查。</translation>
    </message>
    <message>
        <source>✓ %1 before departure: within the 24 h rule.</source>
        <translation>✓ 出發前 %1：符合 24 小時規定。</translation>
    </message>
    <message>
        <source>✗ The meeting lies %1 after the departure.</source>
        <translation>✗ 說明會在出發後 %1 才召開。</translation>
    </message>
    <message>
        <source>✗ %1 before departure: the meeting must be held within 24 h before departure (SOP-10 §5.2.4).</source>
        <translation>✗ 出發前 %1：說明會必須在出發前 24 小時內召開（SOP-10 §5.2.4）。</translation>
    </message>
</context>
<context>
    <name>BriefingPackPage</name>
    <message>
        <source>I have read the pack</source>
        <translation>我已閱讀簡報</translation>
    </message>
    <message>
        <source>Records on the brief when the engineer read the pack (SOP-10 §5.2.6: read it before departure)</source>
        <translation>在說明書上記錄派員閱讀簡報的時間（SOP-10 §5.2.6：出發前閱讀）</translation>
    </message>
    <message>
        <source>Read on %1.</source>
        <translation>已於 %1 閱讀。</translation>
    </message>
    <message>
        <source>Read it again now</source>
        <translation>現在重新閱讀</translation>
    </message>
    <message>
        <source>Not read yet: the engineer reads the pack before departure.</source>
        <translation>尚未閱讀：派員須在出發前閱讀簡報。</translation>
    </message>
    <message>
        <source>Briefing pack · %1</source>
        <translation>派員前簡報 · %1</translation>
    </message>
    <message>
        <source>What the desk already knows about this customer and similar cases (SOP-10 §5.2.6). Read before departure.</source>
        <translation>服務台已掌握的該客戶資料與類似案例（SOP-10 §5.2.6）。請在出發前閱讀。</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <source>The task&apos;s customer is not in the registry.</source>
        <translation>任務的客戶不在客戶名錄中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首單日期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Past tasks and their briefs</source>
        <translation>過去的任務及其說明書</translation>
    </message>
    <message>
        <source>No earlier task for this customer.</source>
        <translation>該客戶沒有更早的任務。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Subject and objectives of the brief</source>
        <translation>主題與說明書中的派員目標</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>派員目標：</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>類似案例</translation>
    </message>
    <message>
        <source>No similar case found in: %1.</source>
        <translation>在以下範圍中未找到類似案例：%1。</translation>
    </message>
    <message>
        <source>Found by full-text search with the task&apos;s subject and request in: %1.</source>
        <translation>以任務主題與需求內容全文檢索，檢索範圍：%1。</translation>
    </message>
    <message>
        <source>NDAs with the customer</source>
        <translation>與該客戶的 NDA</translation>
    </message>
    <message>
        <source>No NDA with this customer is on file.</source>
        <translation>沒有與該客戶簽署 NDA 的記錄。</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>尚未簽署</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>已於 %1 簽署</translation>
    </message>
    <message>
        <source>no scanned copy attached</source>
        <translation>未附掃描件</translation>
    </message>
    <message>
        <source>scanned copy: %1 (%2)</source>
        <translation>掃描件：%1（%2）</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Meeting and agenda</source>
        <translation>說明會與議程</translation>
    </message>
    <message>
        <source>Pre-trip confirmation</source>
        <translation>行前對接</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>派員前簡報</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>儲存說明書</translation>
    </message>
    <message>
        <source>Save the mission brief (Ctrl+S)</source>
        <translation>儲存任務說明書（Ctrl+S）</translation>
    </message>
    <message>
        <source>Before dispatch</source>
        <translation>派員前</translation>
    </message>
    <message>
        <source>Mark briefed</source>
        <translation>標記為已開說明會</translation>
    </message>
    <message>
        <source>Unsaved mission brief</source>
        <translation>任務說明書未儲存</translation>
    </message>
    <message>
        <source>The mission brief of %1 has changes that are not saved. Save them?</source>
        <translation>%1 的任務說明書有未儲存的修改。是否儲存？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的修改</translation>
    </message>
    <message>
        <source>Mission brief saved.</source>
        <translation>任務說明書已儲存。</translation>
    </message>
    <message>
        <source>The task is briefed: the engineers may leave as planned.</source>
        <translation>任務已開說明會：派員人員可按計劃出發。</translation>
    </message>
    <message>
        <source>✓ Marked briefed; the task is now &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>✓ 已標記為已開說明會；任務現為&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Nothing blocks the dispatch: the task can be marked briefed.</source>
        <translation>沒有阻礙派員的事項：任務可標記為已開說明會。</translation>
    </message>
    <message>
        <source>Mark briefed is possible once these are settled:</source>
        <translation>以下事項處理完畢後，才能標記為已開說明會：</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Preview and print the mission brief (Ctrl+P)</source>
        <translation>預覽並列印說明書（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>BriefingTaskHeader</name>
    <message>
        <source>← Task</source>
        <translation>← 任務</translation>
    </message>
    <message>
        <source>Back to the task page</source>
        <translation>返回任務頁面</translation>
    </message>
    <message>
        <source>QEF-10-01 Mission brief · %1</source>
        <translation>QEF-10-01 任務說明書 · %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>地點：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Engineers: %1</source>
        <translation>派員人員：%1</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>計劃：%1</translation>
    </message>
</context>
<context>
    <name>BusyDatabase</name>
    <message>
        <source>The database is busy: another program (an import, a sync or a second Field Desk on the same file) is writing to it. Nothing was saved. Wait a moment and try again; if it stays busy, let the other program finish or close it.</source>
        <translation>資料庫忙碌中：另一個程式（匯入、同步或開啟同一檔案的另一個派員服務台）正在寫入。未儲存任何內容。請稍候再試；若一直忙碌，請等待該程式完成或將其關閉。</translation>
    </message>
</context>
<context>
    <name>CallbackEditor</name>
    <message>
        <source>Call-backs are made by sales or admin staff (SOP-10 §5.4.2).</source>
        <translation>回訪由業務或行政人員進行（SOP-10 §5.4.2）。</translation>
    </message>
    <message>
        <source>Choose the task: the call is due 48 h after its engineers left the site.</source>
        <translation>請選擇任務：回訪須在派員離開現場後 48 小時內完成。</translation>
    </message>
    <message>
        <source>The task has no time for leaving the site yet; the 48 h start then.</source>
        <translation>任務尚未填寫離開現場時間；48 小時從該時間起算。</translation>
    </message>
    <message>
        <source>Due by %1 (48 h after leaving the site on %2).</source>
        <translation>期限 %1（%2 離開現場後 48 小時）。</translation>
    </message>
    <message>
        <source>✓ Within the 48 h.</source>
        <translation>✓ 在 48 小時內。</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n hour(s) late.</source>
        <translation>
            <numerusform>✗ 逾期 %n 小時。</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Overdue: call the customer now.</source>
        <translation>✗ 已逾期：請立即回訪客戶。</translation>
    </message>
    <message>
        <source>NPS group: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>NPS 分組：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A score below 7: KC and Robert make an improvement plan, followed up for 90 days (SOP-15 §7.3).</source>
        <translation>低於 7 分：由 KC 與 Robert 制定改進計劃，追蹤 90 天（SOP-15 §7.3）。</translation>
    </message>
    <message>
        <source>90 days after the call on %1: %2.</source>
        <translation>%1 回訪後 90 天：%2。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: fielddesk-cli &lt;command&gt; --db FILE [options]</source>
        <translation>用法：fielddesk-cli &lt;命令&gt; --db 檔案 [選項]</translation>
    </message>
    <message>
        <source>Commands: %1. Run with --help for details.</source>
        <translation>命令：%1。使用 --help 檢視詳細說明。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要執行的命令。</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>資料庫檔案。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Write JSON instead of plain text.</source>
        <translation>輸出 JSON 而不是純文字。</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>從檔案的第一行讀取密碼。</translation>
    </message>
    <message>
        <source>rekey: read the new passphrase from FILE instead of FIELDDESK_NEW_PASSPHRASE.</source>
        <translation>rekey：從檔案讀取新密碼，而不是從 FIELDDESK_NEW_PASSPHRASE。</translation>
    </message>
    <message>
        <source>backup: the file to write.</source>
        <translation>backup：要寫入的檔案。</translation>
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
        <translation>%1 需要 --db 檔案：要操作的資料庫。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>無法讀取密碼檔案 %1：%2</translation>
    </message>
    <message>
        <source>No passphrase: set %1 or use --%2 FILE.</source>
        <translation>沒有密碼：請設定 %1，或使用 --%2 檔案。</translation>
    </message>
    <message>
        <source>Created %1 (schema %2, SQLCipher %3).</source>
        <translation>已建立 %1（結構版本 %2，SQLCipher %3）。</translation>
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
        <translation>稽核鏈：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>結構版本：%1</translation>
    </message>
    <message>
        <source>Verification failed for %1.</source>
        <translation>%1 驗證未通過。</translation>
    </message>
    <message>
        <source>Demo data loaded: %1.</source>
        <translation>已載入示範資料：%1。</translation>
    </message>
    <message>
        <source>import needs exactly one JSON file: import --db FILE FILE.json</source>
        <translation>import 需要且只需要一個 JSON 檔案：import --db 檔案 檔案.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>已匯入：新增 %1 筆，更新 %2 筆，未變 %3 筆。</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>%1 的密碼已更換。</translation>
    </message>
    <message>
        <source>backup needs --to FILE: where to write the copy.</source>
        <translation>backup 需要 --to 檔案：副本的寫入位置。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>備份已寫入 %1。</translation>
    </message>
    <message>
        <source>verify-paper: the text of a printout&apos;s QR code.</source>
        <translation>verify-paper：列印件上的 QR Code 的文字。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>print: the record to print (a task prints its dossier).</source>
        <translation>print：要列印的記錄（任務則列印其卷宗）。</translation>
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
        <translation>print：要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <source>print needs --pdf FILE: where to write the PDF.</source>
        <translation>print 需要 --pdf 檔案：PDF 的寫入位置。</translation>
    </message>
    <message>
        <source>print takes no file arguments; use --pdf FILE.</source>
        <translation>print 不接受檔案參數；請使用 --pdf 檔案。</translation>
    </message>
    <message>
        <source>There are no service reports in %1: nothing printed.</source>
        <translation>%1 沒有服務報告：未列印任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>已寫入 %1：共 %n 頁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s).</source>
        <translation>
            <numerusform>%n 份表單。</numerusform>
        </translation>
    </message>
    <message>
        <source>verify-paper needs --code TEXT: the text of the paper&apos;s QR code or the code printed under it.</source>
        <translation>verify-paper 需要 --code TEXT：紙本上的 QR Code 的文字，或印在 QR Code 下方的代碼。</translation>
    </message>
    <message>
        <source>team: the shared folder.</source>
        <translation>team：共享資料夾。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>team invite: the enrollment file to write.</source>
        <translation>team invite：要寫入的註冊檔案。</translation>
    </message>
    <message>
        <source>team join: the enrollment file.</source>
        <translation>team join：註冊檔案。</translation>
    </message>
    <message>
        <source>sync: also publish a snapshot that new devices start from.</source>
        <translation>sync：同時發布供新裝置開始用的快照。</translation>
    </message>
    <message>
        <source>team create: also write the recovery sheet text to FILE.</source>
        <translation>team create：同時將恢復單文字寫入檔案。</translation>
    </message>
    <message>
        <source>team %1 needs --share DIR: the shared folder.</source>
        <translation>team %1 需要 --share 目錄：共享資料夾。</translation>
    </message>
    <message>
        <source>Cannot write the recovery sheet to %1: %2</source>
        <translation>無法將恢復單寫入 %1：%2</translation>
    </message>
    <message>
        <source>Created team %1 on %2. Print the recovery sheet and keep it in the safe.</source>
        <translation>已在 %2 上建立團隊 %1。請列印恢復單並存放在保險櫃中。</translation>
    </message>
    <message>
        <source>team invite needs --out FILE: the enrollment file to write.</source>
        <translation>team invite 需要 --out 檔案：要寫入的註冊檔案。</translation>
    </message>
    <message>
        <source>Wrote the enrollment file %1. Give it and the code below to the new device separately; the code opens it once.</source>
        <translation>已寫入註冊檔案 %1。請將該檔案與下面的代碼分開交給新裝置；代碼只能開啟一次。</translation>
    </message>
    <message>
        <source>team join needs --enrollment FILE.</source>
        <translation>team join 需要 --enrollment 檔案。</translation>
    </message>
    <message>
        <source>No enrollment code: set %1.</source>
        <translation>沒有註冊代碼：請設定 %1。</translation>
    </message>
    <message>
        <source>Joined team %1 and started from the latest snapshot. Run &quot;sync&quot; to receive the newer changes.</source>
        <translation>已加入團隊 %1，並從最新快照開始。請執行“sync”接收較新的變更。</translation>
    </message>
    <message>
        <source>Joined team %1. Run &quot;sync&quot; to receive the team&apos;s records.</source>
        <translation>已加入團隊 %1。請執行“sync”接收團隊的記錄。</translation>
    </message>
    <message>
        <source>Snapshot for new devices: %1</source>
        <translation>新裝置用快照：%1</translation>
    </message>
    <message>
        <source>print: every service report of the month; kpi: the month.</source>
        <translation>print：當月的全部服務報告；kpi：該月。</translation>
    </message>
    <message>
        <source>kpi: the quarter.</source>
        <translation>kpi：該季度。</translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <source>kpi: the year.</source>
        <translation>kpi：該年。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>print: the monthly review of the month.</source>
        <translation>print：該月的月度彙總。</translation>
    </message>
    <message>
        <source>print: who prints (a person&apos;s name or id; default: the desk&apos;s person).</source>
        <translation>print：列印人（人員姓名或 ID；預設：本機的人員）。</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>The person acting (name or id); their PIN from FIELDDESK_PIN or --pin-file.</source>
        <translation>操作人（姓名或 ID）；其 PIN 取自 FIELDDESK_PIN 或 --pin-file。</translation>
    </message>
    <message>
        <source>Read the PIN from the first line of FILE.</source>
        <translation>從 FILE 的第一行讀取 PIN。</translation>
    </message>
    <message>
        <source>people pin: read the new PIN from the first line of FILE.</source>
        <translation>people pin：從 FILE 的第一行讀取新 PIN。</translation>
    </message>
    <message>
        <source>people confirm: the person whose key is confirmed.</source>
        <translation>people confirm：要確認其金鑰的人員。</translation>
    </message>
    <message>
        <source>verify-paper: the team&apos;s public-key file (team keys).</source>
        <translation>verify-paper：團隊公鑰檔案（team keys）。</translation>
    </message>
    <message>
        <source>sync: list the set-aside bundles and fork alarms with their reasons (no round).</source>
        <translation>sync：列出被擱置的同步包與分叉警報及其原因（不執行同步）。</translation>
    </message>
    <message>
        <source>sync: check a set-aside bundle again (DEVICE/FILE) and apply it or keep it aside.</source>
        <translation>sync：重新檢查一個被擱置的同步包（裝置/檔案），套用或繼續擱置。</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>sync: acknowledge a device&apos;s fork by adopting its new line, then sync.</source>
        <translation>sync：確認裝置的分叉，採用其新的序列，然後同步。</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>print, team create: replace an existing output file (never the database, its companion files or the shared folder).</source>
        <translation>print、team create：取代已存在的輸出檔案（資料庫、其附屬檔案和共用資料夾除外，永不取代）。</translation>
    </message>
    <message>
        <source>recover: the recovery sheet&apos;s text (or the recovery key alone) in FILE.</source>
        <translation>recover：FILE 中的恢復單文字（或僅恢復金鑰）。</translation>
    </message>
    <message>
        <source>Signatures: %1 (%2 of people, %3 made with a personal key)</source>
        <translation>簽名：%1（人員簽名 %2 個，其中 %3 個以個人金鑰簽署）</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but its audit entry could not be written: %2</source>
        <translation>%1 的通行碼已變更，但其稽核記錄未能寫入：%2</translation>
    </message>
    <message>
        <source>kpi needs exactly one of --month YYYY-MM, --quarter YYYY-Qn or --year YYYY.</source>
        <translation>kpi 需要且只需要 --month YYYY-MM、--quarter YYYY-Qn 或 --year YYYY 之一。</translation>
    </message>
    <message>
        <source>kpi takes no file arguments.</source>
        <translation>kpi 不接受檔案參數。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write a month as 2026-11, a quarter as 2026-Q4, a year as 2026.</source>
        <translation>「%1」不是有效期間：月份寫作 2026-11，季度寫作 2026-Q4，年份寫作 2026。</translation>
    </message>
    <message>
        <source>KPIs for %1</source>
        <translation>%1 的 KPI</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>No PIN: set %1 or use --pin-file FILE.</source>
        <translation>沒有 PIN：請設定 %1 或使用 --pin-file FILE。</translation>
    </message>
    <message>
        <source>%1 needs --as PERSON: the person acting, with their PIN in %2 or --pin-file.</source>
        <translation>%1 需要 --as PERSON：操作人，其 PIN 放在 %2 或 --pin-file。</translation>
    </message>
    <message>
        <source>There is no single person &quot;%1&quot; in the people registry: give the name or the id.</source>
        <translation>人員名冊中沒有唯一的「%1」：請給出姓名或 ID。</translation>
    </message>
    <message>
        <source>people needs one of: enrol, confirm, list, pin.</source>
        <translation>people 需要以下之一：enrol、confirm、list、pin。</translation>
    </message>
    <message>
        <source>people enrol needs --as PERSON: the person enrolling, with their new PIN in %1 or --pin-file.</source>
        <translation>people enrol 需要 --as PERSON：登記金鑰的人員，其新 PIN 放在 %1 或 --pin-file。</translation>
    </message>
    <message>
        <source>Enrolled %1: key %2.</source>
        <translation>已為 %1 登記金鑰：%2。</translation>
    </message>
    <message>
        <source>This is the team&apos;s trust root: its key id goes on the recovery sheet.</source>
        <translation>這是團隊的信任根：其金鑰 ID 印在復原單上。</translation>
    </message>
    <message>
        <source>An administrator confirms it: people confirm --as ADMIN --person %1.</source>
        <translation>須由管理員確認：people confirm --as ADMIN --person %1。</translation>
    </message>
    <message>
        <source>No new PIN: set %1 or use --new-pin-file FILE.</source>
        <translation>沒有新 PIN：請設定 %1 或使用 --new-pin-file FILE。</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>%1 的 PIN 已變更。</translation>
    </message>
    <message>
        <source>people confirm needs --person PERSON: the person whose key is confirmed.</source>
        <translation>people confirm 需要 --person PERSON：要確認其金鑰的人員。</translation>
    </message>
    <message>
        <source>Confirmed the key %1 of %2.</source>
        <translation>已確認 %2 的金鑰 %1。</translation>
    </message>
    <message>
        <source>team keys needs --out FILE: the public-key file to write.</source>
        <translation>team keys 需要 --out FILE：要寫入的公鑰檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the team&apos;s public keys to %1 (trust root %2).</source>
        <translation>已將團隊公鑰寫入 %1（信任根 %2）。</translation>
    </message>
    <message>
        <source>print needs one of --record ID, --month YYYY-MM or --review YYYY-MM.</source>
        <translation>print 需要 --record ID、--month YYYY-MM 或 --review YYYY-MM 之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as 2026-11.</source>
        <translation>「%1」不是月份：請寫作 2026-11。</translation>
    </message>
    <message>
        <source>There is no monthly review for %1: create it under Review › Monthly reviews first.</source>
        <translation>%1 沒有月度彙總：請先在「審查 › 月度彙總」中建立。</translation>
    </message>
    <message>
        <source>--by %1: there is no such person in the database; give a person&apos;s name as listed under People.</source>
        <translation>--by %1：資料庫中沒有此人員；請給出「人員」中列出的姓名。</translation>
    </message>
    <message>
        <source>print needs --by PERSON: the person printing (a name listed under People), unless this computer&apos;s desk has its person set in Settings.</source>
        <translation>print 需要 --by PERSON：列印人（「人員」中列出的姓名），除非本機已在設定中選定人員。</translation>
    </message>
    <message>
        <source>team needs one of: create, invite, join, keys.</source>
        <translation>team 需要以下之一：create、invite、join、keys。</translation>
    </message>
    <message>
        <source>recover needs --share DIR (the team&apos;s shared folder) and --recovery-key-file FILE (the recovery sheet&apos;s text).</source>
        <translation>recover 需要 --share DIR（團隊共用資料夾）與 --recovery-key-file FILE（恢復單文字）。</translation>
    </message>
    <message>
        <source>%1 already exists: recover into a new database file.</source>
        <translation>%1 已存在：請恢復到新的資料庫檔案。</translation>
    </message>
    <message>
        <source>Cannot read the recovery key file %1: %2</source>
        <translation>無法讀取恢復金鑰檔案 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Recovered team %1 into %2 as a new device (%3): %n bundle(s) applied</source>
        <translation>
            <numerusform>已將團隊 %1 恢復到 %2，作為新裝置（%3）：已套用 %n 個同步包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) fetched.</source>
        <translation>
            <numerusform>已取回 %n 個附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database belongs to no team: there is nothing to sync.</source>
        <translation>此資料庫不屬於任何團隊：沒有可同步的內容。</translation>
    </message>
    <message>
        <source>No set-aside bundles and no forks.</source>
        <translation>沒有被擱置的同步包，也沒有分叉。</translation>
    </message>
    <message>
        <source>%1 (fork, %2): %3</source>
        <translation>%1（分叉，%2）：%3</translation>
    </message>
    <message>
        <source>%1 (set aside, %2): %3</source>
        <translation>%1（已擱置，%2）：%3</translation>
    </message>
    <message>
        <source>%1 was checked again and applied.</source>
        <translation>%1 已重新檢查並套用。</translation>
    </message>
    <message>
        <source>The new line of device %1 is adopted; its bundles are applied.</source>
        <translation>已採用裝置 %1 的新序列；其同步包已套用。</translation>
    </message>
    <message>
        <source>%1 stays set aside: %2</source>
        <translation>%1 仍被擱置：%2</translation>
    </message>
    <message>
        <source>verify-paper needs --db FILE, or --keys FILE (the team&apos;s public keys from &quot;team keys&quot;) to check the signatures without a database.</source>
        <translation>verify-paper 需要 --db FILE，或 --keys FILE（由「team keys」匯出的團隊公鑰），以便不用資料庫核對簽名。</translation>
    </message>
    <message>
        <source>Cannot read the public-key file %1: %2</source>
        <translation>無法讀取公鑰檔案 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no trusted key: it is no team key file, or it was altered.</source>
        <translation>%1 中沒有可信金鑰：它不是團隊公鑰檔案，或已被改動。</translation>
    </message>
    <message>
        <source>This is not a Field Desk paper code; check what was typed.</source>
        <translation>這不是 Field Desk 紙本代碼；請檢查輸入內容。</translation>
    </message>
    <message>
        <source>Record %1, revision %2: the paper carries no personal signature (without the database only signatures can be checked).</source>
        <translation>記錄 %1，第 %2 版：紙本不帶個人簽名（沒有資料庫時只能核對簽名）。</translation>
    </message>
    <message>
        <source>Record %1, revision %2, content %3. Whether this is still the current revision only the database can tell.</source>
        <translation>記錄 %1，第 %2 版，內容 %3。是否仍為現行版本，只有資料庫能判斷。</translation>
    </message>
    <message>
        <source>Signed by %1 as %2 on %3: valid.</source>
        <translation>%1 以 %2 身分於 %3 簽署：有效。</translation>
    </message>
    <message>
        <source>Signature of %1 as %2: NOT VALID. %3</source>
        <translation>%1 以 %2 身分的簽名：無效。%3</translation>
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
        <translation>Lithera 派員服務台命令列工具。
密碼從環境變數 FIELDDESK_PASSPHRASE 或 --passphrase-file 讀取，絕不從參數讀取。

命令：
  init --db 檔案                 建立加密資料庫
  verify --db 檔案               檢查完整性、加密與稽核鏈
  demo --db 檔案                 向資料庫填入示範資料
  export --db 檔案 --json        將全部記錄以 JSON 輸出到標準輸出
  import --db 檔案 檔案.json     從 JSON 匯入記錄，全部成功或全部不匯入
  rekey --db 檔案                使用 FIELDDESK_NEW_PASSPHRASE 中的新密碼
  backup --db 檔案 --to 檔案     一致的加密副本
  verify-paper --db 檔案 --code 文字  紙本是否為目前版本？
  print --db 檔案 --record ID --pdf OUT.pdf [--by 人員] [--force]
                                 將一筆記錄的紙本表單輸出為 PDF
  print --db 檔案 --month YYYY-MM --pdf OUT.pdf   一個月的服務報告
  print --db 檔案 --review YYYY-MM --pdf OUT.pdf  該月的月度彙總（§5.5）
  kpi --db 檔案 --month YYYY-MM | --quarter YYYY-Qn | --year YYYY [--json]
                                 某期間的 KPI 及其依據記錄
  team create --db 檔案 --share 目錄      在共享資料夾上建立團隊
  team invite --db 檔案 --out 檔案       寫入註冊檔案並顯示其代碼
  team join --db 檔案 --share 目錄 --enrollment 檔案
                                 使用 FIELDDESK_ENROLL_CODE 中的代碼加入團隊
  sync --db 檔案 [--snapshot]    與團隊共享資料夾同步一輪
  sync --db 檔案 --problems | --release 裝置/檔案 | --adopt-fork 裝置
                                 被擱置的同步包與分叉警報
  recover --share 目錄 --recovery-key-file 檔案 --db 新檔案
                                 僅憑共用資料夾和復原單重建一個服務台
  people enrol --db 檔案 --as 人員   產生該人員的金鑰（PIN 取自 FIELDDESK_PIN）
  people confirm --db 檔案 --as 管理員 --person 人員   確認該人員的新金鑰
  people list --db 檔案          人員及其金鑰狀態
  team keys --db 檔案 --out 檔案 團隊公鑰（供 verify-paper 使用）
PIN 從 FIELDDESK_PIN 或 --pin-file 讀取，絕不從參數讀取。

退出碼：0 成功，1 失敗，2 用法錯誤，3 密碼錯誤或不是派員服務台資料庫，4 輸入被拒絕（未寫入任何內容）。</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>匯入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sealed the text of %n L3 know-how entries that were stored in clear.</source>
        <translation>
            <numerusform>已封存 %n 條以明文儲存的 L3 知識條目內容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n L3 know-how entries are still stored in clear: none of the people allowed to read them has a confirmed key. Enrol one of them (people enrol).</source>
        <translation>
            <numerusform>仍有 %n 條 L3 知識條目以明文儲存：有權閱讀的人員都沒有已確認的金鑰。請為其中一人登記（people enrol）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Leaving the site and closing (§5.3–§5.5)</source>
        <translation>離開現場與結案（§5.3–§5.5）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save when the engineers left the site (the last on-site day)</source>
        <translation>儲存派員離開現場的時間（最後一個現場工作日）</translation>
    </message>
    <message>
        <source>Expense claim…</source>
        <translation>費用申報單…</translation>
    </message>
    <message>
        <source>Open your expense claim (QEF-10-05) for this task</source>
        <translation>開啟您在此任務的費用申報單（QEF-10-05）</translation>
    </message>
    <message>
        <source>Left the site at:</source>
        <translation>離開現場時間：</translation>
    </message>
    <message>
        <source>The task is closed.</source>
        <translation>任務已結案。</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>轉為%1</translation>
    </message>
    <message>
        <source>Before %1:</source>
        <translation>轉為%1之前：</translation>
    </message>
    <message>
        <source>Nothing is missing: the task can move to %1.</source>
        <translation>沒有缺少的事項：任務可轉為%1。</translation>
    </message>
    <message numerus="yes">
        <source>Missing before %1 (%n item(s)):</source>
        <translation>
            <numerusform>轉為%1之前尚缺（%n 項）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet:
• %1</source>
        <translation>尚未滿足：
• %1</translation>
    </message>
    <message>
        <source>The service report (3 working days) and call-back (48 h) deadlines count from the time the engineers left the site.</source>
        <translation>服務報告（3 個工作日）與回訪（48 小時）的期限，從派員離開現場的時間起算。</translation>
    </message>
    <message>
        <source>Service report due %1 (3rd working day) · call-back due %2 (48 h).</source>
        <translation>服務報告期限 %1（第 3 個工作日）· 回訪期限 %2（48 小時）。</translation>
    </message>
    <message>
        <source>Enter it</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Arrived on site at:</source>
        <translation>到達現場時間：</translation>
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
        <translation>已保留（已編輯）</translation>
    </message>
    <message>
        <source>Hidden: the same record entered twice</source>
        <translation>已隱藏：同一記錄輸入了兩次</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>新記錄</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>保留值來源</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一個值</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>另一值來源</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>共同的原值</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
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
        <translation>（關聯記錄）</translation>
    </message>
    <message>
        <source>Edited on two desks</source>
        <translation>在兩個服務台上被編輯</translation>
    </message>
    <message>
        <source>Edited on one desk, deleted on another</source>
        <translation>在一個服務台上被編輯，在另一個上被刪除</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>輸入了兩次</translation>
    </message>
    <message>
        <source>Rejected: the record is signed</source>
        <translation>已拒絕：記錄已簽字</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>本服務台</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>服務台 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Rejected: not a valid correction</source>
        <translation>已拒絕：不是有效的更正</translation>
    </message>
    <message>
        <source>(sealed L3 text)</source>
        <translation>（已封存的 L3 內容）</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>保留已保留的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>使用另一個值(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Type another value…</source>
        <translation>輸入其他值(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認知悉(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>開啟記錄(&amp;O)</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>沒有待處理的衝突。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle. When two desks changed the same field offline, sync kept the newer value on every desk and set the other aside here. Choose which one is right; the choice syncs to every desk.</source>
        <translation>
            <numerusform>有 %n 個衝突待處理。兩個服務台在離線時修改了同一欄位，同步時各服務台都保留了較新的值，另一個值放在這裡。請選擇正確的一個；您的選擇會同步到所有服務台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of the two values, then change the record in its editor if neither is right.</source>
        <translation>請從兩個值中選擇一個；如果都不對，再在記錄的編輯器中修改。</translation>
    </message>
    <message>
        <source>&amp;Delete the second record</source>
        <translation>刪除第二筆記錄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>保留記錄(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation>保留“%1”(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete the record</source>
        <translation>刪除記錄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation>使用“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>請在清單中選擇一個衝突。</translation>
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
        <translation>&lt;tr&gt;&lt;td&gt;另一個：&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Both started from:&lt;/td&gt;&lt;td colspan=2&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;共同的原值：&lt;/td&gt;&lt;td colspan=2&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The record was signed before this change arrived, so the change was rejected on every desk. If it is needed, make a correction (a new revision) of the record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此變更到達前記錄已簽字，因此所有服務台都拒絕了此變更。如有需要，請對記錄進行更正（建立新版本）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settled. The choice goes to the other desks with the next sync.</source>
        <translation>已處理。您的選擇會在下次同步時傳到其他服務台。</translation>
    </message>
    <message>
        <source>New value of %1:</source>
        <translation>%1 的新值：</translation>
    </message>
    <message>
        <source>Settle the conflict</source>
        <translation>處理衝突</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation>客戶歷史</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>需求時間</translation>
    </message>
    <message>
        <source>Double-click a task to open it</source>
        <translation>按兩下任務即可開啟</translation>
    </message>
    <message>
        <source>Choose a customer to see their tier, first order, NDA and earlier tasks.</source>
        <translation>選擇客戶後，可檢視其等級、首單、NDA 及過去的任務。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等級：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <source>First order: %1</source>
        <translation>首單：%1</translation>
    </message>
    <message>
        <source>First order: none yet — a new customer</source>
        <translation>首單：尚無——新客戶</translation>
    </message>
    <message>
        <source>NDA: signed on %1</source>
        <translation>NDA：已於 %1 簽署</translation>
    </message>
    <message>
        <source>NDA: none signed</source>
        <translation>NDA：尚未簽署</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地區：%1</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>（待定）</translation>
    </message>
    <message>
        <source>
Planned %1 – %2</source>
        <translation>
計劃 %1 – %2</translation>
    </message>
    <message>
        <source>Earlier tasks (%1)</source>
        <translation>過去的任務（%1）</translation>
    </message>
    <message>
        <source>No earlier tasks: this is the first dispatch request of this customer.</source>
        <translation>沒有過去的任務：這是該客戶第一次提出派員需求。</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>儲存並繼續</translation>
    </message>
    <message>
        <source>Save and start the next report of this task (Ctrl+Enter)</source>
        <translation>儲存，並開始此任務的下一份日報（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close (Esc); asks before typing is thrown away</source>
        <translation>關閉（Esc）；如有輸入內容會先詢問是否放棄</translation>
    </message>
    <message>
        <source>This daily report cannot be opened: %1</source>
        <translation>無法開啟此日報：%1</translation>
    </message>
    <message>
        <source>New daily report (QEF-10-02)</source>
        <translation>新增日報（QEF-10-02）</translation>
    </message>
    <message>
        <source>Daily report (QEF-10-02)</source>
        <translation>日報（QEF-10-02）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The daily report was not saved: %1</source>
        <translation>日報未儲存：%1</translation>
    </message>
    <message>
        <source>Saved: %1. Next report of the same task:</source>
        <translation>已儲存：%1。同一任務的下一份日報：</translation>
    </message>
    <message>
        <source>Unsaved daily report</source>
        <translation>日報未儲存</translation>
    </message>
    <message>
        <source>Save this daily report?</source>
        <translation>儲存此日報？</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Preview and print this daily report (Ctrl+P)</source>
        <translation>預覽並列印此日報（Ctrl+P）</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>The new revision cannot be opened: %1</source>
        <translation>無法開啟新版本：%1</translation>
    </message>
</context>
<context>
    <name>DailyReportEntry</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>無法讀取資料庫：%1</translation>
    </message>
    <message>
        <source>enter the amount in RMB, like 280.00.</source>
        <translation>請輸入人民幣金額，例如 280.00。</translation>
    </message>
    <message>
        <source>%1 is negative; amounts are never negative. Enter what was paid.</source>
        <translation>%1 是負數；金額不能為負。請輸入實際支付的金額。</translation>
    </message>
    <message>
        <source>%1 has more than two decimals; RMB amounts go to the fen (0.01).</source>
        <translation>%1 超過兩位小數；人民幣金額精確到分（0.01）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; type digits with at most two decimals, like 280.00.</source>
        <translation>“%1”不是金額；請輸入最多兩位小數的數字，例如 280.00。</translation>
    </message>
    <message>
        <source>the amount is 0.00; enter what was paid or remove the line.</source>
        <translation>金額為 0.00；請輸入實際支付的金額，或刪除此行。</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>第 %1 筆花費：%2</translation>
    </message>
</context>
<context>
    <name>DailyReportForm</name>
    <message>
        <source>Copy yesterday&apos;s plan</source>
        <translation>複製昨日計劃</translation>
    </message>
    <message>
        <source>Today&apos;s work from the plan in this engineer&apos;s previous report (Ctrl+Shift+Y)</source>
        <translation>以此派員上一份日報中的明日計劃作為今日工作（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <source>Expenses of the day</source>
        <translation>當日花費</translation>
    </message>
    <message>
        <source>They go onto the engineer&apos;s expense claim QEF-10-05 for this task.</source>
        <translation>這些花費會計入此派員在本任務的費用申報單 QEF-10-05。</translation>
    </message>
    <message>
        <source>The task has no engineers yet; assign them on the task page.</source>
        <translation>任務尚未指派派員；請在任務頁面指派。</translation>
    </message>
    <message>
        <source>On-site days: %1 to %2</source>
        <translation>現場工作日：%1 至 %2</translation>
    </message>
    <message>
        <source>The task has no on-site days yet.</source>
        <translation>任務尚無現場工作日。</translation>
    </message>
    <message>
        <source>Not submitted yet; due 17:00 on %1.</source>
        <translation>尚未提交；期限為 %1 17:00。</translation>
    </message>
    <message>
        <source>Late: submitted after 17:00 on %1.</source>
        <translation>遲交：於 %1 17:00 後提交。</translation>
    </message>
    <message>
        <source>In time (due 17:00 on %1).</source>
        <translation>準時（期限 %1 17:00）。</translation>
    </message>
    <message>
        <source>%1 has no earlier report with a plan for this task before %2; type today&apos;s work.</source>
        <translation>%2 之前，%1 沒有含本任務計劃的日報；請直接填寫今日工作。</translation>
    </message>
    <message>
        <source>Today&apos;s work taken from the plan of %1; add the times and what changed.</source>
        <translation>今日工作取自 %1 的計劃；請補充時間和變動內容。</translation>
    </message>
    <message>
        <source>A correction keeps the task, engineer and day of the report it corrects; to report another day, write a new daily report.</source>
        <translation>更正版沿用被更正日報的任務、派員和日期；如要報其他日期，請另寫一份日報。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is not a Field Desk database.</source>
        <translation>密碼錯誤，或 %1 不是派員服務台資料庫。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; Field Desk never overwrites a database. Choose another file name.</source>
        <translation>%1 已存在；派員服務台從不覆蓋資料庫。請另選檔名。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 處沒有資料庫。</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Field Desk database.</source>
        <translation>%1 是資料庫，但不是派員服務台資料庫。</translation>
    </message>
    <message>
        <source>Cannot store setting %1: %2</source>
        <translation>無法儲存設定 %1：%2</translation>
    </message>
    <message>
        <source>Only a passphrase-protected database can change its passphrase.</source>
        <translation>只有以密碼保護的資料庫才能更換密碼。</translation>
    </message>
    <message>
        <source>Changing the passphrase failed: %1</source>
        <translation>更換密碼失敗：%1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>資料庫未開啟。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Choose a new file name.</source>
        <translation>%1 已存在；備份從不覆蓋檔案。請另選新檔名。</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>無法建立備份檔案 %1：%2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>備份到 %1 失敗：%2</translation>
    </message>
    <message>
        <source>%1 is open in another program (the desktop, a sync or a second command). Close it there, then change the passphrase again; nothing was changed.</source>
        <translation>%1 已在另一個程式中開啟（桌面程式、同步或另一個指令）。請先在那裡關閉，再重新變更通行碼；未作任何變更。</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Click a deadline to open its task</source>
        <translation>按一下期限即可開啟其任務</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>尚無日期</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>1 小時內</translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n 小時後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天後</numerusform>
        </translation>
    </message>
    <message>
        <source>just overdue</source>
        <translation>剛逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>已逾期 %n 小時</numerusform>
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
        <translation>沒有即將到期或已逾期的事項。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%n 項已逾期&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n 項即將到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done late</source>
        <translation>
            <numerusform>%n 項逾期完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched here: registration within 24 h of the request, the briefing within the 24 h before departure, the NDA before dispatch, daily reports by 17:00, anomaly notifications, the service report within 3 working days and the call-back within 48 h of leaving the site, improvement plans after 90 days. Proactive dispatches join the list with their form.</source>
        <translation>此處監控：需求提出後 24 小時內登記、出發前 24 小時內開說明會、派員前簽 NDA、17:00 前交日報、異常通報、離開現場後 3 個工作日內完成服務報告及 48 小時內回訪、改進計劃 90 天追蹤。主動派員隨其表單加入清單。</translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <source>a task without number</source>
        <translation>無編號的任務</translation>
    </message>
    <message>
        <source>The %1 deadlines cannot be read: %2</source>
        <translation>無法讀取%1期限：%2</translation>
    </message>
    <message>
        <source>Registration within 24 h</source>
        <translation>24 小時內登記</translation>
    </message>
    <message>
        <source>Briefing before departure</source>
        <translation>出發前開說明會</translation>
    </message>
    <message>
        <source>NDA before dispatch</source>
        <translation>派員前簽 NDA</translation>
    </message>
    <message>
        <source>due</source>
        <translation>即將到期</translation>
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
        <translation>登記</translation>
    </message>
    <message numerus="yes">
        <source>%1 was registered %n h after the request (limit 24 h).</source>
        <translation>
            <numerusform>%1 在需求提出 %n 小時後才登記（時限 24 小時）。</numerusform>
        </translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>說明會</translation>
    </message>
    <message>
        <source>%1 has no briefing recorded, and its departure (%2) has passed.</source>
        <translation>%1 沒有說明會記錄，且出發時間（%2）已過。</translation>
    </message>
    <message>
        <source>Hold the briefing for %1 between %2 and the departure at %3.</source>
        <translation>請在 %2 至出發時間 %3 之間召開 %1 的說明會。</translation>
    </message>
    <message>
        <source>The briefing for %1 was held at %2, not within the 24 h before the departure at %3.</source>
        <translation>%1 的說明會於 %2 召開，不在出發時間 %3 前的 24 小時內。</translation>
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
        <translation>新客戶</translation>
    </message>
    <message>
        <source>%1 (%2) needs a signed NDA with %3 before dispatch; no departure is planned yet.</source>
        <translation>%1（%2）須在派員前與 %3 簽署 NDA；尚未計劃出發時間。</translation>
    </message>
    <message>
        <source>%1 (%2) departed at %3 without a signed NDA with %4.</source>
        <translation>%1（%2）於 %3 出發，但未與 %4 簽署 NDA。</translation>
    </message>
    <message>
        <source>%1 (%2) needs a signed NDA with %3 before the departure at %4.</source>
        <translation>%1（%2）須在出發時間 %4 前與 %3 簽署 NDA。</translation>
    </message>
    <message>
        <source>The NDA with %1 for %2 was signed on %3, after the departure at %4.</source>
        <translation>%2 與 %1 的 NDA 於 %3 才簽署，晚於出發時間 %4。</translation>
    </message>
    <message>
        <source>Daily report by 17:00</source>
        <translation>17:00 前交日報</translation>
    </message>
    <message>
        <source>Anomaly notification</source>
        <translation>異常通報</translation>
    </message>
    <message>
        <source>Service report within 3 working days</source>
        <translation>3 個工作日內完成服務報告</translation>
    </message>
    <message>
        <source>Call-back within 48 h</source>
        <translation>48 小時內回訪</translation>
    </message>
    <message>
        <source>Improvement plan follow-up (90 days)</source>
        <translation>改進計劃追蹤（90 天）</translation>
    </message>
    <message>
        <source>Complaint first response within 4 h</source>
        <translation>客訴 4 小時內首次回應</translation>
    </message>
    <message>
        <source>Proactive dispatch by customer tier</source>
        <translation>按客戶等級主動派員</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>The complaint of %1 received at %2 has had no first response; it was due at %3.</source>
        <translation>%1 於 %2 的客訴尚未首次回應，期限為 %3。</translation>
    </message>
    <message>
        <source>Answer the complaint of %1 received at %2 by %3.</source>
        <translation>請在 %3 前回應 %1 於 %2 的客訴。</translation>
    </message>
    <message>
        <source>The complaint of %1 received at %2 was first answered at %3, after the 4 h.</source>
        <translation>%1 於 %2 的客訴在 %3 才首次回應，超過 4 小時。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>%1 (tier %2): no proactive visit yet; plan one.</source>
        <translation>%1（%2 級）：尚無主動拜訪，請安排。</translation>
    </message>
    <message>
        <source>%1 (tier %2): the proactive visit was due on %3 (last visit: %4).</source>
        <translation>%1（%2 級）：主動拜訪已於 %3 到期（上次拜訪：%4）。</translation>
    </message>
    <message>
        <source>%1 (tier %2): plan the proactive visit due on %3 (last visit: %4).</source>
        <translation>%1（%2 級）：請安排 %3 到期的主動拜訪（上次拜訪：%4）。</translation>
    </message>
</context>
<context>
    <name>DeskLauncher</name>
    <message>
        <source>L3 know-how sealed</source>
        <translation>L3 知識已封存</translation>
    </message>
</context>
<context>
    <name>EngineerEligibility</name>
    <message>
        <source>%1 left the company on %2.</source>
        <translation>%1 已於 %2 離職。</translation>
    </message>
    <message>
        <source>%1 is in sales and may only accompany dispatches without core know-how.</source>
        <translation>%1 是業務人員，只能陪同不涉核心 know-how 的派員。</translation>
    </message>
    <message>
        <source>KC goes on site only for strategic customers or major complaints.</source>
        <translation>KC 只在戰略客戶或重大客訴時到現場。</translation>
    </message>
    <message>
        <source>%1 has no field role (engineer, consultant, CTO or sales).</source>
        <translation>%1 沒有派員角色（派員、技術顧問、CTO 或業務）。</translation>
    </message>
    <message>
        <source>%1&apos;s last refresher (%2) is older than 12 months; the annual 8 h refresher is due.</source>
        <translation>%1 上次複訓（%2）已超過 12 個月；須完成每年 8 h 複訓。</translation>
    </message>
    <message>
        <source>%1 is an external consultant without a signed NDA.</source>
        <translation>%1 是外聘技術顧問，尚未簽署 NDA。</translation>
    </message>
    <message>
        <source>%1 is an external consultant without a non-compete agreement.</source>
        <translation>%1 是外聘技術顧問，尚未簽署競業協議。</translation>
    </message>
    <message>
        <source>%1 has not passed Lithera&apos;s technical assessment.</source>
        <translation>%1 尚未通過本公司技術能力評估。</translation>
    </message>
    <message>
        <source>%1 has not completed the 24 h field-service certification.</source>
        <translation>%1 尚未完成 24 h 派員認證。</translation>
    </message>
    <message>
        <source>%1 has not done course 6 (HF first aid), needed for an HF site.</source>
        <translation>%1 尚未完成課程 6（HF 急救），HF 現場必須。</translation>
    </message>
</context>
<context>
    <name>EngineerPanel</name>
    <message>
        <source>Engineers (§4.2)</source>
        <translation>派員人員（§4.2）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>具備資格</translation>
    </message>
    <message>
        <source>The engineers are fixed once the task is briefed or finished.</source>
        <translation>任務已開說明會或已結束後，派員人員即不能再變更。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未儲存。</translation>
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
        <translation>截至 %1 執行此任務的資格：24 h 認證、每年複訓、HF 現場須完成 HF 急救課程、技術顧問須簽 NDA 與競業協議、角色的派員範圍。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol %1</source>
        <translation>為 %1 登記金鑰</translation>
    </message>
    <message>
        <source>%1 gets a personal signing and sealing key at this desk, protected by a PIN of at least %2 characters that only they know. Their signatures, approvals and protected know-how then need this PIN. An administrator confirms the new key.</source>
        <translation>%1 將在本機獲得個人簽名及密封金鑰，由只有本人知道、至少 %2 個字元的 PIN 保護。此後其簽名、核准及受保護的 know-how 都需要此 PIN。新金鑰須由管理員確認。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation>再次輸入 PIN(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登記(&amp;E)</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>兩次輸入的 PIN 不同，請輸入相同的 PIN 兩次。</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>正在產生金鑰…</translation>
    </message>
    <message>
        <source>%1 is enrolled. Key id: %2.</source>
        <translation>%1 已登記。金鑰 ID：%2。</translation>
    </message>
    <message>
        <source>This is the team&apos;s first administrator key: the trust root. Print the recovery sheet again so it carries this key id.</source>
        <translation>這是團隊首位管理員的金鑰，即信任根。請重新列印復原單，使其印有此金鑰 ID。</translation>
    </message>
    <message>
        <source>An administrator now confirms the key (Settings › People at this desk › Confirm key), comparing the key id with %1.</source>
        <translation>現須由管理員確認此金鑰（設定 › 本機人員 › 確認金鑰），並與 %1 核對金鑰 ID。</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>A strategic</source>
        <comment>tier</comment>
        <translation>A 戰略</translation>
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
        <translation>D 臨時</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>kind</comment>
        <translation>客戶</translation>
    </message>
    <message>
        <source>OEM plant</source>
        <comment>kind</comment>
        <translation>代工廠</translation>
    </message>
    <message>
        <source>CTO</source>
        <comment>roles</comment>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Field engineer</source>
        <comment>roles</comment>
        <translation>派員</translation>
    </message>
    <message>
        <source>External consultant</source>
        <comment>roles</comment>
        <translation>外聘技術顧問</translation>
    </message>
    <message>
        <source>Sales</source>
        <comment>roles</comment>
        <translation>業務</translation>
    </message>
    <message>
        <source>Administration</source>
        <comment>roles</comment>
        <translation>行政</translation>
    </message>
    <message>
        <source>General manager</source>
        <comment>roles</comment>
        <translation>總經理</translation>
    </message>
    <message>
        <source>Chairman</source>
        <comment>roles</comment>
        <translation>董事長</translation>
    </message>
    <message>
        <source>OEM mixing guidance</source>
        <comment>type</comment>
        <translation>代工廠混配指導</translation>
    </message>
    <message>
        <source>Line support</source>
        <comment>type</comment>
        <translation>產線技術支援</translation>
    </message>
    <message>
        <source>Customer training</source>
        <comment>type</comment>
        <translation>客戶培訓</translation>
    </message>
    <message>
        <source>Urgent complaint</source>
        <comment>type</comment>
        <translation>緊急客訴</translation>
    </message>
    <message>
        <source>New-product trial</source>
        <comment>type</comment>
        <translation>新產品試用</translation>
    </message>
    <message>
        <source>Audit accompaniment</source>
        <comment>type</comment>
        <translation>審廠陪同</translation>
    </message>
    <message>
        <source>Trade-show Q&amp;A</source>
        <comment>type</comment>
        <translation>展會技術答詢</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>state</comment>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>state</comment>
        <translation>已評估</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>state</comment>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>state</comment>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Briefed</source>
        <comment>state</comment>
        <translation>已開說明會</translation>
    </message>
    <message>
        <source>On site</source>
        <comment>state</comment>
        <translation>現場作業</translation>
    </message>
    <message>
        <source>Reporting</source>
        <comment>state</comment>
        <translation>撰寫報告</translation>
    </message>
    <message>
        <source>Call-back</source>
        <comment>state</comment>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>state</comment>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>state</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Simple</source>
        <comment>complexity</comment>
        <translation>簡單</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>complexity</comment>
        <translation>中等</translation>
    </message>
    <message>
        <source>Complex</source>
        <comment>complexity</comment>
        <translation>複雜</translation>
    </message>
    <message>
        <source>None</source>
        <comment>knowhow_risk</comment>
        <translation>無</translation>
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
        <translation>客戶保密</translation>
    </message>
    <message>
        <source>Lithera confidentiality</source>
        <comment>scope</comment>
        <translation>本公司保密</translation>
    </message>
    <message>
        <source>Mutual</source>
        <comment>scope</comment>
        <translation>雙方互保</translation>
    </message>
    <message>
        <source>Safety incident</source>
        <comment>type</comment>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <comment>type</comment>
        <translation>重大客訴</translation>
    </message>
    <message>
        <source>Commercial negotiation</source>
        <comment>type</comment>
        <translation>商業談判</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <comment>type</comment>
        <translation>技術問題</translation>
    </message>
    <message>
        <source>General</source>
        <comment>type</comment>
        <translation>一般問題</translation>
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
        <translation>餐飲</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <comment>category</comment>
        <translation>招待</translation>
    </message>
    <message>
        <source>Gift received</source>
        <comment>category</comment>
        <translation>收受禮物</translation>
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
        <translation>客戶付</translation>
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
        <translation>駁回</translation>
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
        <translation>Robert 提案，知會 KC</translation>
    </message>
    <message>
        <source>KC</source>
        <comment>level</comment>
        <translation>KC 核准</translation>
    </message>
    <message>
        <source>KC and Charles</source>
        <comment>level</comment>
        <translation>KC 與 Charles 核准</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <comment>pretrip_confirmed</comment>
        <translation>到達時間、地點與接待人</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure, safety training</source>
        <comment>pretrip_confirmed</comment>
        <translation>現場 PPE、入廠程序、安全培訓</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <comment>pretrip_confirmed</comment>
        <translation>緊急聯絡</translation>
    </message>
    <message>
        <source>ID card</source>
        <comment>pretrip_confirmed</comment>
        <translation>身份證</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <comment>pretrip_confirmed</comment>
        <translation>健康證</translation>
    </message>
    <message>
        <source>Entry application</source>
        <comment>pretrip_confirmed</comment>
        <translation>入廠申請</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <comment>kind</comment>
        <translation>法定假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <comment>kind</comment>
        <translation>調休上班日</translation>
    </message>
    <message>
        <source>Reading this procedure</source>
        <comment>training</comment>
        <translation>本程序通讀</translation>
    </message>
    <message>
        <source>NDA and trade secrets</source>
        <comment>training</comment>
        <translation>NDA 與商業秘密</translation>
    </message>
    <message>
        <source>Know-how black-box principle</source>
        <comment>training</comment>
        <translation>Know-how 黑盒化原則</translation>
    </message>
    <message>
        <source>Customer-site safety and PPE</source>
        <comment>training</comment>
        <translation>客戶端安全與 PPE</translation>
    </message>
    <message>
        <source>HCM-03-01 sales procedure</source>
        <comment>training</comment>
        <translation>HCM-03-01 業務員規程</translation>
    </message>
    <message>
        <source>Emergency response (incl. HF first aid)</source>
        <comment>training</comment>
        <translation>應急（含 HF 急救）</translation>
    </message>
    <message>
        <source>On-site communication skills</source>
        <comment>training</comment>
        <translation>現場溝通技巧</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channels</comment>
        <translation>電話</translation>
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
        <translation>日報</translation>
    </message>
    <message>
        <source>L1 open</source>
        <comment>level</comment>
        <translation>L1 公開</translation>
    </message>
    <message>
        <source>L2 internal</source>
        <comment>level</comment>
        <translation>L2 內部</translation>
    </message>
    <message>
        <source>L3 restricted</source>
        <comment>level</comment>
        <translation>L3 受限</translation>
    </message>
    <message>
        <source>Promoter (9-10)</source>
        <comment>nps_group</comment>
        <translation>推薦者（9-10）</translation>
    </message>
    <message>
        <source>Passive (7-8)</source>
        <comment>nps_group</comment>
        <translation>中立者（7-8）</translation>
    </message>
    <message>
        <source>Detractor (0-6)</source>
        <comment>nps_group</comment>
        <translation>批評者（0-6）</translation>
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
        <translation>← 費用申報單</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the claim and all its lines (Ctrl+S)</source>
        <translation>儲存申報單及其全部明細（Ctrl+S）</translation>
    </message>
    <message>
        <source>Unsaved expense claim</source>
        <translation>費用申報單未儲存</translation>
    </message>
    <message>
        <source>The expense claim has changes that are not saved. Save them?</source>
        <translation>費用申報單有未儲存的修改。是否儲存？</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>費用申報單</translation>
    </message>
    <message numerus="yes">
        <source>%n gift or hospitality line(s) over RMB 200.00 declared.</source>
        <translation>
            <numerusform>已申報 %n 筆超過 RMB 200.00 的禮物或招待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) paid by the customer (gift or hospitality over RMB 200.00) must be declared to 王婧: enter &quot;Gifts declared on&quot; and &quot;Declared to&quot; above. The task cannot close until then.</source>
        <translation>
            <numerusform>%n 筆由客戶支付的明細（超過 RMB 200.00 的禮物或招待）須向王婧申報：請在上方填寫“禮物申報日期”與“申報對象”。申報前任務不能結案。</numerusform>
        </translation>
    </message>
    <message>
        <source>New expense claim (QEF-10-05)</source>
        <translation>新增費用申報單（QEF-10-05）</translation>
    </message>
    <message>
        <source>Expense claim (QEF-10-05)</source>
        <translation>費用申報單（QEF-10-05）</translation>
    </message>
    <message>
        <source>The claim was not saved: %1</source>
        <translation>申報單未儲存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the claim and its %n line(s).</source>
        <translation>
            <numerusform>已儲存：申報單及其 %n 筆明細。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Preview and print this claim (Ctrl+P)</source>
        <translation>預覽並列印此申報單（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimScreens</name>
    <message>
        <source>A gift or hospitality paid by the customer over RMB 200.00 is not declared yet.</source>
        <translation>有超過 RMB 200.00、由客戶支付的禮物或招待尚未申報。</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimWriter</name>
    <message>
        <source>The lines of the claim cannot be read: %1</source>
        <translation>無法讀取申報單明細：%1</translation>
    </message>
    <message>
        <source>The gift declarations cannot be read: %1</source>
        <translation>無法讀取禮物申報記錄：%1</translation>
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
        <translation>申報對象：禮物與招待須向行政（王婧）申報；請選擇具有行政角色的人員。</translation>
    </message>
</context>
<context>
    <name>ExpenseLineDelegate</name>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
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
        <translation>（日報 %1）</translation>
    </message>
    <message>
        <source>A gift or hospitality paid by the customer over RMB 200.00: declare it to 王婧 (administration), SOP-10 §5.3.1.3.</source>
        <translation>超過 RMB 200.00、由客戶支付的禮物或招待：須向王婧（行政）申報，SOP-10 §5.3.1.3。</translation>
    </message>
    <message>
        <source>Taken over from the daily report of %1</source>
        <translation>取自 %1 的日報</translation>
    </message>
    <message>
        <source>%1 ⚑</source>
        <translation>%1 ⚑</translation>
    </message>
    <message>
        <source>To be declared (gift or hospitality paid by the customer over RMB 200.00)</source>
        <translation>待申報（超過 RMB 200.00、由客戶支付的禮物或招待）</translation>
    </message>
</context>
<context>
    <name>ExpenseLinesPanel</name>
    <message>
        <source>Tab moves across the cells; Enter on the last line starts a new one; F2 or typing edits a cell; Ctrl+Delete removes the line.</source>
        <translation>Tab 在儲存格間移動；在最後一行按 Enter 新增一行；按 F2 或直接輸入即可編輯；Ctrl+Delete 刪除該行。</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增明細</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>刪除明細</translation>
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
        <translation>明細</translation>
    </message>
    <message>
        <source>Company-paid total: RMB %1</source>
        <translation>公司付款合計：RMB %1</translation>
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
        <translation>新增花費</translation>
    </message>
    <message>
        <source>Another expense of the day (Ctrl+Shift+E)</source>
        <translation>當日另一筆花費（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Item, e.g. 高铁 上海—无锡</source>
        <translation>項目，例如：高鐵 上海—無錫</translation>
    </message>
    <message>
        <source>RMB 0.00</source>
        <translation>RMB 0.00</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Remove this expense</source>
        <translation>刪除這筆花費</translation>
    </message>
    <message>
        <source>This expense is on a submitted expense claim; change it there.</source>
        <translation>這筆花費已在提交的費用申報單上；請在申報單中修改。</translation>
    </message>
    <message>
        <source>Paid by the company: RMB %1 · by the customer: RMB %2</source>
        <translation>公司付：RMB %1 · 客戶付：RMB %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首單日期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>認證日期</translation>
    </message>
    <message>
        <source>Last refresher</source>
        <translation>上次複訓</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>Non-compete signed</source>
        <translation>已簽競業協議</translation>
    </message>
    <message>
        <source>Assessment passed</source>
        <translation>已通過評估</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>簽署方</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>範本版本</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽署日期</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Scanned copy</source>
        <translation>掃描件</translation>
    </message>
    <message>
        <source>Task number</source>
        <translation>任務編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求內容</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>需求時間</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登記時間</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>複雜度</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>計劃天數</translation>
    </message>
    <message>
        <source>Know-how risk</source>
        <translation>Know-how 風險</translation>
    </message>
    <message>
        <source>Safety risk</source>
        <translation>安全風險</translation>
    </message>
    <message>
        <source>Commercial value</source>
        <translation>商業價值</translation>
    </message>
    <message>
        <source>Remote alternative</source>
        <translation>替代方案（遠端）</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大客訴</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>派員人員</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>計劃開始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>計劃結束</translation>
    </message>
    <message>
        <source>Left the site at</source>
        <translation>離開現場時間</translation>
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
        <translation>服務報告期限</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>回訪期限</translation>
    </message>
    <message>
        <source>NDA required</source>
        <translation>須簽 NDA</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Approval level</source>
        <translation>核准層級</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>決定時間</translation>
    </message>
    <message>
        <source>Meeting at</source>
        <translation>說明會時間</translation>
    </message>
    <message>
        <source>Departure at</source>
        <translation>出發時間</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人員</translation>
    </message>
    <message>
        <source>Customer background and history</source>
        <translation>客戶背景與歷史交易</translation>
    </message>
    <message>
        <source>Measurable objectives</source>
        <translation>派員目標（可衡量）</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>時程與行程</translation>
    </message>
    <message>
        <source>Know-how boundary notes</source>
        <translation>Know-how 防護邊界說明</translation>
    </message>
    <message>
        <source>Know-how boundary acknowledged</source>
        <translation>已確認 Know-how 防護邊界</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>安全風險與 PPE</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>應急聯絡</translation>
    </message>
    <message>
        <source>Customer special requirements</source>
        <translation>客戶特殊要求</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <translation>到達時間、地點與接待人</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure, safety training</source>
        <translation>現場 PPE、入廠程序、安全培訓</translation>
    </message>
    <message>
        <source>Pre-trip confirmations</source>
        <translation>行前對接確認</translation>
    </message>
    <message>
        <source>Briefing pack read at</source>
        <translation>簡報閱讀時間</translation>
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
        <translation>派員</translation>
    </message>
    <message>
        <source>Today&apos;s work (time slots)</source>
        <translation>今日工作（按時段）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s plan</source>
        <translation>明日計劃</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>需公司支援</translation>
    </message>
    <message>
        <source>Support asked from</source>
        <translation>請求支援對象</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交時間</translation>
    </message>
    <message>
        <source>Late (after 17:00)</source>
        <translation>遲交（17:00 後）</translation>
    </message>
    <message>
        <source>Anomaly type</source>
        <translation>異常類型</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通報人</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>通報時間</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>通報對象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>通報方式</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>異常經過</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>已採取的處置</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>通報期限</translation>
    </message>
    <message>
        <source>Notification overdue</source>
        <translation>逾期未通報</translation>
    </message>
    <message>
        <source>1. Task summary (objectives vs achieved)</source>
        <translation>1. 任務摘要（任務目標 vs 達成）</translation>
    </message>
    <message>
        <source>2. Site situation</source>
        <translation>2. 現場狀況</translation>
    </message>
    <message>
        <source>3. Solutions and follow-ups</source>
        <translation>3. 解決方案與後續追蹤</translation>
    </message>
    <message>
        <source>4. Customer feedback</source>
        <translation>4. 客戶回饋</translation>
    </message>
    <message>
        <source>Satisfaction (1-10)</source>
        <translation>滿意度（1-10 分）</translation>
    </message>
    <message>
        <source>5. Improvement suggestions</source>
        <translation>5. 改進建議</translation>
    </message>
    <message>
        <source>6. Know-how feedback</source>
        <translation>6. Know-how 回饋</translation>
    </message>
    <message>
        <source>7. Financial settlement</source>
        <translation>7. 財務結算</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>簽字時間</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽字人</translation>
    </message>
    <message>
        <source>Signed within 3 working days</source>
        <translation>3 個工作日內簽字</translation>
    </message>
    <message>
        <source>Expenses reimbursed (QEF-10-05)</source>
        <translation>報銷費用（QEF-10-05）</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回訪時間</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>客戶對接人</translation>
    </message>
    <message>
        <source>Would recommend us (NPS 0-10)</source>
        <translation>推薦意願（NPS 0-10 分）</translation>
    </message>
    <message>
        <source>Engineer performance</source>
        <translation>派員表現</translation>
    </message>
    <message>
        <source>Further needs</source>
        <translation>後續需求</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>改進建議</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改進計劃</translation>
    </message>
    <message>
        <source>Improvement follow-up due</source>
        <translation>改進追蹤期限</translation>
    </message>
    <message>
        <source>Improvement completed on</source>
        <translation>改進完成日期</translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation>NPS 分組</translation>
    </message>
    <message>
        <source>Improvement plan required</source>
        <translation>須制定改進計劃</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>申報人</translation>
    </message>
    <message>
        <source>Gifts declared on</source>
        <translation>禮物申報日期</translation>
    </message>
    <message>
        <source>Declared to</source>
        <translation>申報對象</translation>
    </message>
    <message>
        <source>Total reimbursed</source>
        <translation>報銷合計</translation>
    </message>
    <message>
        <source>Gift declaration pending</source>
        <translation>禮物待申報</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>費用申報單</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Amount (RMB)</source>
        <translation>金額（人民幣）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>Declaration required (&gt; RMB 200)</source>
        <translation>須申報（&gt; RMB 200）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>關聯任務</translation>
    </message>
    <message>
        <source>From report</source>
        <translation>來源報告</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>已完成培訓</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Pending number</source>
        <translation>待分配編號</translation>
    </message>
    <message>
        <source>Corrects report</source>
        <translation>更正的日報</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Dispatch concerned</source>
        <translation>相關派員</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴內容</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>首次回應時間</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解決方案</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>First response due (4 h)</source>
        <translation>首次回應期限（4 小時）</translation>
    </message>
    <message>
        <source>First response overdue</source>
        <translation>首次回應逾期</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>發現日期</translation>
    </message>
    <message>
        <source>What leaked and how</source>
        <translation>外洩內容與方式</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>處置措施</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Figures (frozen when signed)</source>
        <translation>資料（簽署時凍結）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Arrived on site at</source>
        <translation>到達現場時間</translation>
    </message>
    <message>
        <source>Proactive dispatch</source>
        <translation>主動派員</translation>
    </message>
    <message>
        <source>Committed arrival</source>
        <translation>承諾到達時間</translation>
    </message>
    <message>
        <source>Arrived on time</source>
        <translation>準時到達</translation>
    </message>
    <message>
        <source>Approver&apos;s key</source>
        <translation>審批人金鑰</translation>
    </message>
    <message>
        <source>Approver&apos;s key signature</source>
        <translation>審批人金鑰簽章</translation>
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
        <translation>記錄 %1，%2（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>文字有 %1 個字元，最多允許 %2 個。請縮短。</translation>
    </message>
    <message>
        <source>this field is required; enter a value.</source>
        <translation>此欄必填；請輸入內容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the expected form %2.</source>
        <translation>“%1”不符合格式 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use the form 2026-11-20.</source>
        <translation>“%1”不是日期；請使用 2026-11-20 的格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with offset; use the form 2026-11-20T17:00:00+08:00.</source>
        <translation>“%1”不是帶時區的日期時間；請使用 2026-11-20T17:00:00+08:00 的格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose one of %2.</source>
        <translation>不允許“%1”；請從 %2 中選一個。</translation>
    </message>
    <message>
        <source>the value must be true or false.</source>
        <translation>值必須是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be more than %2 and at most %3.</source>
        <translation>“%1”必須大於 %2 且不超過 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the allowed range %2 to %3.</source>
        <translation>“%1”超出允許範圍 %2 至 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id (UUID).</source>
        <translation>“%1”不是記錄編號（UUID）。</translation>
    </message>
    <message>
        <source>the value must be a list.</source>
        <translation>值必須是清單。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose from %2.</source>
        <translation>不允許“%1”；請從 %2 中選擇。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”重複列出。</translation>
    </message>
    <message>
        <source>choose at least one.</source>
        <translation>請至少選擇一項。</translation>
    </message>
    <message>
        <source>the value must be a number.</source>
        <translation>值必須是數字。</translation>
    </message>
    <message>
        <source>the value must be text.</source>
        <translation>值必須是文字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; enter a whole number from %2 to %3.</source>
        <translation>“%1”不是整數；請輸入 %2 至 %3 之間的整數。</translation>
    </message>
    <message>
        <source>the amount is not a whole number of fen.</source>
        <translation>金額不是整數分。</translation>
    </message>
    <message>
        <source>%1 is negative; amounts are never negative.</source>
        <translation>%1 是負數；金額不能為負。</translation>
    </message>
    <message>
        <source>%1 is more than RMB %2; check the amount.</source>
        <translation>%1 超過 RMB %2；請檢查金額。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in RMB with exactly two decimals; use the form 280.00.</source>
        <translation>“%1”不是保留兩位小數的人民幣金額；請使用 280.00 的格式。</translation>
    </message>
    <message>
        <source>the amount must be text with exactly two decimals, e.g. &quot;280.00&quot;.</source>
        <translation>金額必須是保留兩位小數的文字，例如“280.00”。</translation>
    </message>
    <message>
        <source>the number is too large; enter a number from %1 to %2.</source>
        <translation>數值過大；請輸入 %1 到 %2 之間的數。</translation>
    </message>
    <message>
        <source>the sealed text is damaged.</source>
        <translation>封存的內容已損壞。</translation>
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
        <translation>選擇…</translation>
    </message>
    <message>
        <source>(record not found: %1)</source>
        <translation>（找不到記錄：%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a number; type digits, for example %2.</source>
        <translation>“%1”不是數字；請輸入數字，例如 %2。</translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose one of the entries offered, or clear the field.</source>
        <translation>“%1”不在清單中；請從提供的選項中選擇，或清空此欄。</translation>
    </message>
    <message>
        <source>RMB, e.g. 280.00</source>
        <translation>人民幣，例如 280.00</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>The holiday calendar cannot be read: %1</source>
        <translation>無法讀取節假日日曆：%1</translation>
    </message>
    <message>
        <source>There is no holiday calendar for %1 yet: working-day deadlines in %1 count only weekends. Enter the State Council&apos;s holiday notice for %1 under Holidays (or update Field Desk, which ships it once published).</source>
        <translation>尚無 %1 年節假日日曆：%1 年的工作日期限只扣除週末。請在「節假日」中錄入國務院 %1 年節假日安排通知（或更新派員服務台，公佈後即隨附）。</translation>
    </message>
</context>
<context>
    <name>InterchangeExporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
</context>
<context>
    <name>InterchangeImporter</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>檔案不是有效的 JSON（第 %2 位元組處：%1）。</translation>
    </message>
    <message>
        <source>Every entry of &quot;%1&quot; must be a JSON object.</source>
        <translation>“%1”中的每一項都必須是 JSON 物件。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>“%2”中的記錄 %1 含有未知的鍵“%3”。</translation>
    </message>
    <message>
        <source>Record %1, %2 (%3): there is no %4 with id %5.</source>
        <translation>記錄 %1，%2（%3）：沒有編號為 %5 的%4。</translation>
    </message>
    <message>
        <source>The file is not a Field Desk export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>檔案不是派員服務台匯出檔案（“format”必須為“%1”）。</translation>
    </message>
    <message>
        <source>Export format version %1 is not supported; this program reads version %2.</source>
        <translation>不支援匯出格式版本 %1；本程式讀取版本 %2。</translation>
    </message>
    <message>
        <source>The file has an unknown section &quot;%1&quot;.</source>
        <translation>檔案含有未知的部分“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>“%1”必須是記錄清單。</translation>
    </message>
    <message>
        <source>Record %1 appears twice in the file.</source>
        <translation>記錄 %1 在檔案中出現了兩次。</translation>
    </message>
    <message>
        <source>Record %1 was deleted in this database and cannot be imported again.</source>
        <translation>記錄 %1 在本資料庫中已刪除，不能再次匯入。</translation>
    </message>
    <message>
        <source>Record %1: task number %2 is also used by record %3 in the file.</source>
        <translation>記錄 %1：任務編號 %2 在檔案中也被記錄 %3 使用。</translation>
    </message>
    <message>
        <source>Record %1: &quot;%2&quot; must be a list.</source>
        <translation>記錄 %1：“%2”必須是清單。</translation>
    </message>
    <message>
        <source>Record %1: %2 number %3 appears twice in &quot;%4&quot;.</source>
        <translation>記錄 %1：%2第 %3 項在“%4”中出現了兩次。</translation>
    </message>
    <message>
        <source>Record %1: every entry of &quot;%2&quot; must be a JSON object.</source>
        <translation>記錄 %1：“%2”中的每一項都必須是 JSON 物件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of its own: write them inside each &quot;%2&quot; record as &quot;%3&quot;.</source>
        <translation>“%1”不是獨立的部分：請將其寫在每筆“%2”記錄中，作為“%3”。</translation>
    </message>
    <message>
        <source>Record %1 is signed and locked and cannot be changed (%2); a correction is a new revision.</source>
        <translation>記錄 %1 已簽字鎖定，不能修改（%2）；更正須以新版本記錄。</translation>
    </message>
    <message>
        <source>Record %1, %2</source>
        <translation>記錄 %1，%2</translation>
    </message>
    <message>
        <source>The file is not a Field Desk export (expected a JSON object, found a list). Import a file written by &quot;export --json&quot;.</source>
        <translation>該檔案不是派員服務台的匯出檔案（應為 JSON 物件，實為清單）。請匯入由「export --json」產生的檔案。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most an import reads. Check that it is a Field Desk export; split a larger one by section.</source>
        <translation>%1 大於 %2 MiB，超過匯入可讀取的上限。請確認它是派員服務台的匯出檔案；更大的檔案請按區段拆分。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Record %1 has no valid &quot;id&quot; (a UUID is required; found %2).</source>
        <translation>記錄 %1 沒有有效的「id」（須為 UUID；實為 %2）。</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>非文字</translation>
    </message>
    <message>
        <source>Record %1, %2 (level): a file cannot lower a restricted %3 from %4 to %5. Change the level at the desk, where it is logged.</source>
        <translation>記錄 %1，%2（level）：檔案不能把受限的%3從 %4 降為 %5。請在服務台中修改級別，修改會被記錄。</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be the number %1, not %2.</source>
        <translation>檔案的「version」必須是數字 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Cannot make a working copy next to %1 to check the import: %2</source>
        <translation>無法在 %1 旁建立用於檢查匯入的工作副本：%2</translation>
    </message>
    <message>
        <source>An import of %1 started at %2 did not finish: some of its %3 records are written, others and their signatures are not. Import the same file again to complete it.</source>
        <translation>於 %2 開始的 %1 匯入未完成：其 %3 筆記錄中已寫入一部分，其餘記錄及其簽名尚未寫入。請再次匯入同一檔案以完成匯入。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一個檔案</translation>
    </message>
    <message>
        <source>The import stopped after writing %1 of %2 records: %3 The database is marked as holding an unfinished import; import the same file again to complete it.</source>
        <translation>匯入在寫入 %2 筆記錄中的 %1 筆後停止：%3 資料庫已標記為含有未完成的匯入；請再次匯入同一檔案以完成匯入。</translation>
    </message>
</context>
<context>
    <name>KeyInterchange</name>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>「%1」必須是紀錄清單。</translation>
    </message>
    <message>
        <source>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</source>
        <translation>「%1」中有紀錄沒有有效的「id」（須為 UUID）。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>「%2」中的紀錄 %1 含有未知鍵「%3」。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; needs &quot;%3&quot; as text.</source>
        <translation>「%2」中的紀錄 %1 須以文字提供「%3」。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;: a person&apos;s key never changes; a new key is a new enrolment, confirmed by an administrator.</source>
        <translation>「%2」中的紀錄 %1 已以不同的「%3」儲存：個人金鑰不可更改；新金鑰須重新登記並經管理員確認。</translation>
    </message>
</context>
<context>
    <name>KeyProofs</name>
    <message>
        <source>%1 must enter their PIN first: this is done in their name.</source>
        <translation>%1 須先輸入本人 PIN：此操作以其名義進行。</translation>
    </message>
    <message>
        <source>The key of %1 is not confirmed by an administrator yet: it cannot sign this.</source>
        <translation>%1 的金鑰尚未經管理員確認，不能用於簽署此項。</translation>
    </message>
    <message>
        <source>The key signature could not be made.</source>
        <translation>無法產生金鑰簽章。</translation>
    </message>
    <message>
        <source>The lock %1</source>
        <translation>鎖定紀錄 %1</translation>
    </message>
    <message>
        <source>The approval %1</source>
        <translation>審批 %1</translation>
    </message>
    <message>
        <source>The correction %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>%1 does not say who made it: since people have personal keys every correction carries its maker&apos;s key signature.</source>
        <translation>%1 未註明更正人：啟用個人金鑰後，每次更正都須附更正人的金鑰簽章。</translation>
    </message>
    <message>
        <source>%1 by %2 carries no signature of their personal key, though they had one: it may be forged.</source>
        <translation>%2 的%1沒有其個人金鑰簽章（其當時已有金鑰），可能是偽造的。</translation>
    </message>
    <message>
        <source>%1 by %2 names a key that is not their confirmed key.</source>
        <translation>%2 的%1所註明的金鑰不是其已確認的金鑰。</translation>
    </message>
    <message>
        <source>%1 by %2 does not verify against their key: it was forged or altered.</source>
        <translation>%2 的%1無法以其金鑰驗證：已被偽造或竄改。</translation>
    </message>
</context>
<context>
    <name>KnowhowAccess</name>
    <message>
        <source>The person chosen at this desk is not in this database, so this L3 entry stays closed. Choose yourself under File › Settings.</source>
        <translation>所選的本機使用人不在此資料庫中，因此此 L3 條目保持關閉。請在“檔案 › 設定”中選擇您自己。</translation>
    </message>
    <message>
        <source>%1 left on %2; access to L3 know-how ended that day.</source>
        <translation>%1 已於 %2 離職；其 L3 know-how 權限已於當日終止。</translation>
    </message>
    <message>
        <source>%1 is not assigned to any task linked to this L3 entry.</source>
        <translation>%1 未被指派到與此 L3 條目關聯的任何任務。</translation>
    </message>
    <message>
        <source>Nobody has entered their PIN at this desk, so this L3 entry stays closed. Enter yours under File › Settings › People at this desk.</source>
        <translation>本機尚無人輸入 PIN，此 L3 條目保持關閉。請在 檔案 › 設定 › 本機人員 中輸入您的 PIN。</translation>
    </message>
</context>
<context>
    <name>KnowhowBoundary</name>
    <message>
        <source>Product specification</source>
        <translation>產品規格</translation>
    </message>
    <message>
        <source>Published specifications</source>
        <translation>公開規格</translation>
    </message>
    <message>
        <source>Detailed formulations</source>
        <translation>詳細配方</translation>
    </message>
    <message>
        <source>Operating advice</source>
        <translation>操作建議</translation>
    </message>
    <message>
        <source>Recommended ranges</source>
        <translation>建議範圍</translation>
    </message>
    <message>
        <source>Key parameters (e.g. exact temperatures)</source>
        <translation>關鍵參數（如溫度精確值）</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>故障排除</translation>
    </message>
    <message>
        <source>How to deal with it</source>
        <translation>處置方法</translation>
    </message>
    <message>
        <source>Anything that allows reverse engineering</source>
        <translation>任何可供反向工程的資訊</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供應鏈</translation>
    </message>
    <message>
        <source>Common raw materials</source>
        <translation>一般原料</translation>
    </message>
    <message>
        <source>Names of key suppliers</source>
        <translation>關鍵供應商名</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Prices are not discussed (left to sales)</source>
        <translation>不討論價格（留給業務）</translation>
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
        <translation>邊界</translation>
    </message>
    <message>
        <source>May say</source>
        <translation>可講</translation>
    </message>
    <message>
        <source>May not say</source>
        <translation>不可講</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.1.2; details in SOP-17 know-how control.</source>
        <translation>SOP-10 §5.3.1.2；詳見 SOP-17 know-how 管控程序。</translation>
    </message>
    <message>
        <source>Further boundaries for this task:</source>
        <translation>本任務的其他防護邊界：</translation>
    </message>
    <message>
        <source>e.g. give the recommended range only, never the exact bath temperature</source>
        <translation>例如：只講建議範圍，絕不講精確的槽液溫度</translation>
    </message>
    <message>
        <source>The engineer has gone through this boundary and keeps to it on site</source>
        <translation>派員已逐項了解此防護邊界，並在現場遵守</translation>
    </message>
</context>
<context>
    <name>KnowhowScreens</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>This know-how entry cannot be opened: %1</source>
        <translation>無法開啟此知識庫條目：%1</translation>
    </message>
    <message>
        <source>This is an L3 restricted know-how entry (SOP-15 §8.2). %1</source>
        <translation>這是 L3 受限級 know-how 條目（SOP-15 §8.2）。%1</translation>
    </message>
    <message>
        <source>Only Robert, KC and the engineers of its linked tasks may open it.</source>
        <translation>僅 Robert、KC 及其關聯任務的派員可檢視。</translation>
    </message>
    <message>
        <source>It may be opened by: %1.</source>
        <translation>可檢視的人員：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This refusal is recorded in the audit log.</source>
        <translation>此次拒絕已寫入稽核記錄。</translation>
    </message>
    <message>
        <source>Know-how entry not opened</source>
        <translation>知識庫條目未開啟</translation>
    </message>
    <message>
        <source>L3: only Robert, KC and the engineers of the linked tasks may open it; every opening is audited, it is never searched, and its content is stored sealed to their personal keys.</source>
        <translation>L3：僅 Robert、KC 及關聯任務的派員可開啟；每次開啟均記入稽核日誌，不會被搜尋，其內容以他們的個人金鑰封存儲存。</translation>
    </message>
    <message>
        <source>This L3 know-how entry was not opened: %1</source>
        <translation>未開啟此 L3 知識條目：%1</translation>
    </message>
    <message>
        <source>enter your PIN first.</source>
        <translation>請先輸入您的 PIN。</translation>
    </message>
    <message>
        <source>Stored sealed; readable by: %1.</source>
        <translation>已封存儲存；可閱讀者：%1。</translation>
    </message>
    <message>
        <source>Allowed but without a confirmed personal key, so not able to read it until they enrol: %1.</source>
        <translation>有權閱讀但尚無已確認的個人金鑰、登記前無法閱讀：%1。</translation>
    </message>
    <message>
        <source>Open an L3 know-how entry</source>
        <translation>開啟 L3 知識條目</translation>
    </message>
    <message>
        <source>Who opens it? Its text opens with your personal key after your PIN; the opening is recorded in your name.</source>
        <translation>由誰開啟？輸入 PIN 後以您的個人金鑰開啟內容；此次開啟以您的名義記錄。</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Target %1 · %2</source>
        <translation>目標 %1 · %2</translation>
    </message>
    <message>
        <source>no comparison with %1</source>
        <translation>無法與 %1 對比</translation>
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
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>NPS by customer tier</source>
        <translation>按客戶等級的 NPS</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推薦者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被動者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>貶損者</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>計入分子</translation>
    </message>
    <message>
        <source>Click a card for its trend and the records behind it; click a bar for that period&apos;s records; double-click a record to open it.</source>
        <translation>點擊卡片查看趨勢及其依據記錄；點擊柱形查看該期間的記錄；雙擊記錄開啟表單。</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1（進行中）</translation>
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
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>推薦者（9-10）</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>被動者（7-8）</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>貶損者（0-6）</translation>
    </message>
    <message>
        <source>Records behind %1 %2: %3</source>
        <translation>%1 %2 的依據記錄：%3</translation>
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
        <translation>本期間無記錄</translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>The KPI figures could not be read: %1</source>
        <translation>無法讀取 KPI 資料：%1</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>On-time dispatch rate</source>
        <translation>派員準時率</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <source>Know-how leak incidents</source>
        <translation>Know-how 外洩事件</translation>
    </message>
    <message>
        <source>Complaint rate after service</source>
        <translation>服務後客訴率</translation>
    </message>
    <message>
        <source>Service reports within 3 working days</source>
        <translation>3 個工作日內服務報告</translation>
    </message>
    <message>
        <source>Strategic customers visited proactively</source>
        <translation>策略客戶主動派員</translation>
    </message>
    <message>
        <source>NPS overall</source>
        <translation>NPS 整體</translation>
    </message>
    <message>
        <source>NPS tier A</source>
        <translation>NPS A 級</translation>
    </message>
    <message>
        <source>NPS tier B</source>
        <translation>NPS B 級</translation>
    </message>
    <message>
        <source>Dispatches that arrived no later than committed (urgent P0 24 h, P1 48 h after the request; otherwise the planned start day) ÷ dispatches that arrived.</source>
        <translation>不晚於承諾時間到達現場的派員（緊急客訴 P0 需求後 24 小時、P1 48 小時；其他類型為計畫開始日當天）÷ 到達現場的派員。</translation>
    </message>
    <message>
        <source>Average satisfaction of the call-backs made in the period.</source>
        <translation>期間內客戶回訪滿意度的平均值。</translation>
    </message>
    <message>
        <source>Know-how incidents found in the period.</source>
        <translation>期間內發現的 know-how 外洩事件數。</translation>
    </message>
    <message>
        <source>Complaints received that name a dispatch ÷ dispatches that left the site.</source>
        <translation>指明派員的客訴 ÷ 離開現場的派員。</translation>
    </message>
    <message>
        <source>Service reports signed on or before their due day ÷ tasks whose report was due in the period.</source>
        <translation>在到期日當天或之前簽署的服務報告 ÷ 報告到期日在期間內的任務。</translation>
    </message>
    <message>
        <source>Tier-A customers with a proactive dispatch that arrived ÷ tier-A customers.</source>
        <translation>有主動派員到達現場的 A 級客戶 ÷ A 級客戶。</translation>
    </message>
    <message>
        <source>% promoters (9-10) − % detractors (0-6) of the call-backs&apos; NPS answers; passives count in the number of answers.</source>
        <translation>回訪 NPS 回答中推薦者（9-10）% − 貶損者（0-6）%；被動者計入回答數。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
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
            <numerusform>%n 次回訪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n 個回答</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1（對比 %2）</translation>
    </message>
</context>
<context>
    <name>L3Seal</name>
    <message>
        <source>The sealed L3 text of %1 is damaged.</source>
        <translation>%1 的封存 L3 內容已損壞。</translation>
    </message>
    <message>
        <source>The L3 text cannot be stored: none of the people allowed to read it (%1) has a confirmed personal key to seal it to. Enrol one of them first (File › Settings › People at this desk).</source>
        <translation>無法儲存該 L3 內容：有權閱讀的人員（%1）都沒有已確認的個人金鑰可供封存。請先為其中一人登記金鑰（檔案 › 設定 › 本機人員）。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Its text is sealed: open the entry (with your PIN) before lowering its level, so the text can be written in clear.</source>
        <translation>其內容已封存：請先（輸入 PIN）開啟該條目，再降低其級別，以便以明文寫入內容。</translation>
    </message>
    <message>
        <source>The L3 text of %1 could not be sealed.</source>
        <translation>無法封存 %1 的 L3 內容。</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPage</name>
    <message>
        <source>Search know-how, daily reports and service reports (e.g. 膜厚 or viscosity)</source>
        <translation>搜尋知識庫、日報與服務報告（例如：膜厚 或 viscosity）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>符合之處</translation>
    </message>
    <message>
        <source>L3 restricted entries are never searched: open them from the list if you are allowed to.</source>
        <translation>L3 受限級條目不參與搜尋：如有權限，請從清單中開啟。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Chinese needs at least two characters.</source>
        <translation>沒有找到與“%1”相關的內容。中文至少需要輸入兩個字。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found; double-click or Enter opens one.</source>
        <translation>
            <numerusform>找到 %n 筆記錄；按兩下或按 Enter 即可開啟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Field Desk is locked</source>
        <translation>派員服務台已鎖定</translation>
    </message>
    <message>
        <source>The database is closed and its content is hidden until the passphrase is typed again.</source>
        <translation>資料庫已關閉，內容已隱藏，重新輸入密碼後才會顯示。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解鎖…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Field Desk</source>
        <translation>關於派員服務台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>Lithera Field Desk — %1</source>
        <translation>Lithera 派員服務台 — %1</translation>
    </message>
    <message>
        <source>Encrypted database: %1</source>
        <translation>加密資料庫：%1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>已鎖定 — %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>資料庫已關閉。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 筆記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field Desk locked itself after %n minute(s) without use and closed the database. Type the passphrase to continue.</source>
        <translation>
            <numerusform>派員服務台在 %n 分鐘無操作後自動鎖定，並關閉了資料庫。請輸入密碼繼續。</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Field Desk will use the new language the next time it starts.</source>
        <translation>派員服務台下次啟動時將使用新的語言。</translation>
    </message>
    <message>
        <source>About Field Desk</source>
        <translation>關於派員服務台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lithera Field Desk %1&lt;/h3&gt;&lt;p&gt;The field engineering service desk of Lithera, following LITHERA-SOP-10 v2 and SOP-15.&lt;/p&gt;&lt;p&gt;Records are kept in an encrypted SQLCipher database%2; printed, signed paper copies remain the archive of record.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lithera 派員服務台 %1&lt;/h3&gt;&lt;p&gt;Lithera 的派員技術服務台，依據 LITHERA-SOP-10 v2 與 SOP-15。&lt;/p&gt;&lt;p&gt;記錄儲存在加密的 SQLCipher 資料庫中%2；列印並簽字的紙本仍是正式歸檔。&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (SQLCipher %1)</source>
        <translation>（SQLCipher %1）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>About this area</source>
        <translation>關於此區域</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>新增記錄(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Select a record in the list to print it.</source>
        <translation>請先在清單中選擇要列印的記錄。</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>儲存為 P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Batch Print…</source>
        <translation>批次列印(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify a Paper Copy…</source>
        <translation>核驗紙本(&amp;V)…</translation>
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
        <translation>%1 是負數；金額不能為負。請輸入實際支付的金額，例如 280.00。</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals; RMB amounts are whole fen, e.g. 280.05.</source>
        <translation>“%1”超過兩位小數；人民幣金額精確到分，例如 280.05。</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type yuan with up to two decimals, e.g. 280.00 (no thousands separators or currency signs).</source>
        <translation>“%1”不是金額；請輸入最多兩位小數的元數，例如 280.00（不要加千位分隔符或貨幣符號）。</translation>
    </message>
</context>
<context>
    <name>MonthlyReview</name>
    <message>
        <source>A monthly review needs a month such as 2026-11.</source>
        <translation>月度彙總需要一個月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>The figures stored in the monthly review %1 cannot be read.</source>
        <translation>無法讀取月度彙總 %1 中儲存的資料。</translation>
    </message>
    <message>
        <source>The monthly reviews could not be read: %1</source>
        <translation>無法讀取月度彙總：%1</translation>
    </message>
    <message>
        <source>The cases of %1 could not be read.</source>
        <translation>無法讀取 %1 的案例。</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Uncheck to leave the field empty</source>
        <translation>取消勾選即可讓此欄留空</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is part of the database or its shared folder and is never written over. Choose a file in another folder.</source>
        <translation>%1 屬於資料庫或其共用資料夾，永不覆寫。請選擇其他資料夾中的檔案。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 是資料夾。請選擇檔名。</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose a new file name, or give --force to replace it.</source>
        <translation>%1 已存在，未作變動。請選擇新檔名，或加 --force 取代它。</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only. Delete it: it holds a key.</source>
        <translation>無法將 %1 設為僅擁有者可讀。請刪除它：其中含有金鑰。</translation>
    </message>
</context>
<context>
    <name>PaperSignatureCheck</name>
    <message>
        <source>unknown key %1</source>
        <translation>未知金鑰 %1</translation>
    </message>
    <message>
        <source>The key %1 is not a confirmed key of the team.</source>
        <translation>金鑰 %1 不是團隊已確認的金鑰。</translation>
    </message>
    <message>
        <source>The signature of %1 does not match this record, revision and content: the paper was altered or the signature forged.</source>
        <translation>%1 的簽名與此記錄、版本及內容不符：紙本已被改動或簽名係偽造。</translation>
    </message>
    <message>
        <source>Signed by %1 as %2 on %3: valid.</source>
        <translation>%1 以 %2 身分於 %3 簽名：有效。</translation>
    </message>
    <message>
        <source>Signature of %1 as %2: NOT VALID. %3</source>
        <translation>%1 以 %2 身分的簽名：無效。%3</translation>
    </message>
</context>
<context>
    <name>PaperVerification</name>
    <message>
        <source>This is not a Field Desk paper code. It looks like FD1:&lt;record id&gt;:&lt;revision&gt;:&lt;12 hex digits&gt;; check what was typed.</source>
        <translation>這不是派員服務台的紙本代碼。正確格式為 FD1:&lt;記錄編號&gt;:&lt;版本&gt;:&lt;12 位十六進位數&gt;；請檢查輸入內容。</translation>
    </message>
    <message>
        <source>Record %1 is not in this database. The paper may come from another desk that has not synced yet, or the code was mistyped.</source>
        <translation>記錄 %1 不在此資料庫中。該紙本可能來自尚未同步的其他服務台，或代碼輸入有誤。</translation>
    </message>
    <message>
        <source>This paper does not match the signed %1 (revision %2, code %3): it was altered or printed from something else. Do not file it; print the record again.</source>
        <translation>此紙本與已簽字的%1（第 %2 版，代碼 %3）不符：已被改動，或由其他內容列印。請勿歸檔；請重新列印該記錄。</translation>
    </message>
    <message>
        <source>This paper does not match the %1 as it is now: it was printed from an earlier, unsigned draft (or altered). Print the record again.</source>
        <translation>此紙本與%1的目前內容不符：它是由較早的未簽字草稿列印的（或已被改動）。請重新列印該記錄。</translation>
    </message>
    <message>
        <source>This paper is revision %1 of the %2, which was corrected: the current one is revision %3 (record %4). File it as superseded and use the current one.</source>
        <translation>此紙本是%2的第 %1 版，該版已被更正：目前為第 %3 版（記錄 %4）。請將其作為已取代版本歸檔，並使用目前版本。</translation>
    </message>
    <message>
        <source>This paper is the current, signed revision %1 of the %2.</source>
        <translation>此紙本是%2目前已簽字的第 %1 版。</translation>
    </message>
    <message>
        <source>This paper matches the current revision %1 of the %2, which is not signed yet: it is a draft copy.</source>
        <translation>此紙本與%2目前的第 %1 版相符，但該版尚未簽字：這是草稿副本。</translation>
    </message>
</context>
<context>
    <name>PeopleKeys</name>
    <message>
        <source>A person&apos;s key cannot be edited or removed: a new key is a new enrolment, confirmed by an administrator.</source>
        <translation>個人金鑰不能修改或刪除：新金鑰須重新登記，並由管理員確認。</translation>
    </message>
    <message>
        <source>The key enrolment %1 is not signed by its own key: it was forged or altered.</source>
        <translation>金鑰登記 %1 未由其自身金鑰簽署：已被偽造或改動。</translation>
    </message>
    <message>
        <source>The key confirmation %1 carries no valid signature.</source>
        <translation>金鑰確認 %1 不帶有效簽名。</translation>
    </message>
    <message>
        <source>The key confirmation %1 does not verify against the confirming administrator&apos;s key.</source>
        <translation>金鑰確認 %1 與確認管理員的金鑰核對不符。</translation>
    </message>
    <message>
        <source>The personal keys could not be made.</source>
        <translation>無法產生個人金鑰。</translation>
    </message>
    <message>
        <source>There is no person %1 in the people registry.</source>
        <translation>人員名冊中沒有 %1。</translation>
    </message>
    <message>
        <source>%1 has left Lithera and cannot enrol a key.</source>
        <translation>%1 已離職，不能登記金鑰。</translation>
    </message>
    <message>
        <source>%1 has no key at this desk: enrol first (Settings › People at this desk, or fielddesk-cli people enrol).</source>
        <translation>%1 在本機沒有金鑰：請先登記（設定 › 本機人員，或 fielddesk-cli people enrol）。</translation>
    </message>
    <message>
        <source>%1 has left Lithera: their key no longer opens.</source>
        <translation>%1 已離職：其金鑰不再能開啟。</translation>
    </message>
    <message>
        <source>The stored key is damaged.</source>
        <translation>儲存的金鑰已損壞。</translation>
    </message>
    <message>
        <source>The enrolment of this key is missing from the people registry.</source>
        <translation>人員名冊中缺少此金鑰的登記。</translation>
    </message>
    <message>
        <source>The stored key does not match the registered one.</source>
        <translation>儲存的金鑰與登記的不符。</translation>
    </message>
    <message>
        <source>Enter the current PIN first.</source>
        <translation>請先輸入目前的 PIN。</translation>
    </message>
    <message>
        <source>An administrator must enter their PIN to confirm a key.</source>
        <translation>管理員須輸入其 PIN 才能確認金鑰。</translation>
    </message>
    <message>
        <source>%1 cannot confirm keys: only an administrator (administration or the general manager) with a confirmed key can.</source>
        <translation>%1 不能確認金鑰：只有持已確認金鑰的管理員（行政或總經理）可以。</translation>
    </message>
    <message>
        <source>%1 has no key waiting for confirmation.</source>
        <translation>%1 沒有待確認的金鑰。</translation>
    </message>
    <message>
        <source>%1 has no confirmed key.</source>
        <translation>%1 沒有已確認的金鑰。</translation>
    </message>
</context>
<context>
    <name>PeopleKeysPanel</name>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>金鑰 ID</translation>
    </message>
    <message>
        <source>Enter &amp;PIN…</source>
        <translation>輸入 PIN(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>登記(&amp;E)…</translation>
    </message>
    <message>
        <source>Con&amp;firm key…</source>
        <translation>確認金鑰(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;hange PIN…</source>
        <translation>變更 PIN(&amp;H)…</translation>
    </message>
    <message>
        <source>Open a database to see its people.</source>
        <translation>請開啟資料庫以查看其人員。</translation>
    </message>
    <message>
        <source>Nobody has entered their PIN since the desk was unlocked. Signing, approving and opening protected know-how ask for it.</source>
        <translation>本機解鎖後尚無人輸入 PIN。簽名、核准及開啟受保護的 know-how 時會要求輸入。</translation>
    </message>
    <message>
        <source>Acting at this desk: &lt;b&gt;%1&lt;/b&gt; (PIN entered; asked again after the desk locks).</source>
        <translation>本機目前操作人：&lt;b&gt;%1&lt;/b&gt;（已輸入 PIN；本機鎖定後須重新輸入）。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source> · at this desk</source>
        <translation> · 在本機</translation>
    </message>
    <message>
        <source> · PIN entered</source>
        <translation> · 已輸入 PIN</translation>
    </message>
    <message>
        <source>Confirm key</source>
        <translation>確認金鑰</translation>
    </message>
    <message>
        <source>An administrator confirms keys: select yourself, choose &quot;Enter PIN…&quot;, then confirm.</source>
        <translation>金鑰由管理員確認：請選取您自己，點「輸入 PIN…」，然後再確認。</translation>
    </message>
    <message>
        <source>Confirm the key %1 of %2 as %3? Compare the key id with the one %2 sees at their desk.</source>
        <translation>以 %3 身分確認 %2 的金鑰 %1？請與 %2 在其本機看到的金鑰 ID 核對。</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>變更 PIN</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>新 PIN：</translation>
    </message>
    <message>
        <source>Repeat the new PIN:</source>
        <translation>再次輸入新 PIN：</translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was changed.</source>
        <translation>兩次輸入的 PIN 不同，未作任何變更。</translation>
    </message>
    <message>
        <source>The PIN was changed.</source>
        <translation>PIN 已變更。</translation>
    </message>
</context>
<context>
    <name>PersonalKeys</name>
    <message>
        <source>The personal keys could not be made (OpenSSL).</source>
        <translation>無法產生個人金鑰（OpenSSL）。</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 characters.</source>
        <translation>PIN 至少須有 %1 個字元。</translation>
    </message>
    <message>
        <source>Wrong PIN, or the key belongs to someone else.</source>
        <translation>PIN 錯誤，或金鑰屬於他人。</translation>
    </message>
    <message>
        <source>This sealed text is not for this person&apos;s key.</source>
        <translation>此密封內容不是為此人的金鑰所封。</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Enter your PIN</source>
        <translation>輸入您的 PIN</translation>
    </message>
    <message>
        <source>%1, enter your personal PIN to sign, approve or open protected know-how at this desk. It is asked once until the desk locks.</source>
        <translation>%1，請輸入您的個人 PIN，以便在本機簽名、核准或開啟受保護的 know-how。在本機鎖定前只需輸入一次。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核對 PIN…</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again; a forgotten PIN is replaced by enrolling again.</source>
        <translation>PIN 錯誤。請重試；忘記 PIN 須重新登記金鑰。</translation>
    </message>
</context>
<context>
    <name>PlausibleDates</name>
    <message>
        <source>%1 lies outside %2 to %3; check the year.</source>
        <translation>%1 不在 %2 至 %3 之間；請檢查年份。</translation>
    </message>
</context>
<context>
    <name>PpePanel</name>
    <message>
        <source>Safety notes for this site:</source>
        <translation>本現場的安全注意事項：</translation>
    </message>
    <message>
        <source>e.g. HF area: always two people, eye-wash station at gate 2</source>
        <translation>例如：HF 區域須兩人同行，洗眼器在 2 號門</translation>
    </message>
    <message>
        <source>The task has no safety risk assessed yet, so no PPE can be derived; assess the task first (SOP-10 §5.2.2).</source>
        <translation>任務尚未評估安全風險，因此無法得出 PPE；請先評估任務（SOP-10 §5.2.2）。</translation>
    </message>
    <message>
        <source>Safety risk &lt;b&gt;%1&lt;/b&gt; (from the assessment). Required PPE, cumulative by SOP-10 §5.2.7:</source>
        <translation>安全風險&lt;b&gt;%1&lt;/b&gt;（來自評估）。所需 PPE，按 SOP-10 §5.2.7 逐級累加：</translation>
    </message>
    <message>
        <source>HF site: carry the first-aid kit with 25 % calcium gluconate gel at all times.</source>
        <translation>HF 端：須隨身攜帶 HF 急救藥盒（25% 葡萄糖酸鈣凝膠）。</translation>
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
        <translation>護目鏡</translation>
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
        <translation>應急聯絡卡</translation>
    </message>
    <message>
        <source>HF first-aid kit (25 % calcium gluconate gel)</source>
        <translation>HF 急救藥盒（25% 葡萄糖酸鈣凝膠）</translation>
    </message>
</context>
<context>
    <name>PreTripPanel</name>
    <message>
        <source>Confirmed with the customer&apos;s contact the day before departure (SOP-10 §5.2.8). Tick what has been confirmed.</source>
        <translation>出發前 1 天與客戶對接人確認（SOP-10 §5.2.8）。請勾選已確認的事項。</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到達</translation>
    </message>
    <message>
        <source>Arrival time, place and host confirmed</source>
        <translation>已確認到達時間、地點與接待人</translation>
    </message>
    <message>
        <source>e.g. 09:00 at gate 1, received by the process manager</source>
        <translation>例如：09:00 在 1 號門，由製程經理接待</translation>
    </message>
    <message>
        <source>Site conditions</source>
        <translation>現場條件</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure and safety training confirmed</source>
        <translation>已確認現場 PPE、入廠程序與安全培訓</translation>
    </message>
    <message>
        <source>e.g. entry application one day ahead; 30 min safety training on arrival</source>
        <translation>例如：提前一天提交入廠申請；到達後 30 分鐘安全培訓</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急聯絡</translation>
    </message>
    <message>
        <source>Emergency contact at the site confirmed (see agenda item 6)</source>
        <translation>已確認現場緊急聯絡人（見議程第 6 項）</translation>
    </message>
    <message>
        <source>Documents the engineers carry</source>
        <translation>派員須攜帶的文件</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份證</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>健康證</translation>
    </message>
    <message>
        <source>Site entry application</source>
        <translation>入廠申請</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>列印預覽 — %1</translation>
    </message>
    <message>
        <source>Printed, but the print could not be logged: %1</source>
        <translation>已列印，但無法記錄此次列印：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在準備…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在列印</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1 %2 page(s), %3 form(s).</source>
        <translation>%1 共 %2 頁，%3 份表單。</translation>
    </message>
</context>
<context>
    <name>PrintLayouts</name>
    <message>
        <source>(not yet numbered)</source>
        <translation>（尚未編號）</translation>
    </message>
    <message>
        <source>%1 %2 has no paper form to print; print its task instead.</source>
        <translation>%1 %2 沒有可列印的紙本表單；請改為列印其任務。</translation>
    </message>
    <message>
        <source>%1 is not a task.</source>
        <translation>%1 不是任務。</translation>
    </message>
    <message>
        <source>Task dossier %1</source>
        <translation>任務卷宗 %1</translation>
    </message>
    <message>
        <source>Dispatch task sheet</source>
        <translation>派員任務單</translation>
    </message>
    <message>
        <source>Request and registration (SOP-10 §5.2.1)</source>
        <translation>需求與登記（SOP-10 §5.2.1）</translation>
    </message>
    <message>
        <source>Assessment (SOP-10 §5.2.2)</source>
        <translation>評估（SOP-10 §5.2.2）</translation>
    </message>
    <message>
        <source>Approval (SOP-10 §5.2.3)</source>
        <translation>核准（SOP-10 §5.2.3）</translation>
    </message>
    <message>
        <source>No approval decision recorded yet.</source>
        <translation>尚未記錄核准決定。</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>核准層級</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>決定時間</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派員</translation>
    </message>
    <message>
        <source>Anomalies (SOP-10 §5.3.4)</source>
        <translation>異常通報（SOP-10 §5.3.4）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>通報時間</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>通報對象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>異常經過</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>已採取的處置</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>派員任務說明書</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Briefing agenda (SOP-10 §5.2.4)</source>
        <translation>說明會議程（SOP-10 §5.2.4）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Know-how boundary (SOP-10 §5.3.1.2)</source>
        <translation>Know-how 防護邊界（SOP-10 §5.3.1.2）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>May say</source>
        <translation>可講</translation>
    </message>
    <message>
        <source>May not say</source>
        <translation>不可講</translation>
    </message>
    <message>
        <source>Safety risk and PPE (SOP-10 §5.2.7)</source>
        <translation>安全風險與 PPE（SOP-10 §5.2.7）</translation>
    </message>
    <message>
        <source>The task&apos;s safety risk is not assessed yet: no PPE list.</source>
        <translation>任務尚未評估安全風險：無 PPE 清單。</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>裝備</translation>
    </message>
    <message>
        <source>Packed (tick by hand)</source>
        <translation>已備妥（手工勾選）</translation>
    </message>
    <message>
        <source>Pre-trip confirmation (SOP-10 §5.2.8)</source>
        <translation>行前對接（SOP-10 §5.2.8）</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認事項</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽字</translation>
    </message>
    <message>
        <source>NDA record sheet</source>
        <translation>保密協議登記</translation>
    </message>
    <message>
        <source>Agreement (SOP-10 §5.2.5)</source>
        <translation>協議（SOP-10 §5.2.5）</translation>
    </message>
    <message>
        <source>Not attached yet: file the signed original and scan it.</source>
        <translation>尚未附加：請將簽字原件歸檔並掃描。</translation>
    </message>
    <message>
        <source>Attached, stored encrypted in the desk</source>
        <translation>已附加，加密儲存在服務台中</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <source>Kept permanently (SOP-10 §9). The signed original is filed with this sheet.</source>
        <translation>永久保存（SOP-10 §9）。簽字原件隨本表歸檔。</translation>
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
        <translation>沒有要列印的記錄 %1：請檢查編號。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>（已關聯記錄）</translation>
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
        <translation>無法開始列印：印表機或 PDF 檔案不可用。</translation>
    </message>
    <message>
        <source>Cannot start page %1: the printer or PDF file failed.</source>
        <translation>無法開始第 %1 頁：印表機或 PDF 檔案出錯。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>列印已取消。</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>表單 %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>編號 %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>%1 — kept for the archive only, not valid for use</source>
        <translation>%1 — 僅供存檔，不得使用</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁 / 共 %2 頁</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%2 於 %1 列印</translation>
    </message>
    <message>
        <source>Content hash %1 · revision %2</source>
        <translation>內容雜湊 %1 · 第 %2 版</translation>
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
        <translation>新客戶：首單後 3 個月內拜訪</translation>
    </message>
    <message>
        <source>%1 after the last visit</source>
        <translation>上次拜訪後%1</translation>
    </message>
    <message>
        <source>No proactive visit yet</source>
        <translation>尚無主動拜訪</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>每季</translation>
    </message>
    <message>
        <source>every half year</source>
        <translation>每半年</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>每 %n 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>The proactive dispatch plan cannot be read: %1</source>
        <translation>無法讀取主動派員計畫：%1</translation>
    </message>
</context>
<context>
    <name>ProactivePlanPage</name>
    <message>
        <source>Proactive dispatch plan</source>
        <translation>主動派員計畫</translation>
    </message>
    <message>
        <source>SOP-10 §6: tier A strategic customers every quarter, tier B every half year, C and D on request; a new customer gets a visit within 3 months of its first order. The next visit counts from the last proactive visit that happened.</source>
        <translation>SOP-10 §6：A 級策略客戶每季、B 級每半年，C、D 級按需；新客戶首單後 3 個月內拜訪。下次拜訪從上次實際主動拜訪起算。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>頻率</translation>
    </message>
    <message>
        <source>Last proactive visit</source>
        <translation>上次主動拜訪</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Plan a dispatch…</source>
        <translation>安排派員…</translation>
    </message>
    <message>
        <source>Register a proactive task for the selected customer</source>
        <translation>為所選客戶登記主動派員任務</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within %3 days.</source>
        <translation>%1 個逾期，%2 個在 %3 天內到期。</translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Fields marked &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; are required.</source>
        <translation>標有 &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; 的欄位為必填。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>關閉且不儲存（Esc）</translation>
    </message>
    <message>
        <source>This record cannot be opened: %1</source>
        <translation>無法開啟此記錄：%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新增%1</translation>
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
        <translation>已填寫認證日期，但並非所有課程都已勾選；請檢查培訓記錄。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The %1 was not saved: %2</source>
        <translation>%1未儲存：%2</translation>
    </message>
    <message>
        <source>Save the new %1?</source>
        <translation>儲存新增的%1？</translation>
    </message>
    <message>
        <source>Save the changes to this %1?</source>
        <translation>儲存對此%1的修改？</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Preview and print this form (Ctrl+P)</source>
        <translation>預覽並列印此表單（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>RecordFingerprint</name>
    <message>
        <source>Record %1 was deleted and has no content to sign or print.</source>
        <translation>記錄 %1 已刪除，沒有可簽字或列印的內容。</translation>
    </message>
    <message>
        <source>Could not read the lines of record %1: %2</source>
        <translation>無法讀取記錄 %1 的明細：%2</translation>
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
        <translation>由派員服務台自動計算</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA 保密協議</translation>
    </message>
    <message>
        <source>NDAs</source>
        <translation>NDA 保密協議</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>核准記錄</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>任務說明書</translation>
    </message>
    <message>
        <source>Mission briefs</source>
        <translation>任務說明書</translation>
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
        <translation>日報</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>異常通報</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>異常通報</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>服務報告</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>服務報告</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Call-backs</source>
        <translation>客戶回訪</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>費用申報單</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>費用申報單</translation>
    </message>
    <message>
        <source>Expense line</source>
        <translation>費用明細</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>費用明細</translation>
    </message>
    <message>
        <source>Know-how entry</source>
        <translation>知識庫條目</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Customer complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Know-how incident</source>
        <translation>Know-how 外洩事件</translation>
    </message>
    <message>
        <source>Know-how incidents</source>
        <translation>Know-how 外洩事件</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>月度彙總</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>月度彙總</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search all columns (Ctrl+F)</source>
        <translation>在所有欄中搜尋（Ctrl+F）</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>按右鍵可選擇顯示的欄</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>顯示所有欄</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 筆記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 / %n 筆記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>This list is empty. Records can be imported with “fielddesk-cli import --db FILE FILE.json”.</source>
        <translation>此清單為空。可用“fielddesk-cli import --db 檔案 檔案.json”匯入記錄。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>沒有與“%1”相符的記錄。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>新增記錄（Ctrl+N）</translation>
    </message>
    <message>
        <source>Loading… %1 read</source>
        <translation>正在載入… 已讀取 %1 筆</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
</context>
<context>
    <name>RecordLocks</name>
    <message>
        <source>Could not read the lock of record %1: %2</source>
        <translation>無法讀取記錄 %1 的鎖定資訊：%2</translation>
    </message>
    <message>
        <source>Record %1 is locked as a %2, which this desk does not know.</source>
        <translation>記錄 %1 以“%2”方式鎖定，本服務台無法識別。</translation>
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
        <translation>沒有可列印的內容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>無法讀取記錄 %1 的版本：%2</translation>
    </message>
    <message>
        <source>The revisions of record %1 form a cycle; run verify.</source>
        <translation>記錄 %1 的版本形成了循環；請執行 verify。</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>%1 (%2): it lies before %3; correct the dates.</source>
        <translation>%1（%2）：早於 %3；請更正日期。</translation>
    </message>
    <message>
        <source>%1 (number): %2 is already used by task %3.</source>
        <translation>%1（編號）：%2 已被任務 %3 使用。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 lies before the task was registered (%4); correct the date.</source>
        <translation>%1（%2）：%3 早於任務登記時間（%4）；請更正日期。</translation>
    </message>
</context>
<context>
    <name>RecordSigning</name>
    <message>
        <source>A %1 has no signature block &quot;%2&quot;.</source>
        <translation>%1沒有簽字欄“%2”。</translation>
    </message>
    <message>
        <source>Type the name of the person signing as %1.</source>
        <translation>請輸入以“%1”身份簽字的人員姓名。</translation>
    </message>
    <message>
        <source>Choose who signs as %1: only the people entitled to that block may sign it.</source>
        <translation>請選擇以“%1”身份簽字的人員：只有有權簽此欄的人員才能簽字。</translation>
    </message>
    <message>
        <source>The signature is too short: sign with your full name.</source>
        <translation>簽字太短：請簽全名。</translation>
    </message>
    <message>
        <source>%1 has already signed as %2.</source>
        <translation>%1 已以“%2”身份簽字。</translation>
    </message>
    <message>
        <source>There is no %1 %2 to sign.</source>
        <translation>沒有可簽字的%1 %2。</translation>
    </message>
    <message>
        <source>This %1 is already signed and locked. Make a correction to sign a new revision.</source>
        <translation>此%1已簽字鎖定。如需修改，請進行更正，再簽字新版本。</translation>
    </message>
    <message>
        <source>This %1 was replaced by a correction (%2); sign that one.</source>
        <translation>此%1已被更正（%2）取代；請簽字更正後的版本。</translation>
    </message>
    <message>
        <source>This %1 is already locked.</source>
        <translation>此%1已鎖定。</translation>
    </message>
    <message>
        <source>Sign the %1 before locking it.</source>
        <translation>請先簽字，再鎖定%1。</translation>
    </message>
    <message>
        <source>Say why the %1 is corrected: the reason is printed on the new revision.</source>
        <translation>請說明更正%1的原因：原因會列印在新版本上。</translation>
    </message>
    <message>
        <source>This %1 is not signed yet: edit it instead of correcting it.</source>
        <translation>此%1尚未簽字：請直接編輯，無需更正。</translation>
    </message>
    <message>
        <source>This %1 was already corrected; correct the current revision (%2) instead.</source>
        <translation>此%1已更正過；請改為更正目前版本（%2）。</translation>
    </message>
    <message>
        <source>%1 must enter their PIN to sign.</source>
        <translation>%1 須輸入其 PIN 才能簽名。</translation>
    </message>
    <message>
        <source>The key of %1 is not confirmed by an administrator yet: it cannot sign.</source>
        <translation>%1 的金鑰尚未經管理員確認，不能簽名。</translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation>無法產生簽名。</translation>
    </message>
    <message>
        <source>The %1 cannot be locked yet: %2 must sign it too. It locks by itself with the last signature.</source>
        <translation>%1 尚不能鎖定：%2 也須簽名。最後一個簽名完成後自動鎖定。</translation>
    </message>
    <message>
        <source>This %1 already has a correction being drafted (%2): finish and sign that one, or delete it first.</source>
        <translation>此%1 已有一份正在起草的更正（%2）：請完成並簽署該更正，或先刪除它。</translation>
    </message>
    <message>
        <source>Enter your PIN first: a correction is made in your name.</source>
        <translation>請先輸入您的 PIN：更正將以您的名義進行。</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <source>Could not read the revisions and locks: %1</source>
        <translation>無法讀取版本與鎖定資訊：%1</translation>
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
        <translation>%1 不是記錄表。</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 沒有欄位 %2。</translation>
    </message>
    <message>
        <source>The record id &quot;%1&quot; is not a UUID.</source>
        <translation>記錄編號“%1”不是 UUID。</translation>
    </message>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>編號為 %1 的記錄已存在。</translation>
    </message>
    <message>
        <source>Cannot save record %1: %2</source>
        <translation>無法儲存記錄 %1：%2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>沒有記錄 %1。</translation>
    </message>
    <message>
        <source>Record %1 is signed and locked: it cannot be changed. Make a correction (a new revision) instead.</source>
        <translation>記錄 %1 已簽字鎖定，不能修改。請改為進行更正（建立新版本）。</translation>
    </message>
    <message>
        <source>Lock %1 cannot be changed or removed: locks are only ever added.</source>
        <translation>鎖定 %1 不能修改或刪除：鎖定只能新增。</translation>
    </message>
</context>
<context>
    <name>RecordSummaries</name>
    <message>
        <source>tier %1</source>
        <translation>%1 級</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>滿意度</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Cannot read the list of %1: %2</source>
        <translation>無法讀取%1清單：%2</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>（已關聯記錄）</translation>
    </message>
    <message>
        <source>The form&apos;s revision (a correction makes the next one).</source>
        <translation>表單的版本（每次更正產生下一版）。</translation>
    </message>
    <message>
        <source>Signed and locked: it opens read-only.</source>
        <translation>已簽字鎖定：以唯讀方式開啟。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>載入已取消。</translation>
    </message>
</context>
<context>
    <name>RecoverDeskDialog</name>
    <message>
        <source>Field Desk — Rebuild from the shared folder</source>
        <translation>派員服務台 — 從共用資料夾重建</translation>
    </message>
    <message>
        <source>Rebuild this desk from the team&apos;s shared folder</source>
        <translation>從團隊共用資料夾重建本服務台</translation>
    </message>
    <message>
        <source>When no passphrase of any desk is known any more, the team&apos;s shared folder and the key on the recovery sheet rebuild a complete desk: the latest snapshot, every later change of every desk, and the attachments. The rebuilt desk joins the team as a new device and is locked with the new passphrase you choose here.</source>
        <translation>當所有服務台的密碼都已遺失時，可用團隊共用資料夾和恢復單上的金鑰重建一個完整的服務台：最新快照、其後每台服務台的全部變更以及附件。重建的服務台以新裝置身分加入團隊，並以您在此設定的新密碼加密。</translation>
    </message>
    <message>
        <source>The folder on the file server that holds &quot;fielddesk&quot;</source>
        <translation>檔案伺服器上包含「fielddesk」的資料夾</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet (64 letters and digits in groups of four), or load the sheet&apos;s text file.</source>
        <translation>輸入恢復單上的恢復金鑰（64 位字母和數字，每四位一組），或載入恢復單的文字檔。</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>從檔案載入…</translation>
    </message>
    <message>
        <source>At least %1 characters. Write it down: it is the only way into the rebuilt desk.</source>
        <translation>至少 %1 個字元。請記下來：這是進入重建後服務台的唯一途徑。</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>新資料庫：</translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation>共用資料夾(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢復金鑰(&amp;R)：</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>新密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>Rebuilding… reading the snapshot and every bundle of the team takes a while.</source>
        <translation>正在重建… 讀取快照和團隊的全部同步包需要一些時間。</translation>
    </message>
    <message>
        <source>Rebuild the desk</source>
        <translation>重建服務台</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder</source>
        <translation>選擇團隊共用資料夾</translation>
    </message>
    <message>
        <source>Load the recovery sheet</source>
        <translation>載入恢復單</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a recovery sheet. Choose the sheet&apos;s text file.</source>
        <translation>%1 太大，不可能是恢復單。請選擇恢復單的文字檔。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file or type the key.</source>
        <translation>無法讀取 %1：%2。請選擇其他檔案或直接輸入金鑰。</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder.</source>
        <translation>請選擇團隊共用資料夾。</translation>
    </message>
    <message>
        <source>There is no folder %1. Check that the file server is reachable, then choose the shared folder.</source>
        <translation>資料夾 %1 不存在。請確認能連線檔案伺服器，然後選擇共用資料夾。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>兩次輸入的密碼不同。請在兩個欄位中輸入相同的密碼。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another place for the database.</source>
        <translation>無法建立資料夾 %1。請為資料庫選擇其他位置。</translation>
    </message>
    <message>
        <source>The desk is rebuilt as a new device of the team.</source>
        <translation>服務台已重建，作為團隊的新裝置。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) applied.</source>
        <translation>
            <numerusform>已套用 %n 個同步包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) fetched.</source>
        <translation>
            <numerusform>已取回 %n 個附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>開啟服務台</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>無法寫入 %1：%2。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Field Desk team recovery sheet</source>
        <translation>派員服務台團隊恢復單</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>無法寫入 %1。請選擇其他資料夾。</translation>
    </message>
</context>
<context>
    <name>ReferenceCombo</name>
    <message>
        <source>Type to search, or choose from the list</source>
        <translation>輸入以搜尋，或從清單中選擇</translation>
    </message>
    <message>
        <source>(record not found: %1)</source>
        <translation>（找不到記錄：%1）</translation>
    </message>
</context>
<context>
    <name>ReferenceOptions</name>
    <message>
        <source>Cannot read the list of %1: %2</source>
        <translation>無法讀取%1清單：%2</translation>
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
        <translation>客訴接收單</translation>
    </message>
    <message>
        <source>Complaint (SOP-15 §10)</source>
        <translation>客訴（SOP-15 §10）</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Know-how incident record</source>
        <translation>Know-how 外洩事件記錄</translation>
    </message>
    <message>
        <source>Incident (SOP-17)</source>
        <translation>事件（SOP-17）</translation>
    </message>
    <message>
        <source>Monthly dispatch case review</source>
        <translation>月度派員案例彙總</translation>
    </message>
    <message>
        <source>KPI figures %1 (SOP-10 §7, SOP-15 §7)</source>
        <translation>%1 KPI 資料（SOP-10 §7、SOP-15 §7）</translation>
    </message>
    <message>
        <source>Figures as signed (computed %1); later edits of records do not change them.</source>
        <translation>簽署時的資料（計算於 %1）；之後修改記錄不會改變這些資料。</translation>
    </message>
    <message>
        <source>Draft: figures computed from the records at printing; they are frozen when the review is signed.</source>
        <translation>草稿：資料於列印時根據記錄計算；彙總簽署後即凍結。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>NPS by customer tier</source>
        <translation>按客戶等級的 NPS</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>推薦者（9-10）</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>被動者（7-8）</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>貶損者（0-6）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message numerus="yes">
        <source>Trends: the last %n month(s)</source>
        <translation>
            <numerusform>趨勢：最近 %n 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>None in %1.</source>
        <translation>%1 無。</translation>
    </message>
    <message>
        <source>Anomaly cases (SOP-10 §5.3.4)</source>
        <translation>異常案例（SOP-10 §5.3.4）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>處置</translation>
    </message>
    <message>
        <source>Customer complaints (QEF-15-05)</source>
        <translation>客訴（QEF-15-05）</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派員</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴內容</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Know-how incidents (SOP-17)</source>
        <translation>Know-how 外洩事件（SOP-17）</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>發現日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>What leaked and how</source>
        <translation>外洩內容與方式</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>處置措施</translation>
    </message>
    <message>
        <source>Call-backs below 7 (SOP-15 §7.3)</source>
        <translation>低於 7 分的回訪（SOP-15 §7.3）</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回訪時間</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改善計畫</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟進期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Improvement plans still open (90-day follow-up)</source>
        <translation>尚未完成的改善計畫（90 天跟進）</translation>
    </message>
    <message>
        <source>Feeds the management review (SOP-20).</source>
        <translation>供管理審查使用（SOP-20）。</translation>
    </message>
</context>
<context>
    <name>RevisionLinkRule</name>
    <message>
        <source>Revision %1: a record cannot replace itself.</source>
        <translation>修訂 %1：記錄不能取代其自身。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces is of another kind; a correction replaces a record of its own kind.</source>
        <translation>修訂 %1：被取代的記錄屬於另一類；更正只能取代同類記錄。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces does not exist.</source>
        <translation>修訂 %1：被取代的記錄不存在。</translation>
    </message>
    <message>
        <source>Revision %1: the revisions would form a cycle.</source>
        <translation>修訂 %1：修訂鏈將形成循環。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces is not signed and locked; only a signed form is corrected by a new revision.</source>
        <translation>修訂 %1：被取代的記錄未簽字鎖定；只有已簽字的表單才以新修訂更正。</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces was already replaced by another revision; a correction replaces the current revision.</source>
        <translation>修訂 %1：被取代的記錄已被另一修訂取代；更正只能取代目前修訂。</translation>
    </message>
    <message>
        <source>Revision %1: the record already replaces another record.</source>
        <translation>修訂 %1：該記錄已取代另一筆記錄。</translation>
    </message>
    <message>
        <source>Revision %1: it must be revision %2 (the record it replaces is revision %3), not %4.</source>
        <translation>修訂 %1：應為第 %2 版（被取代的記錄為第 %3 版），而不是 %4。</translation>
    </message>
    <message>
        <source>Revision %1: the record belongs to another task, engineer or day than the record it replaces; a correction stays where the original was.</source>
        <translation>修訂 %1：該記錄與被取代的記錄屬於不同的任務、工程師或日期；更正須與原記錄一致。</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Scanned copy: %1</source>
        <translation>掃描件：%1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>適合寬度</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Writes the scan, unencrypted, to a file you choose</source>
        <translation>將掃描件以未加密形式寫入您選擇的檔案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it may be damaged or password-protected). Save a copy and open it with another program, or attach the scan again.</source>
        <translation>無法顯示此 PDF（可能已損壞或設有密碼）。請另存副本後用其他程式打開，或重新附加掃描件。</translation>
    </message>
    <message>
        <source>This file is neither a PDF nor an image Field Desk can show (%1). Save a copy and open it with another program.</source>
        <translation>此檔案既不是 PDF，也不是派員服務台能顯示的圖片（%1）。請另存副本後用其他程式打開。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁 / 共 %2 頁</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>另存掃描件副本</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2. Choose another folder.</source>
        <translation>無法將副本寫入 %1：%2。請選擇其他資料夾。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This database was written by a newer Field Desk (schema version %1; this program knows up to %2). Install the newer version to open it.</source>
        <translation>此資料庫由較新版本的派員服務台寫入（結構版本 %1；本程式最高支援 %2）。請安裝新版本後再開啟。</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>本版本缺少結構升級步驟 %1。</translation>
    </message>
    <message>
        <source>Updating the database to schema version %1 failed: %2</source>
        <translation>將資料庫升級到結構版本 %1 失敗：%2</translation>
    </message>
    <message>
        <source>This build&apos;s schema steps are not numbered 1 to %1 without gaps (found %2 where %3 belongs); it cannot update databases.</source>
        <translation>本版本的結構升級步驟未按 1 至 %1 連續編號（在應為 %3 的位置發現 %2）；無法升級資料庫。</translation>
    </message>
</context>
<context>
    <name>SealedText</name>
    <message>
        <source>The L3 text could not be sealed: nobody to seal it to.</source>
        <translation>無法封存該 L3 內容：沒有可封存給的人員。</translation>
    </message>
    <message>
        <source>The L3 text could not be sealed (OpenSSL).</source>
        <translation>無法封存該 L3 內容（OpenSSL）。</translation>
    </message>
    <message>
        <source>The sealed L3 text is damaged and cannot be read.</source>
        <translation>封存的 L3 內容已損壞，無法讀取。</translation>
    </message>
    <message>
        <source>The L3 text could not be sealed to a person&apos;s key (OpenSSL).</source>
        <translation>無法將該 L3 內容封存給某位人員的金鑰（OpenSSL）。</translation>
    </message>
    <message>
        <source>This L3 text is not sealed to your current key yet. It is sealed to you when another person allowed to read it opens it, or at its next edit.</source>
        <translation>此 L3 內容尚未封存給您目前的金鑰。當另一位有權閱讀的人員開啟它或下次編輯時，會封存給您。</translation>
    </message>
    <message>
        <source>The sealed L3 text does not open with your key: it was damaged or altered.</source>
        <translation>封存的 L3 內容無法用您的金鑰開啟：內容已損壞或被竄改。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be updated: %1</source>
        <translation>無法更新搜尋索引：%1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
</context>
<context>
    <name>ServiceReportDraft</name>
    <message>
        <source>%1 / %2 to %3 / %4; engineers: %5.</source>
        <translation>%1 / %2 至 %3 / %4；派員人員：%5。</translation>
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
        <translation>主題：%1</translation>
    </message>
    <message>
        <source>Objectives (mission brief):</source>
        <translation>派員目標（任務說明書）：</translation>
    </message>
    <message>
        <source>(no objectives in the mission brief)</source>
        <translation>（任務說明書中沒有派員目標）</translation>
    </message>
    <message>
        <source>Achieved:</source>
        <translation>達成情況：</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>No expense claim (QEF-10-05) for this task yet.</source>
        <translation>此任務尚無費用申報單（QEF-10-05）。</translation>
    </message>
    <message numerus="yes">
        <source>Reimbursed (company paid, QEF-10-05): RMB %1 in %n claim(s).</source>
        <translation>
            <numerusform>報銷金額（公司付，QEF-10-05）：RMB %1，共 %n 份申報單。</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: RMB %2</source>
        <translation>  %1：RMB %2</translation>
    </message>
    <message>
        <source>Paid by the customer (hospitality, gifts): RMB %1.</source>
        <translation>客戶支付（招待、禮物）：RMB %1。</translation>
    </message>
</context>
<context>
    <name>ServiceReportEditor</name>
    <message>
        <source>Know-how feedback → library (SOP-10 §5.4.3)</source>
        <translation>Know-how 回饋 → 知識庫（SOP-10 §5.4.3）</translation>
    </message>
    <message>
        <source>One item per line; each can become a know-how library entry below.</source>
        <translation>每行一項；每一項都可在下方轉為知識庫條目。</translation>
    </message>
    <message>
        <source>Choose the task: the report is due on the 3rd working day after its last on-site day.</source>
        <translation>請選擇任務：報告須在最後一個現場工作日後的第 3 個工作日前完成。</translation>
    </message>
    <message>
        <source>The task has no time for leaving the site yet; the report is due on the 3rd working day after it.</source>
        <translation>任務尚未填寫離開現場時間；報告期限為其後第 3 個工作日。</translation>
    </message>
    <message>
        <source>Due %1: the 3rd working day after the last on-site day (%2).</source>
        <translation>期限 %1：最後一個現場工作日（%2）後的第 3 個工作日。</translation>
    </message>
    <message>
        <source>✓ Signed on time.</source>
        <translation>✓ 已按時簽字。</translation>
    </message>
    <message>
        <source>✗ Signed late.</source>
        <translation>✗ 逾期簽字。</translation>
    </message>
    <message>
        <source>✗ Overdue: not signed yet.</source>
        <translation>✗ 已逾期：尚未簽字。</translation>
    </message>
    <message numerus="yes">
        <source>Not signed yet; %n day(s) left.</source>
        <translation>
            <numerusform>尚未簽字；還剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In the library from this report: %1</source>
        <translation>由此報告加入知識庫的條目：%1</translation>
    </message>
    <message>
        <source>No know-how feedback yet.</source>
        <translation>尚無 know-how 回饋。</translation>
    </message>
    <message>
        <source>✓ In the library</source>
        <translation>✓ 已在知識庫中</translation>
    </message>
    <message>
        <source>L3: customer-specific formulas; only Robert, KC and the task&apos;s engineers may open it.</source>
        <translation>L3：客戶專屬配方；僅 Robert、KC 及本任務的派員可檢視。</translation>
    </message>
    <message>
        <source>To library</source>
        <translation>加入知識庫</translation>
    </message>
    <message>
        <source>Save the report and make this item a know-how library entry</source>
        <translation>儲存報告，並將此項轉為知識庫條目</translation>
    </message>
    <message>
        <source>Not added to the library</source>
        <translation>未加入知識庫</translation>
    </message>
    <message>
        <source>The know-how entry was not saved: %1</source>
        <translation>知識庫條目未儲存：%1</translation>
    </message>
    <message>
        <source>Filled in when the report is signed (Signatures below).</source>
        <translation>在報告簽字時填寫（見下方“簽字”）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Field Desk uses the new language after a restart.</source>
        <translation>重新啟動派員服務台後才會使用新的語言。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>The folder on the office file server through which the devices of the team exchange their changes.</source>
        <translation>辦公室檔案伺服器上的資料夾，團隊各裝置透過它交換變更。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, Field Desk closes the database and asks for the passphrase again.</source>
        <translation>若這麼長時間沒有鍵盤或滑鼠操作，派員服務台會關閉資料庫，並要求重新輸入密碼。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Share folder:</source>
        <translation>共享資料夾(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>自動鎖定(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose the share folder</source>
        <translation>選擇共享資料夾</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 是檔案，不是資料夾。請選擇資料夾。</translation>
    </message>
    <message>
        <source>Type the full path of the share folder, for example \\server\fielddesk or /mnt/share/fielddesk.</source>
        <translation>請輸入共享資料夾的完整路徑，例如 \\server\fielddesk 或 /mnt/share/fielddesk。</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>團隊(&amp;T)…</translation>
    </message>
    <message>
        <source>Create a team on the share folder, invite a desk or join a team</source>
        <translation>在共享資料夾上建立團隊、邀請服務台或加入團隊</translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>僅在要求時（F5）</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>同步間隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>People at this desk:</source>
        <translation>本機人員：</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the %1</source>
        <translation>簽署%1</translation>
    </message>
    <message>
        <source>%1 (still to sign)</source>
        <translation>%1（待簽）</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（選填）</translation>
    </message>
    <message>
        <source>Full name of the customer&apos;s representative</source>
        <translation>客戶代表全名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>復原筆畫</translation>
    </message>
    <message>
        <source>Lock the form with this signature</source>
        <translation>以此簽字鎖定表單</translation>
    </message>
    <message>
        <source>A locked form can no longer be edited; a change is then a correction (a new revision). Signatures still to come on paper can be added in ink.</source>
        <translation>鎖定後的表單不能再編輯；之後的修改須以更正（新版本）進行。尚待在紙本上簽的字可用筆補簽。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>簽字</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>簽字欄</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽字人</translation>
    </message>
    <message>
        <source>Signing confirms the form as it is saved now. Once every required signature is there, the form is locked.</source>
        <translation>簽字即確認表單目前已儲存的內容。所有必需的簽字齊全後，表單即鎖定。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 請選擇 —</translation>
    </message>
    <message>
        <source>%1 (on this form)</source>
        <translation>%1（本表單上）</translation>
    </message>
    <message>
        <source>Sign on the pad above.</source>
        <translation>請在上方簽字板上簽字。</translation>
    </message>
    <message>
        <source>Signature captured.</source>
        <translation>已擷取簽字。</translation>
    </message>
    <message>
        <source>Too short for a signature: sign with your full name.</source>
        <translation>簽字太短：請簽全名。</translation>
    </message>
</context>
<context>
    <name>SignatureInterchange</name>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>“%1”必須是記錄清單。</translation>
    </message>
    <message>
        <source>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</source>
        <translation>“%1”中有一筆記錄沒有有效的“id”（必須是 UUID）。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>“%2”中的記錄 %1 含有未知的鍵“%3”。</translation>
    </message>
    <message>
        <source>Signature %1: the strokes are not a valid signature (%2).</source>
        <translation>簽字 %1：筆跡不是有效的簽字（%2）。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot;: &quot;revision&quot; must be a whole number from 1.</source>
        <translation>“%2”中的記錄 %1：“revision”必須是從 1 開始的整數。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; needs &quot;%3&quot;.</source>
        <translation>“%2”中的記錄 %1 缺少“%3”。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot;: &quot;%3&quot; must be text.</source>
        <translation>“%2”中的記錄 %1：“%3”必須是文字。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; refers to %3 %4, which does not exist.</source>
        <translation>“%2”中的記錄 %1 引用了不存在的%3 %4。</translation>
    </message>
    <message>
        <source>Signature %1: a %2 has no signature block &quot;%3&quot;.</source>
        <translation>簽字 %1：%2沒有簽字欄“%3”。</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;; signatures, locks and revisions never change.</source>
        <translation>“%2”中的記錄 %1 已以不同的“%3”儲存；簽字、鎖定與版本一經儲存便不再改變。</translation>
    </message>
    <message>
        <source>Lock %1 does not match the content of %2 %3: the file locks something other than what it carries.</source>
        <translation>鎖定 %1 與%2 %3 的內容不符：檔案鎖定的內容與其所含內容不一致。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>簽字板</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>請用滑鼠、筆或手指在此簽字。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>請在此簽字</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Sign…</source>
        <translation>簽字…</translation>
    </message>
    <message>
        <source>Sign this form (saves it first)</source>
        <translation>簽署此表單（會先儲存）</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Make a new revision of this signed form to change it</source>
        <translation>為此已簽字的表單建立新版本以便修改</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽字</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Superseded: this is revision %1. It was corrected; the current revision is %2. It stays on file and cannot be edited.</source>
        <translation>已取代：這是第 %1 版。該版已被更正，目前為第 %2 版。此版保留存檔，不能編輯。</translation>
    </message>
    <message>
        <source>Signed and locked on %1 — revision %2, code %3. It cannot be edited; use Correct… to make a new revision.</source>
        <translation>已於 %1 簽字鎖定 — 第 %2 版，代碼 %3。不能編輯；如需修改，請用“更正…”建立新版本。</translation>
    </message>
    <message>
        <source>Not saved yet. Still to sign: %1.</source>
        <translation>尚未儲存。待簽：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Revision %1, draft. Still to sign: %2.</source>
        <translation>第 %1 版，草稿。待簽：%2。</translation>
    </message>
    <message>
        <source>Draft. Still to sign: %1.</source>
        <translation>草稿。待簽：%1。</translation>
    </message>
    <message>
        <source>Correct the %1</source>
        <translation>更正%1</translation>
    </message>
    <message>
        <source>The signed form stays on file as it is. A new revision is made for you to change and sign again.
Why is it corrected? (printed on the new revision)</source>
        <translation>已簽字的表單按原樣保留存檔。系統會建立一個新版本，供您修改後重新簽字。
更正原因？（會列印在新版本上）</translation>
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
        <translation>更正（第 %1 版）正在起草；在更正簽署之前，本版仍為現行版本。</translation>
    </message>
    <message>
        <source>Revision %1, correction draft: revision %2 stays current until this one is signed. Still to sign: %3.</source>
        <translation>第 %1 版，更正草稿：在本版簽署之前，第 %2 版仍為現行版本。尚待簽名：%3。</translation>
    </message>
    <message>
        <source>Nobody has a personal key at this desk: a correction is made in a person&apos;s name. Enrol first (File › Settings › People at this desk › Enrol).</source>
        <translation>本機沒有任何人的個人金鑰：更正須以某人的名義作出。請先登記（檔案 › 設定 › 本機人員 › 登記）。</translation>
    </message>
    <message>
        <source>Who makes the correction? It is made in your name after your PIN.</source>
        <translation>由誰更正？輸入 PIN 後，更正將以您的名義作出。</translation>
    </message>
</context>
<context>
    <name>SignatureStrokes</name>
    <message>
        <source>The signature&apos;s pad size %1 × %2 is not between 1 and %3.</source>
        <translation>簽字板尺寸 %1 × %2 不在 1 至 %3 之間。</translation>
    </message>
    <message>
        <source>The signature has %1 strokes; at most %2 are accepted.</source>
        <translation>簽字有 %1 筆；最多接受 %2 筆。</translation>
    </message>
    <message>
        <source>The signature has %1 points; at most %2 are accepted.</source>
        <translation>簽字有 %1 個點；最多接受 %2 個。</translation>
    </message>
    <message>
        <source>The signature has an empty stroke.</source>
        <translation>簽字中有一筆是空的。</translation>
    </message>
    <message>
        <source>A point of the signature lies outside its pad (%1 × %2).</source>
        <translation>簽字中有一個點超出簽字板範圍（%1 × %2）。</translation>
    </message>
    <message>
        <source>The signature data is too large.</source>
        <translation>簽字資料過大。</translation>
    </message>
    <message>
        <source>The signature data is not a JSON object with width, height and strokes.</source>
        <translation>簽字資料不是含 width、height 與 strokes 的 JSON 物件。</translation>
    </message>
    <message>
        <source>The signature data needs numbers &quot;width&quot; and &quot;height&quot; and a list &quot;strokes&quot;.</source>
        <translation>簽字資料需要數字“width”和“height”，以及清單“strokes”。</translation>
    </message>
    <message>
        <source>Every stroke of the signature must be a list of numbers.</source>
        <translation>簽字的每一筆都必須是數字清單。</translation>
    </message>
    <message>
        <source>A stroke of the signature needs x, y pairs.</source>
        <translation>簽字的每一筆都需要成對的 x、y 座標。</translation>
    </message>
    <message>
        <source>The signature has more than %1 points.</source>
        <translation>簽字的點數超過 %1 個。</translation>
    </message>
    <message>
        <source>A stroke of the signature holds something that is not a number.</source>
        <translation>簽字的筆畫中含有非數字的內容。</translation>
    </message>
</context>
<context>
    <name>SignatureVerification</name>
    <message>
        <source>Signature %1 of %2 is not made with their personal key, though they had one: it may be forged.</source>
        <translation>%2 的簽名 %1 未以其個人金鑰簽署（而其當時已有金鑰）：可能係偽造。</translation>
    </message>
    <message>
        <source>Signature %1 of %2 names a key that is not their confirmed key.</source>
        <translation>%2 的簽名 %1 所註明的金鑰不是其已確認的金鑰。</translation>
    </message>
    <message>
        <source>Signature %1 of %2 does not verify: it was forged or altered.</source>
        <translation>%2 的簽名 %1 核驗不通過：已被偽造或改動。</translation>
    </message>
</context>
<context>
    <name>SignerRoles</name>
    <message>
        <source>Engineer</source>
        <translation>派員</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>客戶代表</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>申報人</translation>
    </message>
    <message>
        <source>Checked by (administration)</source>
        <translation>審核人（行政）</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Engineer (acknowledged)</source>
        <translation>派員（已確認）</translation>
    </message>
    <message>
        <source>Briefing held by (CTO)</source>
        <translation>說明會主持人（CTO）</translation>
    </message>
    <message>
        <source>Reviewed by (CTO)</source>
        <translation>審核人（CTO）</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告人</translation>
    </message>
    <message>
        <source>Actions confirmed by (CTO)</source>
        <translation>措施確認人（CTO）</translation>
    </message>
</context>
<context>
    <name>SiteDeadlines</name>
    <message>
        <source>a task without number</source>
        <translation>無編號的任務</translation>
    </message>
    <message>
        <source>The %1 deadlines cannot be read: %2</source>
        <translation>無法讀取%1期限：%2</translation>
    </message>
    <message>
        <source>daily report</source>
        <translation>日報</translation>
    </message>
    <message>
        <source>%1: %2 sent the daily report of %3 at %4, after 17:00.</source>
        <translation>%1：%2 於 %4 才回傳 %3 的日報，已過 17:00。</translation>
    </message>
    <message>
        <source>%1: no daily report from %2 for %3 (due 17:00).</source>
        <translation>%1：%2 缺少 %3 的日報（期限 17:00）。</translation>
    </message>
    <message>
        <source>%1: %2&apos;s daily report for today is due at 17:00.</source>
        <translation>%1：%2 今日的日報須於 17:00 前回傳。</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>異常通報</translation>
    </message>
    <message>
        <source>%1: the anomaly “%2” of %3 was notified at %4, after its limit %5.</source>
        <translation>%1：%3 發生的異常“%2”於 %4 才通報，已超過時限 %5。</translation>
    </message>
    <message>
        <source>%1: notify the anomaly “%2” of %3 by %4 (SOP-10 §5.3.4).</source>
        <translation>%1：請於 %4 前通報 %3 發生的異常“%2”（SOP-10 §5.3.4）。</translation>
    </message>
    <message>
        <source>service report and call-back</source>
        <translation>服務報告與回訪</translation>
    </message>
    <message>
        <source>%1: the service report is to be signed by %2 (3rd working day after leaving the site on %3).</source>
        <translation>%1：服務報告須於 %2 前簽字（%3 離開現場後第 3 個工作日）。</translation>
    </message>
    <message>
        <source>%1: the service report was signed on %2, after its due day %3.</source>
        <translation>%1：服務報告於 %2 才簽字，晚於期限 %3。</translation>
    </message>
    <message>
        <source>%1: call the customer back by %2 (48 h after leaving the site).</source>
        <translation>%1：請於 %2 前回訪客戶（離開現場後 48 小時內）。</translation>
    </message>
    <message>
        <source>%1: the customer was called back at %2, more than 48 h after leaving the site.</source>
        <translation>%1：客戶回訪於 %2 進行，已超過離開現場後 48 小時。</translation>
    </message>
    <message>
        <source>improvement plan</source>
        <translation>改進計劃</translation>
    </message>
    <message>
        <source>%1: the improvement plan was completed on %2, after its follow-up date %3.</source>
        <translation>%1：改進計劃於 %2 才完成，晚於追蹤日期 %3。</translation>
    </message>
    <message>
        <source>%1: the improvement plan (call-back scored %2 / NPS %3) was due for follow-up on %4.</source>
        <translation>%1：改進計劃（回訪評分 %2 / NPS %3）應於 %4 追蹤。</translation>
    </message>
    <message>
        <source>%1: follow up the improvement plan (call-back scored %2 / NPS %3) by %4.</source>
        <translation>%1：請於 %4 前追蹤改進計劃（回訪評分 %2 / NPS %3）。</translation>
    </message>
</context>
<context>
    <name>SiteFormRules</name>
    <message>
        <source>it lies before %1; correct the time.</source>
        <translation>早於 %1；請更正時間。</translation>
    </message>
    <message>
        <source>task %1 has no on-site dates yet; enter its planned start and end first.</source>
        <translation>任務 %1 尚無現場日期；請先填寫其計劃開始與計劃結束。</translation>
    </message>
    <message>
        <source>%1 is not an on-site day of task %2 (%3 to %4); choose a day in that period.</source>
        <translation>%1 不是任務 %2 的現場工作日（%3 至 %4）；請選擇此期間內的日期。</translation>
    </message>
    <message>
        <source>this person is not an engineer of task %1; assign them to the task first.</source>
        <translation>此人不是任務 %1 的派員；請先將其指派到該任務。</translation>
    </message>
    <message>
        <source>a follow-up date is set but the plan itself is empty; describe the improvement plan.</source>
        <translation>已設定追蹤日期，但改進計劃本身為空；請填寫改進計劃。</translation>
    </message>
    <message>
        <source>the follow-up must lie within the 90 days after the call (%1 to %2).</source>
        <translation>追蹤日期必須在回訪後 90 天內（%1 至 %2）。</translation>
    </message>
    <message>
        <source>it lies before the call on %1; correct the date.</source>
        <translation>早於 %1 的回訪；請更正日期。</translation>
    </message>
    <message>
        <source>a signed report names who signed it (the engineer and Robert).</source>
        <translation>已簽字的報告須寫明簽字人（派員與 Robert）。</translation>
    </message>
    <message>
        <source>say to whom the gifts were declared.</source>
        <translation>請寫明禮物向誰申報。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>this engineer already has a daily report for task %1 on %2; open that report from the daily report list and add to it, or choose another day.</source>
        <translation>此派員在 %2 已有任務 %1 的日報；請從日報清單開啟該日報並補充內容，或選擇其他日期。</translation>
    </message>
    <message>
        <source>a correction keeps the task, engineer and day of the report it corrects (%1); to report another day, write a new daily report.</source>
        <translation>更正版須沿用被更正日報的任務、派員和日期（%1）；如要報其他日期，請另寫一份日報。</translation>
    </message>
</context>
<context>
    <name>SiteReportLayouts</name>
    <message>
        <source>Daily report</source>
        <translation>派員日報</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Submitted after 17:00 of the report day (SOP-10 §5.3.3).</source>
        <translation>於日報當日 17:00 後提交（SOP-10 §5.3.3）。</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>花費</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Amount (RMB)</source>
        <translation>金額（人民幣）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽字</translation>
    </message>
    <message>
        <source>Field service report</source>
        <translation>派員服務報告</translation>
    </message>
    <message>
        <source>Customer call-back on the dispatch</source>
        <translation>客戶派員滿意度回訪表</translation>
    </message>
    <message>
        <source>Call-back (SOP-10 §5.4.2)</source>
        <translation>回訪（SOP-10 §5.4.2）</translation>
    </message>
    <message>
        <source>Scores (SOP-15 §7.1)</source>
        <translation>評分（SOP-15 §7.1）</translation>
    </message>
    <message>
        <source>Improvement plan (SOP-15 §7.3: score below 7, tracked 90 days)</source>
        <translation>改進計劃（SOP-15 §7.3：低於 7 分，追蹤 90 天）</translation>
    </message>
    <message>
        <source>Dispatch expense claim</source>
        <translation>派員費用申報單</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>申報單</translation>
    </message>
    <message>
        <source>Expense lines (SOP-10 §5.3.1.3)</source>
        <translation>費用明細（SOP-10 §5.3.1.3）</translation>
    </message>
    <message>
        <source>No expense lines.</source>
        <translation>無費用明細。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Declare (&gt; RMB 200)</source>
        <translation>須申報（&gt; RMB 200）</translation>
    </message>
    <message>
        <source>Gift and hospitality declaration (SOP-10 §5.3.1.3)</source>
        <translation>禮物與招待申報（SOP-10 §5.3.1.3）</translation>
    </message>
    <message>
        <source>A gift or hospitality over RMB 200 is not yet declared to administration.</source>
        <translation>有超過 RMB 200 的禮物或招待尚未向行政申報。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Lithera Field Desk</source>
        <translation>Lithera 派員服務台</translation>
    </message>
    <message>
        <source>Field engineering service according to LITHERA-SOP-10 v2: tasks, the QEF-10 forms, customers, people, know-how and KPIs in one encrypted database.</source>
        <translation>依據 LITHERA-SOP-10 v2 的派員技術服務：任務、QEF-10 表單、客戶、人員、知識庫與 KPI，都在一個加密資料庫中。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>結構版本：</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher 版本：</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>裝置 ID：</translation>
    </message>
    <message>
        <source>Share folder:</source>
        <translation>共享資料夾：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核記錄</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entry(ies), each chained to the one before.</source>
        <translation>
            <numerusform>完好：共 %n 筆記錄，每筆都與前一筆環環相扣。</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken — the audit log was changed outside Field Desk. Tell IT before you continue.</source>
        <translation>已損壞——稽核記錄在派員服務台之外被改動過。請先通知 IT 再繼續。</translation>
    </message>
    <message>
        <source>Empty: nothing has been recorded in this database yet.</source>
        <translation>空：此資料庫尚未記錄任何內容。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
</context>
<context>
    <name>SyncBlobs</name>
    <message>
        <source>The attachment content does not match its name %1.</source>
        <translation>附件內容與其名稱 %1 不符。</translation>
    </message>
    <message>
        <source>Cannot put the attachment on the share: %1</source>
        <translation>無法將附件放到共享資料夾：%1</translation>
    </message>
    <message>
        <source>The attachment is not on this computer yet and the shared folder cannot give it (%1). Connect to the file server and try again.</source>
        <translation>此附件尚未在本機上，且無法從共享資料夾取得（%1）。請連線到檔案伺服器後重試。</translation>
    </message>
    <message>
        <source>The attachment %1 on the shared folder is damaged or not from this team; attach the original file again.</source>
        <translation>共享資料夾上的附件 %1 已損壞或不屬於本團隊；請重新附加原始檔案。</translation>
    </message>
</context>
<context>
    <name>SyncBundle</name>
    <message>
        <source>Cannot create a bundle: %1</source>
        <translation>無法建立變更包：%1</translation>
    </message>
    <message>
        <source>Cannot write a bundle: %1</source>
        <translation>無法寫入變更包：%1</translation>
    </message>
    <message>
        <source>Cannot copy the bundle to %1: %2</source>
        <translation>無法將變更包複製到 %1：%2</translation>
    </message>
    <message>
        <source>it cannot be decrypted with the team key (damaged, or from another team)</source>
        <translation>無法用團隊金鑰解密（已損壞，或來自其他團隊）</translation>
    </message>
    <message>
        <source>it cannot be read with the team key (damaged, truncated or from another team)</source>
        <translation>無法用團隊金鑰讀取（已損壞、不完整或來自其他團隊）</translation>
    </message>
    <message>
        <source>its changes cannot be read (%1)</source>
        <translation>無法讀取其中的變更（%1）</translation>
    </message>
    <message>
        <source>it has format %1; this Field Desk reads format %2 (update Field Desk)</source>
        <translation>其格式為 %1；此版本派員服務台讀取格式 %2（請更新派員服務台）</translation>
    </message>
    <message>
        <source>it announces %1 changes but holds %2</source>
        <translation>聲明含 %1 項變更，實際含 %2 項</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation>不存在衝突 %1。</translation>
    </message>
    <message>
        <source>Record %1 is signed: the rejected change cannot be applied. Make a correction (a new revision) instead.</source>
        <translation>記錄 %1 已簽字：被拒絕的變更無法套用。請改為進行更正（建立新版本）。</translation>
    </message>
    <message>
        <source>Settling needs a value for %1.</source>
        <translation>處理衝突需要 %1 的值。</translation>
    </message>
    <message>
        <source>%1 was rejected on every desk: %2 It cannot be applied.</source>
        <translation>%1 已在所有服務台被拒絕：%2 無法套用。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Starting</source>
        <translation>正在開始</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 set aside: %3</source>
        <translation>裝置 %2 的變更包 %1 已被擱置：%3</translation>
    </message>
    <message>
        <source>The last round was cancelled.</source>
        <translation>上一輪已取消。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n pending task number(s) given.</source>
        <translation>
            <numerusform>已分配 %n 個待分配的任務編號。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database belongs to no team: run &quot;team create&quot; or &quot;team join&quot; first.</source>
        <translation>此資料庫不屬於任何團隊：請先執行“team create”或“team join”。</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be reached (no team.json there). Check the connection to the file server and try again.</source>
        <translation>無法連線到共享資料夾 %1（其中沒有 team.json）。請檢查與檔案伺服器的連線後重試。</translation>
    </message>
    <message>
        <source>Reading the changes of device %1</source>
        <translation>正在讀取裝置 %1 的變更</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已套用</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 was set aside and not applied: %3.</source>
        <translation>裝置 %2 的變更包 %1 已被擱置，未套用：%3。</translation>
    </message>
    <message>
        <source>The clock of device %1 is %2 minutes ahead of this one; check the time settings of both computers.</source>
        <translation>裝置 %1 的時鐘比本機快 %2 分鐘；請檢查兩台電腦的時間設定。</translation>
    </message>
    <message>
        <source>Device %1: bundle %2 is not on the share yet; %3 and later wait for it.</source>
        <translation>裝置 %1：變更包 %2 尚未在共享資料夾上；%3 及之後的變更包需等待它。</translation>
    </message>
    <message>
        <source>Cannot read bundle %1 of device %2: %3</source>
        <translation>無法讀取裝置 %2 的變更包 %1：%3</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 stays set aside (see earlier message); later bundles of that device wait.</source>
        <translation>裝置 %2 的變更包 %1 仍被擱置（見前面的消息）；該裝置之後的變更包需等待。</translation>
    </message>
    <message>
        <source>it belongs to another team</source>
        <translation>它屬於其他團隊</translation>
    </message>
    <message>
        <source>it is bundle %1 of device %2, not a bundle of this folder at this place (a copied or renamed file)</source>
        <translation>它是裝置 %2 的變更包 %1，不是此資料夾此位置的變更包（檔案被複制或改名）</translation>
    </message>
    <message>
        <source>it does not follow the bundle applied before (a fork: that device was probably restored from an old backup)</source>
        <translation>它與之前套用的變更包不銜接（分叉：該裝置可能是從舊備份恢復的）</translation>
    </message>
    <message>
        <source>Device %1 forked at bundle %2; its bundles are not applied until an administrator resolves it.</source>
        <translation>裝置 %1 在變更包 %2 處分叉；在管理員解決之前，不套用它的變更包。</translation>
    </message>
    <message>
        <source>it holds changes of another device</source>
        <translation>它包含其他裝置的變更</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 could not be applied and was rolled back: %3</source>
        <translation>裝置 %2 的變更包 %1 無法套用，已復原：%3</translation>
    </message>
    <message>
        <source>Published %1 bundles (%2 changes); applied %3 bundles (%4 new changes); %5 new conflicts, %6 open.</source>
        <translation>已發布 %1 個變更包（%2 項變更）；已套用 %3 個變更包（%4 項新變更）；新增衝突 %5 個，未處理 %6 個。</translation>
    </message>
    <message>
        <source>The sync was cancelled; run it again to finish.</source>
        <translation>同步已取消；請再次執行以完成同步。</translation>
    </message>
    <message>
        <source>A sync round of this database is already running (in the desktop or another command). Wait for it to finish; its result shows there.</source>
        <translation>此資料庫已有一輪同步正在執行（在桌面程式或另一個指令中）。請等待其完成；結果會在那裡顯示。</translation>
    </message>
</context>
<context>
    <name>SyncMerger</name>
    <message>
        <source>Cannot merge record %1 of %2: %3</source>
        <translation>無法合併 %2 的記錄 %1：%3</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The sync problems cannot be read: %1</source>
        <translation>無法讀取同步問題：%1</translation>
    </message>
    <message>
        <source>No set-aside bundle %1: list them with sync --problems.</source>
        <translation>沒有被擱置的同步包 %1：請用 sync --problems 列出。</translation>
    </message>
    <message>
        <source>Several devices have a set-aside bundle %1: name it as DEVICE/%1.</source>
        <translation>多台裝置都有被擱置的同步包 %1：請寫成 裝置/%1。</translation>
    </message>
    <message>
        <source>it is not on the share, or an earlier bundle is missing</source>
        <translation>它不在共用資料夾中，或缺少更早的同步包</translation>
    </message>
    <message>
        <source>Device %1 has no fork to acknowledge: list the problems with sync --problems.</source>
        <translation>裝置 %1 沒有可確認的分叉：請用 sync --problems 列出問題。</translation>
    </message>
    <message>
        <source>The fork of device %1 cannot be read again.</source>
        <translation>無法再次讀取裝置 %1 的分叉。</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>同步問題</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Set aside at</source>
        <translation>擱置時間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>釋放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Adopt the new line</source>
        <translation>採用新序列(&amp;A)</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>分叉</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已擱置</translation>
    </message>
    <message>
        <source>No set-aside bundles and no forks.</source>
        <translation>沒有被擱置的同步包，也沒有分叉。</translation>
    </message>
    <message>
        <source>%1 was checked again and applied.</source>
        <translation>%1 已重新檢查並套用。</translation>
    </message>
    <message>
        <source>%1 stays set aside: %2</source>
        <translation>%1 仍被擱置：%2</translation>
    </message>
    <message>
        <source>The new line of desk %1 is adopted; its bundles are applied.</source>
        <translation>已採用電腦 %1 的新序列；其同步包已套用。</translation>
    </message>
    <message>
        <source>Bundles a sync round set aside are not applied, and the later bundles of their device wait. A file put back whole (from a backup, or a copy that finished) is checked again by the next sync on its own. Otherwise fix the cause first (install the newer Field Desk, correct the share), then release the bundle: it is checked again and applied, or kept aside with the new reason. A fork (a desk restored from an old backup) is acknowledged by adopting the desk&apos;s new line. Releases and adoptions are recorded in the audit log.</source>
        <translation>被同步擱置的同步包不會套用，該裝置之後的同步包也會等待。完整放回的檔案（從備份還原，或複製已完成）會在下次同步時自動重新檢查。其他情況請先排除原因（安裝新版派員服務台、修正共用資料夾），再釋放該同步包：它會被重新檢查並套用，或以新的原因繼續擱置。分叉（從舊備份還原的電腦）透過採用該電腦的新序列來確認。釋放與採用都記入稽核日誌。</translation>
    </message>
</context>
<context>
    <name>SyncPublisher</name>
    <message>
        <source>Publishing this device&apos;s changes</source>
        <translation>正在發布本裝置的變更</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <source>Cannot read %1 on the share: %2</source>
        <translation>無法讀取共享資料夾上的 %1：%2</translation>
    </message>
    <message>
        <source>This device&apos;s bundle %1 on the share differs from the one built here: the database was probably restored from an old backup. Nothing more is published; ask your administrator.</source>
        <translation>共享資料夾上本裝置的變更包 %1 與本機產生的不同：資料庫可能是從舊備份恢復的。將不再發布任何內容；請聯絡管理員。</translation>
    </message>
    <message>
        <source>Cannot publish bundle %1 to the share: %2. It stays here and is published by the next sync.</source>
        <translation>無法將變更包 %1 發布到共享資料夾：%2。它保留在本機，下次同步時發布。</translation>
    </message>
    <message>
        <source>Removed the unfinished copy %1 left by an interrupted sync.</source>
        <translation>已刪除中斷的同步留下的未完成副本 %1。</translation>
    </message>
    <message>
        <source>Cannot create this device&apos;s folder on the share: %1. Check the connection to the file server; nothing was published.</source>
        <translation>無法在共用資料夾中建立本裝置的資料夾：%1。請檢查與檔案伺服器的連線；未發布任何內容。</translation>
    </message>
    <message>
        <source>This device&apos;s file on the share is damaged and cannot be replaced: %1</source>
        <translation>共用資料夾中本裝置的檔案已損壞且無法取代：%1</translation>
    </message>
    <message>
        <source>Cannot write this device&apos;s file on the share: %1. Check the free space and the connection to the file server; nothing was published.</source>
        <translation>無法在共用資料夾中寫入本裝置的檔案：%1。請檢查剩餘空間和與檔案伺服器的連線；未發布任何內容。</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>讀回的內容不一致</translation>
    </message>
</context>
<context>
    <name>SyncRecovery</name>
    <message>
        <source>No recovery key found: the file must hold the recovery sheet&apos;s text or the key itself (64 letters and digits in groups of four).</source>
        <translation>未找到恢復金鑰：檔案須包含恢復單文字或金鑰本身（64 個字母與數字，每四個一組）。</translation>
    </message>
    <message>
        <source>The shared folder holds no bundles and no snapshot of the team: there is nothing to recover.</source>
        <translation>共用資料夾中沒有該團隊的同步包或快照：沒有可恢復的內容。</translation>
    </message>
    <message>
        <source>The recovery key does not open the team&apos;s files on the shared folder. Check the key against the recovery sheet (and that the sheet belongs to this team).</source>
        <translation>恢復金鑰無法開啟共用資料夾中的團隊檔案。請對照恢復單檢查金鑰（並確認恢復單屬於此團隊）。</translation>
    </message>
    <message>
        <source>This database already belongs to team %1; recover into a new database.</source>
        <translation>此資料庫已屬於團隊 %1；請恢復到新的資料庫。</translation>
    </message>
    <message>
        <source>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</source>
        <translation>%1 中沒有派員服務台團隊（無 fielddesk/team.json）。請檢查資料夾。</translation>
    </message>
    <message>
        <source>%1 is not a Field Desk team file.</source>
        <translation>%1 不是派員服務台團隊檔案。</translation>
    </message>
    <message>
        <source>Started from the latest snapshot.</source>
        <translation>已從最新快照開始。</translation>
    </message>
    <message>
        <source>%1 already exists: recover into a new database file.</source>
        <translation>%1 已存在：請恢復到一個新的資料庫檔案。</translation>
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
        <translation>衝突(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>團隊(&amp;T)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync round after the bundle being applied</source>
        <translation>套用完目前變更包後停止本輪同步</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同步問題</translation>
    </message>
    <message numerus="yes">
        <source>The last sync round reported %n problem(s). Records already applied are kept; the rest is tried again at the next round.</source>
        <translation>
            <numerusform>上一輪同步報告了 %n 個問題。已套用的記錄會保留；其餘的將在下一輪重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>Share folder</source>
        <translation>共享資料夾</translation>
    </message>
    <message>
        <source>This desk keeps syncing through %1: %2</source>
        <translation>本服務台繼續透過 %1 同步：%2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;team&quot;&gt;Sync not set up&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;team&quot;&gt;尚未設定同步&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>尚未設定同步</translation>
    </message>
    <message>
        <source>This desk belongs to no team yet: create one on the share folder or join one in File › Sync › Team….
Share folder: %1</source>
        <translation>本服務台尚未加入任何團隊：請在“檔案 › 同步 › 團隊…”中於共享資料夾上建立團隊或加入團隊。
共享資料夾：%1</translation>
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
            <numerusform>%n 筆記錄待發送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;conflicts&quot;&gt;%n conflict(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n 個衝突&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;problems&quot; style=&quot;color:#c62828&quot;&gt;%n problem(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;problems&quot; style=&quot;color:#c62828&quot;&gt;%n 個問題&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Share folder: %1</source>
        <translation>共享資料夾：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Records changed at this desk, not sent yet: %1</source>
        <translation>本服務台已修改但尚未發送的記錄：%1</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1</source>
        <translation>待處理的衝突：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>問題(&amp;P)…</translation>
    </message>
    <message>
        <source>Problems…</source>
        <translation>問題…</translation>
    </message>
</context>
<context>
    <name>SyncSnapshot</name>
    <message>
        <source>Cannot publish the snapshot: %1</source>
        <translation>無法發布快照：%1</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2</source>
        <translation>無法讀取快照 %1：%2</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be read with the team key.</source>
        <translation>無法用團隊金鑰讀取快照 %1。</translation>
    </message>
    <message>
        <source>A snapshot is restored only into a database without records; this one has %1.</source>
        <translation>快照只能恢復到沒有記錄的資料庫中；此資料庫有 %1 筆記錄。</translation>
    </message>
    <message>
        <source>The snapshot %1 was written by a newer Field Desk. Install the newer version on this computer, then join again.</source>
        <translation>快照 %1 由較新版本的派員服務台寫入。請在本機安裝新版本，然後重新加入。</translation>
    </message>
</context>
<context>
    <name>SyncTeam</name>
    <message>
        <source>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</source>
        <translation>%1 中沒有派員服務台團隊（沒有 fielddesk/team.json）。請檢查資料夾。</translation>
    </message>
    <message>
        <source>This database already belongs to team %1.</source>
        <translation>此資料庫已屬於團隊 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a team; join it with an enrollment file instead.</source>
        <translation>%1 中已有團隊；請改用註冊檔案加入該團隊。</translation>
    </message>
    <message>
        <source>Cannot prepare the shared folder: %1</source>
        <translation>無法準備共享資料夾：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>This database belongs to no team: create one first.</source>
        <translation>此資料庫不屬於任何團隊：請先建立團隊。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the enrollment.</source>
        <translation>%1 已存在；請為註冊檔案選擇新的檔案名稱。</translation>
    </message>
    <message>
        <source>Cannot write the enrollment file %1.</source>
        <translation>無法寫入註冊檔案 %1。</translation>
    </message>
    <message>
        <source>The code does not open the enrollment file %1 (or it is no enrollment file). Check the code.</source>
        <translation>此代碼無法開啟註冊檔案 %1（或該檔案不是註冊檔案）。請檢查代碼。</translation>
    </message>
    <message>
        <source>The enrollment is for another team than the one in %1.</source>
        <translation>此註冊檔案所屬的團隊與 %1 中的團隊不同。</translation>
    </message>
    <message>
        <source>This enrollment file was used already. Ask for a new invitation.</source>
        <translation>此註冊檔案已被使用。請索取新的邀請。</translation>
    </message>
    <message>
        <source>%1 holds another team.</source>
        <translation>%1 中是另一個團隊。</translation>
    </message>
    <message>
        <source>Lithera Field Desk — team recovery sheet</source>
        <translation>Lithera 派員服務台 — 團隊恢復單</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>團隊：%1</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>共享資料夾：%1</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢復金鑰：</translation>
    </message>
    <message>
        <source>Keep this sheet in the company safe. With the recovery key an administrator can read every bundle on the shared folder and rebuild the records when every passphrase is lost. Anyone holding it can read the team&apos;s records.</source>
        <translation>請將此單存放在公司保險櫃中。在所有密碼都遺失時，管理員可憑恢復金鑰讀取共享資料夾上的每個變更包並重建記錄。任何持有它的人都能讀取團隊的記錄。</translation>
    </message>
    <message>
        <source>Cannot write the enrollment file %1: %2</source>
        <translation>無法寫入註冊檔案 %1：%2</translation>
    </message>
    <message>
        <source>Trust root (the first administrator&apos;s key id):</source>
        <translation>信任根（首位管理員的金鑰 ID）：</translation>
    </message>
</context>
<context>
    <name>TaskClosure</name>
    <message>
        <source>Cannot read the task&apos;s forms: %1</source>
        <translation>無法讀取任務的表單：%1</translation>
    </message>
    <message>
        <source>Enter when the engineers left the site (the service report and call-back deadlines count from it).</source>
        <translation>請填寫派員離開現場的時間（服務報告與回訪期限由此起算）。</translation>
    </message>
    <message>
        <source>The task has no planned on-site dates, so its daily reports cannot be checked; enter the planned start and end.</source>
        <translation>任務沒有計劃的現場日期，因此無法檢查其日報；請填寫計劃開始與計劃結束。</translation>
    </message>
    <message>
        <source>No daily report from %1 for %2.</source>
        <translation>%1 缺少 %2 的日報。</translation>
    </message>
    <message>
        <source>The anomaly &quot;%1&quot; of %2 has not been notified; record who was told and when.</source>
        <translation>%2 發生的異常“%1”尚未通報；請記錄通報了誰以及通報時間。</translation>
    </message>
    <message>
        <source>The service report (QEF-10-01) is not signed yet by the engineer and Robert.</source>
        <translation>服務報告（QEF-10-01）尚未由派員與 Robert 簽字。</translation>
    </message>
    <message>
        <source>The call-back scored below 7 (satisfaction %1, NPS %2): open an improvement plan with its follow-up date (90 days).</source>
        <translation>回訪評分低於 7 分（滿意度 %1，NPS %2）：請制定改進計劃並設定追蹤日期（90 天）。</translation>
    </message>
    <message>
        <source>The customer call-back (QEF-10-03) has not been made yet.</source>
        <translation>尚未進行客戶回訪（QEF-10-03）。</translation>
    </message>
    <message>
        <source>%1 of RMB %2 paid by the customer on %3 (claim of %4) is not declared yet.</source>
        <translation>%4 的申報單中，%3 由客戶支付的%1 RMB %2 尚未申報。</translation>
    </message>
    <message>
        <source>There is no expense claim (QEF-10-05) for the task.</source>
        <translation>此任務沒有費用申報單（QEF-10-05）。</translation>
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
        <translation>%1 已簽名但未鎖定：請打開並鎖定。</translation>
    </message>
    <message>
        <source>%1 is not signed yet: the signature of the %2 is missing.</source>
        <translation>%1 尚未簽署：缺少%2的簽名。</translation>
    </message>
    <message>
        <source>%1 is not signed yet: %2&apos;s signature (%3) is missing.</source>
        <translation>%1 尚未簽署：缺少 %2 的簽名（%3）。</translation>
    </message>
</context>
<context>
    <name>TaskHeader</name>
    <message>
        <source>Re-assess</source>
        <translation>重新評估</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>Mark briefed</source>
        <translation>標記為已開說明會</translation>
    </message>
    <message>
        <source>Engineers on site</source>
        <translation>派員已到現場</translation>
    </message>
    <message>
        <source>Left the site, reporting</source>
        <translation>已離開現場，撰寫報告</translation>
    </message>
    <message>
        <source>Report done, call back</source>
        <translation>報告完成，進行回訪</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>取消任務…</translation>
    </message>
    <message>
        <source>← Tasks</source>
        <translation>← 任務</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>返回任務清單</translation>
    </message>
    <message>
        <source>Mission brief…</source>
        <translation>任務說明書…</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Next state: %1</source>
        <translation>下一狀態：%1</translation>
    </message>
    <message>
        <source>Open the mission brief QEF-10-01 of this task</source>
        <translation>開啟此任務的任務說明書 QEF-10-01</translation>
    </message>
    <message>
        <source>Service report…</source>
        <translation>服務報告…</translation>
    </message>
    <message>
        <source>Open the service report QEF-10-01 of this task</source>
        <translation>開啟此任務的服務報告 QEF-10-01</translation>
    </message>
    <message>
        <source>Call-back…</source>
        <translation>回訪…</translation>
    </message>
    <message>
        <source>Record the customer call-back QEF-10-03 of this task</source>
        <translation>記錄此任務的客戶回訪 QEF-10-03</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>現場作業</translation>
    </message>
    <message>
        <source>Daily report (QEF-10-02)…</source>
        <translation>日報（QEF-10-02）…</translation>
    </message>
    <message>
        <source>Anomaly (§5.3.4)…</source>
        <translation>異常通報（§5.3.4）…</translation>
    </message>
    <message>
        <source>Enter a daily report or an anomaly for this task</source>
        <translation>輸入此任務的日報或異常</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>列印卷宗…</translation>
    </message>
    <message>
        <source>Preview and print the task&apos;s dossier: the task sheet and all its forms (Ctrl+P)</source>
        <translation>預覽並列印任務卷宗：任務單及其全部表單（Ctrl+P）</translation>
    </message>
    <message>
        <source>Saved while the share folder could not be reached: the next sync gives this task its number.</source>
        <translation>儲存時無法連線到共享資料夾：下次同步時會為此任務分配編號。</translation>
    </message>
</context>
<context>
    <name>TaskIntakeDialog</name>
    <message>
        <source>New dispatch request</source>
        <translation>新派員需求</translation>
    </message>
    <message>
        <source>Register a dispatch request</source>
        <translation>登記派員需求</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.1: register the customer&apos;s request within 24 h of receiving it; Robert assesses it next.</source>
        <translation>SOP-10 §5.2.1：收到客戶需求後 24 小時內登記；隨後由 Robert 評估。</translation>
    </message>
    <message>
        <source>Type to search by name or short name</source>
        <translation>輸入名稱或簡稱搜尋</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>選擇類型</translation>
    </message>
    <message>
        <source>P0 — urgent</source>
        <translation>P0 — 緊急</translation>
    </message>
    <message>
        <source>P1 — normal</source>
        <translation>P1 — 一般</translation>
    </message>
    <message>
        <source>In a few words, e.g. 涂布厚度不均</source>
        <translation>簡短描述，例如：塗布厚度不均</translation>
    </message>
    <message>
        <source>Plant, line or station</source>
        <translation>工廠、產線或工站</translation>
    </message>
    <message>
        <source>What the customer asked for, in their words</source>
        <translation>客戶的需求，用客戶自己的話</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Requested at:</source>
        <translation>需求時間(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主題(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>地點(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>需求內容(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <source>Register the request and give it a task number (Ctrl+S)</source>
        <translation>登記需求並分配任務編號（Ctrl+S）</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小時</numerusform>
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
        <translation>需求提出後 %1 — 已逾時（時限 24 小時）</translation>
    </message>
    <message>
        <source>%1 after the request — in time (limit 24 h)</source>
        <translation>需求提出後 %1 — 準時（時限 24 小時）</translation>
    </message>
    <message>
        <source>The request time lies in the future; check the date.</source>
        <translation>需求時間在未來；請檢查日期。</translation>
    </message>
    <message>
        <source>Registered now: %1. It can still be registered; the start page lists it as registered late.</source>
        <translation>現在登記：%1。仍可登記；開始頁會將其列為逾時登記。</translation>
    </message>
    <message>
        <source>Registered now: %1.</source>
        <translation>現在登記：%1。</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>請選擇客戶。</translation>
    </message>
    <message>
        <source>There is no customer “%1”; choose one from the list.</source>
        <translation>沒有客戶“%1”；請從清單中選擇。</translation>
    </message>
    <message>
        <source>Choose the type of dispatch.</source>
        <translation>請選擇派員類型。</translation>
    </message>
    <message>
        <source>Discard the request?</source>
        <translation>放棄此需求？</translation>
    </message>
    <message>
        <source>The request has not been registered. Discard what you typed?</source>
        <translation>此需求尚未登記。放棄已輸入的內容？</translation>
    </message>
    <message>
        <source>Proactive dispatch (主动派员, SOP-10 §6)</source>
        <translation>主動派員（SOP-10 §6）</translation>
    </message>
    <message>
        <source>A visit Lithera plans by the customer&apos;s tier, not one the customer asked for</source>
        <translation>Lithera 按客戶等級主動安排的拜訪，而非客戶要求的派員</translation>
    </message>
    <message>
        <source>Proactive visit</source>
        <translation>主動拜訪</translation>
    </message>
</context>
<context>
    <name>TaskNumberReservation</name>
    <message>
        <source>All 9999 task numbers of %1 are used.</source>
        <translation>%1 年的 9999 個任務編號已全部用完。</translation>
    </message>
</context>
<context>
    <name>TaskNumbering</name>
    <message>
        <source>Cannot read the task numbers: %1</source>
        <translation>無法讀取任務編號：%1</translation>
    </message>
    <message>
        <source>All 9999 task numbers of %1 are used.</source>
        <translation>%1 年的 9999 個任務編號已全部用完。</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Intake (§5.2.1)</source>
        <translation>任務接收（§5.2.1）</translation>
    </message>
    <message>
        <source>Before dispatch</source>
        <translation>派員前</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>評估已儲存。</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>決定已記錄。</translation>
    </message>
    <message>
        <source>Engineers assigned.</source>
        <translation>已指派派員人員。</translation>
    </message>
    <message>
        <source>Discard the assessment?</source>
        <translation>放棄評估？</translation>
    </message>
    <message>
        <source>The assessment of %1 has unsaved changes. Discard them?</source>
        <translation>%1 的評估有未儲存的修改。是否放棄？</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先順序：</translation>
    </message>
    <message>
        <source>Requested at:</source>
        <translation>需求時間：</translation>
    </message>
    <message>
        <source>Registered at:</source>
        <translation>登記時間：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>需求內容：</translation>
    </message>
    <message>
        <source>Cancelled because:</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <source>Not yet:
• %1</source>
        <translation>尚未滿足：
• %1</translation>
    </message>
    <message>
        <source>Save the assessment first.</source>
        <translation>請先儲存評估。</translation>
    </message>
    <message>
        <source>Nothing blocks the dispatch: the task can be marked briefed.</source>
        <translation>沒有阻礙派員的事項：任務可標記為已開說明會。</translation>
    </message>
    <message>
        <source>The mission brief screen is not part of this version yet.</source>
        <translation>本版本尚無任務說明書介面。</translation>
    </message>
    <message>
        <source>The mission brief is written once the task is approved.</source>
        <translation>任務核准後才能撰寫任務說明書。</translation>
    </message>
    <message>
        <source>Change the state?</source>
        <translation>變更狀態？</translation>
    </message>
    <message>
        <source>Mark %1 as %2?</source>
        <translation>將 %1 標記為%2？</translation>
    </message>
    <message>
        <source>The task is now %1.</source>
        <translation>任務現為%1。</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>取消任務</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? The reason is kept with the task.</source>
        <translation>為什麼取消 %1？原因將隨任務保存。</translation>
    </message>
    <message>
        <source>The task is cancelled.</source>
        <translation>任務已取消。</translation>
    </message>
    <message>
        <source>The time the engineers left the site is saved.</source>
        <translation>派員離開現場的時間已儲存。</translation>
    </message>
    <message>
        <source>Daily reports and anomalies are entered from the briefing until the service report.</source>
        <translation>從說明會後到服務報告之前，均可輸入日報與異常。</translation>
    </message>
</context>
<context>
    <name>TaskScreens</name>
    <message>
        <source>Registered as %1. Robert assesses it next.</source>
        <translation>已登記為 %1。接下來由 Robert 評估。</translation>
    </message>
    <message>
        <source>Registered. The share folder cannot be reached, so the task gets its number at the next sync. Robert assesses it next.</source>
        <translation>已登記。無法連線到共享資料夾，因此任務將在下次同步時獲得編號。接下來由 Robert 評估。</translation>
    </message>
</context>
<context>
    <name>TaskStateMachine</name>
    <message>
        <source>&quot;%1&quot; is not a task state.</source>
        <translation>“%1”不是任務狀態。</translation>
    </message>
    <message>
        <source>The task is %1; a finished task does not change state.</source>
        <translation>任務%1；已結束的任務不再變更狀態。</translation>
    </message>
    <message>
        <source>A task that is %1 cannot become %2; next can only be: %3.</source>
        <translation>%1的任務不能變為%2；下一步只能是：%3。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the task.</source>
        <translation>請填寫取消任務的原因。</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>已評估</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>briefed</source>
        <translation>已開說明會</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>現場作業中</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>撰寫報告中</translation>
    </message>
    <message>
        <source>call-back</source>
        <translation>回訪中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已結案</translation>
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
        <translation>%1 沒有欄位 %2。</translation>
    </message>
    <message>
        <source>Requested at lies after the registration time; check the date.</source>
        <translation>需求時間晚於登記時間；請檢查日期。</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>請從清單中選擇客戶。</translation>
    </message>
    <message>
        <source>%1 is not part of the assessment.</source>
        <translation>%1 不屬於評估內容。</translation>
    </message>
    <message>
        <source>Planned end lies before planned start; correct the dates.</source>
        <translation>計劃結束早於計劃開始；請更正日期。</translation>
    </message>
    <message>
        <source>The task has not been assessed yet; assess it before approving.</source>
        <translation>任務尚未評估；請先評估再核准。</translation>
    </message>
    <message>
        <source>Only an assessed task can be approved or rejected; this one is %1.</source>
        <translation>只有已評估的任務才能核准或駁回；此任務為%1。</translation>
    </message>
    <message>
        <source>%1 cannot decide on this task: it needs %2.</source>
        <translation>%1 無權決定此任務：需要 %2。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the task.</source>
        <translation>請填寫駁回任務的原因。</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>沒有這個人員。</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>沒有這個任務。</translation>
    </message>
    <message>
        <source>The briefing meeting lies after the departure; correct the times.</source>
        <translation>說明會時間晚於出發時間；請更正時間。</translation>
    </message>
    <message>
        <source>The task is %1, not approved.</source>
        <translation>任務為%1，未核准。</translation>
    </message>
    <message>
        <source>No engineer is assigned.</source>
        <translation>尚未指派派員。</translation>
    </message>
    <message>
        <source>An NDA with the customer is required (new customer or core know-how) and none is signed.</source>
        <translation>須與客戶簽 NDA（新客戶或涉核心 know-how），但尚未簽署。</translation>
    </message>
    <message>
        <source>There is no mission brief (QEF-10-01) yet.</source>
        <translation>尚無任務說明書（QEF-10-01）。</translation>
    </message>
    <message>
        <source>The engineer has not acknowledged the know-how boundary.</source>
        <translation>派員尚未確認 Know-how 防護邊界。</translation>
    </message>
    <message>
        <source>The brief has no measurable objectives.</source>
        <translation>說明書沒有可衡量的派員目標。</translation>
    </message>
    <message>
        <source>The brief needs the meeting time and the departure time.</source>
        <translation>說明書需要填寫說明會時間與出發時間。</translation>
    </message>
    <message>
        <source>The briefing meeting must be held within 24 h before departure.</source>
        <translation>說明會必須在出發前 24 小時內召開。</translation>
    </message>
    <message>
        <source>Use the dedicated step to make a task %1.</source>
        <translation>請使用專門的步驟將任務設為%1。</translation>
    </message>
    <message>
        <source>%1 cannot become %2 yet: %3</source>
        <translation>%1 尚不能變為%2：%3</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>團隊：</translation>
    </message>
    <message>
        <source>This desk:</source>
        <translation>本服務台：</translation>
    </message>
    <message>
        <source>Share folder:</source>
        <translation>共享資料夾：</translation>
    </message>
    <message>
        <source>Desks on the share:</source>
        <translation>共享資料夾上的服務台：</translation>
    </message>
    <message>
        <source>&amp;Create a team on the share folder…</source>
        <translation>在共享資料夾上建立團隊(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Invite a desk…</source>
        <translation>邀請服務台(&amp;I)…</translation>
    </message>
    <message>
        <source>Writes an enrollment file for a new desk and shows its one-time code. Give the file and the code separately.</source>
        <translation>為新服務台寫入註冊檔案並顯示其一次性代碼。請將檔案與代碼分開交付。</translation>
    </message>
    <message>
        <source>The enrollment file you were given</source>
        <translation>您收到的註冊檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>註冊檔案</translation>
    </message>
    <message>
        <source>Enrollment files (*.fde);;All files (*)</source>
        <translation>註冊檔案 (*.fde);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Join the team</source>
        <translation>加入團隊(&amp;J)</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>加入團隊</translation>
    </message>
    <message>
        <source>&amp;Enrollment file:</source>
        <translation>註冊檔案(&amp;E)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性代碼(&amp;C)：</translation>
    </message>
    <message>
        <source>none — this desk syncs with nobody</source>
        <translation>無 — 本服務台不與任何人同步</translation>
    </message>
    <message>
        <source>not chosen — set it in Settings first</source>
        <translation>未選擇 — 請先在“設定”中設定</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n bundle(s)</source>
        <translation>
            <numerusform>%1 — %n 個變更包</numerusform>
        </translation>
    </message>
    <message>
        <source> (this desk)</source>
        <translation>（本服務台）</translation>
    </message>
    <message>
        <source>No desk has synced yet.</source>
        <translation>尚無服務台同步過。</translation>
    </message>
    <message>
        <source>Choose the share folder in Settings first.</source>
        <translation>請先在“設定”中選擇共享資料夾。</translation>
    </message>
    <message>
        <source>Team %1 created on %2. Print the recovery sheet and keep it in the company safe; then invite the other desks.</source>
        <translation>已在 %2 上建立團隊 %1。請列印恢復單並存放在公司保險櫃中，然後邀請其他服務台。</translation>
    </message>
    <message>
        <source>Choose the share folder in Settings first: the team&apos;s folder on the file server.</source>
        <translation>請先在“設定”中選擇共享資料夾：即檔案伺服器上團隊的資料夾。</translation>
    </message>
    <message>
        <source>Choose the enrollment file you were given.</source>
        <translation>請選擇您收到的註冊檔案。</translation>
    </message>
    <message>
        <source>Type the one-time code that came with the enrollment file.</source>
        <translation>請輸入隨註冊檔案提供的一次性代碼。</translation>
    </message>
    <message>
        <source>This desk joined team %1. The first sync fetches the team&apos;s records.</source>
        <translation>本服務台已加入團隊 %1。首次同步將取得團隊的記錄。</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>建立團隊</translation>
    </message>
    <message>
        <source>Create a new team on %1? The desks of the team will sync through this folder. Only one desk creates the team; the others join it.</source>
        <translation>在 %1 上建立新團隊？團隊的各服務台將透過此資料夾同步。只需一個服務台建立團隊，其他服務台加入即可。</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>恢復單</translation>
    </message>
    <message>
        <source>Save this sheet as PDF, print it and keep it in the company safe. It is shown now only.</source>
        <translation>請將此單另存為 PDF、列印出來並存放在公司保險櫃中。它只在此時顯示。</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>儲存恢復單</translation>
    </message>
    <message>
        <source>fielddesk-recovery-sheet.pdf</source>
        <translation>派員服務台恢復單.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Write the enrollment file</source>
        <translation>寫入註冊檔案</translation>
    </message>
    <message>
        <source>new-desk.fde</source>
        <translation>新服務台.fde</translation>
    </message>
    <message>
        <source>Enrollment files (*.fde)</source>
        <translation>註冊檔案 (*.fde)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name.</source>
        <translation>%1 已存在。請選擇新的檔案名稱。</translation>
    </message>
    <message>
        <source>Enrollment file written: %1</source>
        <translation>已寫入註冊檔案：%1</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性代碼</translation>
    </message>
    <message>
        <source>Give the new desk the file %1 and, separately (read aloud or on paper), this code. It is shown only now and works once.</source>
        <translation>請將檔案 %1 交給新服務台，並另外（口頭念出或寫在紙上）告知此代碼。代碼只在此時顯示，且只能使用一次。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TextCharacters</name>
    <message>
        <source>the text contains broken characters; type it again.</source>
        <translation>文字中含有損壞的字元，請重新輸入。</translation>
    </message>
    <message>
        <source>the text contains a line or paragraph separator (%1); use an ordinary line break.</source>
        <translation>文字含有行分隔符或段落分隔符（%1）；請使用一般換行。</translation>
    </message>
    <message>
        <source>the text contains a line break or control character (%1); keep it on one line.</source>
        <translation>文字含有換行或控制字元（%1）；請寫在一行內。</translation>
    </message>
    <message>
        <source>the text contains a control character (%1); remove it.</source>
        <translation>文字含有控制字元（%1）；請刪除。</translation>
    </message>
    <message>
        <source>the text contains a writing-direction control (%1) that makes it read differently from what is stored; remove it.</source>
        <translation>文字含有書寫方向控制字元（%1），會使顯示內容與儲存內容不同；請刪除。</translation>
    </message>
    <message>
        <source>the text contains an invisible character (%1); remove it (it often comes with copied text).</source>
        <translation>文字含有不可見字元（%1）；請刪除（常隨複製的文字帶入）。</translation>
    </message>
    <message>
        <source>the text contains %1, which is not a character; remove it.</source>
        <translation>文字含有 %1，它不是字元；請刪除。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message numerus="yes">
        <source>%1 of %2 h (%3 of %n course(s))</source>
        <translation>
            <numerusform>%1 / %2 h（%3 / %n 門課程）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; HF first aid done</source>
        <translation>%1；HF 急救已完成</translation>
    </message>
    <message>
        <source>%1; HF first aid not done (needed for HF sites)</source>
        <translation>%1；HF 急救未完成（HF 現場必須）</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or cannot start a transaction: %1</source>
        <translation>資料庫忙碌或無法開始交易：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>無法儲存變更：%1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Choose another database…</source>
        <translation>選擇其他資料庫…</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>顯示密碼</translation>
    </message>
    <message>
        <source>At least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>至少 %1 個字元。由幾個詞組成的密碼容易記、難猜。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. Without it nobody — not even IT — can open this database. Write it down and keep it somewhere safe.</source>
        <translation>密碼無法找回。沒有密碼，任何人——包括 IT——都打不開這個資料庫。請把它寫下來，存放在安全的地方。</translation>
    </message>
    <message>
        <source>Field Desk — New database</source>
        <translation>派員服務台 — 新增資料庫</translation>
    </message>
    <message>
        <source>Create the encrypted database</source>
        <translation>建立加密資料庫</translation>
    </message>
    <message>
        <source>Field Desk keeps its records in one encrypted file on this computer. Choose the passphrase that will unlock it.</source>
        <translation>派員服務台把記錄儲存在本機的一個加密檔案中。請設定用來解鎖它的密碼。</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>建立資料庫</translation>
    </message>
    <message>
        <source>Field Desk — Locked</source>
        <translation>派員服務台 — 已鎖定</translation>
    </message>
    <message>
        <source>Field Desk is locked</source>
        <translation>派員服務台已鎖定</translation>
    </message>
    <message>
        <source>The database was closed. Type the passphrase to continue.</source>
        <translation>資料庫已關閉。請輸入密碼繼續。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Field Desk — Unlock</source>
        <translation>派員服務台 — 解鎖</translation>
    </message>
    <message>
        <source>Unlock Field Desk</source>
        <translation>解鎖派員服務台</translation>
    </message>
    <message>
        <source>Type the passphrase of this database.</source>
        <translation>請輸入此資料庫的密碼。</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在建立加密資料庫…</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation>正在解鎖…推導金鑰需要一點時間。</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新增）</translation>
    </message>
    <message>
        <source>Choose a Field Desk database</source>
        <translation>選擇派員服務台資料庫</translation>
    </message>
    <message>
        <source>Field Desk databases (*.fdb);;All files (*)</source>
        <translation>派員服務台資料庫 (*.fdb);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選擇</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>隱藏密碼</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>兩次輸入的密碼不一致。請在兩個欄中輸入相同的密碼。</translation>
    </message>
    <message>
        <source>There is no database at %1 any more. Choose another database.</source>
        <translation>%1 處已經沒有資料庫。請選擇其他資料庫。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another place for the database.</source>
        <translation>無法建立資料夾 %1。請為資料庫另選位置。</translation>
    </message>
    <message>
        <source>Check Caps Lock and the input method, then type it again.</source>
        <translation>請檢查大寫鎖定鍵和輸入法，然後重新輸入。</translation>
    </message>
    <message>
        <source>&amp;Rebuild from the shared folder…</source>
        <translation>從共用資料夾重建(&amp;R)…</translation>
    </message>
    <message>
        <source>Lost every passphrase? Rebuild the team&apos;s records from the shared folder with the key on the recovery sheet.</source>
        <translation>所有密碼都遺失了？可用恢復單上的金鑰從共用資料夾重建團隊的記錄。</translation>
    </message>
    <message>
        <source>The L3 know-how text stored in clear could not be sealed: %1</source>
        <translation>無法封存以明文儲存的 L3 知識內容：%1</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n L3 know-how entries was stored in clear by an earlier version; it is now sealed to the people allowed to read it.</source>
        <translation>
            <numerusform>%n 條 L3 知識條目的內容曾由舊版本以明文儲存；現已封存給有權閱讀的人員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n L3 know-how entries are still in clear: none of the people allowed to read them has a confirmed personal key. Enrol one of them (File › Settings › People at this desk).</source>
        <translation>
            <numerusform>仍有 %n 條 L3 知識條目為明文：有權閱讀的人員都沒有已確認的個人金鑰。請為其中一人登記（檔案 › 設定 › 本機人員）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>如不儲存，所輸入的內容將會丟失。</translation>
    </message>
</context>
<context>
    <name>VerifyPaperDialog</name>
    <message>
        <source>Verify a paper copy</source>
        <translation>核驗紙本</translation>
    </message>
    <message>
        <source>Scan the QR code in the printout&apos;s footer, or type the code printed beside it (FD1:…).</source>
        <translation>掃描列印件頁尾的 QR Code，或輸入印在旁邊的代碼（FD1:…）。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核驗</translation>
    </message>
</context>
<context>
    <name>WorkSlots</name>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it like 09:00.</source>
        <translation>“%1”不是時間；請按 09:00 的格式輸入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it like 17:30.</source>
        <translation>“%1”不是時間；請按 17:30 的格式輸入。</translation>
    </message>
    <message>
        <source>a time slot has a start and an end; enter both times or neither.</source>
        <translation>時段須有開始和結束；請兩個時間都填寫，或都不填。</translation>
    </message>
    <message>
        <source>the slot ends at %1, not after it starts at %2; correct the times.</source>
        <translation>時段結束於 %1，不晚於開始時間 %2；請更正時間。</translation>
    </message>
    <message>
        <source>say what was done from %1 to %2.</source>
        <translation>請寫明 %1 至 %2 做了什麼。</translation>
    </message>
    <message>
        <source>keep one slot on one line; add another slot for the rest.</source>
        <translation>每個時段寫在一行內；其餘內容請另加時段。</translation>
    </message>
</context>
<context>
    <name>WorkSlotsEditor</name>
    <message>
        <source>Add slot</source>
        <translation>新增時段</translation>
    </message>
    <message>
        <source>Another time slot (or press Enter in the last one)</source>
        <translation>另一個時段（或在最後一個時段中按 Enter）</translation>
    </message>
    <message>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <source>From (may stay empty for &quot;上午：…&quot;)</source>
        <translation>開始（寫“上午：…”時可留空）</translation>
    </message>
    <message>
        <source>12:00</source>
        <translation>12:00</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>工作內容</translation>
    </message>
    <message>
        <source>Remove this slot (an emptied slot is left out as well)</source>
        <translation>刪除此時段（清空的時段也會被略去）</translation>
    </message>
    <message>
        <source>Slot %1: %2</source>
        <translation>時段 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lithera Field Desk: the field engineering service desk.</source>
        <translation>Lithera 派員服務台：派員技術服務管理。</translation>
    </message>
    <message>
        <source>Open or create the database at PATH.</source>
        <translation>開啟或建立位於 PATH 的資料庫。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Use DIR as the share folder for this session.</source>
        <translation>本次執行使用 DIR 作為共享資料夾。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
</TS>
