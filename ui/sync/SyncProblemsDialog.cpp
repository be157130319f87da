#include "ui/sync/SyncProblemsDialog.h"

#include "app/sync/SyncProblems.h"
#include "app/utils/RecordTime.h"
#include "ui/widgets/Style.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int KeyRole = Qt::UserRole;
constexpr int DeviceRole = Qt::UserRole + 1;
constexpr int ForkRole = Qt::UserRole + 2;
} // namespace

SyncProblemsDialog::SyncProblemsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    auto *intro = new QLabel(
        tr("Bundles a sync round set aside are not applied, and the later bundles of their "
           "device wait. A file put back whole (from a backup, or a copy that finished) is "
           "checked again by the next sync on its own. Otherwise fix the cause first (install "
           "the newer Field Desk, correct the share), then release the bundle: it is checked "
           "again and applied, or kept aside with the new reason. A fork (a desk restored from "
           "an old backup) is acknowledged by adopting the desk's new line. Releases and "
           "adoptions are recorded in the audit log."),
        this);
    intro->setWordWrap(true);
    Style::secondary(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("syncProblemsList"));
    m_list->setHeaderLabels({tr("Bundle"), tr("Kind"), tr("Set aside at"), tr("Reason")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_release = new QPushButton(tr("&Release"), this);
    m_release->setObjectName(QStringLiteral("releaseBundleButton"));
    m_adopt = new QPushButton(tr("&Adopt the new line"), this);
    m_adopt->setObjectName(QStringLiteral("adoptForkButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("syncProblemsResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_release, &QPushButton::clicked, this, &SyncProblemsDialog::release);
    connect(m_adopt, &QPushButton::clicked, this, &SyncProblemsDialog::adopt);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SyncProblemsDialog::updateButtons);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_release);
    actions->addWidget(m_adopt);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(980, 440);
    reload();
}

void SyncProblemsDialog::reload()
{
    m_list->clear();
    QList<SyncProblems::Problem> problems;
    Error error;
    if (!SyncProblems(m_db).list(&problems, &error)) {
        m_result->setText(error.message);
        Style::error(m_result);
    }
    for (const SyncProblems::Problem &p : std::as_const(problems)) {
        auto *item = new QTreeWidgetItem(m_list, {p.key(), p.fork ? tr("Fork") : tr("Set aside"),
                                                  RecordTime::text(QVariant(p.at)), p.reason});
        item->setData(0, KeyRole, p.key());
        item->setData(0, DeviceRole, p.device);
        item->setData(0, ForkRole, p.fork);
        item->setToolTip(3, p.reason);
    }
    if (problems.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_list, {tr("No set-aside bundles and no forks.")});
        none->setFirstColumnSpanned(true);
    }
    // The bundle, kind and time whole; the reason takes the rest (and wraps).
    for (int column = 0; column < 3 && !problems.isEmpty(); ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void SyncProblemsDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool problem = item && !item->data(0, KeyRole).toString().isEmpty();
    m_release->setEnabled(problem);
    m_adopt->setEnabled(problem && item->data(0, ForkRole).toBool());
}

void SyncProblemsDialog::release()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString key = item->data(0, KeyRole).toString();
    SyncProblems::Outcome outcome;
    Error error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = SyncProblems(m_db).release(key, &outcome, &error);
    QApplication::restoreOverrideCursor();
    Style::plain(m_result);
    if (!ok) {
        m_result->setText(error.message);
        Style::error(m_result);
    } else if (outcome.applied) {
        m_result->setText(tr("%1 was checked again and applied.").arg(key));
        Style::success(m_result);
    } else {
        m_result->setText(tr("%1 stays set aside: %2").arg(key, outcome.reason));
        Style::error(m_result);
    }
    reload();
    emit changed();
}

void SyncProblemsDialog::adopt()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, ForkRole).toBool())
        return;
    const QString device = item->data(0, DeviceRole).toString();
    SyncProblems::Outcome outcome;
    Error error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = SyncProblems(m_db).adoptFork(device, &outcome, &error);
    QApplication::restoreOverrideCursor();
    Style::plain(m_result);
    if (!ok) {
        m_result->setText(error.message);
        Style::error(m_result);
    } else if (outcome.applied) {
        m_result->setText(
            tr("The new line of desk %1 is adopted; its bundles are applied.").arg(device));
        Style::success(m_result);
    } else {
        m_result->setText(tr("%1 stays set aside: %2").arg(device, outcome.reason));
        Style::error(m_result);
    }
    reload();
    emit changed();
}
