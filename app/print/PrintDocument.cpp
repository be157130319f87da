#include "app/print/PrintDocument.h"

void PrintForm::addHeading(const QString &text)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Heading;
    b.text = text;
    blocks << b;
}

void PrintForm::addFields(const QList<QPair<QString, QString>> &fields, int columns)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Fields;
    b.fields = fields;
    b.fieldColumns = qMax(1, columns);
    blocks << b;
}

void PrintForm::addParagraph(const QString &text)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Paragraph;
    b.text = text;
    blocks << b;
}

void PrintForm::addNote(const QString &text)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Note;
    b.text = text;
    blocks << b;
}

void PrintForm::addTable(const QStringList &headers, const QList<QStringList> &rows,
                         const QList<qreal> &weights, const QList<int> &rightAligned,
                         const QStringList &totalRow)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Table;
    b.headers = headers;
    b.rows = rows;
    b.columnWeights = weights;
    b.rightAligned = rightAligned;
    b.totalRow = totalRow;
    blocks << b;
}

void PrintForm::addSignatures(const QList<PrintSignature> &signatures)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Signatures;
    b.signatures = signatures;
    blocks << b;
}

void PrintForm::addChart(const QString &caption, const QStringList &labels,
                         const QList<qreal> &values, const QStringList &valueTexts, bool hasTarget,
                         qreal target)
{
    PrintBlock b;
    b.kind = PrintBlock::Kind::Chart;
    b.text = caption;
    b.chartLabels = labels;
    b.chartValues = values;
    b.chartValueTexts = valueTexts;
    b.chartHasTarget = hasTarget;
    b.chartTarget = target;
    blocks << b;
}
