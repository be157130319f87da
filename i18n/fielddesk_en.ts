<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>28 h certification done, and the annual 8 h refresher within 12 months</source>
        <translation>28 h certification done, and the annual 8 h refresher within 12 months</translation>
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
        <source>Safety incident (people or chemicals) — phone KC and Robert — immediately</source>
        <translation>Safety incident (people or chemicals) — phone KC and Robert — immediately</translation>
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

Exit codes: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or not a Field Desk database, 4 input rejected (nothing written).</translation>
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
        <source>%1 has not completed the 28 h field-service certification.</source>
        <translation>%1 has not completed the 28 h field-service certification.</translation>
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
        <source>the text contains broken characters; type it again.</source>
        <translation>the text contains broken characters; type it again.</translation>
    </message>
    <message>
        <source>the text contains a control character (U+%1); remove it.</source>
        <translation>the text contains a control character (U+%1); remove it.</translation>
    </message>
    <message>
        <source>the text contains a line break or control character (U+%1); keep it on one line.</source>
        <translation>the text contains a line break or control character (U+%1); keep it on one line.</translation>
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
        <source>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</source>
        <translation>A record in &quot;%1&quot; has no valid &quot;id&quot; (a UUID is required).</translation>
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
    <message>
        <source>Sync not set up</source>
        <translation>Sync not set up</translation>
    </message>
    <message>
        <source>Share folder: %1
Synchronisation through the shared folder is not part of this version yet.</source>
        <translation>Share folder: %1
Synchronisation through the shared folder is not part of this version yet.</translation>
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
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>Record %1: %2 lies before %3; correct the dates.</source>
        <translation>Record %1: %2 lies before %3; correct the dates.</translation>
    </message>
    <message>
        <source>Record %1: task number %2 is already used by task %3.</source>
        <translation>Record %1: task number %2 is already used by task %3.</translation>
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
        <source>Due and overdue deadlines will be listed here once tasks are recorded: registration within 24 h, briefing within 24 h before departure, daily report by 17:00, anomaly notification limits, service report within 3 working days, call-back within 48 h, NDA before dispatch, improvement plan follow-up after 90 days and proactive dispatches per customer tier.</source>
        <translation>Due and overdue deadlines will be listed here once tasks are recorded: registration within 24 h, briefing within 24 h before departure, daily report by 17:00, anomaly notification limits, service report within 3 working days, call-back within 48 h, NDA before dispatch, improvement plan follow-up after 90 days and proactive dispatches per customer tier.</translation>
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
