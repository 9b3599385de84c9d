// Colours citation markers in the body of the editor: valid, dangling (no such reference) and malformed.
#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Citewise {

class ArticleDocument;

class MarkerHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MarkerHighlighter(ArticleDocument *document);

    QTextCharFormat validFormat() const { return m_valid; }
    QTextCharFormat danglingFormat() const { return m_dangling; }
    QTextCharFormat malformedFormat() const { return m_malformed; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void onAnalysisUpdated();
    bool isBodyLine(int line) const;
    bool blockHasMarkerBracket(const QTextBlock &block) const;

    ArticleDocument *m_document;
    QList<bool> m_bodyLines; // index = line - 1, from the latest analysis
    QSet<qint64> m_references; // valid reference numbers
    QTextCharFormat m_valid;
    QTextCharFormat m_dangling;
    QTextCharFormat m_malformed;
};

} // namespace Citewise
