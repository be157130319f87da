<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnomalyDialog</name>
    <message>
        <source>Phone Robert within 1 hour.</source>
        <translation>Phone Robert within 1 hour.</translation>
    </message>
    <message>
        <source>Phone 盛转红 and KC within 4 hours.</source>
        <translation>Phone 盛转红 and KC within 4 hours.</translation>
    </message>
    <message>
        <source>Phone Robert (with the AI Advisor) within 24 hours.</source>
        <translation>Phone Robert (with the AI Advisor) within 24 hours.</translation>
    </message>
    <message>
        <source>Report it in the same day&apos;s daily report.</source>
        <translation>Report it in the same day&apos;s daily report.</translation>
    </message>
    <message>
        <source>Choose the type and when it happened: the notification limit follows from them.</source>
        <translation>Choose the type and when it happened: the notification limit follows from them.</translation>
    </message>
    <message>
        <source>Overdue: the limit was %1 and nobody has been told. %2 Then enter who was told, how and when.</source>
        <translation>Overdue: the limit was %1 and nobody has been told. %2 Then enter who was told, how and when.</translation>
    </message>
    <message>
        <source>Notified late: at %1, after the limit %2.</source>
        <translation>Notified late: at %1, after the limit %2.</translation>
    </message>
    <message>
        <source>Notified in time (limit %1).</source>
        <translation>Notified in time (limit %1).</translation>
    </message>
    <message>
        <source>Notify by %1. %2</source>
        <translation>Notify by %1. %2</translation>
    </message>
    <message>
        <source>Phone KC and Robert immediately (within 15 minutes).</source>
        <translation>Phone KC and Robert immediately (within 15 minutes).</translation>
    </message>
</context>
<context>
    <name>ApprovalMatrix</name>
    <message>
        <source>Robert approves it himself (half a day or less, simple consultation)</source>
        <translation>Robert approves it himself (half a day or less, simple consultation)</translation>
    </message>
    <message>
        <source>Robert approves (up to 3 days)</source>
        <translation>Robert approves (up to 3 days)</translation>
    </message>
    <message>
        <source>Robert proposes, KC is informed (more than 3 and up to 5 days)</source>
        <translation>Robert proposes, KC is informed (more than 3 and up to 5 days)</translation>
    </message>
    <message>
        <source>KC approves (more than 5 days or core know-how)</source>
        <translation>KC approves (more than 5 days or core know-how)</translation>
    </message>
    <message>
        <source>KC and Charles approve (strategic customer or major complaint)</source>
        <translation>KC and Charles approve (strategic customer or major complaint)</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>Approval (§5.2.3)</source>
        <translation>Approval (§5.2.3)</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Optional when approving; the reason when rejecting</source>
        <translation>Optional when approving; the reason when rejecting</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Required approval: follows from the assessment.</source>
        <translation>Required approval: follows from the assessment.</translation>
    </message>
    <message>
        <source>Required approval: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Required approval: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <source>KC is to be informed of this dispatch.</source>
        <translation>KC is to be informed of this dispatch.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assess the task first: the approval it needs follows from the assessment.</source>
        <translation>Assess the task first: the approval it needs follows from the assessment.</translation>
    </message>
    <message>
        <source>Save the assessment first: the decision is taken on the saved assessment.</source>
        <translation>Save the assessment first: the decision is taken on the saved assessment.</translation>
    </message>
    <message>
        <source>Nobody in People has the role this approval needs.</source>
        <translation>Nobody in People has the role this approval needs.</translation>
    </message>
    <message>
        <source>The task was rejected; it is finished.</source>
        <translation>The task was rejected; it is finished.</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>The task was cancelled.</translation>
    </message>
    <message>
        <source>The task is approved.</source>
        <translation>The task is approved.</translation>
    </message>
    <message>
        <source>Reject the task?</source>
        <translation>Reject the task?</translation>
    </message>
    <message>
        <source>A rejected task is finished and cannot be approved later. Reject it?</source>
        <translation>A rejected task is finished and cannot be approved later. Reject it?</translation>
    </message>
</context>
<context>
    <name>AreaCatalog</name>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>SOP-10 §5, §5.2.1–§5.2.3, §4.2</source>
        <translation>SOP-10 §5, §5.2.1–§5.2.3, §4.2</translation>
    </message>
    <message>
        <source>Every dispatch is a task numbered LITH-FE-YYYY-NNNN, unique across all devices even when they work offline. The task list shows each task&apos;s state, customer, engineers and next deadline.</source>
        <translation>Every dispatch is a task numbered LITH-FE-YYYY-NNNN, unique across all devices even when they work offline. The task list shows each task&apos;s state, customer, engineers and next deadline.</translation>
    </message>
    <message>
        <source>Kept 10 years with its forms. Registered by sales (盛转红), assessed by Robert.</source>
        <translation>Kept 10 years with its forms. Registered by sales (盛转红), assessed by Robert.</translation>
    </message>
    <message>
        <source>Life of a task</source>
        <translation>Life of a task</translation>
    </message>
    <message>
        <source>Registered → assessed → approved (or rejected) → briefed → on site → reporting → call-back → closed</source>
        <translation>Registered → assessed → approved (or rejected) → briefed → on site → reporting → call-back → closed</translation>
    </message>
    <message>
        <source>Cancelled from any open state, with a reason</source>
        <translation>Cancelled from any open state, with a reason</translation>
    </message>
    <message>
        <source>Intake, within 24 h of the request (§5.2.1)</source>
        <translation>Intake, within 24 h of the request (§5.2.1)</translation>
    </message>
    <message>
        <source>Type: OEM mixing guidance, line support, customer training, urgent complaint (24 h / 48 h on site), new-product trial, audit accompaniment, trade-show Q&amp;A</source>
        <translation>Type: OEM mixing guidance, line support, customer training, urgent complaint (24 h / 48 h on site), new-product trial, audit accompaniment, trade-show Q&amp;A</translation>
    </message>
    <message>
        <source>Priority P0 / P1, requested and registered times, customer and history</source>
        <translation>Priority P0 / P1, requested and registered times, customer and history</translation>
    </message>
    <message>
        <source>Assessment by Robert (§5.2.2)</source>
        <translation>Assessment by Robert (§5.2.2)</translation>
    </message>
    <message>
        <source>Necessity, complexity (simple / medium / complex), duration, know-how risk, safety risk, commercial value, remote alternative</source>
        <translation>Necessity, complexity (simple / medium / complex), duration, know-how risk, safety risk, commercial value, remote alternative</translation>
    </message>
    <message>
        <source>Approval, computed before anyone approves; the strictest row wins (§5.2.3)</source>
        <translation>Approval, computed before anyone approves; the strictest row wins (§5.2.3)</translation>
    </message>
    <message>
        <source>Up to half a day, simple consultation: Robert approves himself</source>
        <translation>Up to half a day, simple consultation: Robert approves himself</translation>
    </message>
    <message>
        <source>Up to 3 days: Robert</source>
        <translation>Up to 3 days: Robert</translation>
    </message>
    <message>
        <source>More than 3 and up to 5 days: Robert proposes, KC is informed</source>
        <translation>More than 3 and up to 5 days: Robert proposes, KC is informed</translation>
    </message>
    <message>
        <source>More than 5 days, or core know-how: KC approves</source>
        <translation>More than 5 days, or core know-how: KC approves</translation>
    </message>
    <message>
        <source>Strategic customer or major complaint: KC and Charles approve</source>
        <translation>Strategic customer or major complaint: KC and Charles approve</translation>
    </message>
    <message>
        <source>Engineer eligibility (§4.2, §11)</source>
        <translation>Engineer eligibility (§4.2, §11)</translation>
    </message>
    <message>
        <source>External consultants: NDA and non-compete signed, assessment passed</source>
        <translation>External consultants: NDA and non-compete signed, assessment passed</translation>
    </message>
    <message>
        <source>Sales (盛转红) only for commercial accompaniment without core know-how</source>
        <translation>Sales (盛转红) only for commercial accompaniment without core know-how</translation>
    </message>
    <message>
        <source>An ineligible engineer cannot be assigned; the screen says why</source>
        <translation>An ineligible engineer cannot be assigned; the screen says why</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>Mission brief</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.4–§5.2.8</source>
        <translation>SOP-10 §5.2.4–§5.2.8</translation>
    </message>
    <message>
        <source>The record of the briefing Robert holds within 24 hours before departure: what the engineers must know, may say and must carry.</source>
        <translation>The record of the briefing Robert holds within 24 hours before departure: what the engineers must know, may say and must carry.</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: Robert.</source>
        <translation>Kept 10 years. Responsible: Robert.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Task number, customer, site, engineers, dates</source>
        <translation>Task number, customer, site, engineers, dates</translation>
    </message>
    <message>
        <source>Meeting time (within 24 h before departure) and attendees</source>
        <translation>Meeting time (within 24 h before departure) and attendees</translation>
    </message>
    <message>
        <source>The 8 agenda items (§5.2.4)</source>
        <translation>The 8 agenda items (§5.2.4)</translation>
    </message>
    <message>
        <source>Customer background and transaction history</source>
        <translation>Customer background and transaction history</translation>
    </message>
    <message>
        <source>Measurable objectives</source>
        <translation>Measurable objectives</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>Schedule and itinerary</translation>
    </message>
    <message>
        <source>Know-how boundary</source>
        <translation>Know-how boundary</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>Safety risk and PPE</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>Customer special requirements (dress, gift customs, diet)</source>
        <translation>Customer special requirements (dress, gift customs, diet)</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Know-how boundary, acknowledged by the engineer (§5.3.1.2)</source>
        <translation>Know-how boundary, acknowledged by the engineer (§5.3.1.2)</translation>
    </message>
    <message>
        <source>Product specification: the public specification — never the detailed formula</source>
        <translation>Product specification: the public specification — never the detailed formula</translation>
    </message>
    <message>
        <source>Operating advice: recommended ranges — never key parameters such as exact temperatures</source>
        <translation>Operating advice: recommended ranges — never key parameters such as exact temperatures</translation>
    </message>
    <message>
        <source>Troubleshooting: how to handle it — never reverse-engineering information</source>
        <translation>Troubleshooting: how to handle it — never reverse-engineering information</translation>
    </message>
    <message>
        <source>Supply chain: general raw materials — never key supplier names</source>
        <translation>Supply chain: general raw materials — never key supplier names</translation>
    </message>
    <message>
        <source>Price: not discussed on site (left to sales)</source>
        <translation>Price: not discussed on site (left to sales)</translation>
    </message>
    <message>
        <source>PPE from the task&apos;s safety risk, cumulative (§5.2.7)</source>
        <translation>PPE from the task&apos;s safety risk, cumulative (§5.2.7)</translation>
    </message>
    <message>
        <source>Low: safety shoes, helmet, work clothes</source>
        <translation>Low: safety shoes, helmet, work clothes</translation>
    </message>
    <message>
        <source>Medium adds chemical gloves, goggles, respirator mask</source>
        <translation>Medium adds chemical gloves, goggles, respirator mask</translation>
    </message>
    <message>
        <source>High adds chemical suit, full-face respirator, emergency contact card</source>
        <translation>High adds chemical suit, full-face respirator, emergency contact card</translation>
    </message>
    <message>
        <source>HF site adds the HF first-aid kit (25 % calcium gluconate gel)</source>
        <translation>HF site adds the HF first-aid kit (25 % calcium gluconate gel)</translation>
    </message>
    <message>
        <source>Pre-trip confirmation, the day before (§5.2.8)</source>
        <translation>Pre-trip confirmation, the day before (§5.2.8)</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <translation>Arrival time, place and host</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure and safety training</source>
        <translation>Site PPE, entry procedure and safety training</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Documents: ID, health certificate, entry application</source>
        <translation>Documents: ID, health certificate, entry application</translation>
    </message>
    <message>
        <source>Pre-dispatch briefing pack (§5.2.6)</source>
        <translation>Pre-dispatch briefing pack (§5.2.6)</translation>
    </message>
    <message>
        <source>Contract, SDS and COA attachments; the customer&apos;s past tasks, complaints and service reports</source>
        <translation>Contract, SDS and COA attachments; the customer&apos;s past tasks, complaints and service reports</translation>
    </message>
    <message>
        <source>Similar cases from the know-how library (full-text search)</source>
        <translation>Similar cases from the know-how library (full-text search)</translation>
    </message>
    <message>
        <source>Read-only and printable; that the engineer read it is recorded</source>
        <translation>Read-only and printable; that the engineer read it is recorded</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Service report</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.1</source>
        <translation>SOP-10 §5.4.1</translation>
    </message>
    <message>
        <source>Written by Robert and the engineer within 3 working days after the last on-site day (weekends and public holidays do not count), signed by both and printed for the paper archive.</source>
        <translation>Written by Robert and the engineer within 3 working days after the last on-site day (weekends and public holidays do not count), signed by both and printed for the paper archive.</translation>
    </message>
    <message>
        <source>The 7 sections (§5.4.1)</source>
        <translation>The 7 sections (§5.4.1)</translation>
    </message>
    <message>
        <source>Task summary: customer, time, place, engineers, objectives against what was achieved</source>
        <translation>Task summary: customer, time, place, engineers, objectives against what was achieved</translation>
    </message>
    <message>
        <source>Site situation: the line as found, problems, customer remarks</source>
        <translation>Site situation: the line as found, problems, customer remarks</translation>
    </message>
    <message>
        <source>Solutions: what was solved on site, follow-ups</source>
        <translation>Solutions: what was solved on site, follow-ups</translation>
    </message>
    <message>
        <source>Customer feedback: satisfaction 1–10, comments, further needs</source>
        <translation>Customer feedback: satisfaction 1–10, comments, further needs</translation>
    </message>
    <message>
        <source>Improvement suggestions: to Lithera, to suppliers, to the customer</source>
        <translation>Improvement suggestions: to Lithera, to suppliers, to the customer</translation>
    </message>
    <message>
        <source>Know-how feedback: new cases, problem patterns, solutions — each can become a know-how library entry</source>
        <translation>Know-how feedback: new cases, problem patterns, solutions — each can become a know-how library entry</translation>
    </message>
    <message>
        <source>Financial settlement: travel, hospitality and other costs from QEF-10-05</source>
        <translation>Financial settlement: travel, hospitality and other costs from QEF-10-05</translation>
    </message>
    <message>
        <source>Signing and corrections</source>
        <translation>Signing and corrections</translation>
    </message>
    <message>
        <source>Signed by the engineer and Robert; a signed report is never edited again</source>
        <translation>Signed by the engineer and Robert; a signed report is never edited again</translation>
    </message>
    <message>
        <source>A correction is a new revision that points at the old one; both stay, both print</source>
        <translation>A correction is a new revision that points at the old one; both stay, both print</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>Daily reports</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.3</source>
        <translation>SOP-10 §5.3.3</translation>
    </message>
    <message>
        <source>One report per engineer per on-site day, due by 17:00 that day. Engineers report by phone or WeChat; office staff or Robert enter it here.</source>
        <translation>One report per engineer per on-site day, due by 17:00 that day. Engineers report by phone or WeChat; office staff or Robert enter it here.</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the engineer.</source>
        <translation>Kept 10 years. Responsible: the engineer.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Task, engineer, date</source>
        <translation>Task, engineer, date</translation>
    </message>
    <message>
        <source>Today&apos;s work in time slots (morning, noon, afternoon)</source>
        <translation>Today&apos;s work in time slots (morning, noon, afternoon)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s plan</source>
        <translation>Tomorrow&apos;s plan</translation>
    </message>
    <message>
        <source>Support requested: from whom, what</source>
        <translation>Support requested: from whom, what</translation>
    </message>
    <message>
        <source>Expenses: item, amount, who paid</source>
        <translation>Expenses: item, amount, who paid</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Due 17:00 on the day; a later report is marked late</source>
        <translation>Due 17:00 on the day; a later report is marked late</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.4</source>
        <translation>SOP-10 §5.3.4</translation>
    </message>
    <message>
        <source>An anomaly found on site is reported at once. The desk records who was told, how and when, and shows those whose notification is overdue.</source>
        <translation>An anomaly found on site is reported at once. The desk records who was told, how and when, and shows those whose notification is overdue.</translation>
    </message>
    <message>
        <source>Kept 10 years with the task. Responsible: the engineer.</source>
        <translation>Kept 10 years with the task. Responsible: the engineer.</translation>
    </message>
    <message>
        <source>Type — who is told — time limit</source>
        <translation>Type — who is told — time limit</translation>
    </message>
    <message>
        <source>Major customer complaint — phone Robert — within 1 hour</source>
        <translation>Major customer complaint — phone Robert — within 1 hour</translation>
    </message>
    <message>
        <source>Commercial negotiation — phone 盛转红 and KC — within 4 hours</source>
        <translation>Commercial negotiation — phone 盛转红 and KC — within 4 hours</translation>
    </message>
    <message>
        <source>Technical problem beyond the engineer&apos;s ability — phone Robert — within 24 hours</source>
        <translation>Technical problem beyond the engineer&apos;s ability — phone Robert — within 24 hours</translation>
    </message>
    <message>
        <source>General problem — in the same day&apos;s daily report</source>
        <translation>General problem — in the same day&apos;s daily report</translation>
    </message>
    <message>
        <source>Call-backs</source>
        <translation>Call-backs</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.2, SOP-15 §7</source>
        <translation>SOP-10 §5.4.2, SOP-15 §7</translation>
    </message>
    <message>
        <source>Within 48 hours after the dispatch ends, 盛转红 or 王婧 calls the customer&apos;s contact and records the answers.</source>
        <translation>Within 48 hours after the dispatch ends, 盛转红 or 王婧 calls the customer&apos;s contact and records the answers.</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: 盛转红.</source>
        <translation>Kept 10 years. Responsible: 盛转红.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Satisfaction 1–10</source>
        <translation>Satisfaction 1–10</translation>
    </message>
    <message>
        <source>Engineer performance</source>
        <translation>Engineer performance</translation>
    </message>
    <message>
        <source>Further needs</source>
        <translation>Further needs</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Net Promoter Score (SOP-15 §7)</source>
        <translation>Net Promoter Score (SOP-15 §7)</translation>
    </message>
    <message>
        <source>Would you recommend Lithera to a peer? 0–10</source>
        <translation>Would you recommend Lithera to a peer? 0–10</translation>
    </message>
    <message>
        <source>Promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors</source>
        <translation>Promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors</translation>
    </message>
    <message>
        <source>A score below 7 starts an improvement plan by KC and Robert, tracked for 90 days</source>
        <translation>A score below 7 starts an improvement plan by KC and Robert, tracked for 90 days</translation>
    </message>
    <message>
        <source>NDAs</source>
        <translation>NDAs</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.5</source>
        <translation>SOP-10 §5.2.5</translation>
    </message>
    <message>
        <source>A new customer or a task with high know-how risk cannot be dispatched without a signed NDA.</source>
        <translation>A new customer or a task with high know-how risk cannot be dispatched without a signed NDA.</translation>
    </message>
    <message>
        <source>Kept permanently. Custodian: 王婧.</source>
        <translation>Kept permanently. Custodian: 王婧.</translation>
    </message>
    <message>
        <source>Counterparty: a customer or a consultant</source>
        <translation>Counterparty: a customer or a consultant</translation>
    </message>
    <message>
        <source>Scope: customer confidentiality, Lithera confidentiality, mutual (no poaching, no competition)</source>
        <translation>Scope: customer confidentiality, Lithera confidentiality, mutual (no poaching, no competition)</translation>
    </message>
    <message>
        <source>Template version reviewed by counsel (蔡坤旺)</source>
        <translation>Template version reviewed by counsel (蔡坤旺)</translation>
    </message>
    <message>
        <source>Signed date and custodian</source>
        <translation>Signed date and custodian</translation>
    </message>
    <message>
        <source>The scanned signed copy as an attachment</source>
        <translation>The scanned signed copy as an attachment</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Expense claims</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.1.3, §5.4.1 item 7</source>
        <translation>SOP-10 §5.3.1.3, §5.4.1 item 7</translation>
    </message>
    <message>
        <source>The engineer&apos;s expenses for a task; the total goes into the service report&apos;s financial settlement.</source>
        <translation>The engineer&apos;s expenses for a task; the total goes into the service report&apos;s financial settlement.</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the engineer; checked by 王婧.</source>
        <translation>Kept 10 years. Responsible: the engineer; checked by 王婧.</translation>
    </message>
    <message>
        <source>Claimant and task</source>
        <translation>Claimant and task</translation>
    </message>
    <message>
        <source>Lines: date; category (transport, lodging, meals, hospitality, gift received, other); description; amount in RMB with 2 decimals; paid by company or customer; receipt yes / no</source>
        <translation>Lines: date; category (transport, lodging, meals, hospitality, gift received, other); description; amount in RMB with 2 decimals; paid by company or customer; receipt yes / no</translation>
    </message>
    <message>
        <source>Total of the company-paid lines: what is reimbursed</source>
        <translation>Total of the company-paid lines: what is reimbursed</translation>
    </message>
    <message>
        <source>Gifts and hospitality (§5.3.1.3)</source>
        <translation>Gifts and hospitality (§5.3.1.3)</translation>
    </message>
    <message>
        <source>A gift or hospitality received worth more than RMB 200 must be declared to 王婧</source>
        <translation>A gift or hospitality received worth more than RMB 200 must be declared to 王婧</translation>
    </message>
    <message>
        <source>It stays flagged and visible until it is declared</source>
        <translation>It stays flagged and visible until it is declared</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <source>SOP-10 §5.4.3, SOP-15 §8.2, SOP-17</source>
        <translation>SOP-10 §5.4.3, SOP-15 §8.2, SOP-17</translation>
    </message>
    <message>
        <source>The experience of every dispatch — new cases, problem patterns, solutions — kept as library entries and searched in full text for the next briefing.</source>
        <translation>The experience of every dispatch — new cases, problem patterns, solutions — kept as library entries and searched in full text for the next briefing.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Title, text, level L1 / L2 / L3, linked tasks</source>
        <translation>Title, text, level L1 / L2 / L3, linked tasks</translation>
    </message>
    <message>
        <source>New entries come from the know-how feedback of service reports</source>
        <translation>New entries come from the know-how feedback of service reports</translation>
    </message>
    <message>
        <source>L3 restricted know-how (SOP-15 §8.2)</source>
        <translation>L3 restricted know-how (SOP-15 §8.2)</translation>
    </message>
    <message>
        <source>Customer-specific formulas are L3: only Robert, KC and the assigned engineers may open them</source>
        <translation>Customer-specific formulas are L3: only Robert, KC and the assigned engineers may open them</translation>
    </message>
    <message>
        <source>Every access, allowed or refused, is written to the audit log</source>
        <translation>Every access, allowed or refused, is written to the audit log</translation>
    </message>
    <message>
        <source>Access ends the day a person leaves</source>
        <translation>Access ends the day a person leaves</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>SOP-10 §5.5, §7; SOP-15 §7.2</source>
        <translation>SOP-10 §5.5, §7; SOP-15 §7.2</translation>
    </message>
    <message>
        <source>The monthly review Robert leads: the figures with trend and target lines, the month&apos;s anomaly cases and the improvement actions, ready to print.</source>
        <translation>The monthly review Robert leads: the figures with trend and target lines, the month&apos;s anomaly cases and the improvement actions, ready to print.</translation>
    </message>
    <message>
        <source>Monthly, quarterly and yearly periods.</source>
        <translation>Monthly, quarterly and yearly periods.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>On-time dispatch rate ≥ 98 % (month)</source>
        <translation>On-time dispatch rate ≥ 98 % (month)</translation>
    </message>
    <message>
        <source>Customer satisfaction ≥ 9 / 10 (each case)</source>
        <translation>Customer satisfaction ≥ 9 / 10 (each case)</translation>
    </message>
    <message>
        <source>Know-how leak incidents = 0 (year)</source>
        <translation>Know-how leak incidents = 0 (year)</translation>
    </message>
    <message>
        <source>Complaint rate after service &lt; 1 % (month)</source>
        <translation>Complaint rate after service &lt; 1 % (month)</translation>
    </message>
    <message>
        <source>Service report within 3 working days: 100 % (month)</source>
        <translation>Service report within 3 working days: 100 % (month)</translation>
    </message>
    <message>
        <source>Proactive dispatch to strategic customers done: 100 % (quarter)</source>
        <translation>Proactive dispatch to strategic customers done: 100 % (quarter)</translation>
    </message>
    <message>
        <source>NPS: tier A ≥ 60, tier B ≥ 40, overall ≥ 50 (quarter)</source>
        <translation>NPS: tier A ≥ 60, tier B ≥ 40, overall ≥ 50 (quarter)</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>24 h certification (courses 1–5 and 7) done, and the annual 8 h refresher within 12 months; course 6 (HF first aid) for an HF site</source>
        <translation>24 h certification (courses 1–5 and 7) done, and the annual 8 h refresher within 12 months; course 6 (HF first aid) for an HF site</translation>
    </message>
    <message>
        <source>Safety incident (people or chemicals) — phone KC and Robert — immediately (within 15 minutes)</source>
        <translation>Safety incident (people or chemicals) — phone KC and Robert — immediately (within 15 minutes)</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>Monthly reviews</translation>
    </message>
    <message>
        <source>SOP-10 §5.5</source>
        <translation>SOP-10 §5.5</translation>
    </message>
    <message>
        <source>The month&apos;s case review Robert signs for the management review (SOP-20): the KPI figures and trends, anomaly cases, complaints, know-how incidents, call-backs below 7 with their improvement plans, his notes and decisions. Signing freezes the figures.</source>
        <translation>The month&apos;s case review Robert signs for the management review (SOP-20): the KPI figures and trends, anomaly cases, complaints, know-how incidents, call-backs below 7 with their improvement plans, his notes and decisions. Signing freezes the figures.</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>Month (YYYY-MM)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Figures, stored when signed</source>
        <translation>Figures, stored when signed</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>SOP-15 §10, SOP-08</source>
        <translation>SOP-15 §10, SOP-08</translation>
    </message>
    <message>
        <source>Customer complaints as received (客诉接收单): the first response is due within 4 hours; a complaint that names a dispatch counts in the complaint rate after service.</source>
        <translation>Customer complaints as received (客诉接收单): the first response is due within 4 hours; a complaint that names a dispatch counts in the complaint rate after service.</translation>
    </message>
    <message>
        <source>Kept 10 years. Responsible: the person handling it.</source>
        <translation>Kept 10 years. Responsible: the person handling it.</translation>
    </message>
    <message>
        <source>Received at, customer, the dispatch it concerns (optional)</source>
        <translation>Received at, customer, the dispatch it concerns (optional)</translation>
    </message>
    <message>
        <source>Severity: major or normal; a major one can start an urgent dispatch</source>
        <translation>Severity: major or normal; a major one can start an urgent dispatch</translation>
    </message>
    <message>
        <source>Description, first response at, handled by, solution, closed on</source>
        <translation>Description, first response at, handled by, solution, closed on</translation>
    </message>
    <message>
        <source>Know-how incidents</source>
        <translation>Know-how incidents</translation>
    </message>
    <message>
        <source>SOP-17</source>
        <translation>SOP-17</translation>
    </message>
    <message>
        <source>Know-how leaks (Know-how 外泄事件): what leaked and how, and what was done. The target is none in a year.</source>
        <translation>Know-how leaks (Know-how 外泄事件): what leaked and how, and what was done. The target is none in a year.</translation>
    </message>
    <message>
        <source>Found on, task (optional), level L1 / L2 / L3</source>
        <translation>Found on, task (optional), level L1 / L2 / L3</translation>
    </message>
    <message>
        <source>What leaked and how, reported by, actions, closed on</source>
        <translation>What leaked and how, reported by, actions, closed on</translation>
    </message>
    <message>
        <source>Proactive plan</source>
        <translation>Proactive plan</translation>
    </message>
