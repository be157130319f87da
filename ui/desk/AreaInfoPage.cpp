#include "ui/desk/AreaInfoPage.h"

#include "ui/desk/AreaCatalog.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QVBoxLayout>

namespace {

QLabel *chip(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("chip"));
    label->setStyleSheet(QStringLiteral("QLabel#chip { border: 1px solid palette(mid); "
                                        "border-radius: 9px; padding: 1px 9px; }"));
    return label;
}

QString sectionsHtml(const Area &area)
{
    QString html;
    for (const AreaSection &section : area.sections) {
        html += QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px;\">%1</h3>")
                    .arg(AreaCatalog::tr(section.heading).toHtmlEscaped());
        html += QStringLiteral("<ul style=\"margin-top:0px; margin-left:-20px;\">");
        for (const char *item : section.items)
            html += QStringLiteral("<li style=\"margin-bottom:3px;\">%1</li>")
                        .arg(AreaCatalog::tr(item).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

AreaInfoPage::AreaInfoPage(const Area &area, bool listed, QWidget *parent)
    : QScrollArea(parent), m_area(&area), m_listed(listed)
{
    setObjectName(QStringLiteral("areaPage_%1").arg(area.key));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void AreaInfoPage::showEvent(QShowEvent *event)
{
    if (!m_built)
        build();
    QScrollArea::showEvent(event);
}

void AreaInfoPage::build()
{
    m_built = true;
    const Area &area = *m_area;
    const bool listed = m_listed;

    auto *content = new QWidget(this);
    content->setMaximumWidth(860);

    auto *icon = new QLabel(content);
    icon->setPixmap(Icons::icon(area.icon).pixmap(32, 32));
    auto *title = new QLabel(AreaCatalog::tr(area.title), content);
    title->setObjectName(QStringLiteral("pageTitle"));
    Style::title(title, 1.6);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(icon);
    titleRow->addWidget(title);
    if (!area.formCode.isEmpty())
        titleRow->addWidget(chip(area.formCode, content));
    titleRow->addStretch(1);

    auto *sop = new QLabel(tr("Implements %1").arg(AreaCatalog::tr(area.sop)), content);
    sop->setObjectName(QStringLiteral("sopReference"));
    Style::secondary(sop);

    auto *summary = new QLabel(AreaCatalog::tr(area.summary), content);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    QFont summaryFont = summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    summary->setFont(summaryFont);

    auto *retention = new QLabel(AreaCatalog::tr(area.retention), content);
    retention->setWordWrap(true);

    auto *sections = new QLabel(sectionsHtml(area), content);
    sections->setObjectName(QStringLiteral("sections"));
    sections->setWordWrap(true);
    sections->setTextFormat(Qt::RichText);
    sections->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Say plainly what this version does and does not do for the area.
    auto *status = new QFrame(content);
    status->setObjectName(QStringLiteral("buildStatus"));
    status->setFrameShape(QFrame::StyledPanel);
    auto *statusIcon = new QLabel(status);
    statusIcon->setPixmap(Icons::icon(QStringLiteral("info")).pixmap(20, 20));
    statusIcon->setAlignment(Qt::AlignTop);
    auto *statusText = new QLabel(
        listed ? tr("The records of this area are listed on the first tab as they arrive by "
                    "import or synchronisation. This version of Field Desk does not have the "
                    "entry screen yet: new records are still written on the paper form.")
               : tr("This version of Field Desk does not have the entry screen for this area "
                    "yet, so nothing can be recorded here. The paper form and the procedure "
                    "above remain the way to work until it does."),
        status);
    statusText->setWordWrap(true);
    auto *statusLayout = new QHBoxLayout(status);
    statusLayout->setContentsMargins(12, 10, 12, 10);
    statusLayout->setSpacing(10);
    statusLayout->addWidget(statusIcon);
    statusLayout->addWidget(statusText, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 26, 32, 26);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(sop);
    layout->addSpacing(8);
    layout->addWidget(summary);
    layout->addWidget(retention);
    layout->addWidget(sections);
    layout->addSpacing(10);
    layout->addWidget(status);
    layout->addStretch(1);

    auto *outer = new QWidget(this);
    auto *outerLayout = new QHBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->addWidget(content, 1);
    outerLayout->addStretch(0);
    setWidget(outer);
    outer->show(); // added while the page is being shown
}
