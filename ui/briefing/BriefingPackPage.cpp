#include "ui/briefing/BriefingPackPage.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/DeskQueries.h"
#include "app/rules/TaskStateMachine.h"
#include "app/search/SearchIndex.h"
#include "app/workflow/BriefingPack.h"
#include "app/workflow/TaskNumbering.h"
#include "ui/desk/DeskClock.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
// Multi-line text as HTML, line breaks kept.
QString lines(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding:2px 16px 2px 0; color:palette(mid)'>%1</td>"
                          "<td style='padding:2px 0'>%2</td></tr>")
        .arg(esc(label), valueHtml);
}
} // namespace

BriefingPackPage::BriefingPackPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("briefingPackPage"));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("briefingPackView"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("task"))
            emit taskActivated(url.path());
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("packReadStatus"));
    m_read = new QPushButton(Icons::icon(QStringLiteral("ok")), tr("I have read the pack"), this);
    m_read->setObjectName(QStringLiteral("packReadButton"));
    m_read->setToolTip(tr("Records on the brief when the engineer read the pack (SOP-10 §5.2.6: "
                          "read it before departure)"));
    connect(m_read, &QPushButton::clicked, this, &BriefingPackPage::markRead);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_read);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void BriefingPackPage::showTask(Database *db, const QString &taskId)
{
    m_db = db;
    m_taskId = taskId;
    m_view->clear();
    m_status->clear();
    m_read->setEnabled(false);
    if (!db || taskId.isEmpty())
        return;
    BriefingPack pack(*db);
    Error error;
    if (!pack.load(taskId, &error)) {
        m_view->setPlainText(error.message);
        return;
    }
    m_view->setHtml(html(pack));
    m_read->setEnabled(true);
    Style::plain(m_status);
    if (pack.readAt().isValid()) {
        m_status->setText(tr("Read on %1.").arg(DeskQueries::shortTime(pack.readAt())));
        Style::success(m_status);
        m_read->setText(tr("Read it again now"));
    } else {
        m_status->setText(tr("Not read yet: the engineer reads the pack before departure."));
        Style::secondary(m_status);
        m_read->setText(tr("I have read the pack"));
    }
}

void BriefingPackPage::markRead()
{
    if (!m_db || m_taskId.isEmpty())
        return;
    Error error;
    if (!BriefingPack::markRead(*m_db, m_taskId, DeskClock::now(), &error)) {
        m_status->setText(error.message);
        Style::error(m_status);
        return;
    }
    showTask(m_db, m_taskId);
    emit packRead();
}

