// The editor's document layout: QPlainTextDocumentLayout, with each right-to-left paragraph set against
// the right edge. Qt's plain-text layout gives every block the document's one text option, so an Arabic
// or Hebrew paragraph would start at the left edge, away from where its lines begin.
#pragma once

#include <QPlainTextDocumentLayout>

namespace Citewise {

class EditorTextLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT
public:
    explicit EditorTextLayout(QTextDocument *document);

    // Every path to a block's lines goes through here once it is laid out (painting, hit tests, the
    // cursor), so the lines of a right-to-left block are moved to the right edge here.
    QRectF blockBoundingRect(const QTextBlock &block) const override;
};

} // namespace Citewise
