#pragma once

#include "app/signing/SignatureStrokes.h"

#include <QWidget>

// One signature as the signature panel lists it: the captured strokes, small, above the
// signer's name, block and time — what the paper's signature block will show.
class SignatureThumbnail : public QWidget
{
    Q_OBJECT
public:
    SignatureThumbnail(const SignatureStrokes &strokes, const QString &caption,
                       QWidget *parent = nullptr);
    static constexpr int Width = 124;
    static constexpr int Height = 86;
    QSize sizeHint() const override { return QSize(Width, Height); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SignatureStrokes m_strokes;
    QString m_caption;
};
