#pragma once

#include <QList>
#include <QPair>
#include <QPolygonF>
#include <QSizeF>
#include <QString>
#include <QStringList>

// One signature block on a printed form: the role, who signed and when, and the captured
// strokes in the pad's units (scaled into the box by the renderer). Without strokes the block
// prints an empty line for ink: the paper is signed by hand.
struct PrintSignature
{
    QString role; // translated role label ("Engineer")
    QString name; // the signer, or the person expected to sign; may be empty
    QString date; // formatted signing date; empty when not signed
    QSizeF padSize;
    QList<QPolygonF> strokes;

    bool isCaptured() const { return !strokes.isEmpty() && padSize.isValid(); }
};

// One block of a printed form, in reading order. The paginator breaks Paragraph and Table
// blocks across pages (tables repeat their header row); Heading stays with the block after it;
// Fields rows and Signatures blocks are never split.
struct PrintBlock
{
    enum class Kind {
        Heading,    // a section title bar
        Fields,     // a bordered grid of label/value pairs
        Paragraph,  // free text (long Chinese text wraps by QTextLayout)
        Table,      // header row + rows (+ an optional total row)
        Signatures, // signature boxes side by side
        Note,       // a short emphasised line (warnings, declarations)
        Chart,      // a bar chart drawn as vectors (a KPI's trend with its target line)
    };
    Kind kind = Kind::Paragraph;
    QString text;                          // Heading, Paragraph, Note
    QList<QPair<QString, QString>> fields; // Fields: label, value
    int fieldColumns = 2;                  // Fields: label/value pairs per row
    QStringList headers;                   // Table
    QList<QStringList> rows;               // Table
    QList<qreal> columnWeights;            // Table: relative widths (equal when empty)
    QList<int> rightAligned;               // Table: columns aligned right (amounts)
    QStringList totalRow;                  // Table: printed bold after the last row
    QList<PrintSignature> signatures;      // Signatures
    // Chart: text is the caption; one bar per label (a NaN value: no data, no bar); a dashed
    // line at chartTarget when chartHasTarget; valueTexts label the bars.
    QStringList chartLabels;
    QList<qreal> chartValues;
    QStringList chartValueTexts;
    qreal chartTarget = 0;
    bool chartHasTarget = false;
};

// One form as it goes on paper: the header of every page (form code, title, record number,
// revision, a superseded mark), the footer (retention, content hash, QR code) and its blocks.
struct PrintForm
{
    QString table;    // the record's table ("service_reports")
    QString recordId; // the record printed (audit log, QR code)
    QString formCode; // "QEF-10-01"
    QString title;
    QString recordNumber; // what files the paper: the task number, the NDA's template, ...
    int revision = 1;
    QString superseded; // "Superseded by revision 2" on every page; empty when current
    QString retention;  // "Keep 10 years" / "Keep permanently"
    QString shortHash;  // first 12 hex digits of the content hash
    QString paperCode;  // the QR code's text (PaperCode)
    QList<PrintBlock> blocks;

    void addHeading(const QString &text);
    void addFields(const QList<QPair<QString, QString>> &fields, int columns = 2);
    void addParagraph(const QString &text);
    void addNote(const QString &text);
    void addTable(const QStringList &headers, const QList<QStringList> &rows,
                  const QList<qreal> &weights = {}, const QList<int> &rightAligned = {},
                  const QStringList &totalRow = {});
    void addSignatures(const QList<PrintSignature> &signatures);
    void addChart(const QString &caption, const QStringList &labels, const QList<qreal> &values,
                  const QStringList &valueTexts, bool hasTarget, qreal target);
};

// What one print run puts on paper: one form, or a task dossier (the task sheet and every form
// of the task) whose pages are numbered together. A batch is a list of documents; each one
// numbers its own pages ("page 3 of 7").
struct PrintDocument
{
    QString title; // PDF metadata and the printer's job name
    QList<PrintForm> forms;
    QString printedAt; // formatted time of printing, on every footer
    QString printedBy;
};
