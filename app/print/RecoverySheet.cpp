#include "app/print/RecoverySheet.h"

#include "app/print/PrintFonts.h"
#include "app/sync/SyncTeam.h"
#include "app/utils/OutputFile.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#if __has_include("QrCode.h")
#include "app/print/QrCode.h"
#define FIELDDESK_HAS_QRCODE 1
#endif

QString RecoverySheet::qrText(const Database &db)
{
    // The key as stored by SyncTeam (meta sync_team_key, 64 hex digits).
    return QStringLiteral("FIELDDESK-RECOVERY:%1:%2")
        .arg(SyncTeam::teamId(db), db.meta(QStringLiteral("sync_team_key")).toUpper());
}

bool RecoverySheet::hasQrCode()
{
#ifdef FIELDDESK_HAS_QRCODE
    return true;
#else
    return false;
#endif
}

bool RecoverySheet::writePdf(const Database &db, const QString &path, Error *error, bool overwrite)
{
    if (!OutputFile::check(
            path, db, overwrite ? OutputFile::Existing::Overwrite : OutputFile::Existing::Refuse,
            error))
        return false;
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot write %1: %2. Choose another folder.")
                              .arg(QDir::toNativeSeparators(path), probe.errorString()));
    probe.close();
    // Owner-only before the key is in it.
    if (!OutputFile::restrictToOwner(path, error))
        return false;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Field Desk team recovery sheet"));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QPainter painter(&writer);
    if (!painter.isActive())
        return Error::set(
            error, Error::Code::Failure,
            tr("Cannot write %1. Choose another folder.").arg(QDir::toNativeSeparators(path)));
    const QRect page = painter.viewport();
    QTextDocument doc;
    doc.setDefaultFont(PrintFonts::font(PrintFonts::Role::Body)); // the printouts' CJK font
    doc.setPageSize(QSizeF(page.width(), page.height()));
    doc.setTextWidth(page.width());
    QString html = QStringLiteral("<div>");
    const QStringList lines = SyncTeam::recoverySheetText(db).split(QLatin1Char('\n'));
    const QString teamId = SyncTeam::teamId(db);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).toHtmlEscaped();
        if (i == 0)
            html += QStringLiteral("<h2>%1</h2>").arg(line);
        else if (line.contains(QLatin1Char(' ')) && line.size() == 39) // a key line
            html += QStringLiteral("<p style=\"font-family:monospace; font-size:14pt\">%1</p>")
                        .arg(line);
        else // identifiers in the fixed font, like the key: read and typed character by character
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(QString(line).replace(
                        teamId, QStringLiteral("<span style=\"font-family:monospace\">%1</span>")
                                    .arg(teamId)));
    }
    html += QStringLiteral("</div>");
    doc.setHtml(html);
    // Document units are device pixels at 300 dpi: scale the text up from the screen's 96.
    const qreal scale = writer.resolution() / 96.0;
    doc.setTextWidth(page.width() / scale);
    painter.save();
    painter.scale(scale, scale);
    doc.drawContents(&painter);
    painter.restore();
    const int textHeight = int(doc.size().height() * scale);
#ifdef FIELDDESK_HAS_QRCODE
    QrCode qr;
    if (qr.encode(qrText(db))) {
        const qreal side = writer.resolution() * 2.0; // 2 inches: scans from a copy
        painter.save();
        painter.translate(0, textHeight + writer.resolution() * 0.3);
        painter.fillPath(qr.path(side), Qt::black);
        painter.restore();
    }
#else
    Q_UNUSED(textHeight)
#endif
    painter.end();
    return true;
}