</context>
<context>
    <name>AreaInfoPage</name>
    <message>
        <source>Implements %1</source>
        <translation>Implements %1</translation>
    </message>
    <message>
        <source>This version of Field Desk does not have the entry screen for this area yet, so nothing can be recorded here. The paper form and the procedure above remain the way to work until it does.</source>
        <translation>This version of Field Desk does not have the entry screen for this area yet, so nothing can be recorded here. The paper form and the procedure above remain the way to work until it does.</translation>
    </message>
    <message>
        <source>The records of this area are listed on the first tab as they arrive by import or synchronisation. This version of Field Desk does not have the entry screen yet: new records are still written on the paper form.</source>
        <translation>The records of this area are listed on the first tab as they arrive by import or synchronisation. This version of Field Desk does not have the entry screen yet: new records are still written on the paper form.</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Assessment (§5.2.2)</source>
        <translation>Assessment (§5.2.2)</translation>
    </message>
    <message>
        <source>Must it be solved on site? Can it be handled remotely?</source>
        <translation>Must it be solved on site? Can it be handled remotely?</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Half a day, 1–3 days or more than 3 days decides the approval level</source>
        <translation>Half a day, 1–3 days or more than 3 days decides the approval level</translation>
    </message>
    <message>
        <source>Strategic value of the customer, revenue</source>
        <translation>Strategic value of the customer, revenue</translation>
    </message>
    <message>
        <source>Could it be solved remotely with AI assistance?</source>
        <translation>Could it be solved remotely with AI assistance?</translation>
    </message>
    <message>
        <source>Major customer complaint</source>
        <translation>Major customer complaint</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Save the assessment (Ctrl+S)</translation>
    </message>
    <message>
        <source>Necessity:</source>
        <translation>Necessity:</translation>
    </message>
    <message>
        <source>Complexity:</source>
        <translation>Complexity:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Know-how risk:</source>
        <translation>Know-how risk:</translation>
    </message>
    <message>
        <source>Safety risk:</source>
        <translation>Safety risk:</translation>
    </message>
    <message>
        <source>Commercial value:</source>
        <translation>Commercial value:</translation>
    </message>
    <message>
        <source>Remote alternative:</source>
        <translation>Remote alternative:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Planned:</translation>
    </message>
    <message>
        <source>Required approval: enter the duration and the complexity to see who must approve.</source>
        <translation>Required approval: enter the duration and the complexity to see who must approve.</translation>
    </message>
    <message>
        <source>Required approval: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Required approval: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer is a tier A strategic customer.</source>
        <translation>The customer is a tier A strategic customer.</translation>
    </message>
    <message>
        <source>Computed from the fields above; save the assessment before anyone approves.</source>
        <translation>Computed from the fields above; save the assessment before anyone approves.</translation>
    </message>
    <message>
        <source>May be changed until someone approves or rejects the task.</source>
        <translation>May be changed until someone approves or rejects the task.</translation>
    </message>
    <message>
        <source>Saving makes the task assessed; then it goes to approval.</source>
        <translation>Saving makes the task assessed; then it goes to approval.</translation>
    </message>
    <message>
        <source>The assessment is fixed: the task is %1.</source>
        <translation>The assessment is fixed: the task is %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>Attach scanned copy…</source>
        <translation>Attach scanned copy…</translation>
    </message>
    <message>
        <source>Choose the scanned, signed copy (PDF or image, at most %1 MB); it is stored encrypted in the database</source>
        <translation>Choose the scanned, signed copy (PDF or image, at most %1 MB); it is stored encrypted in the database</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Attach scanned copy</source>
        <translation>Attach scanned copy</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>The file %1 is empty; choose the scanned copy itself.</source>
        <translation>The file %1 is empty; choose the scanned copy itself.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message>
        <source>Replace scanned copy…</source>
        <translation>Replace scanned copy…</translation>
    </message>
    <message>
        <source>No scanned copy attached yet.</source>
        <translation>No scanned copy attached yet.</translation>
    </message>
    <message>
        <source>The scanned copy is missing from this database (%1).</source>
        <translation>The scanned copy is missing from this database (%1).</translation>
    </message>
    <message>
        <source>%1 · %2 · stored when you save</source>
        <translation>%1 · %2 · stored when you save</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show the scanned copy (it stays inside Field Desk)</source>
        <translation>Show the scanned copy (it stays inside Field Desk)</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 is %2 MB; an attachment can be at most %3 MB. Scan it again with a lower resolution or in black and white, or split it into several files.</source>
        <translation>The file %1 is %2 MB; an attachment can be at most %3 MB. Scan it again with a lower resolution or in black and white, or split it into several files.</translation>
    </message>
    <message>
        <source>There is no file %1; choose the file again.</source>
        <translation>There is no file %1; choose the file again.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2. Check that it is not open in another program and that you may read it.</source>
        <translation>Cannot read the file %1: %2. Check that it is not open in another program and that you may read it.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation>Cannot read the file %1: %2.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>An attachment needs a file name.</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this database.</source>
        <translation>There is no attachment %1 in this database.</translation>
    </message>
    <message>
        <source>The attachment %1 (%2) is damaged: its content no longer matches the checksum stored with it. Attach the original file again.</source>
        <translation>The attachment %1 (%2) is damaged: its content no longer matches the checksum stored with it. Attach the original file again.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>Audit entries %1 to %2 are missing.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>Audit entry %1 does not follow the entry before it.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Audit entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The newest audit entries were removed (the log ends at %1, the database recorded %2).</source>
        <translation>The newest audit entries were removed (the log ends at %1, the database recorded %2).</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed or removed after it was checked.</source>
        <translation>Audit entry %1 was changed or removed after it was checked.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Batch print</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <source>Service reports of the &amp;month</source>
        <translation>Service reports of the &amp;month</translation>
    </message>
    <message>
        <source>&amp;Dossier of the selected task</source>
        <translation>&amp;Dossier of the selected task</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>Save as &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>P&amp;rint on</source>
        <translation>P&amp;rint on</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Service reports %1.pdf</source>
        <translation>Service reports %1.pdf</translation>
    </message>
    <message>
        <source>Task dossier.pdf</source>
        <translation>Task dossier.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF file to write (Browse…).</source>
        <translation>Choose the PDF file to write (Browse…).</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>Reading records</source>
        <translation>Reading records</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not available.</source>
        <translation>The printer &quot;%1&quot; is not available.</translation>
    </message>
</context>
<context>
    <name>BriefingAgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Customer background and transaction history</source>
        <translation>Customer background and transaction history</translation>
    </message>
    <message>
        <source>Tier, relationship, recent orders and complaints (see the briefing pack)</source>
        <translation>Tier, relationship, recent orders and complaints (see the briefing pack)</translation>
    </message>
    <message>
        <source>Objectives (specific and measurable)</source>
        <translation>Objectives (specific and measurable)</translation>
    </message>
    <message>
        <source>Required before the task can be marked briefed.</source>
        <translation>Required before the task can be marked briefed.</translation>
    </message>
    <message>
        <source>e.g. find the root cause of the uneven coating within 48 h</source>
        <translation>e.g. find the root cause of the uneven coating within 48 h</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>Schedule and itinerary</translation>
    </message>
    <message>
        <source>Day 0 arrival, entry procedure and safety training; Day 1–N …</source>
        <translation>Day 0 arrival, entry procedure and safety training; Day 1–N …</translation>
    </message>
    <message>
        <source>Know-how boundary (what may and may not be said)</source>
        <translation>Know-how boundary (what may and may not be said)</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>Safety risk and PPE</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>Names and phone numbers: ours, the customer&apos;s site, nearest hospital</source>
        <translation>Names and phone numbers: ours, the customer&apos;s site, nearest hospital</translation>
    </message>
    <message>
        <source>Customer special requirements (dress, gift customs, diet)</source>
        <translation>Customer special requirements (dress, gift customs, diet)</translation>
    </message>
    <message>
        <source>e.g. clean-room suit in the test area; no gifts accepted</source>
        <translation>e.g. clean-room suit in the test area; no gifts accepted</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Questions raised in the meeting and their answers</source>
        <translation>Questions raised in the meeting and their answers</translation>
    </message>
</context>
<context>
    <name>BriefingMeetingPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing meeting (SOP-10 §5.2.4)</source>
        <translation>Briefing meeting (SOP-10 §5.2.4)</translation>
    </message>
    <message>
        <source>Meeting held at:</source>
        <translation>Meeting held at:</translation>
    </message>
    <message>
        <source>Departure at:</source>
        <translation>Departure at:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <source>engineer on this task</source>
        <translation>engineer on this task</translation>
    </message>
    <message>
        <source>(removed person)</source>
        <translation>(removed person)</translation>
    </message>
    <message>
        <source>The meeting is held within 24 h before departure; enter both times to check.</source>
        <translation>The meeting is held within 24 h before departure; enter both times to check.</translation>
    </message>
    <message>
        <source>✓ %1 before departure: within the 24 h rule.</source>
        <translation>✓ %1 before departure: within the 24 h rule.</translation>
    </message>
    <message>
        <source>✗ The meeting lies %1 after the departure.</source>
        <translation>✗ The meeting lies %1 after the departure.</translation>
    </message>
    <message>
        <source>✗ %1 before departure: the meeting must be held within 24 h before departure (SOP-10 §5.2.4).</source>
        <translation>✗ %1 before departure: the meeting must be held within 24 h before departure (SOP-10 §5.2.4).</translation>
    </message>
</context>
<context>
    <name>BriefingPackPage</name>
    <message>
        <source>I have read the pack</source>
        <translation>I have read the pack</translation>
    </message>
    <message>
        <source>Records on the brief when the engineer read the pack (SOP-10 §5.2.6: read it before departure)</source>
        <translation>Records on the brief when the engineer read the pack (SOP-10 §5.2.6: read it before departure)</translation>
    </message>
    <message>
        <source>Read on %1.</source>
        <translation>Read on %1.</translation>
    </message>
    <message>
        <source>Read it again now</source>
        <translation>Read it again now</translation>
    </message>
    <message>
        <source>Not read yet: the engineer reads the pack before departure.</source>
        <translation>Not read yet: the engineer reads the pack before departure.</translation>
    </message>
    <message>
        <source>Briefing pack · %1</source>
        <translation>Briefing pack · %1</translation>
    </message>
    <message>
        <source>What the desk already knows about this customer and similar cases (SOP-10 §5.2.6). Read before departure.</source>
        <translation>What the desk already knows about this customer and similar cases (SOP-10 §5.2.6). Read before departure.</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <source>The task&apos;s customer is not in the registry.</source>
        <translation>The task&apos;s customer is not in the registry.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>First order</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Past tasks and their briefs</source>
        <translation>Past tasks and their briefs</translation>
    </message>
    <message>
        <source>No earlier task for this customer.</source>
        <translation>No earlier task for this customer.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Subject and objectives of the brief</source>
        <translation>Subject and objectives of the brief</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectives:</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Similar cases</translation>
    </message>
    <message>
        <source>No similar case found in: %1.</source>
        <translation>No similar case found in: %1.</translation>
    </message>
    <message>
        <source>Found by full-text search with the task&apos;s subject and request in: %1.</source>
        <translation>Found by full-text search with the task&apos;s subject and request in: %1.</translation>
    </message>
    <message>
        <source>NDAs with the customer</source>
        <translation>NDAs with the customer</translation>
    </message>
    <message>
        <source>No NDA with this customer is on file.</source>
        <translation>No NDA with this customer is on file.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <source>no scanned copy attached</source>
        <translation>no scanned copy attached</translation>
    </message>
    <message>
        <source>scanned copy: %1 (%2)</source>
        <translation>scanned copy: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Meeting and agenda</source>
        <translation>Meeting and agenda</translation>
    </message>
    <message>
        <source>Pre-trip confirmation</source>
        <translation>Pre-trip confirmation</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Save brief</translation>
    </message>
    <message>
        <source>Save the mission brief (Ctrl+S)</source>
        <translation>Save the mission brief (Ctrl+S)</translation>
    </message>
    <message>
        <source>Before dispatch</source>
        <translation>Before dispatch</translation>
    </message>
    <message>
        <source>Mark briefed</source>
        <translation>Mark briefed</translation>
    </message>
    <message>
        <source>Unsaved mission brief</source>
        <translation>Unsaved mission brief</translation>
    </message>
    <message>
        <source>The mission brief of %1 has changes that are not saved. Save them?</source>
        <translation>The mission brief of %1 has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Mission brief saved.</source>
        <translation>Mission brief saved.</translation>
    </message>
    <message>
        <source>The task is briefed: the engineers may leave as planned.</source>
        <translation>The task is briefed: the engineers may leave as planned.</translation>
    </message>
    <message>
        <source>✓ Marked briefed; the task is now &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>✓ Marked briefed; the task is now &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Nothing blocks the dispatch: the task can be marked briefed.</source>
        <translation>Nothing blocks the dispatch: the task can be marked briefed.</translation>
    </message>
    <message>
        <source>Mark briefed is possible once these are settled:</source>
        <translation>Mark briefed is possible once these are settled:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview and print the mission brief (Ctrl+P)</source>
        <translation>Preview and print the mission brief (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>BriefingTaskHeader</name>
    <message>
        <source>← Task</source>
        <translation>← Task</translation>
    </message>
    <message>
        <source>Back to the task page</source>
        <translation>Back to the task page</translation>
    </message>
    <message>
        <source>QEF-10-01 Mission brief · %1</source>
        <translation>QEF-10-01 Mission brief · %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Engineers: %1</source>
        <translation>Engineers: %1</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>none assigned</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Planned: %1</translation>
    </message>
</context>
<context>
    <name>BusyDatabase</name>
    <message>
        <source>The database is busy: another program (an import, a sync or a second Field Desk on the same file) is writing to it. Nothing was saved. Wait a moment and try again; if it stays busy, let the other program finish or close it.</source>
        <translation>The database is busy: another program (an import, a sync or a second Field Desk on the same file) is writing to it. Nothing was saved. Wait a moment and try again; if it stays busy, let the other program finish or close it.</translation>
    </message>
</context>
<context>
    <name>CallbackEditor</name>
    <message>
        <source>Call-backs are made by sales or admin staff (SOP-10 §5.4.2).</source>
        <translation>Call-backs are made by sales or admin staff (SOP-10 §5.4.2).</translation>
    </message>
    <message>
        <source>Choose the task: the call is due 48 h after its engineers left the site.</source>
        <translation>Choose the task: the call is due 48 h after its engineers left the site.</translation>
    </message>
    <message>
        <source>The task has no time for leaving the site yet; the 48 h start then.</source>
        <translation>The task has no time for leaving the site yet; the 48 h start then.</translation>
    </message>
    <message>
        <source>Due by %1 (48 h after leaving the site on %2).</source>
        <translation>Due by %1 (48 h after leaving the site on %2).</translation>
    </message>
    <message>
        <source>✓ Within the 48 h.</source>
        <translation>✓ Within the 48 h.</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n hour(s) late.</source>
        <translation>
            <numerusform>✗ %n hour late.</numerusform>
            <numerusform>✗ %n hours late.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Overdue: call the customer now.</source>
        <translation>✗ Overdue: call the customer now.</translation>
    </message>
    <message>
        <source>NPS group: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>NPS group: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A score below 7: KC and Robert make an improvement plan, followed up for 90 days (SOP-15 §7.3).</source>
        <translation>A score below 7: KC and Robert make an improvement plan, followed up for 90 days (SOP-15 §7.3).</translation>
    </message>
    <message>
        <source>90 days after the call on %1: %2.</source>
        <translation>90 days after the call on %1: %2.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: fielddesk-cli &lt;command&gt; --db FILE [options]</source>
        <translation>Usage: fielddesk-cli &lt;command&gt; --db FILE [options]</translation>
    </message>
    <message>
        <source>Commands: %1. Run with --help for details.</source>
        <translation>Commands: %1. Run with --help for details.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>The database file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write JSON instead of plain text.</source>
        <translation>Write JSON instead of plain text.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Read the passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <source>rekey: read the new passphrase from FILE instead of FIELDDESK_NEW_PASSPHRASE.</source>
        <translation>rekey: read the new passphrase from FILE instead of FIELDDESK_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>backup: the file to write.</source>
        <translation>backup: the file to write.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs --db FILE: the database to work on.</source>
        <translation>%1 needs --db FILE: the database to work on.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>No passphrase: set %1 or use --%2 FILE.</source>
        <translation>No passphrase: set %1 or use --%2 FILE.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2, SQLCipher %3).</source>
        <translation>Created %1 (schema %2, SQLCipher %3).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>Encryption: %1 (SQLCipher %2)</source>
        <translation>Encryption: %1 (SQLCipher %2)</translation>
    </message>
    <message>
        <source>NOT ENCRYPTED</source>
        <translation>NOT ENCRYPTED</translation>
    </message>
    <message>
        <source>Audit chain: %1</source>
        <translation>Audit chain: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Verification failed for %1.</source>
        <translation>Verification failed for %1.</translation>
    </message>
    <message>
        <source>Demo data loaded: %1.</source>
        <translation>Demo data loaded: %1.</translation>
    </message>
    <message>
        <source>import needs exactly one JSON file: import --db FILE FILE.json</source>
        <translation>import needs exactly one JSON file: import --db FILE FILE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Imported: %1 created, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>The passphrase of %1 was changed.</translation>
    </message>
    <message>
        <source>backup needs --to FILE: where to write the copy.</source>
        <translation>backup needs --to FILE: where to write the copy.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>verify-paper: the text of a printout&apos;s QR code.</source>
        <translation>verify-paper: the text of a printout&apos;s QR code.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>print: the record to print (a task prints its dossier).</source>
        <translation>print: the record to print (a task prints its dossier).</translation>
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
        <translation>print: the PDF file to write.</translation>
    </message>
    <message>
        <source>print needs --pdf FILE: where to write the PDF.</source>
        <translation>print needs --pdf FILE: where to write the PDF.</translation>
    </message>
    <message>
        <source>print takes no file arguments; use --pdf FILE.</source>
        <translation>print takes no file arguments; use --pdf FILE.</translation>
    </message>
    <message>
        <source>There are no service reports in %1: nothing printed.</source>
        <translation>There are no service reports in %1: nothing printed.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>Wrote %1: %n page</numerusform>
            <numerusform>Wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s).</source>
        <translation>
            <numerusform>%n form.</numerusform>
            <numerusform>%n forms.</numerusform>
        </translation>
    </message>
    <message>
        <source>verify-paper needs --code TEXT: the text of the paper&apos;s QR code or the code printed under it.</source>
        <translation>verify-paper needs --code TEXT: the text of the paper&apos;s QR code or the code printed under it.</translation>
    </message>
    <message>
        <source>team: the shared folder.</source>
        <translation>team: the shared folder.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>team invite: the enrollment file to write.</source>
        <translation>team invite: the enrollment file to write.</translation>
    </message>
    <message>
        <source>team join: the enrollment file.</source>
        <translation>team join: the enrollment file.</translation>
    </message>
    <message>
        <source>sync: also publish a snapshot that new devices start from.</source>
        <translation>sync: also publish a snapshot that new devices start from.</translation>
    </message>
    <message>
        <source>team create: also write the recovery sheet text to FILE.</source>
        <translation>team create: also write the recovery sheet text to FILE.</translation>
    </message>
    <message>
        <source>team %1 needs --share DIR: the shared folder.</source>
        <translation>team %1 needs --share DIR: the shared folder.</translation>
    </message>
    <message>
        <source>Cannot write the recovery sheet to %1: %2</source>
        <translation>Cannot write the recovery sheet to %1: %2</translation>
    </message>
    <message>
        <source>Created team %1 on %2. Print the recovery sheet and keep it in the safe.</source>
        <translation>Created team %1 on %2. Print the recovery sheet and keep it in the safe.</translation>
    </message>
    <message>
        <source>team invite needs --out FILE: the enrollment file to write.</source>
        <translation>team invite needs --out FILE: the enrollment file to write.</translation>
    </message>
    <message>
        <source>Wrote the enrollment file %1. Give it and the code below to the new device separately; the code opens it once.</source>
        <translation>Wrote the enrollment file %1. Give it and the code below to the new device separately; the code opens it once.</translation>
    </message>
    <message>
        <source>team join needs --enrollment FILE.</source>
        <translation>team join needs --enrollment FILE.</translation>
    </message>
    <message>
        <source>No enrollment code: set %1.</source>
        <translation>No enrollment code: set %1.</translation>
    </message>
    <message>
        <source>Joined team %1 and started from the latest snapshot. Run &quot;sync&quot; to receive the newer changes.</source>
        <translation>Joined team %1 and started from the latest snapshot. Run &quot;sync&quot; to receive the newer changes.</translation>
    </message>
    <message>
        <source>Joined team %1. Run &quot;sync&quot; to receive the team&apos;s records.</source>
        <translation>Joined team %1. Run &quot;sync&quot; to receive the team&apos;s records.</translation>
    </message>
    <message>
        <source>Snapshot for new devices: %1</source>
        <translation>Snapshot for new devices: %1</translation>
    </message>
    <message>
        <source>print: every service report of the month; kpi: the month.</source>
        <translation>print: every service report of the month; kpi: the month.</translation>
    </message>
    <message>
        <source>kpi: the quarter.</source>
        <translation>kpi: the quarter.</translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <source>kpi: the year.</source>
        <translation>kpi: the year.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>print: the monthly review of the month.</source>
        <translation>print: the monthly review of the month.</translation>
    </message>
    <message>
        <source>print: who prints (a person&apos;s name or id; default: the desk&apos;s person).</source>
        <translation>print: who prints (a person&apos;s name or id; default: the desk&apos;s person).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>The person acting (name or id); their PIN from FIELDDESK_PIN or --pin-file.</source>
        <translation>The person acting (name or id); their PIN from FIELDDESK_PIN or --pin-file.</translation>
    </message>
    <message>
        <source>Read the PIN from the first line of FILE.</source>
        <translation>Read the PIN from the first line of FILE.</translation>
    </message>
    <message>
        <source>people pin: read the new PIN from the first line of FILE.</source>
        <translation>people pin: read the new PIN from the first line of FILE.</translation>
    </message>
    <message>
        <source>people confirm: the person whose key is confirmed.</source>
        <translation>people confirm: the person whose key is confirmed.</translation>
    </message>
    <message>
        <source>verify-paper: the team&apos;s public-key file (team keys).</source>
        <translation>verify-paper: the team&apos;s public-key file (team keys).</translation>
    </message>
    <message>
        <source>sync: list the set-aside bundles and fork alarms with their reasons (no round).</source>
        <translation>sync: list the set-aside bundles and fork alarms with their reasons (no round).</translation>
    </message>
    <message>
        <source>sync: check a set-aside bundle again (DEVICE/FILE) and apply it or keep it aside.</source>
        <translation>sync: check a set-aside bundle again (DEVICE/FILE) and apply it or keep it aside.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>BUNDLE</translation>
    </message>
    <message>
        <source>sync: acknowledge a device&apos;s fork by adopting its new line, then sync.</source>
        <translation>sync: acknowledge a device&apos;s fork by adopting its new line, then sync.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>print, team create: replace an existing output file (never the database, its companion files or the shared folder).</source>
        <translation>print, team create: replace an existing output file (never the database, its companion files or the shared folder).</translation>
    </message>
    <message>
        <source>recover: the recovery sheet&apos;s text (or the recovery key alone) in FILE.</source>
        <translation>recover: the recovery sheet&apos;s text (or the recovery key alone) in FILE.</translation>
    </message>
    <message>
        <source>Signatures: %1 (%2 of people, %3 made with a personal key)</source>
        <translation>Signatures: %1 (%2 of people, %3 made with a personal key)</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but its audit entry could not be written: %2</source>
        <translation>The passphrase of %1 was changed, but its audit entry could not be written: %2</translation>
    </message>
    <message>
        <source>kpi needs exactly one of --month YYYY-MM, --quarter YYYY-Qn or --year YYYY.</source>
        <translation>kpi needs exactly one of --month YYYY-MM, --quarter YYYY-Qn or --year YYYY.</translation>
    </message>
    <message>
        <source>kpi takes no file arguments.</source>
        <translation>kpi takes no file arguments.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write a month as 2026-11, a quarter as 2026-Q4, a year as 2026.</source>
        <translation>&quot;%1&quot; is not a period: write a month as 2026-11, a quarter as 2026-Q4, a year as 2026.</translation>
    </message>
    <message>
        <source>KPIs for %1</source>
        <translation>KPIs for %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>No PIN: set %1 or use --pin-file FILE.</source>
        <translation>No PIN: set %1 or use --pin-file FILE.</translation>
    </message>
    <message>
        <source>%1 needs --as PERSON: the person acting, with their PIN in %2 or --pin-file.</source>
        <translation>%1 needs --as PERSON: the person acting, with their PIN in %2 or --pin-file.</translation>
    </message>
    <message>
        <source>There is no single person &quot;%1&quot; in the people registry: give the name or the id.</source>
        <translation>There is no single person &quot;%1&quot; in the people registry: give the name or the id.</translation>
    </message>
    <message>
        <source>people needs one of: enrol, confirm, list, pin.</source>
        <translation>people needs one of: enrol, confirm, list, pin.</translation>
    </message>
    <message>
        <source>people enrol needs --as PERSON: the person enrolling, with their new PIN in %1 or --pin-file.</source>
        <translation>people enrol needs --as PERSON: the person enrolling, with their new PIN in %1 or --pin-file.</translation>
    </message>
    <message>
        <source>Enrolled %1: key %2.</source>
        <translation>Enrolled %1: key %2.</translation>
    </message>
    <message>
        <source>This is the team&apos;s trust root: its key id goes on the recovery sheet.</source>
        <translation>This is the team&apos;s trust root: its key id goes on the recovery sheet.</translation>
    </message>
    <message>
        <source>An administrator confirms it: people confirm --as ADMIN --person %1.</source>
        <translation>An administrator confirms it: people confirm --as ADMIN --person %1.</translation>
    </message>
    <message>
        <source>No new PIN: set %1 or use --new-pin-file FILE.</source>
        <translation>No new PIN: set %1 or use --new-pin-file FILE.</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>The PIN of %1 was changed.</translation>
    </message>
    <message>
        <source>people confirm needs --person PERSON: the person whose key is confirmed.</source>
        <translation>people confirm needs --person PERSON: the person whose key is confirmed.</translation>
    </message>
    <message>
        <source>Confirmed the key %1 of %2.</source>
        <translation>Confirmed the key %1 of %2.</translation>
    </message>
    <message>
        <source>team keys needs --out FILE: the public-key file to write.</source>
        <translation>team keys needs --out FILE: the public-key file to write.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote the team&apos;s public keys to %1 (trust root %2).</source>
        <translation>Wrote the team&apos;s public keys to %1 (trust root %2).</translation>
    </message>
    <message>
        <source>print needs one of --record ID, --month YYYY-MM or --review YYYY-MM.</source>
        <translation>print needs one of --record ID, --month YYYY-MM or --review YYYY-MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as 2026-11.</source>
        <translation>&quot;%1&quot; is not a month: write it as 2026-11.</translation>
    </message>
    <message>
        <source>There is no monthly review for %1: create it under Review › Monthly reviews first.</source>
        <translation>There is no monthly review for %1: create it under Review › Monthly reviews first.</translation>
    </message>
    <message>
        <source>--by %1: there is no such person in the database; give a person&apos;s name as listed under People.</source>
        <translation>--by %1: there is no such person in the database; give a person&apos;s name as listed under People.</translation>
    </message>
    <message>
        <source>print needs --by PERSON: the person printing (a name listed under People), unless this computer&apos;s desk has its person set in Settings.</source>
        <translation>print needs --by PERSON: the person printing (a name listed under People), unless this computer&apos;s desk has its person set in Settings.</translation>
    </message>
    <message>
        <source>team needs one of: create, invite, join, keys.</source>
        <translation>team needs one of: create, invite, join, keys.</translation>
    </message>
    <message>
        <source>recover needs --share DIR (the team&apos;s shared folder) and --recovery-key-file FILE (the recovery sheet&apos;s text).</source>
        <translation>recover needs --share DIR (the team&apos;s shared folder) and --recovery-key-file FILE (the recovery sheet&apos;s text).</translation>
    </message>
    <message>
        <source>%1 already exists: recover into a new database file.</source>
        <translation>%1 already exists: recover into a new database file.</translation>
    </message>
    <message>
        <source>Cannot read the recovery key file %1: %2</source>
        <translation>Cannot read the recovery key file %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recovered team %1 into %2 as a new device (%3): %n bundle(s) applied</source>
        <translation>
            <numerusform>Recovered team %1 into %2 as a new device (%3): %n bundle applied</numerusform>
            <numerusform>Recovered team %1 into %2 as a new device (%3): %n bundles applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) fetched.</source>
        <translation>
            <numerusform>%n attachment fetched.</numerusform>
            <numerusform>%n attachments fetched.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database belongs to no team: there is nothing to sync.</source>
        <translation>This database belongs to no team: there is nothing to sync.</translation>
    </message>
    <message>
        <source>No set-aside bundles and no forks.</source>
        <translation>No set-aside bundles and no forks.</translation>
    </message>
    <message>
        <source>%1 (fork, %2): %3</source>
        <translation>%1 (fork, %2): %3</translation>
    </message>
    <message>
        <source>%1 (set aside, %2): %3</source>
        <translation>%1 (set aside, %2): %3</translation>
    </message>
    <message>
        <source>%1 was checked again and applied.</source>
        <translation>%1 was checked again and applied.</translation>
    </message>
    <message>
        <source>The new line of device %1 is adopted; its bundles are applied.</source>
        <translation>The new line of device %1 is adopted; its bundles are applied.</translation>
    </message>
    <message>
        <source>%1 stays set aside: %2</source>
        <translation>%1 stays set aside: %2</translation>
    </message>
    <message>
        <source>verify-paper needs --db FILE, or --keys FILE (the team&apos;s public keys from &quot;team keys&quot;) to check the signatures without a database.</source>
        <translation>verify-paper needs --db FILE, or --keys FILE (the team&apos;s public keys from &quot;team keys&quot;) to check the signatures without a database.</translation>
    </message>
    <message>
        <source>Cannot read the public-key file %1: %2</source>
        <translation>Cannot read the public-key file %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no trusted key: it is no team key file, or it was altered.</source>
        <translation>%1 holds no trusted key: it is no team key file, or it was altered.</translation>
    </message>
    <message>
        <source>This is not a Field Desk paper code; check what was typed.</source>
        <translation>This is not a Field Desk paper code; check what was typed.</translation>
    </message>
    <message>
        <source>Record %1, revision %2: the paper carries no personal signature (without the database only signatures can be checked).</source>
        <translation>Record %1, revision %2: the paper carries no personal signature (without the database only signatures can be checked).</translation>
    </message>
    <message>
        <source>Record %1, revision %2, content %3. Whether this is still the current revision only the database can tell.</source>
        <translation>Record %1, revision %2, content %3. Whether this is still the current revision only the database can tell.</translation>
    </message>
    <message>
        <source>Signed by %1 as %2 on %3: valid.</source>
        <translation>Signed by %1 as %2 on %3: valid.</translation>
    </message>
    <message>
        <source>Signature of %1 as %2: NOT VALID. %3</source>
        <translation>Signature of %1 as %2: NOT VALID. %3</translation>
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
        <translation>Lithera Field Desk command-line tool.
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