QString BriefingPackPage::html(const BriefingPack &pack) const
{
    const QVariantMap task = pack.task();
    const QVariantMap customer = pack.customer();
    QString out;
    out += QStringLiteral("<h2>%1</h2><p style='color:palette(mid)'>%2</p>")
               .arg(esc(tr("Briefing pack · %1")
                            .arg(TaskNumbering::displayText(
                                task.value(QStringLiteral("number")).toString()))),
                    esc(tr("What the desk already knows about this customer and similar cases "
                           "(SOP-10 §5.2.6). Read before departure.")));

    out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Customer file")));
    if (customer.isEmpty()) {
        out +=
            QStringLiteral("<p>%1</p>").arg(esc(tr("The task's customer is not in the registry.")));
    } else {
        auto field = [&](const char *key) {
            return customer.value(QString::fromLatin1(key)).toString();
        };
        QString table = QStringLiteral("<table>");
        table += row(tr("Name"), esc(field("name")));
        table += row(tr("Tier"), esc(EnumNames::text(QStringLiteral("tier"), field("tier"))));
        table += row(tr("Kind"), esc(EnumNames::text(QStringLiteral("kind"), field("kind"))));
        if (!field("first_order_on").isEmpty())
            table += row(tr("First order"), esc(field("first_order_on")));
        for (const auto &[key, label] :
             {std::pair{"industry", tr("Industry")}, std::pair{"region", tr("Region")},
              std::pair{"address", tr("Address")}, std::pair{"contacts", tr("Contacts")},
              std::pair{"notes", tr("Notes")}}) {
            if (!field(key).trimmed().isEmpty())
                table += row(label, lines(field(key)));
        }
        out += table + QStringLiteral("</table>");
    }

    out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Past tasks and their briefs")));
    const QList<BriefingPack::PastTask> past = pack.pastTasks();
    if (past.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No earlier task for this customer.")));
    } else {
        out += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
        out += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th "
                              "align='left'>%3</th><th align='left'>%4</th></tr>")
                   .arg(esc(tr("Task")), esc(tr("Start")), esc(tr("State")),
                        esc(tr("Subject and objectives of the brief")));
        for (const BriefingPack::PastTask &t : past) {
            QString subject = esc(t.title);
            if (t.complaint)
                subject.prepend(
                    QStringLiteral("<b style='color:#c62828'>%1</b> ").arg(esc(tr("Complaint"))));
            if (!t.objectives.trimmed().isEmpty())
                subject += QStringLiteral("<br><span style='color:palette(mid)'>%1 %2</span>")
                               .arg(esc(tr("Objectives:")), lines(t.objectives));
            out += QStringLiteral("<tr><td valign='top'><a href='task:%1'>%2</a></td><td "
                                  "valign='top'>%3</td><td valign='top'>%4</td><td>%5</td></tr>")
                       .arg(t.id, esc(t.number), esc(t.start),
                            esc(TaskStateMachine::label(t.state)), subject);
        }
        out += QStringLiteral("</table>");
    }

    out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Similar cases")));
    const QList<BriefingPack::Case> cases = pack.similarCases();
    QStringList kinds;
    for (const RecordKind *kind : SearchIndex::indexedKinds())
        kinds << kind->translatedPlural();
    const QString searched = kinds.join(EnumNames::listSeparator());
    if (cases.isEmpty()) {
        out +=
            QStringLiteral("<p>%1</p>").arg(esc(tr("No similar case found in: %1.").arg(searched)));
    } else {
        out += QStringLiteral("<p style='color:palette(mid)'>%1</p><ul>")
                   .arg(esc(tr("Found by full-text search with the task's subject and request in: "
                               "%1.")
                                .arg(searched)));
        for (const BriefingPack::Case &c : cases) {
            const RecordKind *kind = RecordCatalog::byTable(c.table);
            const QString kindName = kind ? kind->translatedSingular() : c.table;
            const QString title =
                c.table == QLatin1String("tasks")
                    ? QStringLiteral("<a href='task:%1'>%2</a>").arg(c.id, esc(c.title))
                    : esc(c.title);
            QString snippet = esc(c.snippet);
            if (c.foundIn != c.table && !snippet.isEmpty()) {
                const RecordKind *source = RecordCatalog::byTable(c.foundIn);
                snippet.prepend(QStringLiteral("<i>%1:</i> ")
                                    .arg(esc(source ? source->translatedSingular() : c.foundIn)));
            }
            out += QStringLiteral("<li><b>%1</b> · %2%3</li>")
                       .arg(esc(kindName), title,
                            snippet.isEmpty()
                                ? QString()
                                : QStringLiteral("<br><span style='color:palette(mid)'>%1</span>")
                                      .arg(snippet));
        }
        out += QStringLiteral("</ul>");
    }

    out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("NDAs with the customer")));
    const QList<BriefingPack::Nda> ndas = pack.ndas();
    if (ndas.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No NDA with this customer is on file.")));
    } else {
        out += QStringLiteral("<ul>");
        for (const BriefingPack::Nda &n : ndas) {
            const QString signedText =
                n.signedOn.isEmpty() ? tr("not signed yet") : tr("signed %1").arg(n.signedOn);
            const QString copy = n.attachmentId.isEmpty()
                                     ? tr("no scanned copy attached")
                                     : tr("scanned copy: %1 (%2)")
                                           .arg(n.fileName, QLocale().formattedDataSize(n.size));
            out +=
                QStringLiteral("<li>%1 — %2; %3<br><span style='color:palette(mid)'>%4</span></li>")
                    .arg(esc(n.templateVersion), esc(signedText),
                         esc(EnumNames::listText(QStringLiteral("scope"), n.scope)), esc(copy));
        }
        out += QStringLiteral("</ul>");
    }
    // Rich text has no palette(): secondary text gets the palette's placeholder colour here.
    return out.replace(QStringLiteral("palette(mid)"),
                       palette().color(QPalette::PlaceholderText).name());
}