Exit codes: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or not a Field Desk database, 4 input rejected (nothing written).</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>Imports: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sealed the text of %n L3 know-how entries that were stored in clear.</source>
        <translation>
            <numerusform>Sealed the text of %n L3 know-how entry that was stored in clear.</numerusform>
            <numerusform>Sealed the text of %n L3 know-how entries that were stored in clear.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n L3 know-how entries are still stored in clear: none of the people allowed to read them has a confirmed key. Enrol one of them (people enrol).</source>
        <translation>
            <numerusform>%n L3 know-how entry is still stored in clear: none of the people allowed to read it has a confirmed key. Enrol one of them (people enrol).</numerusform>
            <numerusform>%n L3 know-how entries are still stored in clear: none of the people allowed to read them has a confirmed key. Enrol one of them (people enrol).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Leaving the site and closing (§5.3–§5.5)</source>
        <translation>Leaving the site and closing (§5.3–§5.5)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save when the engineers left the site (the last on-site day)</source>
        <translation>Save when the engineers left the site (the last on-site day)</translation>
    </message>
    <message>
        <source>Expense claim…</source>
        <translation>Expense claim…</translation>
    </message>
    <message>
        <source>Open your expense claim (QEF-10-05) for this task</source>
        <translation>Open your expense claim (QEF-10-05) for this task</translation>
    </message>
    <message>
        <source>Left the site at:</source>
        <translation>Left the site at:</translation>
    </message>
    <message>
        <source>The task is closed.</source>
        <translation>The task is closed.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>Before %1:</source>
        <translation>Before %1:</translation>
    </message>
    <message>
        <source>Nothing is missing: the task can move to %1.</source>
        <translation>Nothing is missing: the task can move to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Missing before %1 (%n item(s)):</source>
        <translation>
            <numerusform>Missing before %1 (%n item):</numerusform>
            <numerusform>Missing before %1 (%n items):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet:
• %1</source>
        <translation>Not yet:
• %1</translation>
    </message>
    <message>
        <source>The service report (3 working days) and call-back (48 h) deadlines count from the time the engineers left the site.</source>
        <translation>The service report (3 working days) and call-back (48 h) deadlines count from the time the engineers left the site.</translation>
    </message>
    <message>
        <source>Service report due %1 (3rd working day) · call-back due %2 (48 h).</source>
        <translation>Service report due %1 (3rd working day) · call-back due %2 (48 h).</translation>
    </message>
    <message>
        <source>Enter it</source>
        <translation>Enter it</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Arrived on site at:</source>
        <translation>Arrived on site at:</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>%1 stays</source>
        <translation>%1 stays</translation>
    </message>
    <message>
        <source>Kept (edited)</source>
        <translation>Kept (edited)</translation>
    </message>
    <message>
        <source>Hidden: the same record entered twice</source>
        <translation>Hidden: the same record entered twice</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>new record</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Kept from</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Other from</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Both started from</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>RMB %1</source>
        <translation>RMB %1</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>(linked record)</translation>
    </message>
    <message>
        <source>Edited on two desks</source>
        <translation>Edited on two desks</translation>
    </message>
    <message>
        <source>Edited on one desk, deleted on another</source>
        <translation>Edited on one desk, deleted on another</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>Entered twice</translation>
    </message>
    <message>
        <source>Rejected: the record is signed</source>
        <translation>Rejected: the record is signed</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>this desk</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rejected: not a valid correction</source>
        <translation>Rejected: not a valid correction</translation>
    </message>
    <message>
        <source>(sealed L3 text)</source>
        <translation>(sealed L3 text)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Keep the kept value</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Use the other value</translation>
    </message>
    <message>
        <source>&amp;Type another value…</source>
        <translation>&amp;Type another value…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>No conflicts to settle.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle. When two desks changed the same field offline, sync kept the newer value on every desk and set the other aside here. Choose which one is right; the choice syncs to every desk.</source>
        <translation>
            <numerusform>%n conflict to settle. When two desks changed the same field offline, sync kept the newer value on every desk and set the other aside here. Choose which one is right; the choice syncs to every desk.</numerusform>
            <numerusform>%n conflicts to settle. When two desks changed the same field offline, sync kept the newer value on every desk and set the other aside here. Choose which one is right; the choice syncs to every desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of the two values, then change the record in its editor if neither is right.</source>
        <translation>Choose one of the two values, then change the record in its editor if neither is right.</translation>
    </message>
    <message>
        <source>&amp;Delete the second record</source>
        <translation>&amp;Delete the second record</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Keep the record</translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation>&amp;Keep “%1”</translation>
    </message>
    <message>
        <source>&amp;Delete the record</source>
        <translation>&amp;Delete the record</translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation>&amp;Use “%1”</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Choose a conflict in the list.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Kept:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Kept:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Other:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Other:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Both started from:&lt;/td&gt;&lt;td colspan=2&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Both started from:&lt;/td&gt;&lt;td colspan=2&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The record was signed before this change arrived, so the change was rejected on every desk. If it is needed, make a correction (a new revision) of the record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The record was signed before this change arrived, so the change was rejected on every desk. If it is needed, make a correction (a new revision) of the record.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settled. The choice goes to the other desks with the next sync.</source>
        <translation>Settled. The choice goes to the other desks with the next sync.</translation>
    </message>
    <message>
        <source>New value of %1:</source>
        <translation>New value of %1:</translation>
    </message>
    <message>
        <source>Settle the conflict</source>
        <translation>Settle the conflict</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation>Customer history</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Double-click a task to open it</source>
        <translation>Double-click a task to open it</translation>
    </message>
    <message>
        <source>Choose a customer to see their tier, first order, NDA and earlier tasks.</source>
        <translation>Choose a customer to see their tier, first order, NDA and earlier tasks.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>First order: %1</source>
        <translation>First order: %1</translation>
    </message>
    <message>
        <source>First order: none yet — a new customer</source>
        <translation>First order: none yet — a new customer</translation>
    </message>
    <message>
        <source>NDA: signed on %1</source>
        <translation>NDA: signed on %1</translation>
    </message>
    <message>
        <source>NDA: none signed</source>
        <translation>NDA: none signed</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(pending)</translation>
    </message>
    <message>
        <source>
Planned %1 – %2</source>
        <translation>
Planned %1 – %2</translation>
    </message>
    <message>
        <source>Earlier tasks (%1)</source>
        <translation>Earlier tasks (%1)</translation>
    </message>
    <message>
        <source>No earlier tasks: this is the first dispatch request of this customer.</source>
        <translation>No earlier tasks: this is the first dispatch request of this customer.</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Save and next</translation>
    </message>
    <message>
        <source>Save and start the next report of this task (Ctrl+Enter)</source>
        <translation>Save and start the next report of this task (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc); asks before typing is thrown away</source>
        <translation>Close (Esc); asks before typing is thrown away</translation>
    </message>
    <message>
        <source>This daily report cannot be opened: %1</source>
        <translation>This daily report cannot be opened: %1</translation>
    </message>
    <message>
        <source>New daily report (QEF-10-02)</source>
        <translation>New daily report (QEF-10-02)</translation>
    </message>
    <message>
        <source>Daily report (QEF-10-02)</source>
        <translation>Daily report (QEF-10-02)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The daily report was not saved: %1</source>
        <translation>The daily report was not saved: %1</translation>
    </message>
    <message>
        <source>Saved: %1. Next report of the same task:</source>
        <translation>Saved: %1. Next report of the same task:</translation>
    </message>
    <message>
        <source>Unsaved daily report</source>
        <translation>Unsaved daily report</translation>
    </message>
    <message>
        <source>Save this daily report?</source>
        <translation>Save this daily report?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview and print this daily report (Ctrl+P)</source>
        <translation>Preview and print this daily report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>The new revision cannot be opened: %1</source>
        <translation>The new revision cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>DailyReportEntry</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>The database could not be read: %1</translation>
    </message>
    <message>
        <source>enter the amount in RMB, like 280.00.</source>
        <translation>enter the amount in RMB, like 280.00.</translation>
    </message>
    <message>
        <source>%1 is negative; amounts are never negative. Enter what was paid.</source>
        <translation>%1 is negative; amounts are never negative. Enter what was paid.</translation>
    </message>
    <message>
        <source>%1 has more than two decimals; RMB amounts go to the fen (0.01).</source>
        <translation>%1 has more than two decimals; RMB amounts go to the fen (0.01).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; type digits with at most two decimals, like 280.00.</source>
        <translation>&quot;%1&quot; is not an amount; type digits with at most two decimals, like 280.00.</translation>
    </message>
    <message>
        <source>the amount is 0.00; enter what was paid or remove the line.</source>
        <translation>the amount is 0.00; enter what was paid or remove the line.</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>Expense %1: %2</translation>
    </message>
</context>
<context>
    <name>DailyReportForm</name>
    <message>
        <source>Copy yesterday&apos;s plan</source>
        <translation>Copy yesterday&apos;s plan</translation>
    </message>
    <message>
        <source>Today&apos;s work from the plan in this engineer&apos;s previous report (Ctrl+Shift+Y)</source>
        <translation>Today&apos;s work from the plan in this engineer&apos;s previous report (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Expenses of the day</source>
        <translation>Expenses of the day</translation>
    </message>
    <message>
        <source>They go onto the engineer&apos;s expense claim QEF-10-05 for this task.</source>
        <translation>They go onto the engineer&apos;s expense claim QEF-10-05 for this task.</translation>
    </message>
    <message>
        <source>The task has no engineers yet; assign them on the task page.</source>
        <translation>The task has no engineers yet; assign them on the task page.</translation>
    </message>
    <message>
        <source>On-site days: %1 to %2</source>
        <translation>On-site days: %1 to %2</translation>
    </message>
    <message>
        <source>The task has no on-site days yet.</source>
        <translation>The task has no on-site days yet.</translation>
    </message>
    <message>
        <source>Not submitted yet; due 17:00 on %1.</source>
        <translation>Not submitted yet; due 17:00 on %1.</translation>
    </message>
    <message>
        <source>Late: submitted after 17:00 on %1.</source>
        <translation>Late: submitted after 17:00 on %1.</translation>
    </message>
    <message>
        <source>In time (due 17:00 on %1).</source>
        <translation>In time (due 17:00 on %1).</translation>
    </message>
    <message>
        <source>%1 has no earlier report with a plan for this task before %2; type today&apos;s work.</source>
        <translation>%1 has no earlier report with a plan for this task before %2; type today&apos;s work.</translation>
    </message>
    <message>
        <source>Today&apos;s work taken from the plan of %1; add the times and what changed.</source>
        <translation>Today&apos;s work taken from the plan of %1; add the times and what changed.</translation>
    </message>
    <message>
        <source>A correction keeps the task, engineer and day of the report it corrects; to report another day, write a new daily report.</source>
        <translation>A correction keeps the task, engineer and day of the report it corrects; to report another day, write a new daily report.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is not a Field Desk database.</source>
        <translation>The passphrase is wrong, or %1 is not a Field Desk database.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; Field Desk never overwrites a database. Choose another file name.</source>
        <translation>%1 already exists; Field Desk never overwrites a database. Choose another file name.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Field Desk database.</source>
        <translation>%1 is a database, but not a Field Desk database.</translation>
    </message>
    <message>
        <source>Cannot store setting %1: %2</source>
        <translation>Cannot store setting %1: %2</translation>
    </message>
    <message>
        <source>Only a passphrase-protected database can change its passphrase.</source>
        <translation>Only a passphrase-protected database can change its passphrase.</translation>
    </message>
    <message>
        <source>Changing the passphrase failed: %1</source>
        <translation>Changing the passphrase failed: %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Choose a new file name.</source>
        <translation>%1 already exists; a backup never overwrites a file. Choose a new file name.</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>Cannot create the backup file %1: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program (the desktop, a sync or a second command). Close it there, then change the passphrase again; nothing was changed.</source>
        <translation>%1 is open in another program (the desktop, a sync or a second command). Close it there, then change the passphrase again; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Click a deadline to open its task</source>
        <translation>Click a deadline to open its task</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>within the hour</translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>just overdue</source>
        <translation>just overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n h overdue</numerusform>
            <numerusform>%n h overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>done late</source>
        <translation>done late</translation>
    </message>
    <message>
        <source>Nothing is due or overdue.</source>
        <translation>Nothing is due or overdue.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done late</source>
        <translation>
            <numerusform>%n done late</numerusform>
            <numerusform>%n done late</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched here: registration within 24 h of the request, the briefing within the 24 h before departure, the NDA before dispatch, daily reports by 17:00, anomaly notifications, the service report within 3 working days and the call-back within 48 h of leaving the site, improvement plans after 90 days. Proactive dispatches join the list with their form.</source>
        <translation>Watched here: registration within 24 h of the request, the briefing within the 24 h before departure, the NDA before dispatch, daily reports by 17:00, anomaly notifications, the service report within 3 working days and the call-back within 48 h of leaving the site, improvement plans after 90 days. Proactive dispatches join the list with their form.</translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <source>a task without number</source>
        <translation>a task without number</translation>
    </message>
    <message>
        <source>The %1 deadlines cannot be read: %2</source>
        <translation>The %1 deadlines cannot be read: %2</translation>
    </message>
    <message>
        <source>Registration within 24 h</source>
        <translation>Registration within 24 h</translation>
    </message>
    <message>
        <source>Briefing before departure</source>
        <translation>Briefing before departure</translation>
    </message>
    <message>
        <source>NDA before dispatch</source>
        <translation>NDA before dispatch</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>done late</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message numerus="yes">
        <source>%1 was registered %n h after the request (limit 24 h).</source>
        <translation>
            <numerusform>%1 was registered %n h after the request (limit 24 h).</numerusform>
            <numerusform>%1 was registered %n h after the request (limit 24 h).</numerusform>
        </translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>briefing</translation>
    </message>
    <message>
        <source>%1 has no briefing recorded, and its departure (%2) has passed.</source>
        <translation>%1 has no briefing recorded, and its departure (%2) has passed.</translation>
    </message>
    <message>
        <source>Hold the briefing for %1 between %2 and the departure at %3.</source>
        <translation>Hold the briefing for %1 between %2 and the departure at %3.</translation>
    </message>
    <message>
        <source>The briefing for %1 was held at %2, not within the 24 h before the departure at %3.</source>
        <translation>The briefing for %1 was held at %2, not within the 24 h before the departure at %3.</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>core know-how</source>
        <translation>core know-how</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>new customer</translation>
    </message>
    <message>
        <source>%1 (%2) needs a signed NDA with %3 before dispatch; no departure is planned yet.</source>
        <translation>%1 (%2) needs a signed NDA with %3 before dispatch; no departure is planned yet.</translation>
    </message>
    <message>
        <source>%1 (%2) departed at %3 without a signed NDA with %4.</source>
        <translation>%1 (%2) departed at %3 without a signed NDA with %4.</translation>
    </message>
    <message>
        <source>%1 (%2) needs a signed NDA with %3 before the departure at %4.</source>
        <translation>%1 (%2) needs a signed NDA with %3 before the departure at %4.</translation>
    </message>
    <message>
        <source>The NDA with %1 for %2 was signed on %3, after the departure at %4.</source>
        <translation>The NDA with %1 for %2 was signed on %3, after the departure at %4.</translation>
    </message>
    <message>
        <source>Daily report by 17:00</source>
        <translation>Daily report by 17:00</translation>
    </message>
    <message>
        <source>Anomaly notification</source>
        <translation>Anomaly notification</translation>
    </message>
    <message>
        <source>Service report within 3 working days</source>
        <translation>Service report within 3 working days</translation>
    </message>
    <message>
        <source>Call-back within 48 h</source>
        <translation>Call-back within 48 h</translation>
    </message>
    <message>
        <source>Improvement plan follow-up (90 days)</source>
        <translation>Improvement plan follow-up (90 days)</translation>
    </message>
    <message>
        <source>Complaint first response within 4 h</source>
        <translation>Complaint first response within 4 h</translation>
    </message>
    <message>
        <source>Proactive dispatch by customer tier</source>
        <translation>Proactive dispatch by customer tier</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>The complaint of %1 received at %2 has had no first response; it was due at %3.</source>
        <translation>The complaint of %1 received at %2 has had no first response; it was due at %3.</translation>
    </message>
    <message>
        <source>Answer the complaint of %1 received at %2 by %3.</source>
        <translation>Answer the complaint of %1 received at %2 by %3.</translation>
    </message>
    <message>
        <source>The complaint of %1 received at %2 was first answered at %3, after the 4 h.</source>
        <translation>The complaint of %1 received at %2 was first answered at %3, after the 4 h.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 (tier %2): no proactive visit yet; plan one.</source>
        <translation>%1 (tier %2): no proactive visit yet; plan one.</translation>
    </message>
    <message>
        <source>%1 (tier %2): the proactive visit was due on %3 (last visit: %4).</source>
        <translation>%1 (tier %2): the proactive visit was due on %3 (last visit: %4).</translation>
    </message>
    <message>
        <source>%1 (tier %2): plan the proactive visit due on %3 (last visit: %4).</source>
        <translation>%1 (tier %2): plan the proactive visit due on %3 (last visit: %4).</translation>
    </message>
</context>
<context>
    <name>DeskLauncher</name>
    <message>
        <source>L3 know-how sealed</source>
        <translation>L3 know-how sealed</translation>
    </message>
</context>
<context>
    <name>EngineerEligibility</name>
    <message>
        <source>%1 left the company on %2.</source>
        <translation>%1 left the company on %2.</translation>
    </message>
    <message>
        <source>%1 is in sales and may only accompany dispatches without core know-how.</source>
        <translation>%1 is in sales and may only accompany dispatches without core know-how.</translation>
    </message>
    <message>
        <source>KC goes on site only for strategic customers or major complaints.</source>
        <translation>KC goes on site only for strategic customers or major complaints.</translation>
    </message>
    <message>
        <source>%1 has no field role (engineer, consultant, CTO or sales).</source>
        <translation>%1 has no field role (engineer, consultant, CTO or sales).</translation>
    </message>
    <message>
        <source>%1&apos;s last refresher (%2) is older than 12 months; the annual 8 h refresher is due.</source>
        <translation>%1&apos;s last refresher (%2) is older than 12 months; the annual 8 h refresher is due.</translation>
    </message>
    <message>
        <source>%1 is an external consultant without a signed NDA.</source>
        <translation>%1 is an external consultant without a signed NDA.</translation>
    </message>
    <message>
        <source>%1 is an external consultant without a non-compete agreement.</source>
        <translation>%1 is an external consultant without a non-compete agreement.</translation>
    </message>
    <message>
        <source>%1 has not passed Lithera&apos;s technical assessment.</source>
        <translation>%1 has not passed Lithera&apos;s technical assessment.</translation>
    </message>
    <message>
        <source>%1 has not completed the 24 h field-service certification.</source>
        <translation>%1 has not completed the 24 h field-service certification.</translation>
    </message>
    <message>
        <source>%1 has not done course 6 (HF first aid), needed for an HF site.</source>
        <translation>%1 has not done course 6 (HF first aid), needed for an HF site.</translation>
    </message>
</context>
<context>
    <name>EngineerPanel</name>
    <message>
        <source>Engineers (§4.2)</source>
        <translation>Engineers (§4.2)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>The engineers are fixed once the task is briefed or finished.</source>
        <translation>The engineers are fixed once the task is briefed or finished.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Nobody is assigned yet.</source>
        <translation>Nobody is assigned yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) assigned.</source>
        <translation>
            <numerusform>%n person assigned.</numerusform>
            <numerusform>%n people assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligibility for this task on %1: 24 h certification, the annual refresher, HF first aid for an HF site, NDA and non-compete for consultants, the role&apos;s scope.</source>
        <translation>Eligibility for this task on %1: 24 h certification, the annual refresher, HF first aid for an HF site, NDA and non-compete for consultants, the role&apos;s scope.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol %1</source>
        <translation>Enrol %1</translation>
    </message>
    <message>
        <source>%1 gets a personal signing and sealing key at this desk, protected by a PIN of at least %2 characters that only they know. Their signatures, approvals and protected know-how then need this PIN. An administrator confirms the new key.</source>
        <translation>%1 gets a personal signing and sealing key at this desk, protected by a PIN of at least %2 characters that only they know. Their signatures, approvals and protected know-how then need this PIN. An administrator confirms the new key.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation>&amp;Repeat the PIN:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>Making the keys…</translation>
    </message>
    <message>
        <source>%1 is enrolled. Key id: %2.</source>
        <translation>%1 is enrolled. Key id: %2.</translation>
    </message>
    <message>
        <source>This is the team&apos;s first administrator key: the trust root. Print the recovery sheet again so it carries this key id.</source>
        <translation>This is the team&apos;s first administrator key: the trust root. Print the recovery sheet again so it carries this key id.</translation>
    </message>
    <message>
        <source>An administrator now confirms the key (Settings › People at this desk › Confirm key), comparing the key id with %1.</source>
        <translation>An administrator now confirms the key (Settings › People at this desk › Confirm key), comparing the key id with %1.</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>A strategic</source>
        <comment>tier</comment>
        <translation>A strategic</translation>
    </message>
    <message>
        <source>B main</source>
        <comment>tier</comment>
        <translation>B main</translation>
    </message>
    <message>
        <source>C general</source>
        <comment>tier</comment>
        <translation>C general</translation>
    </message>
    <message>
        <source>D one-off</source>
        <comment>tier</comment>
        <translation>D one-off</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>kind</comment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>OEM plant</source>
        <comment>kind</comment>
        <translation>OEM plant</translation>
    </message>
    <message>
        <source>CTO</source>
        <comment>roles</comment>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Field engineer</source>
        <comment>roles</comment>
        <translation>Field engineer</translation>
    </message>
    <message>
        <source>External consultant</source>
        <comment>roles</comment>
        <translation>External consultant</translation>
    </message>
    <message>
        <source>Sales</source>
        <comment>roles</comment>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Administration</source>
        <comment>roles</comment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>General manager</source>
        <comment>roles</comment>
        <translation>General manager</translation>
    </message>
    <message>
        <source>Chairman</source>
        <comment>roles</comment>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>OEM mixing guidance</source>
        <comment>type</comment>
        <translation>OEM mixing guidance</translation>
    </message>
    <message>
        <source>Line support</source>
        <comment>type</comment>
        <translation>Line support</translation>
    </message>
    <message>
        <source>Customer training</source>
        <comment>type</comment>
        <translation>Customer training</translation>
    </message>
    <message>
        <source>Urgent complaint</source>
        <comment>type</comment>
        <translation>Urgent complaint</translation>
    </message>
    <message>
        <source>New-product trial</source>
        <comment>type</comment>
        <translation>New-product trial</translation>
    </message>
    <message>
        <source>Audit accompaniment</source>
        <comment>type</comment>
        <translation>Audit accompaniment</translation>
    </message>
    <message>
        <source>Trade-show Q&amp;A</source>
        <comment>type</comment>
        <translation>Trade-show Q&amp;A</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>state</comment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>state</comment>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>state</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>state</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Briefed</source>
        <comment>state</comment>
        <translation>Briefed</translation>
    </message>
    <message>
        <source>On site</source>
        <comment>state</comment>
        <translation>On site</translation>
    </message>
    <message>
        <source>Reporting</source>
        <comment>state</comment>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Call-back</source>
        <comment>state</comment>
        <translation>Call-back</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>state</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>state</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Simple</source>
        <comment>complexity</comment>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>complexity</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Complex</source>
        <comment>complexity</comment>
        <translation>Complex</translation>
    </message>
    <message>
        <source>None</source>
        <comment>knowhow_risk</comment>
        <translation>None</translation>
    </message>
    <message>
        <source>Normal operation</source>
        <comment>knowhow_risk</comment>
        <translation>Normal operation</translation>
    </message>
    <message>
        <source>Core know-how</source>
        <comment>knowhow_risk</comment>
        <translation>Core know-how</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>safety_risk</comment>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>safety_risk</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <comment>safety_risk</comment>
        <translation>High</translation>
    </message>
    <message>
        <source>HF site</source>
        <comment>safety_risk</comment>
        <translation>HF site</translation>
    </message>
    <message>
        <source>Customer confidentiality</source>
        <comment>scope</comment>
        <translation>Customer confidentiality</translation>
    </message>
    <message>
        <source>Lithera confidentiality</source>
        <comment>scope</comment>
        <translation>Lithera confidentiality</translation>
    </message>
    <message>
        <source>Mutual</source>
        <comment>scope</comment>
        <translation>Mutual</translation>
    </message>
    <message>
        <source>Safety incident</source>
        <comment>type</comment>
        <translation>Safety incident</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <comment>type</comment>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>Commercial negotiation</source>
        <comment>type</comment>
        <translation>Commercial negotiation</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <comment>type</comment>
        <translation>Technical problem</translation>
    </message>
    <message>
        <source>General</source>
        <comment>type</comment>
        <translation>General</translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>category</comment>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Lodging</source>
        <comment>category</comment>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Meals</source>
        <comment>category</comment>
        <translation>Meals</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <comment>category</comment>
        <translation>Hospitality</translation>
    </message>
    <message>
        <source>Gift received</source>
        <comment>category</comment>
        <translation>Gift received</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>category</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>paid_by</comment>
        <translation>Company</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>paid_by</comment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
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
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>decision</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Robert approves himself</source>
        <comment>level</comment>
        <translation>Robert approves himself</translation>
    </message>
    <message>
        <source>Robert</source>
        <comment>level</comment>
        <translation>Robert</translation>
    </message>
    <message>
        <source>Robert, KC informed</source>
        <comment>level</comment>
        <translation>Robert, KC informed</translation>
    </message>
    <message>
        <source>KC</source>
        <comment>level</comment>
        <translation>KC</translation>
    </message>
    <message>
        <source>KC and Charles</source>
        <comment>level</comment>
        <translation>KC and Charles</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <comment>pretrip_confirmed</comment>
        <translation>Arrival time, place and host</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure, safety training</source>
        <comment>pretrip_confirmed</comment>
        <translation>Site PPE, entry procedure, safety training</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <comment>pretrip_confirmed</comment>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>ID card</source>
        <comment>pretrip_confirmed</comment>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <comment>pretrip_confirmed</comment>
        <translation>Health certificate</translation>
    </message>
    <message>
        <source>Entry application</source>
        <comment>pretrip_confirmed</comment>
        <translation>Entry application</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <comment>kind</comment>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <comment>kind</comment>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Reading this procedure</source>
        <comment>training</comment>
        <translation>Reading this procedure</translation>
    </message>
    <message>
        <source>NDA and trade secrets</source>
        <comment>training</comment>
        <translation>NDA and trade secrets</translation>
    </message>
    <message>
        <source>Know-how black-box principle</source>
        <comment>training</comment>
        <translation>Know-how black-box principle</translation>
    </message>
    <message>
        <source>Customer-site safety and PPE</source>
        <comment>training</comment>
        <translation>Customer-site safety and PPE</translation>
    </message>
    <message>
        <source>HCM-03-01 sales procedure</source>
        <comment>training</comment>
        <translation>HCM-03-01 sales procedure</translation>
    </message>
    <message>
        <source>Emergency response (incl. HF first aid)</source>
        <comment>training</comment>
        <translation>Emergency response (incl. HF first aid)</translation>
    </message>
    <message>
        <source>On-site communication skills</source>
        <comment>training</comment>
        <translation>On-site communication skills</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>channels</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>channels</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Platform</source>
        <comment>channels</comment>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Daily report</source>
        <comment>channels</comment>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>L1 open</source>
        <comment>level</comment>
        <translation>L1 open</translation>
    </message>
    <message>
        <source>L2 internal</source>
        <comment>level</comment>
        <translation>L2 internal</translation>
    </message>
    <message>
        <source>L3 restricted</source>
        <comment>level</comment>
        <translation>L3 restricted</translation>
    </message>
    <message>
        <source>Promoter (9-10)</source>
        <comment>nps_group</comment>
        <translation>Promoter (9-10)</translation>
    </message>
    <message>
        <source>Passive (7-8)</source>
        <comment>nps_group</comment>
        <translation>Passive (7-8)</translation>
    </message>
    <message>
        <source>Detractor (0-6)</source>
        <comment>nps_group</comment>
        <translation>Detractor (0-6)</translation>
    </message>
    <message>
        <source>Major</source>
        <comment>severity</comment>
        <translation>Major</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>severity</comment>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimPage</name>
    <message>
        <source>← Expense claims</source>
        <translation>← Expense claims</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the claim and all its lines (Ctrl+S)</source>
        <translation>Save the claim and all its lines (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unsaved expense claim</source>
        <translation>Unsaved expense claim</translation>
    </message>
    <message>
        <source>The expense claim has changes that are not saved. Save them?</source>
        <translation>The expense claim has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>Expense claim</translation>
    </message>
    <message numerus="yes">
        <source>%n gift or hospitality line(s) over RMB 200.00 declared.</source>
        <translation>
            <numerusform>%n gift or hospitality line over RMB 200.00 declared.</numerusform>
            <numerusform>%n gift or hospitality lines over RMB 200.00 declared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) paid by the customer (gift or hospitality over RMB 200.00) must be declared to 王婧: enter &quot;Gifts declared on&quot; and &quot;Declared to&quot; above. The task cannot close until then.</source>
        <translation>
            <numerusform>%n line paid by the customer (gift or hospitality over RMB 200.00) must be declared to 王婧: enter &quot;Gifts declared on&quot; and &quot;Declared to&quot; above. The task cannot close until then.</numerusform>
            <numerusform>%n lines paid by the customer (gift or hospitality over RMB 200.00) must be declared to 王婧: enter &quot;Gifts declared on&quot; and &quot;Declared to&quot; above. The task cannot close until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>New expense claim (QEF-10-05)</source>
        <translation>New expense claim (QEF-10-05)</translation>
    </message>
    <message>
        <source>Expense claim (QEF-10-05)</source>
        <translation>Expense claim (QEF-10-05)</translation>
    </message>
    <message>
        <source>The claim was not saved: %1</source>
        <translation>The claim was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the claim and its %n line(s).</source>
        <translation>
            <numerusform>Saved: the claim and its %n line.</numerusform>
            <numerusform>Saved: the claim and its %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview and print this claim (Ctrl+P)</source>
        <translation>Preview and print this claim (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimScreens</name>
    <message>
        <source>A gift or hospitality paid by the customer over RMB 200.00 is not declared yet.</source>
        <translation>A gift or hospitality paid by the customer over RMB 200.00 is not declared yet.</translation>
    </message>
</context>
<context>
    <name>ExpenseClaimWriter</name>
    <message>
        <source>The lines of the claim cannot be read: %1</source>
        <translation>The lines of the claim cannot be read: %1</translation>
    </message>
    <message>
        <source>The gift declarations cannot be read: %1</source>
        <translation>The gift declarations cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Line %1 — %2</source>
        <translation>Line %1 — %2</translation>
    </message>
    <message>
        <source>Declared to: gifts and hospitality are declared to administration (王婧); choose a person with the administration role.</source>
        <translation>Declared to: gifts and hospitality are declared to administration (王婧); choose a person with the administration role.</translation>
    </message>
</context>
<context>
    <name>ExpenseLineDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>e.g. 280.00</source>
        <translation>e.g. 280.00</translation>
    </message>
</context>
<context>
    <name>ExpenseLineModel</name>
    <message>
        <source>(report %1)</source>
        <translation>(report %1)</translation>
    </message>
    <message>
        <source>A gift or hospitality paid by the customer over RMB 200.00: declare it to 王婧 (administration), SOP-10 §5.3.1.3.</source>
        <translation>A gift or hospitality paid by the customer over RMB 200.00: declare it to 王婧 (administration), SOP-10 §5.3.1.3.</translation>
    </message>
    <message>
        <source>Taken over from the daily report of %1</source>
        <translation>Taken over from the daily report of %1</translation>
    </message>
    <message>
        <source>%1 ⚑</source>
        <translation>%1 ⚑</translation>
    </message>
    <message>
        <source>To be declared (gift or hospitality paid by the customer over RMB 200.00)</source>
        <translation>To be declared (gift or hospitality paid by the customer over RMB 200.00)</translation>
    </message>
</context>
<context>
    <name>ExpenseLinesPanel</name>
    <message>
        <source>Tab moves across the cells; Enter on the last line starts a new one; F2 or typing edits a cell; Ctrl+Delete removes the line.</source>
        <translation>Tab moves across the cells; Enter on the last line starts a new one; F2 or typing edits a cell; Ctrl+Delete removes the line.</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Company-paid total: RMB %1</source>
        <translation>Company-paid total: RMB %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Line %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ExpenseRowsEditor</name>
    <message>
        <source>Add expense</source>
        <translation>Add expense</translation>
    </message>
    <message>
        <source>Another expense of the day (Ctrl+Shift+E)</source>
        <translation>Another expense of the day (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Item, e.g. 高铁 上海—无锡</source>
        <translation>Item, e.g. 高铁 上海—无锡</translation>
    </message>
    <message>
        <source>RMB 0.00</source>
        <translation>RMB 0.00</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Remove this expense</source>
        <translation>Remove this expense</translation>
    </message>
    <message>
        <source>This expense is on a submitted expense claim; change it there.</source>
        <translation>This expense is on a submitted expense claim; change it there.</translation>
    </message>
    <message>
        <source>Paid by the company: RMB %1 · by the customer: RMB %2</source>
        <translation>Paid by the company: RMB %1 · by the customer: RMB %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>First order</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>Certified on</translation>
    </message>
    <message>
        <source>Last refresher</source>
        <translation>Last refresher</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>Non-compete signed</source>
        <translation>Non-compete signed</translation>
    </message>
    <message>
        <source>Assessment passed</source>
        <translation>Assessment passed</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Template version</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Scanned copy</source>
        <translation>Scanned copy</translation>
    </message>
    <message>
        <source>Task number</source>
        <translation>Task number</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Planned days</translation>
    </message>
    <message>
        <source>Know-how risk</source>
        <translation>Know-how risk</translation>
    </message>
    <message>
        <source>Safety risk</source>
        <translation>Safety risk</translation>
    </message>
    <message>
        <source>Commercial value</source>
        <translation>Commercial value</translation>
    </message>
    <message>
        <source>Remote alternative</source>
        <translation>Remote alternative</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>Engineers</source>
        <translation>Engineers</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Left the site at</source>
        <translation>Left the site at</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Approval required</source>
        <translation>Approval required</translation>
    </message>
    <message>
        <source>Service report due</source>
        <translation>Service report due</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Call-back due</translation>
    </message>
    <message>
        <source>NDA required</source>
        <translation>NDA required</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Approval level</source>
        <translation>Approval level</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Meeting at</source>
        <translation>Meeting at</translation>
    </message>
    <message>
        <source>Departure at</source>
        <translation>Departure at</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Customer background and history</source>
        <translation>Customer background and history</translation>
    </message>
    <message>
        <source>Measurable objectives</source>
        <translation>Measurable objectives</translation>
    </message>
    <message>
        <source>Schedule and itinerary</source>
        <translation>Schedule and itinerary</translation>
    </message>
    <message>
        <source>Know-how boundary notes</source>
        <translation>Know-how boundary notes</translation>
    </message>
    <message>
        <source>Know-how boundary acknowledged</source>
        <translation>Know-how boundary acknowledged</translation>
    </message>
    <message>
        <source>Safety risk and PPE</source>
        <translation>Safety risk and PPE</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>Customer special requirements</source>
        <translation>Customer special requirements</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Arrival time, place and host</source>
        <translation>Arrival time, place and host</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure, safety training</source>
        <translation>Site PPE, entry procedure, safety training</translation>
    </message>
    <message>
        <source>Pre-trip confirmations</source>
        <translation>Pre-trip confirmations</translation>
    </message>
    <message>
        <source>Briefing pack read at</source>
        <translation>Briefing pack read at</translation>
    </message>
    <message>
        <source>PPE</source>
        <translation>PPE</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Today&apos;s work (time slots)</source>
        <translation>Today&apos;s work (time slots)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Tomorrow&apos;s plan</source>
        <translation>Tomorrow&apos;s plan</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>Support requested</translation>
    </message>
    <message>
        <source>Support asked from</source>
        <translation>Support asked from</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Late (after 17:00)</source>
        <translation>Late (after 17:00)</translation>
    </message>
    <message>
        <source>Anomaly type</source>
        <translation>Anomaly type</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Notified at</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Who was told</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <source>Notification overdue</source>
        <translation>Notification overdue</translation>
    </message>
    <message>
        <source>1. Task summary (objectives vs achieved)</source>
        <translation>1. Task summary (objectives vs achieved)</translation>
    </message>
    <message>
        <source>2. Site situation</source>
        <translation>2. Site situation</translation>
    </message>
    <message>
        <source>3. Solutions and follow-ups</source>
        <translation>3. Solutions and follow-ups</translation>
    </message>
    <message>
        <source>4. Customer feedback</source>
        <translation>4. Customer feedback</translation>
    </message>
    <message>
        <source>Satisfaction (1-10)</source>
        <translation>Satisfaction (1-10)</translation>
    </message>
    <message>
        <source>5. Improvement suggestions</source>
        <translation>5. Improvement suggestions</translation>
    </message>
    <message>
        <source>6. Know-how feedback</source>
        <translation>6. Know-how feedback</translation>
    </message>
    <message>
        <source>7. Financial settlement</source>
        <translation>7. Financial settlement</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed within 3 working days</source>
        <translation>Signed within 3 working days</translation>
    </message>
    <message>
        <source>Expenses reimbursed (QEF-10-05)</source>
        <translation>Expenses reimbursed (QEF-10-05)</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Called by</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Customer contact</translation>
    </message>
    <message>
        <source>Would recommend us (NPS 0-10)</source>
        <translation>Would recommend us (NPS 0-10)</translation>
    </message>
    <message>
        <source>Engineer performance</source>
        <translation>Engineer performance</translation>
    </message>
    <message>
        <source>Further needs</source>
        <translation>Further needs</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <source>Improvement follow-up due</source>
        <translation>Improvement follow-up due</translation>
    </message>
    <message>
        <source>Improvement completed on</source>
        <translation>Improvement completed on</translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation>NPS group</translation>
    </message>
    <message>
        <source>Improvement plan required</source>
        <translation>Improvement plan required</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Gifts declared on</source>
        <translation>Gifts declared on</translation>
    </message>
    <message>
        <source>Declared to</source>
        <translation>Declared to</translation>
    </message>
    <message>
        <source>Total reimbursed</source>
        <translation>Total reimbursed</translation>
    </message>
    <message>
        <source>Gift declaration pending</source>
        <translation>Gift declaration pending</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>Expense claim</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount (RMB)</source>
        <translation>Amount (RMB)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Declaration required (&gt; RMB 200)</source>
        <translation>Declaration required (&gt; RMB 200)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>From report</source>
        <translation>From report</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>Training completed</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Pending number</source>
        <translation>Pending number</translation>
    </message>
    <message>
        <source>Corrects report</source>
        <translation>Corrects report</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Dispatch concerned</source>
        <translation>Dispatch concerned</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>First response at</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>First response due (4 h)</source>
        <translation>First response due (4 h)</translation>
    </message>
    <message>
        <source>First response overdue</source>
        <translation>First response overdue</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>What leaked and how</source>
        <translation>What leaked and how</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Figures (frozen when signed)</source>
        <translation>Figures (frozen when signed)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Arrived on site at</source>
        <translation>Arrived on site at</translation>
    </message>
    <message>
        <source>Proactive dispatch</source>
        <translation>Proactive dispatch</translation>
    </message>
    <message>
        <source>Committed arrival</source>
        <translation>Committed arrival</translation>
    </message>
    <message>
        <source>Arrived on time</source>
        <translation>Arrived on time</translation>
    </message>
    <message>
        <source>Approver&apos;s key</source>
        <translation>Approver&apos;s key</translation>
    </message>
    <message>
        <source>Approver&apos;s key signature</source>
        <translation>Approver&apos;s key signature</translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record %1, %2 (%3)</source>
        <translation>Record %1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>the text has %1 characters; at most %2 are allowed. Shorten it.</translation>
    </message>
    <message>
        <source>this field is required; enter a value.</source>
        <translation>this field is required; enter a value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the expected form %2.</source>
        <translation>&quot;%1&quot; does not have the expected form %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use the form 2026-11-20.</source>
        <translation>&quot;%1&quot; is not a date; use the form 2026-11-20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with offset; use the form 2026-11-20T17:00:00+08:00.</source>
        <translation>&quot;%1&quot; is not a date and time with offset; use the form 2026-11-20T17:00:00+08:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose one of %2.</source>
        <translation>&quot;%1&quot; is not allowed; choose one of %2.</translation>
    </message>
    <message>
        <source>the value must be true or false.</source>
        <translation>the value must be true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be more than %2 and at most %3.</source>
        <translation>&quot;%1&quot; must be more than %2 and at most %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the allowed range %2 to %3.</source>
        <translation>&quot;%1&quot; is outside the allowed range %2 to %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id (UUID).</source>
        <translation>&quot;%1&quot; is not a record id (UUID).</translation>
    </message>
    <message>
        <source>the value must be a list.</source>
        <translation>the value must be a list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose from %2.</source>
        <translation>&quot;%1&quot; is not allowed; choose from %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; is listed twice.</translation>
    </message>
    <message>
        <source>choose at least one.</source>
        <translation>choose at least one.</translation>
    </message>
    <message>
        <source>the value must be a number.</source>
        <translation>the value must be a number.</translation>
    </message>
    <message>
        <source>the value must be text.</source>
        <translation>the value must be text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; enter a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; is not a whole number; enter a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>the amount is not a whole number of fen.</source>
        <translation>the amount is not a whole number of fen.</translation>
    </message>
    <message>
        <source>%1 is negative; amounts are never negative.</source>
        <translation>%1 is negative; amounts are never negative.</translation>
    </message>
    <message>
        <source>%1 is more than RMB %2; check the amount.</source>
        <translation>%1 is more than RMB %2; check the amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in RMB with exactly two decimals; use the form 280.00.</source>
        <translation>&quot;%1&quot; is not an amount in RMB with exactly two decimals; use the form 280.00.</translation>
    </message>
    <message>
        <source>the amount must be text with exactly two decimals, e.g. &quot;280.00&quot;.</source>
        <translation>the amount must be text with exactly two decimals, e.g. &quot;280.00&quot;.</translation>
    </message>
    <message>
        <source>the number is too large; enter a number from %1 to %2.</source>
        <translation>the number is too large; enter a number from %1 to %2.</translation>
    </message>
    <message>
        <source>the sealed text is damaged.</source>
        <translation>the sealed text is damaged.</translation>
    </message>
</context>
<context>
    <name>FormFieldEditor</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>(record not found: %1)</source>
        <translation>(record not found: %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number; type digits, for example %2.</source>
        <translation>“%1” is not a number; type digits, for example %2.</translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose one of the entries offered, or clear the field.</source>
        <translation>“%1” is not in the list; choose one of the entries offered, or clear the field.</translation>
    </message>
    <message>
        <source>RMB, e.g. 280.00</source>
        <translation>RMB, e.g. 280.00</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>The holiday calendar cannot be read: %1</source>
        <translation>The holiday calendar cannot be read: %1</translation>
    </message>
    <message>
        <source>There is no holiday calendar for %1 yet: working-day deadlines in %1 count only weekends. Enter the State Council&apos;s holiday notice for %1 under Holidays (or update Field Desk, which ships it once published).</source>
        <translation>There is no holiday calendar for %1 yet: working-day deadlines in %1 count only weekends. Enter the State Council&apos;s holiday notice for %1 under Holidays (or update Field Desk, which ships it once published).</translation>
    </message>
</context>
<context>
    <name>InterchangeExporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>InterchangeImporter</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>The file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Every entry of &quot;%1&quot; must be a JSON object.</source>
        <translation>Every entry of &quot;%1&quot; must be a JSON object.</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1, %2 (%3): there is no %4 with id %5.</source>
        <translation>Record %1, %2 (%3): there is no %4 with id %5.</translation>
    </message>
    <message>
        <source>The file is not a Field Desk export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>The file is not a Field Desk export (&quot;format&quot; must be &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Export format version %1 is not supported; this program reads version %2.</source>
        <translation>Export format version %1 is not supported; this program reads version %2.</translation>
    </message>
    <message>
        <source>The file has an unknown section &quot;%1&quot;.</source>
        <translation>The file has an unknown section &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>&quot;%1&quot; must be a list of records.</translation>
    </message>
    <message>
        <source>Record %1 appears twice in the file.</source>
        <translation>Record %1 appears twice in the file.</translation>
    </message>
    <message>
        <source>Record %1 was deleted in this database and cannot be imported again.</source>
        <translation>Record %1 was deleted in this database and cannot be imported again.</translation>
    </message>
    <message>
        <source>Record %1: task number %2 is also used by record %3 in the file.</source>
        <translation>Record %1: task number %2 is also used by record %3 in the file.</translation>
    </message>
    <message>
        <source>Record %1: &quot;%2&quot; must be a list.</source>
        <translation>Record %1: &quot;%2&quot; must be a list.</translation>
    </message>
    <message>
        <source>Record %1: %2 number %3 appears twice in &quot;%4&quot;.</source>
        <translation>Record %1: %2 number %3 appears twice in &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Record %1: every entry of &quot;%2&quot; must be a JSON object.</source>
        <translation>Record %1: every entry of &quot;%2&quot; must be a JSON object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of its own: write them inside each &quot;%2&quot; record as &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; is not a section of its own: write them inside each &quot;%2&quot; record as &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1 is signed and locked and cannot be changed (%2); a correction is a new revision.</source>
        <translation>Record %1 is signed and locked and cannot be changed (%2); a correction is a new revision.</translation>
    </message>
    <message>
        <source>Record %1, %2</source>
        <translation>Record %1, %2</translation>
    </message>
    <message>
        <source>The file is not a Field Desk export (expected a JSON object, found a list). Import a file written by &quot;export --json&quot;.</source>
        <translation>The file is not a Field Desk export (expected a JSON object, found a list). Import a file written by &quot;export --json&quot;.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most an import reads. Check that it is a Field Desk export; split a larger one by section.</source>
        <translation>%1 is larger than %2 MiB, the most an import reads. Check that it is a Field Desk export; split a larger one by section.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Record %1 has no valid &quot;id&quot; (a UUID is required; found %2).</source>
        <translation>Record %1 has no valid &quot;id&quot; (a UUID is required; found %2).</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>no text</translation>
    </message>
    <message>
        <source>Record %1, %2 (level): a file cannot lower a restricted %3 from %4 to %5. Change the level at the desk, where it is logged.</source>
        <translation>Record %1, %2 (level): a file cannot lower a restricted %3 from %4 to %5. Change the level at the desk, where it is logged.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be the number %1, not %2.</source>
        <translation>The file&apos;s &quot;version&quot; must be the number %1, not %2.</translation>
    </message>
    <message>
        <source>Cannot make a working copy next to %1 to check the import: %2</source>
        <translation>Cannot make a working copy next to %1 to check the import: %2</translation>
    </message>
    <message>
        <source>An import of %1 started at %2 did not finish: some of its %3 records are written, others and their signatures are not. Import the same file again to complete it.</source>
        <translation>An import of %1 started at %2 did not finish: some of its %3 records are written, others and their signatures are not. Import the same file again to complete it.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>The import stopped after writing %1 of %2 records: %3 The database is marked as holding an unfinished import; import the same file again to complete it.</source>
        <translation>The import stopped after writing %1 of %2 records: %3 The database is marked as holding an unfinished import; import the same file again to complete it.</translation>
    </message>
</context>
<context>
    <name>KeyInterchange</name>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>&quot;%1&quot; must be a list of records.</translation>
    </message>
    <message>
        <source>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</source>
        <translation>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; needs &quot;%3&quot; as text.</source>
        <translation>Record %1 in &quot;%2&quot; needs &quot;%3&quot; as text.</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;: a person&apos;s key never changes; a new key is a new enrolment, confirmed by an administrator.</source>
        <translation>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;: a person&apos;s key never changes; a new key is a new enrolment, confirmed by an administrator.</translation>
    </message>
</context>
<context>
    <name>KeyProofs</name>
    <message>
        <source>%1 must enter their PIN first: this is done in their name.</source>
        <translation>%1 must enter their PIN first: this is done in their name.</translation>
    </message>
    <message>
        <source>The key of %1 is not confirmed by an administrator yet: it cannot sign this.</source>
        <translation>The key of %1 is not confirmed by an administrator yet: it cannot sign this.</translation>
    </message>
    <message>
        <source>The key signature could not be made.</source>
        <translation>The key signature could not be made.</translation>
    </message>
    <message>
        <source>The lock %1</source>
        <translation>The lock %1</translation>
    </message>
    <message>
        <source>The approval %1</source>
        <translation>The approval %1</translation>
    </message>
    <message>
        <source>The correction %1</source>
        <translation>The correction %1</translation>
    </message>
    <message>
        <source>%1 does not say who made it: since people have personal keys every correction carries its maker&apos;s key signature.</source>
        <translation>%1 does not say who made it: since people have personal keys every correction carries its maker&apos;s key signature.</translation>
    </message>
    <message>
        <source>%1 by %2 carries no signature of their personal key, though they had one: it may be forged.</source>
        <translation>%1 by %2 carries no signature of their personal key, though they had one: it may be forged.</translation>
    </message>
    <message>
        <source>%1 by %2 names a key that is not their confirmed key.</source>
        <translation>%1 by %2 names a key that is not their confirmed key.</translation>
    </message>
    <message>
        <source>%1 by %2 does not verify against their key: it was forged or altered.</source>
        <translation>%1 by %2 does not verify against their key: it was forged or altered.</translation>
    </message>
</context>
<context>
    <name>KnowhowAccess</name>
    <message>
        <source>The person chosen at this desk is not in this database, so this L3 entry stays closed. Choose yourself under File › Settings.</source>
        <translation>The person chosen at this desk is not in this database, so this L3 entry stays closed. Choose yourself under File › Settings.</translation>
    </message>
    <message>
        <source>%1 left on %2; access to L3 know-how ended that day.</source>
        <translation>%1 left on %2; access to L3 know-how ended that day.</translation>
    </message>
    <message>
        <source>%1 is not assigned to any task linked to this L3 entry.</source>
        <translation>%1 is not assigned to any task linked to this L3 entry.</translation>
    </message>
    <message>
        <source>Nobody has entered their PIN at this desk, so this L3 entry stays closed. Enter yours under File › Settings › People at this desk.</source>
        <translation>Nobody has entered their PIN at this desk, so this L3 entry stays closed. Enter yours under File › Settings › People at this desk.</translation>
    </message>
</context>
<context>
    <name>KnowhowBoundary</name>
    <message>
        <source>Product specification</source>
        <translation>Product specification</translation>
    </message>
    <message>
        <source>Published specifications</source>
        <translation>Published specifications</translation>
    </message>
    <message>
        <source>Detailed formulations</source>
        <translation>Detailed formulations</translation>
    </message>
    <message>
        <source>Operating advice</source>
        <translation>Operating advice</translation>
    </message>
    <message>
        <source>Recommended ranges</source>
        <translation>Recommended ranges</translation>
    </message>
    <message>
        <source>Key parameters (e.g. exact temperatures)</source>
        <translation>Key parameters (e.g. exact temperatures)</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Troubleshooting</translation>
    </message>
    <message>
        <source>How to deal with it</source>
        <translation>How to deal with it</translation>
    </message>
    <message>
        <source>Anything that allows reverse engineering</source>
        <translation>Anything that allows reverse engineering</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Supply chain</translation>
    </message>
    <message>
        <source>Common raw materials</source>
        <translation>Common raw materials</translation>
    </message>
    <message>
        <source>Names of key suppliers</source>
        <translation>Names of key suppliers</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Prices are not discussed (left to sales)</source>
        <translation>Prices are not discussed (left to sales)</translation>
    </message>
    <message>
        <source>Same as at left</source>
        <translation>Same as at left</translation>
    </message>
</context>
<context>
    <name>KnowhowBoundaryPanel</name>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>May say</source>
        <translation>May say</translation>
    </message>
    <message>
        <source>May not say</source>
        <translation>May not say</translation>
    </message>
    <message>
        <source>SOP-10 §5.3.1.2; details in SOP-17 know-how control.</source>
        <translation>SOP-10 §5.3.1.2; details in SOP-17 know-how control.</translation>
    </message>
    <message>
        <source>Further boundaries for this task:</source>
        <translation>Further boundaries for this task:</translation>
    </message>
    <message>
        <source>e.g. give the recommended range only, never the exact bath temperature</source>
        <translation>e.g. give the recommended range only, never the exact bath temperature</translation>
    </message>
    <message>
        <source>The engineer has gone through this boundary and keeps to it on site</source>
        <translation>The engineer has gone through this boundary and keeps to it on site</translation>
    </message>
</context>
<context>
    <name>KnowhowScreens</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>This know-how entry cannot be opened: %1</source>
        <translation>This know-how entry cannot be opened: %1</translation>
    </message>
    <message>
        <source>This is an L3 restricted know-how entry (SOP-15 §8.2). %1</source>
        <translation>This is an L3 restricted know-how entry (SOP-15 §8.2). %1</translation>
    </message>
    <message>
        <source>Only Robert, KC and the engineers of its linked tasks may open it.</source>
        <translation>Only Robert, KC and the engineers of its linked tasks may open it.</translation>
    </message>
    <message>
        <source>It may be opened by: %1.</source>
        <translation>It may be opened by: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This refusal is recorded in the audit log.</source>
        <translation>This refusal is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Know-how entry not opened</source>
        <translation>Know-how entry not opened</translation>
    </message>
    <message>
        <source>L3: only Robert, KC and the engineers of the linked tasks may open it; every opening is audited, it is never searched, and its content is stored sealed to their personal keys.</source>
        <translation>L3: only Robert, KC and the engineers of the linked tasks may open it; every opening is audited, it is never searched, and its content is stored sealed to their personal keys.</translation>
    </message>
    <message>
        <source>This L3 know-how entry was not opened: %1</source>
        <translation>This L3 know-how entry was not opened: %1</translation>
    </message>
    <message>
        <source>enter your PIN first.</source>
        <translation>enter your PIN first.</translation>
    </message>
    <message>
        <source>Stored sealed; readable by: %1.</source>
        <translation>Stored sealed; readable by: %1.</translation>
    </message>
    <message>
        <source>Allowed but without a confirmed personal key, so not able to read it until they enrol: %1.</source>
        <translation>Allowed but without a confirmed personal key, so not able to read it until they enrol: %1.</translation>
    </message>
    <message>
        <source>Open an L3 know-how entry</source>
        <translation>Open an L3 know-how entry</translation>
    </message>
    <message>
        <source>Who opens it? Its text opens with your personal key after your PIN; the opening is recorded in your name.</source>
        <translation>Who opens it? Its text opens with your personal key after your PIN; the opening is recorded in your name.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Target %1 · %2</source>
        <translation>Target %1 · %2</translation>
    </message>
    <message>
        <source>no comparison with %1</source>
        <translation>no comparison with %1</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NPS by customer tier</source>
        <translation>NPS by customer tier</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Click a card for its trend and the records behind it; click a bar for that period&apos;s records; double-click a record to open it.</source>
        <translation>Click a card for its trend and the records behind it; click a bar for that period&apos;s records; double-click a record to open it.</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (so far)</translation>
    </message>
    <message>
        <source>KPIs %1</source>
        <translation>KPIs %1</translation>
    </message>
    <message>
        <source>%1: the last %2 periods</source>
        <translation>%1: the last %2 periods</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promoters (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passives (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detractors (0-6)</translation>
    </message>
    <message>
        <source>Records behind %1 %2: %3</source>
        <translation>Records behind %1 %2: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no records in this period</source>
        <translation>no records in this period</translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>The KPI figures could not be read: %1</source>
        <translation>The KPI figures could not be read: %1</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>On-time dispatch rate</source>
        <translation>On-time dispatch rate</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>Know-how leak incidents</source>
        <translation>Know-how leak incidents</translation>
    </message>
    <message>
        <source>Complaint rate after service</source>
        <translation>Complaint rate after service</translation>
    </message>
    <message>
        <source>Service reports within 3 working days</source>
        <translation>Service reports within 3 working days</translation>
    </message>
    <message>
        <source>Strategic customers visited proactively</source>
        <translation>Strategic customers visited proactively</translation>
    </message>
    <message>
        <source>NPS overall</source>
        <translation>NPS overall</translation>
    </message>
    <message>
        <source>NPS tier A</source>
        <translation>NPS tier A</translation>
    </message>
    <message>
        <source>NPS tier B</source>
        <translation>NPS tier B</translation>
    </message>
    <message>
        <source>Dispatches that arrived no later than committed (urgent P0 24 h, P1 48 h after the request; otherwise the planned start day) ÷ dispatches that arrived.</source>
        <translation>Dispatches that arrived no later than committed (urgent P0 24 h, P1 48 h after the request; otherwise the planned start day) ÷ dispatches that arrived.</translation>
    </message>
    <message>
        <source>Average satisfaction of the call-backs made in the period.</source>
        <translation>Average satisfaction of the call-backs made in the period.</translation>
    </message>
    <message>
        <source>Know-how incidents found in the period.</source>
        <translation>Know-how incidents found in the period.</translation>
    </message>
    <message>
        <source>Complaints received that name a dispatch ÷ dispatches that left the site.</source>
        <translation>Complaints received that name a dispatch ÷ dispatches that left the site.</translation>
    </message>
    <message>
        <source>Service reports signed on or before their due day ÷ tasks whose report was due in the period.</source>
        <translation>Service reports signed on or before their due day ÷ tasks whose report was due in the period.</translation>
    </message>
    <message>
        <source>Tier-A customers with a proactive dispatch that arrived ÷ tier-A customers.</source>
        <translation>Tier-A customers with a proactive dispatch that arrived ÷ tier-A customers.</translation>
    </message>
    <message>
        <source>% promoters (9-10) − % detractors (0-6) of the call-backs&apos; NPS answers; passives count in the number of answers.</source>
        <translation>% promoters (9-10) − % detractors (0-6) of the call-backs&apos; NPS answers; passives count in the number of answers.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call-back(s)</source>
        <translation>
            <numerusform>%n call-back</numerusform>
            <numerusform>%n call-backs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
</context>
<context>
    <name>L3Seal</name>
    <message>
        <source>The sealed L3 text of %1 is damaged.</source>
        <translation>The sealed L3 text of %1 is damaged.</translation>
    </message>
    <message>
        <source>The L3 text cannot be stored: none of the people allowed to read it (%1) has a confirmed personal key to seal it to. Enrol one of them first (File › Settings › People at this desk).</source>
        <translation>The L3 text cannot be stored: none of the people allowed to read it (%1) has a confirmed personal key to seal it to. Enrol one of them first (File › Settings › People at this desk).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Its text is sealed: open the entry (with your PIN) before lowering its level, so the text can be written in clear.</source>
        <translation>Its text is sealed: open the entry (with your PIN) before lowering its level, so the text can be written in clear.</translation>
    </message>
    <message>
        <source>The L3 text of %1 could not be sealed.</source>
        <translation>The L3 text of %1 could not be sealed.</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPage</name>
    <message>
        <source>Search know-how, daily reports and service reports (e.g. 膜厚 or viscosity)</source>
        <translation>Search know-how, daily reports and service reports (e.g. 膜厚 or viscosity)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>Where it matches</translation>
    </message>
    <message>
        <source>L3 restricted entries are never searched: open them from the list if you are allowed to.</source>
        <translation>L3 restricted entries are never searched: open them from the list if you are allowed to.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Chinese needs at least two characters.</source>
        <translation>Nothing found for “%1”. Chinese needs at least two characters.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found; double-click or Enter opens one.</source>
        <translation>
            <numerusform>%n record found; double-click or Enter opens it.</numerusform>
            <numerusform>%n records found; double-click or Enter opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Field Desk is locked</source>
        <translation>Field Desk is locked</translation>
    </message>
    <message>
        <source>The database is closed and its content is hidden until the passphrase is typed again.</source>
        <translation>The database is closed and its content is hidden until the passphrase is typed again.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Field Desk</source>
        <translation>&amp;About Field Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Lithera Field Desk — %1</source>
        <translation>Lithera Field Desk — %1</translation>
    </message>
    <message>
        <source>Encrypted database: %1</source>
        <translation>Encrypted database: %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Locked — %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field Desk locked itself after %n minute(s) without use and closed the database. Type the passphrase to continue.</source>
        <translation>
            <numerusform>Field Desk locked itself after %n minute without use and closed the database. Type the passphrase to continue.</numerusform>
            <numerusform>Field Desk locked itself after %n minutes without use and closed the database. Type the passphrase to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Field Desk will use the new language the next time it starts.</source>
        <translation>Field Desk will use the new language the next time it starts.</translation>
    </message>
    <message>
        <source>About Field Desk</source>
        <translation>About Field Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lithera Field Desk %1&lt;/h3&gt;&lt;p&gt;The field engineering service desk of Lithera, following LITHERA-SOP-10 v2 and SOP-15.&lt;/p&gt;&lt;p&gt;Records are kept in an encrypted SQLCipher database%2; printed, signed paper copies remain the archive of record.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lithera Field Desk %1&lt;/h3&gt;&lt;p&gt;The field engineering service desk of Lithera, following LITHERA-SOP-10 v2 and SOP-15.&lt;/p&gt;&lt;p&gt;Records are kept in an encrypted SQLCipher database%2; printed, signed paper copies remain the archive of record.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (SQLCipher %1)</source>
        <translation> (SQLCipher %1)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>About this area</source>
        <translation>About this area</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;New Record…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Select a record in the list to print it.</source>
        <translation>Select a record in the list to print it.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Batch Print…</source>
        <translation>&amp;Batch Print…</translation>
    </message>
    <message>
        <source>&amp;Verify a Paper Copy…</source>
        <translation>&amp;Verify a Paper Copy…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>%1 is negative; amounts are never negative. Enter what was paid, e.g. 280.00.</source>
        <translation>%1 is negative; amounts are never negative. Enter what was paid, e.g. 280.00.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals; RMB amounts are whole fen, e.g. 280.05.</source>
        <translation>“%1” has more than two decimals; RMB amounts are whole fen, e.g. 280.05.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type yuan with up to two decimals, e.g. 280.00 (no thousands separators or currency signs).</source>
        <translation>“%1” is not an amount; type yuan with up to two decimals, e.g. 280.00 (no thousands separators or currency signs).</translation>
    </message>
</context>
<context>
    <name>MonthlyReview</name>
    <message>
        <source>A monthly review needs a month such as 2026-11.</source>
        <translation>A monthly review needs a month such as 2026-11.</translation>
    </message>
    <message>
        <source>The figures stored in the monthly review %1 cannot be read.</source>
        <translation>The figures stored in the monthly review %1 cannot be read.</translation>
    </message>
    <message>
        <source>The monthly reviews could not be read: %1</source>
        <translation>The monthly reviews could not be read: %1</translation>
    </message>
    <message>
        <source>The cases of %1 could not be read.</source>
        <translation>The cases of %1 could not be read.</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Uncheck to leave the field empty</source>
        <translation>Uncheck to leave the field empty</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is part of the database or its shared folder and is never written over. Choose a file in another folder.</source>
        <translation>%1 is part of the database or its shared folder and is never written over. Choose a file in another folder.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 is a folder. Choose a file name.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose a new file name, or give --force to replace it.</source>
        <translation>%1 already exists and was left as it is. Choose a new file name, or give --force to replace it.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only. Delete it: it holds a key.</source>
        <translation>Cannot make %1 readable by its owner only. Delete it: it holds a key.</translation>
    </message>
</context>
<context>
    <name>PaperSignatureCheck</name>
    <message>
        <source>unknown key %1</source>
        <translation>unknown key %1</translation>
    </message>
    <message>
        <source>The key %1 is not a confirmed key of the team.</source>
        <translation>The key %1 is not a confirmed key of the team.</translation>
    </message>
    <message>
        <source>The signature of %1 does not match this record, revision and content: the paper was altered or the signature forged.</source>
        <translation>The signature of %1 does not match this record, revision and content: the paper was altered or the signature forged.</translation>
    </message>
    <message>
        <source>Signed by %1 as %2 on %3: valid.</source>
        <translation>Signed by %1 as %2 on %3: valid.</translation>
    </message>
    <message>
        <source>Signature of %1 as %2: NOT VALID. %3</source>
        <translation>Signature of %1 as %2: NOT VALID. %3</translation>
    </message>
</context>
<context>
    <name>PaperVerification</name>
    <message>
        <source>This is not a Field Desk paper code. It looks like FD1:&lt;record id&gt;:&lt;revision&gt;:&lt;12 hex digits&gt;; check what was typed.</source>
        <translation>This is not a Field Desk paper code. It looks like FD1:&lt;record id&gt;:&lt;revision&gt;:&lt;12 hex digits&gt;; check what was typed.</translation>
    </message>
    <message>
        <source>Record %1 is not in this database. The paper may come from another desk that has not synced yet, or the code was mistyped.</source>
        <translation>Record %1 is not in this database. The paper may come from another desk that has not synced yet, or the code was mistyped.</translation>
    </message>
    <message>
        <source>This paper does not match the signed %1 (revision %2, code %3): it was altered or printed from something else. Do not file it; print the record again.</source>
        <translation>This paper does not match the signed %1 (revision %2, code %3): it was altered or printed from something else. Do not file it; print the record again.</translation>
    </message>
    <message>
        <source>This paper does not match the %1 as it is now: it was printed from an earlier, unsigned draft (or altered). Print the record again.</source>
        <translation>This paper does not match the %1 as it is now: it was printed from an earlier, unsigned draft (or altered). Print the record again.</translation>
    </message>
    <message>
        <source>This paper is revision %1 of the %2, which was corrected: the current one is revision %3 (record %4). File it as superseded and use the current one.</source>
        <translation>This paper is revision %1 of the %2, which was corrected: the current one is revision %3 (record %4). File it as superseded and use the current one.</translation>
    </message>
    <message>
        <source>This paper is the current, signed revision %1 of the %2.</source>
        <translation>This paper is the current, signed revision %1 of the %2.</translation>
    </message>
    <message>
        <source>This paper matches the current revision %1 of the %2, which is not signed yet: it is a draft copy.</source>
        <translation>This paper matches the current revision %1 of the %2, which is not signed yet: it is a draft copy.</translation>
    </message>
</context>
<context>
    <name>PeopleKeys</name>
    <message>
        <source>A person&apos;s key cannot be edited or removed: a new key is a new enrolment, confirmed by an administrator.</source>
        <translation>A person&apos;s key cannot be edited or removed: a new key is a new enrolment, confirmed by an administrator.</translation>
    </message>
    <message>
        <source>The key enrolment %1 is not signed by its own key: it was forged or altered.</source>
        <translation>The key enrolment %1 is not signed by its own key: it was forged or altered.</translation>
    </message>
    <message>
        <source>The key confirmation %1 carries no valid signature.</source>
        <translation>The key confirmation %1 carries no valid signature.</translation>
    </message>
    <message>
        <source>The key confirmation %1 does not verify against the confirming administrator&apos;s key.</source>
        <translation>The key confirmation %1 does not verify against the confirming administrator&apos;s key.</translation>
    </message>
    <message>
        <source>The personal keys could not be made.</source>
        <translation>The personal keys could not be made.</translation>
    </message>
    <message>
        <source>There is no person %1 in the people registry.</source>
        <translation>There is no person %1 in the people registry.</translation>
    </message>
    <message>
        <source>%1 has left Lithera and cannot enrol a key.</source>
        <translation>%1 has left Lithera and cannot enrol a key.</translation>
    </message>
    <message>
        <source>%1 has no key at this desk: enrol first (Settings › People at this desk, or fielddesk-cli people enrol).</source>
        <translation>%1 has no key at this desk: enrol first (Settings › People at this desk, or fielddesk-cli people enrol).</translation>
    </message>
    <message>
        <source>%1 has left Lithera: their key no longer opens.</source>
        <translation>%1 has left Lithera: their key no longer opens.</translation>
    </message>
    <message>
        <source>The stored key is damaged.</source>
        <translation>The stored key is damaged.</translation>
    </message>
    <message>
        <source>The enrolment of this key is missing from the people registry.</source>
        <translation>The enrolment of this key is missing from the people registry.</translation>
    </message>
    <message>
        <source>The stored key does not match the registered one.</source>
        <translation>The stored key does not match the registered one.</translation>
    </message>
    <message>
        <source>Enter the current PIN first.</source>
        <translation>Enter the current PIN first.</translation>
    </message>
    <message>
        <source>An administrator must enter their PIN to confirm a key.</source>
        <translation>An administrator must enter their PIN to confirm a key.</translation>
    </message>
    <message>
        <source>%1 cannot confirm keys: only an administrator (administration or the general manager) with a confirmed key can.</source>
        <translation>%1 cannot confirm keys: only an administrator (administration or the general manager) with a confirmed key can.</translation>
    </message>
    <message>
        <source>%1 has no key waiting for confirmation.</source>
        <translation>%1 has no key waiting for confirmation.</translation>
    </message>
    <message>
        <source>%1 has no confirmed key.</source>
        <translation>%1 has no confirmed key.</translation>
    </message>
</context>
<context>
    <name>PeopleKeysPanel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>Enter &amp;PIN…</source>
        <translation>Enter &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Enrol…</translation>
    </message>
    <message>
        <source>Con&amp;firm key…</source>
        <translation>Con&amp;firm key…</translation>
    </message>
    <message>
        <source>C&amp;hange PIN…</source>
        <translation>C&amp;hange PIN…</translation>
    </message>
    <message>
        <source>Open a database to see its people.</source>
        <translation>Open a database to see its people.</translation>
    </message>
    <message>
        <source>Nobody has entered their PIN since the desk was unlocked. Signing, approving and opening protected know-how ask for it.</source>
        <translation>Nobody has entered their PIN since the desk was unlocked. Signing, approving and opening protected know-how ask for it.</translation>
    </message>
    <message>
        <source>Acting at this desk: &lt;b&gt;%1&lt;/b&gt; (PIN entered; asked again after the desk locks).</source>
        <translation>Acting at this desk: &lt;b&gt;%1&lt;/b&gt; (PIN entered; asked again after the desk locks).</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation>waiting for confirmation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> · at this desk</source>
        <translation> · at this desk</translation>
    </message>
    <message>
        <source> · PIN entered</source>
        <translation> · PIN entered</translation>
    </message>
    <message>
        <source>Confirm key</source>
        <translation>Confirm key</translation>
    </message>
    <message>
        <source>An administrator confirms keys: select yourself, choose &quot;Enter PIN…&quot;, then confirm.</source>
        <translation>An administrator confirms keys: select yourself, choose &quot;Enter PIN…&quot;, then confirm.</translation>
    </message>
    <message>
        <source>Confirm the key %1 of %2 as %3? Compare the key id with the one %2 sees at their desk.</source>
        <translation>Confirm the key %1 of %2 as %3? Compare the key id with the one %2 sees at their desk.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>New PIN:</translation>
    </message>
    <message>
        <source>Repeat the new PIN:</source>
        <translation>Repeat the new PIN:</translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was changed.</source>
        <translation>The two PINs differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>The PIN was changed.</source>
        <translation>The PIN was changed.</translation>
    </message>
</context>
<context>
    <name>PersonalKeys</name>
    <message>
        <source>The personal keys could not be made (OpenSSL).</source>
        <translation>The personal keys could not be made (OpenSSL).</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 characters.</source>
        <translation>The PIN must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Wrong PIN, or the key belongs to someone else.</source>
        <translation>Wrong PIN, or the key belongs to someone else.</translation>
    </message>
    <message>
        <source>This sealed text is not for this person&apos;s key.</source>
        <translation>This sealed text is not for this person&apos;s key.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>%1, enter your personal PIN to sign, approve or open protected know-how at this desk. It is asked once until the desk locks.</source>
        <translation>%1, enter your personal PIN to sign, approve or open protected know-how at this desk. It is asked once until the desk locks.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again; a forgotten PIN is replaced by enrolling again.</source>
        <translation>Wrong PIN. Try again; a forgotten PIN is replaced by enrolling again.</translation>
    </message>
</context>
<context>
    <name>PlausibleDates</name>
    <message>
        <source>%1 lies outside %2 to %3; check the year.</source>
        <translation>%1 lies outside %2 to %3; check the year.</translation>
    </message>
</context>
<context>
    <name>PpePanel</name>
    <message>
        <source>Safety notes for this site:</source>
        <translation>Safety notes for this site:</translation>
    </message>
    <message>
        <source>e.g. HF area: always two people, eye-wash station at gate 2</source>
        <translation>e.g. HF area: always two people, eye-wash station at gate 2</translation>
    </message>
    <message>
        <source>The task has no safety risk assessed yet, so no PPE can be derived; assess the task first (SOP-10 §5.2.2).</source>
        <translation>The task has no safety risk assessed yet, so no PPE can be derived; assess the task first (SOP-10 §5.2.2).</translation>
    </message>
    <message>
        <source>Safety risk &lt;b&gt;%1&lt;/b&gt; (from the assessment). Required PPE, cumulative by SOP-10 §5.2.7:</source>
        <translation>Safety risk &lt;b&gt;%1&lt;/b&gt; (from the assessment). Required PPE, cumulative by SOP-10 §5.2.7:</translation>
    </message>
    <message>
        <source>HF site: carry the first-aid kit with 25 % calcium gluconate gel at all times.</source>
        <translation>HF site: carry the first-aid kit with 25 % calcium gluconate gel at all times.</translation>
    </message>
</context>
<context>
    <name>PpeRule</name>
    <message>
        <source>Safety shoes</source>
        <translation>Safety shoes</translation>
    </message>
    <message>
        <source>Safety helmet</source>
        <translation>Safety helmet</translation>
    </message>
    <message>
        <source>Work clothes</source>
        <translation>Work clothes</translation>
    </message>
    <message>
        <source>Chemical-resistant gloves</source>
        <translation>Chemical-resistant gloves</translation>
    </message>
    <message>
        <source>Goggles</source>
        <translation>Goggles</translation>
    </message>
    <message>
        <source>Respirator mask</source>
        <translation>Respirator mask</translation>
    </message>
    <message>
        <source>Chemical protective suit</source>
        <translation>Chemical protective suit</translation>
    </message>
    <message>
        <source>Full-face respirator</source>
        <translation>Full-face respirator</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>Emergency contact card</translation>
    </message>
    <message>
        <source>HF first-aid kit (25 % calcium gluconate gel)</source>
        <translation>HF first-aid kit (25 % calcium gluconate gel)</translation>
    </message>
</context>
<context>
    <name>PreTripPanel</name>
    <message>
        <source>Confirmed with the customer&apos;s contact the day before departure (SOP-10 §5.2.8). Tick what has been confirmed.</source>
        <translation>Confirmed with the customer&apos;s contact the day before departure (SOP-10 §5.2.8). Tick what has been confirmed.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Arrival time, place and host confirmed</source>
        <translation>Arrival time, place and host confirmed</translation>
    </message>
    <message>
        <source>e.g. 09:00 at gate 1, received by the process manager</source>
        <translation>e.g. 09:00 at gate 1, received by the process manager</translation>
    </message>
    <message>
        <source>Site conditions</source>
        <translation>Site conditions</translation>
    </message>
    <message>
        <source>Site PPE, entry procedure and safety training confirmed</source>
        <translation>Site PPE, entry procedure and safety training confirmed</translation>
    </message>
    <message>
        <source>e.g. entry application one day ahead; 30 min safety training on arrival</source>
        <translation>e.g. entry application one day ahead; 30 min safety training on arrival</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Emergency contact at the site confirmed (see agenda item 6)</source>
        <translation>Emergency contact at the site confirmed (see agenda item 6)</translation>
    </message>
    <message>
        <source>Documents the engineers carry</source>
        <translation>Documents the engineers carry</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>Health certificate</translation>
    </message>
    <message>
        <source>Site entry application</source>
        <translation>Site entry application</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Printed, but the print could not be logged: %1</source>
        <translation>Printed, but the print could not be logged: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1 %2 page(s), %3 form(s).</source>
        <translation>%1 %2 page(s), %3 form(s).</translation>
    </message>
</context>
<context>
    <name>PrintLayouts</name>
    <message>
        <source>(not yet numbered)</source>
        <translation>(not yet numbered)</translation>
    </message>
    <message>
        <source>%1 %2 has no paper form to print; print its task instead.</source>
        <translation>%1 %2 has no paper form to print; print its task instead.</translation>
    </message>
    <message>
        <source>%1 is not a task.</source>
        <translation>%1 is not a task.</translation>
    </message>
    <message>
        <source>Task dossier %1</source>
        <translation>Task dossier %1</translation>
    </message>
    <message>
        <source>Dispatch task sheet</source>
        <translation>Dispatch task sheet</translation>
    </message>
    <message>
        <source>Request and registration (SOP-10 §5.2.1)</source>
        <translation>Request and registration (SOP-10 §5.2.1)</translation>
    </message>
    <message>
        <source>Assessment (SOP-10 §5.2.2)</source>
        <translation>Assessment (SOP-10 §5.2.2)</translation>
    </message>
    <message>
        <source>Approval (SOP-10 §5.2.3)</source>
        <translation>Approval (SOP-10 §5.2.3)</translation>
    </message>
    <message>
        <source>No approval decision recorded yet.</source>
        <translation>No approval decision recorded yet.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Anomalies (SOP-10 §5.3.4)</source>
        <translation>Anomalies (SOP-10 §5.3.4)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Notified at</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Who was told</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>Mission brief</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Briefing agenda (SOP-10 §5.2.4)</source>
        <translation>Briefing agenda (SOP-10 §5.2.4)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Know-how boundary (SOP-10 §5.3.1.2)</source>
        <translation>Know-how boundary (SOP-10 §5.3.1.2)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>May say</source>
        <translation>May say</translation>
    </message>
    <message>
        <source>May not say</source>
        <translation>May not say</translation>
    </message>
    <message>
        <source>Safety risk and PPE (SOP-10 §5.2.7)</source>
        <translation>Safety risk and PPE (SOP-10 §5.2.7)</translation>
    </message>
    <message>
        <source>The task&apos;s safety risk is not assessed yet: no PPE list.</source>
        <translation>The task&apos;s safety risk is not assessed yet: no PPE list.</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Packed (tick by hand)</source>
        <translation>Packed (tick by hand)</translation>
    </message>
    <message>
        <source>Pre-trip confirmation (SOP-10 §5.2.8)</source>
        <translation>Pre-trip confirmation (SOP-10 §5.2.8)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>NDA record sheet</source>
        <translation>NDA record sheet</translation>
    </message>
    <message>
        <source>Agreement (SOP-10 §5.2.5)</source>
        <translation>Agreement (SOP-10 §5.2.5)</translation>
    </message>
    <message>
        <source>Not attached yet: file the signed original and scan it.</source>
        <translation>Not attached yet: file the signed original and scan it.</translation>
    </message>
    <message>
        <source>Attached, stored encrypted in the desk</source>
        <translation>Attached, stored encrypted in the desk</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <source>Kept permanently (SOP-10 §9). The signed original is filed with this sheet.</source>
        <translation>Kept permanently (SOP-10 §9). The signed original is filed with this sheet.</translation>
    </message>
</context>
<context>
    <name>PrintPaginator</name>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>PrintRecord</name>
    <message>
        <source>There is no record %1 to print: check the id.</source>
        <translation>There is no record %1 to print: check the id.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>(linked record)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Superseded by revision %1</source>
        <translation>Superseded by revision %1</translation>
    </message>
    <message>
        <source>Keep permanently</source>
        <translation>Keep permanently</translation>
    </message>
    <message>
        <source>Keep 10 years</source>
        <translation>Keep 10 years</translation>
    </message>
    <message>
        <source>Revision %1, correcting revision %2: %3</source>
        <translation>Revision %1, correcting revision %2: %3</translation>
    </message>
</context>
<context>
    <name>PrintRenderer</name>
    <message>
        <source>Cannot start printing: the printer or PDF file is not available.</source>
        <translation>Cannot start printing: the printer or PDF file is not available.</translation>
    </message>
    <message>
        <source>Cannot start page %1: the printer or PDF file failed.</source>
        <translation>Cannot start page %1: the printer or PDF file failed.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>%1 — kept for the archive only, not valid for use</source>
        <translation>%1 — kept for the archive only, not valid for use</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Printed %1 by %2</translation>
    </message>
    <message>
        <source>Content hash %1 · revision %2</source>
        <translation>Content hash %1 · revision %2</translation>
    </message>
</context>
<context>
    <name>ProactivePlan</name>
    <message>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>New customer: a visit within 3 months of the first order</source>
        <translation>New customer: a visit within 3 months of the first order</translation>
    </message>
    <message>
        <source>%1 after the last visit</source>
        <translation>%1 after the last visit</translation>
    </message>
    <message>
        <source>No proactive visit yet</source>
        <translation>No proactive visit yet</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>every quarter</translation>
    </message>
    <message>
        <source>every half year</source>
        <translation>every half year</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The proactive dispatch plan cannot be read: %1</source>
        <translation>The proactive dispatch plan cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>ProactivePlanPage</name>
    <message>
        <source>Proactive dispatch plan</source>
        <translation>Proactive dispatch plan</translation>
    </message>
    <message>
        <source>SOP-10 §6: tier A strategic customers every quarter, tier B every half year, C and D on request; a new customer gets a visit within 3 months of its first order. The next visit counts from the last proactive visit that happened.</source>
        <translation>SOP-10 §6: tier A strategic customers every quarter, tier B every half year, C and D on request; a new customer gets a visit within 3 months of its first order. The next visit counts from the last proactive visit that happened.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Last proactive visit</source>
        <translation>Last proactive visit</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Plan a dispatch…</source>
        <translation>Plan a dispatch…</translation>
    </message>
    <message>
        <source>Register a proactive task for the selected customer</source>
        <translation>Register a proactive task for the selected customer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within %3 days.</source>
        <translation>%1 overdue, %2 due within %3 days.</translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Fields marked &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; are required.</source>
        <translation>Fields marked &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt; are required.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>This record cannot be opened: %1</source>
        <translation>This record cannot be opened: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>A certification date is entered, but not every course is ticked; check the training record.</source>
        <translation>A certification date is entered, but not every course is ticked; check the training record.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The %1 was not saved: %2</source>
        <translation>The %1 was not saved: %2</translation>
    </message>
    <message>
        <source>Save the new %1?</source>
        <translation>Save the new %1?</translation>
    </message>
    <message>
        <source>Save the changes to this %1?</source>
        <translation>Save the changes to this %1?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview and print this form (Ctrl+P)</source>
        <translation>Preview and print this form (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>RecordFingerprint</name>
    <message>
        <source>Record %1 was deleted and has no content to sign or print.</source>
        <translation>Record %1 was deleted and has no content to sign or print.</translation>
    </message>
    <message>
        <source>Could not read the lines of record %1: %2</source>
        <translation>Could not read the lines of record %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:#c62828&quot;&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Computed by Field Desk</source>
        <translation>Computed by Field Desk</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>NDAs</source>
        <translation>NDAs</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Mission brief</source>
        <translation>Mission brief</translation>
    </message>
    <message>
        <source>Mission briefs</source>
        <translation>Mission briefs</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>Daily reports</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Service report</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>Service reports</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <source>Call-backs</source>
        <translation>Call-backs</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>Expense claim</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Expense claims</translation>
    </message>
    <message>
        <source>Expense line</source>
        <translation>Expense line</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>Expense lines</translation>
    </message>
    <message>
        <source>Know-how entry</source>
        <translation>Know-how entry</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation>Customer complaint</translation>
    </message>
    <message>
        <source>Customer complaints</source>
        <translation>Customer complaints</translation>
    </message>
    <message>
        <source>Know-how incident</source>
        <translation>Know-how incident</translation>
    </message>
    <message>
        <source>Know-how incidents</source>
        <translation>Know-how incidents</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Monthly review</translation>
    </message>
    <message>
        <source>Monthly reviews</source>
        <translation>Monthly reviews</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search all columns (Ctrl+F)</source>
        <translation>Search all columns (Ctrl+F)</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Right-click to choose the columns</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Show all columns</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 of %n record</numerusform>
            <numerusform>%1 of %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>This list is empty. Records can be imported with “fielddesk-cli import --db FILE FILE.json”.</source>
        <translation>This list is empty. Records can be imported with “fielddesk-cli import --db FILE FILE.json”.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Create a new record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Loading… %1 read</source>
        <translation>Loading… %1 read</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>RecordLocks</name>
    <message>
        <source>Could not read the lock of record %1: %2</source>
        <translation>Could not read the lock of record %1: %2</translation>
    </message>
    <message>
        <source>Record %1 is locked as a %2, which this desk does not know.</source>
        <translation>Record %1 is locked as a %2, which this desk does not know.</translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <source>The month &quot;%1&quot; is not in the form YYYY-MM (e.g. 2026-05).</source>
        <translation>The month &quot;%1&quot; is not in the form YYYY-MM (e.g. 2026-05).</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordRevisions</name>
    <message>
        <source>Could not read the revisions of record %1: %2</source>
        <translation>Could not read the revisions of record %1: %2</translation>
    </message>
    <message>
        <source>The revisions of record %1 form a cycle; run verify.</source>
        <translation>The revisions of record %1 form a cycle; run verify.</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>%1 (%2): it lies before %3; correct the dates.</source>
        <translation>%1 (%2): it lies before %3; correct the dates.</translation>
    </message>
    <message>
        <source>%1 (number): %2 is already used by task %3.</source>
        <translation>%1 (number): %2 is already used by task %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 lies before the task was registered (%4); correct the date.</source>
        <translation>%1 (%2): %3 lies before the task was registered (%4); correct the date.</translation>
    </message>
</context>
<context>
    <name>RecordSigning</name>
    <message>
        <source>A %1 has no signature block &quot;%2&quot;.</source>
        <translation>A %1 has no signature block &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Type the name of the person signing as %1.</source>
        <translation>Type the name of the person signing as %1.</translation>
    </message>
    <message>
        <source>Choose who signs as %1: only the people entitled to that block may sign it.</source>
        <translation>Choose who signs as %1: only the people entitled to that block may sign it.</translation>
    </message>
    <message>
        <source>The signature is too short: sign with your full name.</source>
        <translation>The signature is too short: sign with your full name.</translation>
    </message>
    <message>
        <source>%1 has already signed as %2.</source>
        <translation>%1 has already signed as %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2 to sign.</source>
        <translation>There is no %1 %2 to sign.</translation>
    </message>
    <message>
        <source>This %1 is already signed and locked. Make a correction to sign a new revision.</source>
        <translation>This %1 is already signed and locked. Make a correction to sign a new revision.</translation>
    </message>
    <message>
        <source>This %1 was replaced by a correction (%2); sign that one.</source>
        <translation>This %1 was replaced by a correction (%2); sign that one.</translation>
    </message>
    <message>
        <source>This %1 is already locked.</source>
        <translation>This %1 is already locked.</translation>
    </message>
    <message>
        <source>Sign the %1 before locking it.</source>
        <translation>Sign the %1 before locking it.</translation>
    </message>
    <message>
        <source>Say why the %1 is corrected: the reason is printed on the new revision.</source>
        <translation>Say why the %1 is corrected: the reason is printed on the new revision.</translation>
    </message>
    <message>
        <source>This %1 is not signed yet: edit it instead of correcting it.</source>
        <translation>This %1 is not signed yet: edit it instead of correcting it.</translation>
    </message>
    <message>
        <source>This %1 was already corrected; correct the current revision (%2) instead.</source>
        <translation>This %1 was already corrected; correct the current revision (%2) instead.</translation>
    </message>
    <message>
        <source>%1 must enter their PIN to sign.</source>
        <translation>%1 must enter their PIN to sign.</translation>
    </message>
    <message>
        <source>The key of %1 is not confirmed by an administrator yet: it cannot sign.</source>
        <translation>The key of %1 is not confirmed by an administrator yet: it cannot sign.</translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation>The signature could not be made.</translation>
    </message>
    <message>
        <source>The %1 cannot be locked yet: %2 must sign it too. It locks by itself with the last signature.</source>
        <translation>The %1 cannot be locked yet: %2 must sign it too. It locks by itself with the last signature.</translation>
    </message>
    <message>
        <source>This %1 already has a correction being drafted (%2): finish and sign that one, or delete it first.</source>
        <translation>This %1 already has a correction being drafted (%2): finish and sign that one, or delete it first.</translation>
    </message>
    <message>
        <source>Enter your PIN first: a correction is made in your name.</source>
        <translation>Enter your PIN first: a correction is made in your name.</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <source>Could not read the revisions and locks: %1</source>
        <translation>Could not read the revisions and locks: %1</translation>
    </message>
    <message>
        <source>Rev. %1 (superseded)</source>
        <translation>Rev. %1 (superseded)</translation>
    </message>
    <message>
        <source>Rev. %1</source>
        <translation>Rev. %1</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1 (superseded)</translation>
    </message>
    <message>
        <source>%1 (correction draft)</source>
        <translation>%1 (correction draft)</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1 is not a record table.</source>
        <translation>%1 is not a record table.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 has no field %2.</translation>
    </message>
    <message>
        <source>The record id &quot;%1&quot; is not a UUID.</source>
        <translation>The record id &quot;%1&quot; is not a UUID.</translation>
    </message>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>A record with id %1 already exists.</translation>
    </message>
    <message>
        <source>Cannot save record %1: %2</source>
        <translation>Cannot save record %1: %2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>There is no record %1.</translation>
    </message>
    <message>
        <source>Record %1 is signed and locked: it cannot be changed. Make a correction (a new revision) instead.</source>
        <translation>Record %1 is signed and locked: it cannot be changed. Make a correction (a new revision) instead.</translation>
    </message>
    <message>
        <source>Lock %1 cannot be changed or removed: locks are only ever added.</source>
        <translation>Lock %1 cannot be changed or removed: locks are only ever added.</translation>
    </message>
</context>
<context>
    <name>RecordSummaries</name>
    <message>
        <source>tier %1</source>
        <translation>tier %1</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Cannot read the list of %1: %2</source>
        <translation>Cannot read the list of %1: %2</translation>
    </message>
    <message>
        <source>(linked record)</source>
        <translation>(linked record)</translation>
    </message>
    <message>
        <source>The form&apos;s revision (a correction makes the next one).</source>
        <translation>The form&apos;s revision (a correction makes the next one).</translation>
    </message>
    <message>
        <source>Signed and locked: it opens read-only.</source>
        <translation>Signed and locked: it opens read-only.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Loading was cancelled.</translation>
    </message>
</context>
<context>
    <name>RecoverDeskDialog</name>
    <message>
        <source>Field Desk — Rebuild from the shared folder</source>
        <translation>Field Desk — Rebuild from the shared folder</translation>
    </message>
    <message>
        <source>Rebuild this desk from the team&apos;s shared folder</source>
        <translation>Rebuild this desk from the team&apos;s shared folder</translation>
    </message>
    <message>
        <source>When no passphrase of any desk is known any more, the team&apos;s shared folder and the key on the recovery sheet rebuild a complete desk: the latest snapshot, every later change of every desk, and the attachments. The rebuilt desk joins the team as a new device and is locked with the new passphrase you choose here.</source>
        <translation>When no passphrase of any desk is known any more, the team&apos;s shared folder and the key on the recovery sheet rebuild a complete desk: the latest snapshot, every later change of every desk, and the attachments. The rebuilt desk joins the team as a new device and is locked with the new passphrase you choose here.</translation>
    </message>
    <message>
        <source>The folder on the file server that holds &quot;fielddesk&quot;</source>
        <translation>The folder on the file server that holds &quot;fielddesk&quot;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet (64 letters and digits in groups of four), or load the sheet&apos;s text file.</source>
        <translation>Type the recovery key from the sheet (64 letters and digits in groups of four), or load the sheet&apos;s text file.</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <source>At least %1 characters. Write it down: it is the only way into the rebuilt desk.</source>
        <translation>At least %1 characters. Write it down: it is the only way into the rebuilt desk.</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>New database:</translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation>&amp;Shared folder:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>New &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>&amp;Confirm passphrase:</translation>
    </message>
    <message>
        <source>Rebuilding… reading the snapshot and every bundle of the team takes a while.</source>
        <translation>Rebuilding… reading the snapshot and every bundle of the team takes a while.</translation>
    </message>
    <message>
        <source>Rebuild the desk</source>
        <translation>Rebuild the desk</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder</source>
        <translation>Choose the team&apos;s shared folder</translation>
    </message>
    <message>
        <source>Load the recovery sheet</source>
        <translation>Load the recovery sheet</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a recovery sheet. Choose the sheet&apos;s text file.</source>
        <translation>%1 is too large to be a recovery sheet. Choose the sheet&apos;s text file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file or type the key.</source>
        <translation>Cannot read %1: %2. Choose another file or type the key.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder.</source>
        <translation>Choose the team&apos;s shared folder.</translation>
    </message>
    <message>
        <source>There is no folder %1. Check that the file server is reachable, then choose the shared folder.</source>
        <translation>There is no folder %1. Check that the file server is reachable, then choose the shared folder.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>The two passphrases differ. Type the same passphrase in both fields.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another place for the database.</source>
        <translation>Cannot create the folder %1. Choose another place for the database.</translation>
    </message>
    <message>
        <source>The desk is rebuilt as a new device of the team.</source>
        <translation>The desk is rebuilt as a new device of the team.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) applied.</source>
        <translation>
            <numerusform>%n bundle applied.</numerusform>
            <numerusform>%n bundles applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) fetched.</source>
        <translation>
            <numerusform>%n attachment fetched.</numerusform>
            <numerusform>%n attachments fetched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Open the desk</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>Field Desk team recovery sheet</source>
        <translation>Field Desk team recovery sheet</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>Cannot write %1. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ReferenceCombo</name>
    <message>
        <source>Type to search, or choose from the list</source>
        <translation>Type to search, or choose from the list</translation>
    </message>
    <message>
        <source>(record not found: %1)</source>
        <translation>(record not found: %1)</translation>
    </message>
</context>
<context>
    <name>ReferenceOptions</name>
    <message>
        <source>Cannot read the list of %1: %2</source>
        <translation>Cannot read the list of %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>Customer complaint receipt</translation>
    </message>
    <message>
        <source>Complaint (SOP-15 §10)</source>
        <translation>Complaint (SOP-15 §10)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Know-how incident record</source>
        <translation>Know-how incident record</translation>
    </message>
    <message>
        <source>Incident (SOP-17)</source>
        <translation>Incident (SOP-17)</translation>
    </message>
    <message>
        <source>Monthly dispatch case review</source>
        <translation>Monthly dispatch case review</translation>
    </message>
    <message>
        <source>KPI figures %1 (SOP-10 §7, SOP-15 §7)</source>
        <translation>KPI figures %1 (SOP-10 §7, SOP-15 §7)</translation>
    </message>
    <message>
        <source>Figures as signed (computed %1); later edits of records do not change them.</source>
        <translation>Figures as signed (computed %1); later edits of records do not change them.</translation>
    </message>
    <message>
        <source>Draft: figures computed from the records at printing; they are frozen when the review is signed.</source>
        <translation>Draft: figures computed from the records at printing; they are frozen when the review is signed.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>NPS by customer tier</source>
        <translation>NPS by customer tier</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promoters (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passives (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detractors (0-6)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message numerus="yes">
        <source>Trends: the last %n month(s)</source>
        <translation>
            <numerusform>Trends: the last month</numerusform>
            <numerusform>Trends: the last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>None in %1.</source>
        <translation>None in %1.</translation>
    </message>
    <message>
        <source>Anomaly cases (SOP-10 §5.3.4)</source>
        <translation>Anomaly cases (SOP-10 §5.3.4)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Customer complaints (QEF-15-05)</source>
        <translation>Customer complaints (QEF-15-05)</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Know-how incidents (SOP-17)</source>
        <translation>Know-how incidents (SOP-17)</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>What leaked and how</source>
        <translation>What leaked and how</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Call-backs below 7 (SOP-15 §7.3)</source>
        <translation>Call-backs below 7 (SOP-15 §7.3)</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Improvement plans still open (90-day follow-up)</source>
        <translation>Improvement plans still open (90-day follow-up)</translation>
    </message>
    <message>
        <source>Feeds the management review (SOP-20).</source>
        <translation>Feeds the management review (SOP-20).</translation>
    </message>
</context>
<context>
    <name>RevisionLinkRule</name>
    <message>
        <source>Revision %1: a record cannot replace itself.</source>
        <translation>Revision %1: a record cannot replace itself.</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces is of another kind; a correction replaces a record of its own kind.</source>
        <translation>Revision %1: the record it replaces is of another kind; a correction replaces a record of its own kind.</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces does not exist.</source>
        <translation>Revision %1: the record it replaces does not exist.</translation>
    </message>
    <message>
        <source>Revision %1: the revisions would form a cycle.</source>
        <translation>Revision %1: the revisions would form a cycle.</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces is not signed and locked; only a signed form is corrected by a new revision.</source>
        <translation>Revision %1: the record it replaces is not signed and locked; only a signed form is corrected by a new revision.</translation>
    </message>
    <message>
        <source>Revision %1: the record it replaces was already replaced by another revision; a correction replaces the current revision.</source>
        <translation>Revision %1: the record it replaces was already replaced by another revision; a correction replaces the current revision.</translation>
    </message>
    <message>
        <source>Revision %1: the record already replaces another record.</source>
        <translation>Revision %1: the record already replaces another record.</translation>
    </message>
    <message>
        <source>Revision %1: it must be revision %2 (the record it replaces is revision %3), not %4.</source>
        <translation>Revision %1: it must be revision %2 (the record it replaces is revision %3), not %4.</translation>
    </message>
    <message>
        <source>Revision %1: the record belongs to another task, engineer or day than the record it replaces; a correction stays where the original was.</source>
        <translation>Revision %1: the record belongs to another task, engineer or day than the record it replaces; a correction stays where the original was.</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Scanned copy: %1</source>
        <translation>Scanned copy: %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Writes the scan, unencrypted, to a file you choose</source>
        <translation>Writes the scan, unencrypted, to a file you choose</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it may be damaged or password-protected). Save a copy and open it with another program, or attach the scan again.</source>
        <translation>This PDF cannot be shown (it may be damaged or password-protected). Save a copy and open it with another program, or attach the scan again.</translation>
    </message>
    <message>
        <source>This file is neither a PDF nor an image Field Desk can show (%1). Save a copy and open it with another program.</source>
        <translation>This file is neither a PDF nor an image Field Desk can show (%1). Save a copy and open it with another program.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Save a copy of the scan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2. Choose another folder.</source>
        <translation>The copy could not be written to %1: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This database was written by a newer Field Desk (schema version %1; this program knows up to %2). Install the newer version to open it.</source>
        <translation>This database was written by a newer Field Desk (schema version %1; this program knows up to %2). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>Schema step %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Updating the database to schema version %1 failed: %2</source>
        <translation>Updating the database to schema version %1 failed: %2</translation>
    </message>
    <message>
        <source>This build&apos;s schema steps are not numbered 1 to %1 without gaps (found %2 where %3 belongs); it cannot update databases.</source>
        <translation>This build&apos;s schema steps are not numbered 1 to %1 without gaps (found %2 where %3 belongs); it cannot update databases.</translation>
    </message>
</context>
<context>
    <name>SealedText</name>
    <message>
        <source>The L3 text could not be sealed: nobody to seal it to.</source>
        <translation>The L3 text could not be sealed: nobody to seal it to.</translation>
    </message>
    <message>
        <source>The L3 text could not be sealed (OpenSSL).</source>
        <translation>The L3 text could not be sealed (OpenSSL).</translation>
    </message>
    <message>
        <source>The sealed L3 text is damaged and cannot be read.</source>
        <translation>The sealed L3 text is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The L3 text could not be sealed to a person&apos;s key (OpenSSL).</source>
        <translation>The L3 text could not be sealed to a person&apos;s key (OpenSSL).</translation>
    </message>
    <message>
        <source>This L3 text is not sealed to your current key yet. It is sealed to you when another person allowed to read it opens it, or at its next edit.</source>
        <translation>This L3 text is not sealed to your current key yet. It is sealed to you when another person allowed to read it opens it, or at its next edit.</translation>
    </message>
    <message>
        <source>The sealed L3 text does not open with your key: it was damaged or altered.</source>
        <translation>The sealed L3 text does not open with your key: it was damaged or altered.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be updated: %1</source>
        <translation>The search index cannot be updated: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>ServiceReportDraft</name>
    <message>
        <source>%1 / %2 to %3 / %4; engineers: %5.</source>
        <translation>%1 / %2 to %3 / %4; engineers: %5.</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>none assigned</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Objectives (mission brief):</source>
        <translation>Objectives (mission brief):</translation>
    </message>
    <message>
        <source>(no objectives in the mission brief)</source>
        <translation>(no objectives in the mission brief)</translation>
    </message>
    <message>
        <source>Achieved:</source>
        <translation>Achieved:</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>No expense claim (QEF-10-05) for this task yet.</source>
        <translation>No expense claim (QEF-10-05) for this task yet.</translation>
    </message>
    <message numerus="yes">
        <source>Reimbursed (company paid, QEF-10-05): RMB %1 in %n claim(s).</source>
        <translation>
            <numerusform>Reimbursed (company paid, QEF-10-05): RMB %1 in %n claim.</numerusform>
            <numerusform>Reimbursed (company paid, QEF-10-05): RMB %1 in %n claims.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: RMB %2</source>
        <translation>  %1: RMB %2</translation>
    </message>
    <message>
        <source>Paid by the customer (hospitality, gifts): RMB %1.</source>
        <translation>Paid by the customer (hospitality, gifts): RMB %1.</translation>
    </message>
</context>
<context>
    <name>ServiceReportEditor</name>
    <message>
        <source>Know-how feedback → library (SOP-10 §5.4.3)</source>
        <translation>Know-how feedback → library (SOP-10 §5.4.3)</translation>
    </message>
    <message>
        <source>One item per line; each can become a know-how library entry below.</source>
        <translation>One item per line; each can become a know-how library entry below.</translation>
    </message>
    <message>
        <source>Choose the task: the report is due on the 3rd working day after its last on-site day.</source>
        <translation>Choose the task: the report is due on the 3rd working day after its last on-site day.</translation>
    </message>
    <message>
        <source>The task has no time for leaving the site yet; the report is due on the 3rd working day after it.</source>
        <translation>The task has no time for leaving the site yet; the report is due on the 3rd working day after it.</translation>
    </message>
    <message>
        <source>Due %1: the 3rd working day after the last on-site day (%2).</source>
        <translation>Due %1: the 3rd working day after the last on-site day (%2).</translation>
    </message>
    <message>
        <source>✓ Signed on time.</source>
        <translation>✓ Signed on time.</translation>
    </message>
    <message>
        <source>✗ Signed late.</source>
        <translation>✗ Signed late.</translation>
    </message>
    <message>
        <source>✗ Overdue: not signed yet.</source>
        <translation>✗ Overdue: not signed yet.</translation>
    </message>
    <message numerus="yes">
        <source>Not signed yet; %n day(s) left.</source>
        <translation>
            <numerusform>Not signed yet; %n day left.</numerusform>
            <numerusform>Not signed yet; %n days left.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In the library from this report: %1</source>
        <translation>In the library from this report: %1</translation>
    </message>
    <message>
        <source>No know-how feedback yet.</source>
        <translation>No know-how feedback yet.</translation>
    </message>
    <message>
        <source>✓ In the library</source>
        <translation>✓ In the library</translation>
    </message>
    <message>
        <source>L3: customer-specific formulas; only Robert, KC and the task&apos;s engineers may open it.</source>
        <translation>L3: customer-specific formulas; only Robert, KC and the task&apos;s engineers may open it.</translation>
    </message>
    <message>
        <source>To library</source>
        <translation>To library</translation>
    </message>
    <message>
        <source>Save the report and make this item a know-how library entry</source>
        <translation>Save the report and make this item a know-how library entry</translation>
    </message>
    <message>
        <source>Not added to the library</source>
        <translation>Not added to the library</translation>
    </message>
    <message>
        <source>The know-how entry was not saved: %1</source>
        <translation>The know-how entry was not saved: %1</translation>
    </message>
    <message>
        <source>Filled in when the report is signed (Signatures below).</source>
        <translation>Filled in when the report is signed (Signatures below).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Field Desk uses the new language after a restart.</source>
        <translation>Field Desk uses the new language after a restart.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The folder on the office file server through which the devices of the team exchange their changes.</source>
        <translation>The folder on the office file server through which the devices of the team exchange their changes.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, Field Desk closes the database and asks for the passphrase again.</source>
        <translation>Without keyboard or mouse input for this long, Field Desk closes the database and asks for the passphrase again.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Share folder:</source>
        <translation>&amp;Share folder:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>Choose the share folder</source>
        <translation>Choose the share folder</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 is a file, not a folder. Choose a folder.</translation>
    </message>
    <message>
        <source>Type the full path of the share folder, for example \\server\fielddesk or /mnt/share/fielddesk.</source>
        <translation>Type the full path of the share folder, for example \\server\fielddesk or /mnt/share/fielddesk.</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Create a team on the share folder, invite a desk or join a team</source>
        <translation>Create a team on the share folder, invite a desk or join a team</translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>Only when asked (F5)</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <source>People at this desk:</source>
        <translation>People at this desk:</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the %1</source>
        <translation>Sign the %1</translation>
    </message>
    <message>
        <source>%1 (still to sign)</source>
        <translation>%1 (still to sign)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Full name of the customer&apos;s representative</source>
        <translation>Full name of the customer&apos;s representative</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <source>Lock the form with this signature</source>
        <translation>Lock the form with this signature</translation>
    </message>
    <message>
        <source>A locked form can no longer be edited; a change is then a correction (a new revision). Signatures still to come on paper can be added in ink.</source>
        <translation>A locked form can no longer be edited; a change is then a correction (a new revision). Signatures still to come on paper can be added in ink.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signing confirms the form as it is saved now. Once every required signature is there, the form is locked.</source>
        <translation>Signing confirms the form as it is saved now. Once every required signature is there, the form is locked.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>%1 (on this form)</source>
        <translation>%1 (on this form)</translation>
    </message>
    <message>
        <source>Sign on the pad above.</source>
        <translation>Sign on the pad above.</translation>
    </message>
    <message>
        <source>Signature captured.</source>
        <translation>Signature captured.</translation>
    </message>
    <message>
        <source>Too short for a signature: sign with your full name.</source>
        <translation>Too short for a signature: sign with your full name.</translation>
    </message>
</context>
<context>
    <name>SignatureInterchange</name>
    <message>
        <source>&quot;%1&quot; must be a list of records.</source>
        <translation>&quot;%1&quot; must be a list of records.</translation>
    </message>
    <message>
        <source>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</source>
        <translation>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</source>
        <translation>Record %1 in &quot;%2&quot; has an unknown key &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Signature %1: the strokes are not a valid signature (%2).</source>
        <translation>Signature %1: the strokes are not a valid signature (%2).</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot;: &quot;revision&quot; must be a whole number from 1.</source>
        <translation>Record %1 in &quot;%2&quot;: &quot;revision&quot; must be a whole number from 1.</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; needs &quot;%3&quot;.</source>
        <translation>Record %1 in &quot;%2&quot; needs &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot;: &quot;%3&quot; must be text.</source>
        <translation>Record %1 in &quot;%2&quot;: &quot;%3&quot; must be text.</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; refers to %3 %4, which does not exist.</source>
        <translation>Record %1 in &quot;%2&quot; refers to %3 %4, which does not exist.</translation>
    </message>
    <message>
        <source>Signature %1: a %2 has no signature block &quot;%3&quot;.</source>
        <translation>Signature %1: a %2 has no signature block &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;; signatures, locks and revisions never change.</source>
        <translation>Record %1 in &quot;%2&quot; is already stored with another &quot;%3&quot;; signatures, locks and revisions never change.</translation>
    </message>
    <message>
        <source>Lock %1 does not match the content of %2 %3: the file locks something other than what it carries.</source>
        <translation>Lock %1 does not match the content of %2 %3: the file locks something other than what it carries.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Sign here with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Sign this form (saves it first)</source>
        <translation>Sign this form (saves it first)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Make a new revision of this signed form to change it</source>
        <translation>Make a new revision of this signed form to change it</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Superseded: this is revision %1. It was corrected; the current revision is %2. It stays on file and cannot be edited.</source>
        <translation>Superseded: this is revision %1. It was corrected; the current revision is %2. It stays on file and cannot be edited.</translation>
    </message>
    <message>
        <source>Signed and locked on %1 — revision %2, code %3. It cannot be edited; use Correct… to make a new revision.</source>
        <translation>Signed and locked on %1 — revision %2, code %3. It cannot be edited; use Correct… to make a new revision.</translation>
    </message>
    <message>
        <source>Not saved yet. Still to sign: %1.</source>
        <translation>Not saved yet. Still to sign: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Revision %1, draft. Still to sign: %2.</source>
        <translation>Revision %1, draft. Still to sign: %2.</translation>
    </message>
    <message>
        <source>Draft. Still to sign: %1.</source>
        <translation>Draft. Still to sign: %1.</translation>
    </message>
    <message>
        <source>Correct the %1</source>
        <translation>Correct the %1</translation>
    </message>
    <message>
        <source>The signed form stays on file as it is. A new revision is made for you to change and sign again.
Why is it corrected? (printed on the new revision)</source>
        <translation>The signed form stays on file as it is. A new revision is made for you to change and sign again.
Why is it corrected? (printed on the new revision)</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>Not corrected</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A correction (revision %1) is being drafted; this revision stays current until the correction is signed.</source>
        <translation>A correction (revision %1) is being drafted; this revision stays current until the correction is signed.</translation>
    </message>
    <message>
        <source>Revision %1, correction draft: revision %2 stays current until this one is signed. Still to sign: %3.</source>
        <translation>Revision %1, correction draft: revision %2 stays current until this one is signed. Still to sign: %3.</translation>
    </message>
    <message>
        <source>Nobody has a personal key at this desk: a correction is made in a person&apos;s name. Enrol first (File › Settings › People at this desk › Enrol).</source>
        <translation>Nobody has a personal key at this desk: a correction is made in a person&apos;s name. Enrol first (File › Settings › People at this desk › Enrol).</translation>
    </message>
    <message>
        <source>Who makes the correction? It is made in your name after your PIN.</source>
        <translation>Who makes the correction? It is made in your name after your PIN.</translation>
    </message>
</context>
<context>
    <name>SignatureStrokes</name>
    <message>
        <source>The signature&apos;s pad size %1 × %2 is not between 1 and %3.</source>
        <translation>The signature&apos;s pad size %1 × %2 is not between 1 and %3.</translation>
    </message>
    <message>
        <source>The signature has %1 strokes; at most %2 are accepted.</source>
        <translation>The signature has %1 strokes; at most %2 are accepted.</translation>
    </message>
    <message>
        <source>The signature has %1 points; at most %2 are accepted.</source>
        <translation>The signature has %1 points; at most %2 are accepted.</translation>
    </message>
    <message>
        <source>The signature has an empty stroke.</source>
        <translation>The signature has an empty stroke.</translation>
    </message>
    <message>
        <source>A point of the signature lies outside its pad (%1 × %2).</source>
        <translation>A point of the signature lies outside its pad (%1 × %2).</translation>
    </message>
    <message>
        <source>The signature data is too large.</source>
        <translation>The signature data is too large.</translation>
    </message>
    <message>
        <source>The signature data is not a JSON object with width, height and strokes.</source>
        <translation>The signature data is not a JSON object with width, height and strokes.</translation>
    </message>
    <message>
        <source>The signature data needs numbers &quot;width&quot; and &quot;height&quot; and a list &quot;strokes&quot;.</source>
        <translation>The signature data needs numbers &quot;width&quot; and &quot;height&quot; and a list &quot;strokes&quot;.</translation>
    </message>
    <message>
        <source>Every stroke of the signature must be a list of numbers.</source>
        <translation>Every stroke of the signature must be a list of numbers.</translation>
    </message>
    <message>
        <source>A stroke of the signature needs x, y pairs.</source>
        <translation>A stroke of the signature needs x, y pairs.</translation>
    </message>
    <message>
        <source>The signature has more than %1 points.</source>
        <translation>The signature has more than %1 points.</translation>
    </message>
    <message>
        <source>A stroke of the signature holds something that is not a number.</source>
        <translation>A stroke of the signature holds something that is not a number.</translation>
    </message>
</context>
<context>
    <name>SignatureVerification</name>
    <message>
        <source>Signature %1 of %2 is not made with their personal key, though they had one: it may be forged.</source>
        <translation>Signature %1 of %2 is not made with their personal key, though they had one: it may be forged.</translation>
    </message>
    <message>
        <source>Signature %1 of %2 names a key that is not their confirmed key.</source>
        <translation>Signature %1 of %2 names a key that is not their confirmed key.</translation>
    </message>
    <message>
        <source>Signature %1 of %2 does not verify: it was forged or altered.</source>
        <translation>Signature %1 of %2 does not verify: it was forged or altered.</translation>
    </message>
</context>
<context>
    <name>SignerRoles</name>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>Customer representative</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Checked by (administration)</source>
        <translation>Checked by (administration)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Engineer (acknowledged)</source>
        <translation>Engineer (acknowledged)</translation>
    </message>
    <message>
        <source>Briefing held by (CTO)</source>
        <translation>Briefing held by (CTO)</translation>
    </message>
    <message>
        <source>Reviewed by (CTO)</source>
        <translation>Reviewed by (CTO)</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Actions confirmed by (CTO)</source>
        <translation>Actions confirmed by (CTO)</translation>
    </message>
</context>
<context>
    <name>SiteDeadlines</name>
    <message>
        <source>a task without number</source>
        <translation>a task without number</translation>
    </message>
    <message>
        <source>The %1 deadlines cannot be read: %2</source>
        <translation>The %1 deadlines cannot be read: %2</translation>
    </message>
    <message>
        <source>daily report</source>
        <translation>daily report</translation>
    </message>
    <message>
        <source>%1: %2 sent the daily report of %3 at %4, after 17:00.</source>
        <translation>%1: %2 sent the daily report of %3 at %4, after 17:00.</translation>
    </message>
    <message>
        <source>%1: no daily report from %2 for %3 (due 17:00).</source>
        <translation>%1: no daily report from %2 for %3 (due 17:00).</translation>
    </message>
    <message>
        <source>%1: %2&apos;s daily report for today is due at 17:00.</source>
        <translation>%1: %2&apos;s daily report for today is due at 17:00.</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>anomaly</translation>
    </message>
    <message>
        <source>%1: the anomaly “%2” of %3 was notified at %4, after its limit %5.</source>
        <translation>%1: the anomaly “%2” of %3 was notified at %4, after its limit %5.</translation>
    </message>
    <message>
        <source>%1: notify the anomaly “%2” of %3 by %4 (SOP-10 §5.3.4).</source>
        <translation>%1: notify the anomaly “%2” of %3 by %4 (SOP-10 §5.3.4).</translation>
    </message>
    <message>
        <source>service report and call-back</source>
        <translation>service report and call-back</translation>
    </message>
    <message>
        <source>%1: the service report is to be signed by %2 (3rd working day after leaving the site on %3).</source>
        <translation>%1: the service report is to be signed by %2 (3rd working day after leaving the site on %3).</translation>
    </message>
    <message>
        <source>%1: the service report was signed on %2, after its due day %3.</source>
        <translation>%1: the service report was signed on %2, after its due day %3.</translation>
    </message>
    <message>
        <source>%1: call the customer back by %2 (48 h after leaving the site).</source>
        <translation>%1: call the customer back by %2 (48 h after leaving the site).</translation>
    </message>
    <message>
        <source>%1: the customer was called back at %2, more than 48 h after leaving the site.</source>
        <translation>%1: the customer was called back at %2, more than 48 h after leaving the site.</translation>
    </message>
    <message>
        <source>improvement plan</source>
        <translation>improvement plan</translation>
    </message>
    <message>
        <source>%1: the improvement plan was completed on %2, after its follow-up date %3.</source>
        <translation>%1: the improvement plan was completed on %2, after its follow-up date %3.</translation>
    </message>
    <message>
        <source>%1: the improvement plan (call-back scored %2 / NPS %3) was due for follow-up on %4.</source>
        <translation>%1: the improvement plan (call-back scored %2 / NPS %3) was due for follow-up on %4.</translation>
    </message>
    <message>
        <source>%1: follow up the improvement plan (call-back scored %2 / NPS %3) by %4.</source>
        <translation>%1: follow up the improvement plan (call-back scored %2 / NPS %3) by %4.</translation>
    </message>
</context>
<context>
    <name>SiteFormRules</name>
    <message>
        <source>it lies before %1; correct the time.</source>
        <translation>it lies before %1; correct the time.</translation>
    </message>
    <message>
        <source>task %1 has no on-site dates yet; enter its planned start and end first.</source>
        <translation>task %1 has no on-site dates yet; enter its planned start and end first.</translation>
    </message>
    <message>
        <source>%1 is not an on-site day of task %2 (%3 to %4); choose a day in that period.</source>
        <translation>%1 is not an on-site day of task %2 (%3 to %4); choose a day in that period.</translation>
    </message>
    <message>
        <source>this person is not an engineer of task %1; assign them to the task first.</source>
        <translation>this person is not an engineer of task %1; assign them to the task first.</translation>
    </message>
    <message>
        <source>a follow-up date is set but the plan itself is empty; describe the improvement plan.</source>
        <translation>a follow-up date is set but the plan itself is empty; describe the improvement plan.</translation>
    </message>
    <message>
        <source>the follow-up must lie within the 90 days after the call (%1 to %2).</source>
        <translation>the follow-up must lie within the 90 days after the call (%1 to %2).</translation>
    </message>
    <message>
        <source>it lies before the call on %1; correct the date.</source>
        <translation>it lies before the call on %1; correct the date.</translation>
    </message>
    <message>
        <source>a signed report names who signed it (the engineer and Robert).</source>
        <translation>a signed report names who signed it (the engineer and Robert).</translation>
    </message>
    <message>
        <source>say to whom the gifts were declared.</source>
        <translation>say to whom the gifts were declared.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>this engineer already has a daily report for task %1 on %2; open that report from the daily report list and add to it, or choose another day.</source>
        <translation>this engineer already has a daily report for task %1 on %2; open that report from the daily report list and add to it, or choose another day.</translation>
    </message>
    <message>
        <source>a correction keeps the task, engineer and day of the report it corrects (%1); to report another day, write a new daily report.</source>
        <translation>a correction keeps the task, engineer and day of the report it corrects (%1); to report another day, write a new daily report.</translation>
    </message>
</context>
<context>
    <name>SiteReportLayouts</name>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Submitted after 17:00 of the report day (SOP-10 §5.3.3).</source>
        <translation>Submitted after 17:00 of the report day (SOP-10 §5.3.3).</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount (RMB)</source>
        <translation>Amount (RMB)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Field service report</source>
        <translation>Field service report</translation>
    </message>
    <message>
        <source>Customer call-back on the dispatch</source>
        <translation>Customer call-back on the dispatch</translation>
    </message>
    <message>
        <source>Call-back (SOP-10 §5.4.2)</source>
        <translation>Call-back (SOP-10 §5.4.2)</translation>
    </message>
    <message>
        <source>Scores (SOP-15 §7.1)</source>
        <translation>Scores (SOP-15 §7.1)</translation>
    </message>
    <message>
        <source>Improvement plan (SOP-15 §7.3: score below 7, tracked 90 days)</source>
        <translation>Improvement plan (SOP-15 §7.3: score below 7, tracked 90 days)</translation>
    </message>
    <message>
        <source>Dispatch expense claim</source>
        <translation>Dispatch expense claim</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Expense lines (SOP-10 §5.3.1.3)</source>
        <translation>Expense lines (SOP-10 §5.3.1.3)</translation>
    </message>
    <message>
        <source>No expense lines.</source>
        <translation>No expense lines.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Declare (&gt; RMB 200)</source>
        <translation>Declare (&gt; RMB 200)</translation>
    </message>
    <message>
        <source>Gift and hospitality declaration (SOP-10 §5.3.1.3)</source>
        <translation>Gift and hospitality declaration (SOP-10 §5.3.1.3)</translation>
    </message>
    <message>
        <source>A gift or hospitality over RMB 200 is not yet declared to administration.</source>
        <translation>A gift or hospitality over RMB 200 is not yet declared to administration.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Lithera Field Desk</source>
        <translation>Lithera Field Desk</translation>
    </message>
    <message>
        <source>Field engineering service according to LITHERA-SOP-10 v2: tasks, the QEF-10 forms, customers, people, know-how and KPIs in one encrypted database.</source>
        <translation>Field engineering service according to LITHERA-SOP-10 v2: tasks, the QEF-10 forms, customers, people, know-how and KPIs in one encrypted database.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher version:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Device ID:</translation>
    </message>
    <message>
        <source>Share folder:</source>
        <translation>Share folder:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entry(ies), each chained to the one before.</source>
        <translation>
            <numerusform>Intact: %n entry, chained to the one before.</numerusform>
            <numerusform>Intact: %n entries, each chained to the one before.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken — the audit log was changed outside Field Desk. Tell IT before you continue.</source>
        <translation>Broken — the audit log was changed outside Field Desk. Tell IT before you continue.</translation>
    </message>
    <message>
        <source>Empty: nothing has been recorded in this database yet.</source>
        <translation>Empty: nothing has been recorded in this database yet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>SyncBlobs</name>
    <message>
        <source>The attachment content does not match its name %1.</source>
        <translation>The attachment content does not match its name %1.</translation>
    </message>
    <message>
        <source>Cannot put the attachment on the share: %1</source>
        <translation>Cannot put the attachment on the share: %1</translation>
    </message>
    <message>
        <source>The attachment is not on this computer yet and the shared folder cannot give it (%1). Connect to the file server and try again.</source>
        <translation>The attachment is not on this computer yet and the shared folder cannot give it (%1). Connect to the file server and try again.</translation>
    </message>
    <message>
        <source>The attachment %1 on the shared folder is damaged or not from this team; attach the original file again.</source>
        <translation>The attachment %1 on the shared folder is damaged or not from this team; attach the original file again.</translation>
    </message>
</context>
<context>
    <name>SyncBundle</name>
    <message>
        <source>Cannot create a bundle: %1</source>
        <translation>Cannot create a bundle: %1</translation>
    </message>
    <message>
        <source>Cannot write a bundle: %1</source>
        <translation>Cannot write a bundle: %1</translation>
    </message>
    <message>
        <source>Cannot copy the bundle to %1: %2</source>
        <translation>Cannot copy the bundle to %1: %2</translation>
    </message>
    <message>
        <source>it cannot be decrypted with the team key (damaged, or from another team)</source>
        <translation>it cannot be decrypted with the team key (damaged, or from another team)</translation>
    </message>
    <message>
        <source>it cannot be read with the team key (damaged, truncated or from another team)</source>
        <translation>it cannot be read with the team key (damaged, truncated or from another team)</translation>
    </message>
    <message>
        <source>its changes cannot be read (%1)</source>
        <translation>its changes cannot be read (%1)</translation>
    </message>
    <message>
        <source>it has format %1; this Field Desk reads format %2 (update Field Desk)</source>
        <translation>it has format %1; this Field Desk reads format %2 (update Field Desk)</translation>
    </message>
    <message>
        <source>it announces %1 changes but holds %2</source>
        <translation>it announces %1 changes but holds %2</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation>There is no conflict %1.</translation>
    </message>
    <message>
        <source>Record %1 is signed: the rejected change cannot be applied. Make a correction (a new revision) instead.</source>
        <translation>Record %1 is signed: the rejected change cannot be applied. Make a correction (a new revision) instead.</translation>
    </message>
    <message>
        <source>Settling needs a value for %1.</source>
        <translation>Settling needs a value for %1.</translation>
    </message>
    <message>
        <source>%1 was rejected on every desk: %2 It cannot be applied.</source>
        <translation>%1 was rejected on every desk: %2 It cannot be applied.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 set aside: %3</source>
        <translation>Bundle %1 of device %2 set aside: %3</translation>
    </message>
    <message>
        <source>The last round was cancelled.</source>
        <translation>The last round was cancelled.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n pending task number(s) given.</source>
        <translation>
            <numerusform>%n pending task number given.</numerusform>
            <numerusform>%n pending task numbers given.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database belongs to no team: run &quot;team create&quot; or &quot;team join&quot; first.</source>
        <translation>This database belongs to no team: run &quot;team create&quot; or &quot;team join&quot; first.</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be reached (no team.json there). Check the connection to the file server and try again.</source>
        <translation>The shared folder %1 cannot be reached (no team.json there). Check the connection to the file server and try again.</translation>
    </message>
    <message>
        <source>Reading the changes of device %1</source>
        <translation>Reading the changes of device %1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 was set aside and not applied: %3.</source>
        <translation>Bundle %1 of device %2 was set aside and not applied: %3.</translation>
    </message>
    <message>
        <source>The clock of device %1 is %2 minutes ahead of this one; check the time settings of both computers.</source>
        <translation>The clock of device %1 is %2 minutes ahead of this one; check the time settings of both computers.</translation>
    </message>
    <message>
        <source>Device %1: bundle %2 is not on the share yet; %3 and later wait for it.</source>
        <translation>Device %1: bundle %2 is not on the share yet; %3 and later wait for it.</translation>
    </message>
    <message>
        <source>Cannot read bundle %1 of device %2: %3</source>
        <translation>Cannot read bundle %1 of device %2: %3</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 stays set aside (see earlier message); later bundles of that device wait.</source>
        <translation>Bundle %1 of device %2 stays set aside (see earlier message); later bundles of that device wait.</translation>
    </message>
    <message>
        <source>it belongs to another team</source>
        <translation>it belongs to another team</translation>
    </message>
    <message>
        <source>it is bundle %1 of device %2, not a bundle of this folder at this place (a copied or renamed file)</source>
        <translation>it is bundle %1 of device %2, not a bundle of this folder at this place (a copied or renamed file)</translation>
    </message>
    <message>
        <source>it does not follow the bundle applied before (a fork: that device was probably restored from an old backup)</source>
        <translation>it does not follow the bundle applied before (a fork: that device was probably restored from an old backup)</translation>
    </message>
    <message>
        <source>Device %1 forked at bundle %2; its bundles are not applied until an administrator resolves it.</source>
        <translation>Device %1 forked at bundle %2; its bundles are not applied until an administrator resolves it.</translation>
    </message>
    <message>
        <source>it holds changes of another device</source>
        <translation>it holds changes of another device</translation>
    </message>
    <message>
        <source>Bundle %1 of device %2 could not be applied and was rolled back: %3</source>
        <translation>Bundle %1 of device %2 could not be applied and was rolled back: %3</translation>
    </message>
    <message>
        <source>Published %1 bundles (%2 changes); applied %3 bundles (%4 new changes); %5 new conflicts, %6 open.</source>
        <translation>Published %1 bundles (%2 changes); applied %3 bundles (%4 new changes); %5 new conflicts, %6 open.</translation>
    </message>
    <message>
        <source>The sync was cancelled; run it again to finish.</source>
        <translation>The sync was cancelled; run it again to finish.</translation>
    </message>
    <message>
        <source>A sync round of this database is already running (in the desktop or another command). Wait for it to finish; its result shows there.</source>
        <translation>A sync round of this database is already running (in the desktop or another command). Wait for it to finish; its result shows there.</translation>
    </message>
</context>
<context>
    <name>SyncMerger</name>
    <message>
        <source>Cannot merge record %1 of %2: %3</source>
        <translation>Cannot merge record %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>The sync problems cannot be read: %1</source>
        <translation>The sync problems cannot be read: %1</translation>
    </message>
    <message>
        <source>No set-aside bundle %1: list them with sync --problems.</source>
        <translation>No set-aside bundle %1: list them with sync --problems.</translation>
    </message>
    <message>
        <source>Several devices have a set-aside bundle %1: name it as DEVICE/%1.</source>
        <translation>Several devices have a set-aside bundle %1: name it as DEVICE/%1.</translation>
    </message>
    <message>
        <source>it is not on the share, or an earlier bundle is missing</source>
        <translation>it is not on the share, or an earlier bundle is missing</translation>
    </message>
    <message>
        <source>Device %1 has no fork to acknowledge: list the problems with sync --problems.</source>
        <translation>Device %1 has no fork to acknowledge: list the problems with sync --problems.</translation>
    </message>
    <message>
        <source>The fork of device %1 cannot be read again.</source>
        <translation>The fork of device %1 cannot be read again.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Set aside at</source>
        <translation>Set aside at</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;Adopt the new line</source>
        <translation>&amp;Adopt the new line</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Fork</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>No set-aside bundles and no forks.</source>
        <translation>No set-aside bundles and no forks.</translation>
    </message>
    <message>
        <source>%1 was checked again and applied.</source>
        <translation>%1 was checked again and applied.</translation>
    </message>
    <message>
        <source>%1 stays set aside: %2</source>
        <translation>%1 stays set aside: %2</translation>
    </message>
    <message>
        <source>The new line of desk %1 is adopted; its bundles are applied.</source>
        <translation>The new line of desk %1 is adopted; its bundles are applied.</translation>
    </message>
    <message>
        <source>Bundles a sync round set aside are not applied, and the later bundles of their device wait. A file put back whole (from a backup, or a copy that finished) is checked again by the next sync on its own. Otherwise fix the cause first (install the newer Field Desk, correct the share), then release the bundle: it is checked again and applied, or kept aside with the new reason. A fork (a desk restored from an old backup) is acknowledged by adopting the desk&apos;s new line. Releases and adoptions are recorded in the audit log.</source>
        <translation>Bundles a sync round set aside are not applied, and the later bundles of their device wait. A file put back whole (from a backup, or a copy that finished) is checked again by the next sync on its own. Otherwise fix the cause first (install the newer Field Desk, correct the share), then release the bundle: it is checked again and applied, or kept aside with the new reason. A fork (a desk restored from an old backup) is acknowledged by adopting the desk&apos;s new line. Releases and adoptions are recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>SyncPublisher</name>
    <message>
        <source>Publishing this device&apos;s changes</source>
        <translation>Publishing this device&apos;s changes</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Cannot read %1 on the share: %2</source>
        <translation>Cannot read %1 on the share: %2</translation>
    </message>
    <message>
        <source>This device&apos;s bundle %1 on the share differs from the one built here: the database was probably restored from an old backup. Nothing more is published; ask your administrator.</source>
        <translation>This device&apos;s bundle %1 on the share differs from the one built here: the database was probably restored from an old backup. Nothing more is published; ask your administrator.</translation>
    </message>
    <message>
        <source>Cannot publish bundle %1 to the share: %2. It stays here and is published by the next sync.</source>
        <translation>Cannot publish bundle %1 to the share: %2. It stays here and is published by the next sync.</translation>
    </message>
    <message>
        <source>Removed the unfinished copy %1 left by an interrupted sync.</source>
        <translation>Removed the unfinished copy %1 left by an interrupted sync.</translation>
    </message>
    <message>
        <source>Cannot create this device&apos;s folder on the share: %1. Check the connection to the file server; nothing was published.</source>
        <translation>Cannot create this device&apos;s folder on the share: %1. Check the connection to the file server; nothing was published.</translation>
    </message>
    <message>
        <source>This device&apos;s file on the share is damaged and cannot be replaced: %1</source>
        <translation>This device&apos;s file on the share is damaged and cannot be replaced: %1</translation>
    </message>
    <message>
        <source>Cannot write this device&apos;s file on the share: %1. Check the free space and the connection to the file server; nothing was published.</source>
        <translation>Cannot write this device&apos;s file on the share: %1. Check the free space and the connection to the file server; nothing was published.</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>it reads back differently</translation>
    </message>
</context>
<context>
    <name>SyncRecovery</name>
    <message>
        <source>No recovery key found: the file must hold the recovery sheet&apos;s text or the key itself (64 letters and digits in groups of four).</source>
        <translation>No recovery key found: the file must hold the recovery sheet&apos;s text or the key itself (64 letters and digits in groups of four).</translation>
    </message>
    <message>
        <source>The shared folder holds no bundles and no snapshot of the team: there is nothing to recover.</source>
        <translation>The shared folder holds no bundles and no snapshot of the team: there is nothing to recover.</translation>
    </message>
    <message>
        <source>The recovery key does not open the team&apos;s files on the shared folder. Check the key against the recovery sheet (and that the sheet belongs to this team).</source>
        <translation>The recovery key does not open the team&apos;s files on the shared folder. Check the key against the recovery sheet (and that the sheet belongs to this team).</translation>
    </message>
    <message>
        <source>This database already belongs to team %1; recover into a new database.</source>
        <translation>This database already belongs to team %1; recover into a new database.</translation>
    </message>
    <message>
        <source>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</source>
        <translation>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</translation>
    </message>
    <message>
        <source>%1 is not a Field Desk team file.</source>
        <translation>%1 is not a Field Desk team file.</translation>
    </message>
    <message>
        <source>Started from the latest snapshot.</source>
        <translation>Started from the latest snapshot.</translation>
    </message>
    <message>
        <source>%1 already exists: recover into a new database file.</source>
        <translation>%1 already exists: recover into a new database file.</translation>
    </message>
</context>
<context>
    <name>SyncScreens</name>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancel Sync</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>Con&amp;flicts</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync round after the bundle being applied</source>
        <translation>Stop the sync round after the bundle being applied</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message numerus="yes">
        <source>The last sync round reported %n problem(s). Records already applied are kept; the rest is tried again at the next round.</source>
        <translation>
            <numerusform>The last sync round reported %n problem. Records already applied are kept; the rest is tried again at the next round.</numerusform>
            <numerusform>The last sync round reported %n problems. Records already applied are kept; the rest is tried again at the next round.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share folder</source>
        <translation>Share folder</translation>
    </message>
    <message>
        <source>This desk keeps syncing through %1: %2</source>
        <translation>This desk keeps syncing through %1: %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;team&quot;&gt;Sync not set up&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;team&quot;&gt;Sync not set up&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Sync not set up</translation>
    </message>
    <message>
        <source>This desk belongs to no team yet: create one on the share folder or join one in File › Sync › Team….
Share folder: %1</source>
        <translation>This desk belongs to no team yet: create one on the share folder or join one in File › Sync › Team….
Share folder: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Syncing: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to send</source>
        <translation>
            <numerusform>%n record to send</numerusform>
            <numerusform>%n records to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;conflicts&quot;&gt;%n conflict(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n conflict&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n conflicts&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;problems&quot; style=&quot;color:#c62828&quot;&gt;%n problem(s)&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;problems&quot; style=&quot;color:#c62828&quot;&gt;%n problem&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;problems&quot; style=&quot;color:#c62828&quot;&gt;%n problems&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Share folder: %1</source>
        <translation>Share folder: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Records changed at this desk, not sent yet: %1</source>
        <translation>Records changed at this desk, not sent yet: %1</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1</source>
        <translation>Conflicts to settle: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problems…</translation>
    </message>
    <message>
        <source>Problems…</source>
        <translation>Problems…</translation>
    </message>
</context>
<context>
    <name>SyncSnapshot</name>
    <message>
        <source>Cannot publish the snapshot: %1</source>
        <translation>Cannot publish the snapshot: %1</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2</source>
        <translation>Cannot read the snapshot %1: %2</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be read with the team key.</source>
        <translation>The snapshot %1 cannot be read with the team key.</translation>
    </message>
    <message>
        <source>A snapshot is restored only into a database without records; this one has %1.</source>
        <translation>A snapshot is restored only into a database without records; this one has %1.</translation>
    </message>
    <message>
        <source>The snapshot %1 was written by a newer Field Desk. Install the newer version on this computer, then join again.</source>
        <translation>The snapshot %1 was written by a newer Field Desk. Install the newer version on this computer, then join again.</translation>
    </message>
</context>
<context>
    <name>SyncTeam</name>
    <message>
        <source>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</source>
        <translation>There is no Field Desk team in %1 (no fielddesk/team.json). Check the folder.</translation>
    </message>
    <message>
        <source>This database already belongs to team %1.</source>
        <translation>This database already belongs to team %1.</translation>
    </message>
    <message>
        <source>%1 already holds a team; join it with an enrollment file instead.</source>
        <translation>%1 already holds a team; join it with an enrollment file instead.</translation>
    </message>
    <message>
        <source>Cannot prepare the shared folder: %1</source>
        <translation>Cannot prepare the shared folder: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>This database belongs to no team: create one first.</source>
        <translation>This database belongs to no team: create one first.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the enrollment.</source>
        <translation>%1 already exists; choose a new file name for the enrollment.</translation>
    </message>
    <message>
        <source>Cannot write the enrollment file %1.</source>
        <translation>Cannot write the enrollment file %1.</translation>
    </message>
    <message>
        <source>The code does not open the enrollment file %1 (or it is no enrollment file). Check the code.</source>
        <translation>The code does not open the enrollment file %1 (or it is no enrollment file). Check the code.</translation>
    </message>
    <message>
        <source>The enrollment is for another team than the one in %1.</source>
        <translation>The enrollment is for another team than the one in %1.</translation>
    </message>
    <message>
        <source>This enrollment file was used already. Ask for a new invitation.</source>
        <translation>This enrollment file was used already. Ask for a new invitation.</translation>
    </message>
    <message>
        <source>%1 holds another team.</source>
        <translation>%1 holds another team.</translation>
    </message>
    <message>
        <source>Lithera Field Desk — team recovery sheet</source>
        <translation>Lithera Field Desk — team recovery sheet</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Shared folder: %1</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>Keep this sheet in the company safe. With the recovery key an administrator can read every bundle on the shared folder and rebuild the records when every passphrase is lost. Anyone holding it can read the team&apos;s records.</source>
        <translation>Keep this sheet in the company safe. With the recovery key an administrator can read every bundle on the shared folder and rebuild the records when every passphrase is lost. Anyone holding it can read the team&apos;s records.</translation>
    </message>
    <message>
        <source>Cannot write the enrollment file %1: %2</source>
        <translation>Cannot write the enrollment file %1: %2</translation>
    </message>
    <message>
        <source>Trust root (the first administrator&apos;s key id):</source>
        <translation>Trust root (the first administrator&apos;s key id):</translation>
    </message>
</context>
<context>
    <name>TaskClosure</name>
    <message>
        <source>Cannot read the task&apos;s forms: %1</source>
        <translation>Cannot read the task&apos;s forms: %1</translation>
    </message>
    <message>
        <source>Enter when the engineers left the site (the service report and call-back deadlines count from it).</source>
        <translation>Enter when the engineers left the site (the service report and call-back deadlines count from it).</translation>
    </message>
    <message>
        <source>The task has no planned on-site dates, so its daily reports cannot be checked; enter the planned start and end.</source>
        <translation>The task has no planned on-site dates, so its daily reports cannot be checked; enter the planned start and end.</translation>
    </message>
    <message>
        <source>No daily report from %1 for %2.</source>
        <translation>No daily report from %1 for %2.</translation>
    </message>
    <message>
        <source>The anomaly &quot;%1&quot; of %2 has not been notified; record who was told and when.</source>
        <translation>The anomaly &quot;%1&quot; of %2 has not been notified; record who was told and when.</translation>
    </message>
    <message>
        <source>The service report (QEF-10-01) is not signed yet by the engineer and Robert.</source>
        <translation>The service report (QEF-10-01) is not signed yet by the engineer and Robert.</translation>
    </message>
    <message>
        <source>The call-back scored below 7 (satisfaction %1, NPS %2): open an improvement plan with its follow-up date (90 days).</source>
        <translation>The call-back scored below 7 (satisfaction %1, NPS %2): open an improvement plan with its follow-up date (90 days).</translation>
    </message>
    <message>
        <source>The customer call-back (QEF-10-03) has not been made yet.</source>
        <translation>The customer call-back (QEF-10-03) has not been made yet.</translation>
    </message>
    <message>
        <source>%1 of RMB %2 paid by the customer on %3 (claim of %4) is not declared yet.</source>
        <translation>%1 of RMB %2 paid by the customer on %3 (claim of %4) is not declared yet.</translation>
    </message>
    <message>
        <source>There is no expense claim (QEF-10-05) for the task.</source>
        <translation>There is no expense claim (QEF-10-05) for the task.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is signed but not locked: open it and lock it.</source>
        <translation>%1 is signed but not locked: open it and lock it.</translation>
    </message>
    <message>
        <source>%1 is not signed yet: the signature of the %2 is missing.</source>
        <translation>%1 is not signed yet: the signature of the %2 is missing.</translation>
    </message>
    <message>
        <source>%1 is not signed yet: %2&apos;s signature (%3) is missing.</source>
        <translation>%1 is not signed yet: %2&apos;s signature (%3) is missing.</translation>
    </message>
</context>
<context>
    <name>TaskHeader</name>
    <message>
        <source>Re-assess</source>
        <translation>Re-assess</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Mark briefed</source>
        <translation>Mark briefed</translation>
    </message>
    <message>
        <source>Engineers on site</source>
        <translation>Engineers on site</translation>
    </message>
    <message>
        <source>Left the site, reporting</source>
        <translation>Left the site, reporting</translation>
    </message>
    <message>
        <source>Report done, call back</source>
        <translation>Report done, call back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel task…</source>
        <translation>Cancel task…</translation>
    </message>
    <message>
        <source>← Tasks</source>
        <translation>← Tasks</translation>
    </message>
    <message>
        <source>Back to the task list</source>
        <translation>Back to the task list</translation>
    </message>
    <message>
        <source>Mission brief…</source>
        <translation>Mission brief…</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <source>Next state: %1</source>
        <translation>Next state: %1</translation>
    </message>
    <message>
        <source>Open the mission brief QEF-10-01 of this task</source>
        <translation>Open the mission brief QEF-10-01 of this task</translation>
    </message>
    <message>
        <source>Service report…</source>
        <translation>Service report…</translation>
    </message>
    <message>
        <source>Open the service report QEF-10-01 of this task</source>
        <translation>Open the service report QEF-10-01 of this task</translation>
    </message>
    <message>
        <source>Call-back…</source>
        <translation>Call-back…</translation>
    </message>
    <message>
        <source>Record the customer call-back QEF-10-03 of this task</source>
        <translation>Record the customer call-back QEF-10-03 of this task</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Daily report (QEF-10-02)…</source>
        <translation>Daily report (QEF-10-02)…</translation>
    </message>
    <message>
        <source>Anomaly (§5.3.4)…</source>
        <translation>Anomaly (§5.3.4)…</translation>
    </message>
    <message>
        <source>Enter a daily report or an anomaly for this task</source>
        <translation>Enter a daily report or an anomaly for this task</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Print dossier…</translation>
    </message>
    <message>
        <source>Preview and print the task&apos;s dossier: the task sheet and all its forms (Ctrl+P)</source>
        <translation>Preview and print the task&apos;s dossier: the task sheet and all its forms (Ctrl+P)</translation>
    </message>
    <message>
        <source>Saved while the share folder could not be reached: the next sync gives this task its number.</source>
        <translation>Saved while the share folder could not be reached: the next sync gives this task its number.</translation>
    </message>
</context>
<context>
    <name>TaskIntakeDialog</name>
    <message>
        <source>New dispatch request</source>
        <translation>New dispatch request</translation>
    </message>
    <message>
        <source>Register a dispatch request</source>
        <translation>Register a dispatch request</translation>
    </message>
    <message>
        <source>SOP-10 §5.2.1: register the customer&apos;s request within 24 h of receiving it; Robert assesses it next.</source>
        <translation>SOP-10 §5.2.1: register the customer&apos;s request within 24 h of receiving it; Robert assesses it next.</translation>
    </message>
    <message>
        <source>Type to search by name or short name</source>
        <translation>Type to search by name or short name</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>Choose the type</translation>
    </message>
    <message>
        <source>P0 — urgent</source>
        <translation>P0 — urgent</translation>
    </message>
    <message>
        <source>P1 — normal</source>
        <translation>P1 — normal</translation>
    </message>
    <message>
        <source>In a few words, e.g. 涂布厚度不均</source>
        <translation>In a few words, e.g. 涂布厚度不均</translation>
    </message>
    <message>
        <source>Plant, line or station</source>
        <translation>Plant, line or station</translation>
    </message>
    <message>
        <source>What the customer asked for, in their words</source>
        <translation>What the customer asked for, in their words</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>&amp;Requested at:</source>
        <translation>&amp;Requested at:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Re&amp;quest:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Register the request and give it a task number (Ctrl+S)</source>
        <translation>Register the request and give it a task number (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after the request — late (limit 24 h)</source>
        <translation>%1 after the request — late (limit 24 h)</translation>
    </message>
    <message>
        <source>%1 after the request — in time (limit 24 h)</source>
        <translation>%1 after the request — in time (limit 24 h)</translation>
    </message>
    <message>
        <source>The request time lies in the future; check the date.</source>
        <translation>The request time lies in the future; check the date.</translation>
    </message>
    <message>
        <source>Registered now: %1. It can still be registered; the start page lists it as registered late.</source>
        <translation>Registered now: %1. It can still be registered; the start page lists it as registered late.</translation>
    </message>
    <message>
        <source>Registered now: %1.</source>
        <translation>Registered now: %1.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>There is no customer “%1”; choose one from the list.</source>
        <translation>There is no customer “%1”; choose one from the list.</translation>
    </message>
    <message>
        <source>Choose the type of dispatch.</source>
        <translation>Choose the type of dispatch.</translation>
    </message>
    <message>
        <source>Discard the request?</source>
        <translation>Discard the request?</translation>
    </message>
    <message>
        <source>The request has not been registered. Discard what you typed?</source>
        <translation>The request has not been registered. Discard what you typed?</translation>
    </message>
    <message>
        <source>Proactive dispatch (主动派员, SOP-10 §6)</source>
        <translation>Proactive dispatch (主动派员, SOP-10 §6)</translation>
    </message>
    <message>
        <source>A visit Lithera plans by the customer&apos;s tier, not one the customer asked for</source>
        <translation>A visit Lithera plans by the customer&apos;s tier, not one the customer asked for</translation>
    </message>
    <message>
        <source>Proactive visit</source>
        <translation>Proactive visit</translation>
    </message>
</context>
<context>
    <name>TaskNumberReservation</name>
    <message>
        <source>All 9999 task numbers of %1 are used.</source>
        <translation>All 9999 task numbers of %1 are used.</translation>
    </message>
</context>
<context>
    <name>TaskNumbering</name>
    <message>
        <source>Cannot read the task numbers: %1</source>
        <translation>Cannot read the task numbers: %1</translation>
    </message>
    <message>
        <source>All 9999 task numbers of %1 are used.</source>
        <translation>All 9999 task numbers of %1 are used.</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Intake (§5.2.1)</source>
        <translation>Intake (§5.2.1)</translation>
    </message>
    <message>
        <source>Before dispatch</source>
        <translation>Before dispatch</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>Assessment saved.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <source>Engineers assigned.</source>
        <translation>Engineers assigned.</translation>
    </message>
    <message>
        <source>Discard the assessment?</source>
        <translation>Discard the assessment?</translation>
    </message>
    <message>
        <source>The assessment of %1 has unsaved changes. Discard them?</source>
        <translation>The assessment of %1 has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Requested at:</source>
        <translation>Requested at:</translation>
    </message>
    <message>
        <source>Registered at:</source>
        <translation>Registered at:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Cancelled because:</source>
        <translation>Cancelled because:</translation>
    </message>
    <message>
        <source>Not yet:
• %1</source>
        <translation>Not yet:
• %1</translation>
    </message>
    <message>
        <source>Save the assessment first.</source>
        <translation>Save the assessment first.</translation>
    </message>
    <message>
        <source>Nothing blocks the dispatch: the task can be marked briefed.</source>
        <translation>Nothing blocks the dispatch: the task can be marked briefed.</translation>
    </message>
    <message>
        <source>The mission brief screen is not part of this version yet.</source>
        <translation>The mission brief screen is not part of this version yet.</translation>
    </message>
    <message>
        <source>The mission brief is written once the task is approved.</source>
        <translation>The mission brief is written once the task is approved.</translation>
    </message>
    <message>
        <source>Change the state?</source>
        <translation>Change the state?</translation>
    </message>
    <message>
        <source>Mark %1 as %2?</source>
        <translation>Mark %1 as %2?</translation>
    </message>
    <message>
        <source>The task is now %1.</source>
        <translation>The task is now %1.</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>Cancel the task</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? The reason is kept with the task.</source>
        <translation>Why is %1 cancelled? The reason is kept with the task.</translation>
    </message>
    <message>
        <source>The task is cancelled.</source>
        <translation>The task is cancelled.</translation>
    </message>
    <message>
        <source>The time the engineers left the site is saved.</source>
        <translation>The time the engineers left the site is saved.</translation>
    </message>
    <message>
        <source>Daily reports and anomalies are entered from the briefing until the service report.</source>
        <translation>Daily reports and anomalies are entered from the briefing until the service report.</translation>
    </message>
</context>
<context>
    <name>TaskScreens</name>
    <message>
        <source>Registered as %1. Robert assesses it next.</source>
        <translation>Registered as %1. Robert assesses it next.</translation>
    </message>
    <message>
        <source>Registered. The share folder cannot be reached, so the task gets its number at the next sync. Robert assesses it next.</source>
        <translation>Registered. The share folder cannot be reached, so the task gets its number at the next sync. Robert assesses it next.</translation>
    </message>
</context>
<context>
    <name>TaskStateMachine</name>
    <message>
        <source>&quot;%1&quot; is not a task state.</source>
        <translation>&quot;%1&quot; is not a task state.</translation>
    </message>
    <message>
        <source>The task is %1; a finished task does not change state.</source>
        <translation>The task is %1; a finished task does not change state.</translation>
    </message>
    <message>
        <source>A task that is %1 cannot become %2; next can only be: %3.</source>
        <translation>A task that is %1 cannot become %2; next can only be: %3.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the task.</source>
        <translation>Give the reason for cancelling the task.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>assessed</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>briefed</source>
        <translation>briefed</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>reporting</translation>
    </message>
    <message>
        <source>call-back</source>
        <translation>call-back</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>TaskWorkflow</name>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 has no field %2.</translation>
    </message>
    <message>
        <source>Requested at lies after the registration time; check the date.</source>
        <translation>Requested at lies after the registration time; check the date.</translation>
    </message>
    <message>
        <source>Choose a customer from the list.</source>
        <translation>Choose a customer from the list.</translation>
    </message>
    <message>
        <source>%1 is not part of the assessment.</source>
        <translation>%1 is not part of the assessment.</translation>
    </message>
    <message>
        <source>Planned end lies before planned start; correct the dates.</source>
        <translation>Planned end lies before planned start; correct the dates.</translation>
    </message>
    <message>
        <source>The task has not been assessed yet; assess it before approving.</source>
        <translation>The task has not been assessed yet; assess it before approving.</translation>
    </message>
    <message>
        <source>Only an assessed task can be approved or rejected; this one is %1.</source>
        <translation>Only an assessed task can be approved or rejected; this one is %1.</translation>
    </message>
    <message>
        <source>%1 cannot decide on this task: it needs %2.</source>
        <translation>%1 cannot decide on this task: it needs %2.</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the task.</source>
        <translation>Give the reason for rejecting the task.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>There is no such person.</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>There is no such task.</translation>
    </message>
    <message>
        <source>The briefing meeting lies after the departure; correct the times.</source>
        <translation>The briefing meeting lies after the departure; correct the times.</translation>
    </message>
    <message>
        <source>The task is %1, not approved.</source>
        <translation>The task is %1, not approved.</translation>
    </message>
    <message>
        <source>No engineer is assigned.</source>
        <translation>No engineer is assigned.</translation>
    </message>
    <message>
        <source>An NDA with the customer is required (new customer or core know-how) and none is signed.</source>
        <translation>An NDA with the customer is required (new customer or core know-how) and none is signed.</translation>
    </message>
    <message>
        <source>There is no mission brief (QEF-10-01) yet.</source>
        <translation>There is no mission brief (QEF-10-01) yet.</translation>
    </message>
    <message>
        <source>The engineer has not acknowledged the know-how boundary.</source>
        <translation>The engineer has not acknowledged the know-how boundary.</translation>
    </message>
    <message>
        <source>The brief has no measurable objectives.</source>
        <translation>The brief has no measurable objectives.</translation>
    </message>
    <message>
        <source>The brief needs the meeting time and the departure time.</source>
        <translation>The brief needs the meeting time and the departure time.</translation>
    </message>
    <message>
        <source>The briefing meeting must be held within 24 h before departure.</source>
        <translation>The briefing meeting must be held within 24 h before departure.</translation>
    </message>
    <message>
        <source>Use the dedicated step to make a task %1.</source>
        <translation>Use the dedicated step to make a task %1.</translation>
    </message>
    <message>
        <source>%1 cannot become %2 yet: %3</source>
        <translation>%1 cannot become %2 yet: %3</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>This desk:</source>
        <translation>This desk:</translation>
    </message>
    <message>
        <source>Share folder:</source>
        <translation>Share folder:</translation>
    </message>
    <message>
        <source>Desks on the share:</source>
        <translation>Desks on the share:</translation>
    </message>
    <message>
        <source>&amp;Create a team on the share folder…</source>
        <translation>&amp;Create a team on the share folder…</translation>
    </message>
    <message>
        <source>&amp;Invite a desk…</source>
        <translation>&amp;Invite a desk…</translation>
    </message>
    <message>
        <source>Writes an enrollment file for a new desk and shows its one-time code. Give the file and the code separately.</source>
        <translation>Writes an enrollment file for a new desk and shows its one-time code. Give the file and the code separately.</translation>
    </message>
    <message>
        <source>The enrollment file you were given</source>
        <translation>The enrollment file you were given</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>Enrollment file</translation>
    </message>
    <message>
        <source>Enrollment files (*.fde);;All files (*)</source>
        <translation>Enrollment files (*.fde);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Join the team</source>
        <translation>&amp;Join the team</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <source>&amp;Enrollment file:</source>
        <translation>&amp;Enrollment file:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>none — this desk syncs with nobody</source>
        <translation>none — this desk syncs with nobody</translation>
    </message>
    <message>
        <source>not chosen — set it in Settings first</source>
        <translation>not chosen — set it in Settings first</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n bundle(s)</source>
        <translation>
            <numerusform>%1 — %n bundle</numerusform>
            <numerusform>%1 — %n bundles</numerusform>
        </translation>
    </message>
    <message>
        <source> (this desk)</source>
        <translation> (this desk)</translation>
    </message>
    <message>
        <source>No desk has synced yet.</source>
        <translation>No desk has synced yet.</translation>
    </message>
    <message>
        <source>Choose the share folder in Settings first.</source>
        <translation>Choose the share folder in Settings first.</translation>
    </message>
    <message>
        <source>Team %1 created on %2. Print the recovery sheet and keep it in the company safe; then invite the other desks.</source>
        <translation>Team %1 created on %2. Print the recovery sheet and keep it in the company safe; then invite the other desks.</translation>
    </message>
    <message>
        <source>Choose the share folder in Settings first: the team&apos;s folder on the file server.</source>
        <translation>Choose the share folder in Settings first: the team&apos;s folder on the file server.</translation>
    </message>
    <message>
        <source>Choose the enrollment file you were given.</source>
        <translation>Choose the enrollment file you were given.</translation>
    </message>
    <message>
        <source>Type the one-time code that came with the enrollment file.</source>
        <translation>Type the one-time code that came with the enrollment file.</translation>
    </message>
    <message>
        <source>This desk joined team %1. The first sync fetches the team&apos;s records.</source>
        <translation>This desk joined team %1. The first sync fetches the team&apos;s records.</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>Create a team</translation>
    </message>
    <message>
        <source>Create a new team on %1? The desks of the team will sync through this folder. Only one desk creates the team; the others join it.</source>
        <translation>Create a new team on %1? The desks of the team will sync through this folder. Only one desk creates the team; the others join it.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Save this sheet as PDF, print it and keep it in the company safe. It is shown now only.</source>
        <translation>Save this sheet as PDF, print it and keep it in the company safe. It is shown now only.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>fielddesk-recovery-sheet.pdf</source>
        <translation>fielddesk-recovery-sheet.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Write the enrollment file</source>
        <translation>Write the enrollment file</translation>
    </message>
    <message>
        <source>new-desk.fde</source>
        <translation>new-desk.fde</translation>
    </message>
    <message>
        <source>Enrollment files (*.fde)</source>
        <translation>Enrollment files (*.fde)</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name.</source>
        <translation>%1 exists already. Choose a new file name.</translation>
    </message>
    <message>
        <source>Enrollment file written: %1</source>
        <translation>Enrollment file written: %1</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Give the new desk the file %1 and, separately (read aloud or on paper), this code. It is shown only now and works once.</source>
        <translation>Give the new desk the file %1 and, separately (read aloud or on paper), this code. It is shown only now and works once.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>TextCharacters</name>
    <message>
        <source>the text contains broken characters; type it again.</source>
        <translation>the text contains broken characters; type it again.</translation>
    </message>
    <message>
        <source>the text contains a line or paragraph separator (%1); use an ordinary line break.</source>
        <translation>the text contains a line or paragraph separator (%1); use an ordinary line break.</translation>
    </message>
    <message>
        <source>the text contains a line break or control character (%1); keep it on one line.</source>
        <translation>the text contains a line break or control character (%1); keep it on one line.</translation>
    </message>
    <message>
        <source>the text contains a control character (%1); remove it.</source>
        <translation>the text contains a control character (%1); remove it.</translation>
    </message>
    <message>
        <source>the text contains a writing-direction control (%1) that makes it read differently from what is stored; remove it.</source>
        <translation>the text contains a writing-direction control (%1) that makes it read differently from what is stored; remove it.</translation>
    </message>
    <message>
        <source>the text contains an invisible character (%1); remove it (it often comes with copied text).</source>
        <translation>the text contains an invisible character (%1); remove it (it often comes with copied text).</translation>
    </message>
    <message>
        <source>the text contains %1, which is not a character; remove it.</source>
        <translation>the text contains %1, which is not a character; remove it.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message numerus="yes">
        <source>%1 of %2 h (%3 of %n course(s))</source>
        <translation>
            <numerusform>%1 of %2 h (%3 of %n course)</numerusform>
            <numerusform>%1 of %2 h (%3 of %n courses)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; HF first aid done</source>
        <translation>%1; HF first aid done</translation>
    </message>
    <message>
        <source>%1; HF first aid not done (needed for HF sites)</source>
        <translation>%1; HF first aid not done (needed for HF sites)</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or cannot start a transaction: %1</source>
        <translation>The database is busy or cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Choose another database…</source>
        <translation>Choose another database…</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <source>At least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>At least %1 characters. Several words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>&amp;Confirm passphrase:</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. Without it nobody — not even IT — can open this database. Write it down and keep it somewhere safe.</source>
        <translation>The passphrase cannot be recovered. Without it nobody — not even IT — can open this database. Write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Field Desk — New database</source>
        <translation>Field Desk — New database</translation>
    </message>
    <message>
        <source>Create the encrypted database</source>
        <translation>Create the encrypted database</translation>
    </message>
    <message>
        <source>Field Desk keeps its records in one encrypted file on this computer. Choose the passphrase that will unlock it.</source>
        <translation>Field Desk keeps its records in one encrypted file on this computer. Choose the passphrase that will unlock it.</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Create database</translation>
    </message>
    <message>
        <source>Field Desk — Locked</source>
        <translation>Field Desk — Locked</translation>
    </message>
    <message>
        <source>Field Desk is locked</source>
        <translation>Field Desk is locked</translation>
    </message>
    <message>
        <source>The database was closed. Type the passphrase to continue.</source>
        <translation>The database was closed. Type the passphrase to continue.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Field Desk — Unlock</source>
        <translation>Field Desk — Unlock</translation>
    </message>
    <message>
        <source>Unlock Field Desk</source>
        <translation>Unlock Field Desk</translation>
    </message>
    <message>
        <source>Type the passphrase of this database.</source>
        <translation>Type the passphrase of this database.</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation>Unlocking… deriving the key takes a moment.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>Choose a Field Desk database</source>
        <translation>Choose a Field Desk database</translation>
    </message>
    <message>
        <source>Field Desk databases (*.fdb);;All files (*)</source>
        <translation>Field Desk databases (*.fdb);;All files (*)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>The two passphrases differ. Type the same passphrase in both fields.</translation>
    </message>
    <message>
        <source>There is no database at %1 any more. Choose another database.</source>
        <translation>There is no database at %1 any more. Choose another database.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another place for the database.</source>
        <translation>Cannot create the folder %1. Choose another place for the database.</translation>
    </message>
    <message>
        <source>Check Caps Lock and the input method, then type it again.</source>
        <translation>Check Caps Lock and the input method, then type it again.</translation>
    </message>
    <message>
        <source>&amp;Rebuild from the shared folder…</source>
        <translation>&amp;Rebuild from the shared folder…</translation>
    </message>
    <message>
        <source>Lost every passphrase? Rebuild the team&apos;s records from the shared folder with the key on the recovery sheet.</source>
        <translation>Lost every passphrase? Rebuild the team&apos;s records from the shared folder with the key on the recovery sheet.</translation>
    </message>
    <message>
        <source>The L3 know-how text stored in clear could not be sealed: %1</source>
        <translation>The L3 know-how text stored in clear could not be sealed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n L3 know-how entries was stored in clear by an earlier version; it is now sealed to the people allowed to read it.</source>
        <translation>
            <numerusform>The text of %n L3 know-how entry was stored in clear by an earlier version; it is now sealed to the people allowed to read it.</numerusform>
            <numerusform>The text of %n L3 know-how entries was stored in clear by an earlier version; it is now sealed to the people allowed to read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n L3 know-how entries are still in clear: none of the people allowed to read them has a confirmed personal key. Enrol one of them (File › Settings › People at this desk).</source>
        <translation>
            <numerusform>%n L3 know-how entry is still in clear: none of the people allowed to read it has a confirmed personal key. Enrol one of them (File › Settings › People at this desk).</numerusform>
            <numerusform>%n L3 know-how entries are still in clear: none of the people allowed to read them has a confirmed personal key. Enrol one of them (File › Settings › People at this desk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>If you don&apos;t save, what you typed is lost.</translation>
    </message>
</context>
<context>
    <name>VerifyPaperDialog</name>
    <message>
        <source>Verify a paper copy</source>
        <translation>Verify a paper copy</translation>
    </message>
    <message>
        <source>Scan the QR code in the printout&apos;s footer, or type the code printed beside it (FD1:…).</source>
        <translation>Scan the QR code in the printout&apos;s footer, or type the code printed beside it (FD1:…).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>WorkSlots</name>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it like 09:00.</source>
        <translation>&quot;%1&quot; is not a time of day; type it like 09:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it like 17:30.</source>
        <translation>&quot;%1&quot; is not a time of day; type it like 17:30.</translation>
    </message>
    <message>
        <source>a time slot has a start and an end; enter both times or neither.</source>
        <translation>a time slot has a start and an end; enter both times or neither.</translation>
    </message>
    <message>
        <source>the slot ends at %1, not after it starts at %2; correct the times.</source>
        <translation>the slot ends at %1, not after it starts at %2; correct the times.</translation>
    </message>
    <message>
        <source>say what was done from %1 to %2.</source>
        <translation>say what was done from %1 to %2.</translation>
    </message>
    <message>
        <source>keep one slot on one line; add another slot for the rest.</source>
        <translation>keep one slot on one line; add another slot for the rest.</translation>
    </message>
</context>
<context>
    <name>WorkSlotsEditor</name>
    <message>
        <source>Add slot</source>
        <translation>Add slot</translation>
    </message>
    <message>
        <source>Another time slot (or press Enter in the last one)</source>
        <translation>Another time slot (or press Enter in the last one)</translation>
    </message>
    <message>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <source>From (may stay empty for &quot;上午：…&quot;)</source>
        <translation>From (may stay empty for &quot;上午：…&quot;)</translation>
    </message>
    <message>
        <source>12:00</source>
        <translation>12:00</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Remove this slot (an emptied slot is left out as well)</source>
        <translation>Remove this slot (an emptied slot is left out as well)</translation>
    </message>
    <message>
        <source>Slot %1: %2</source>
        <translation>Slot %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lithera Field Desk: the field engineering service desk.</source>
        <translation>Lithera Field Desk: the field engineering service desk.</translation>
    </message>
    <message>
        <source>Open or create the database at PATH.</source>
        <translation>Open or create the database at PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Use DIR as the share folder for this session.</source>
        <translation>Use DIR as the share folder for this session.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
</context>
</TS>
