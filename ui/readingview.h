// The typeset, read-only article: markers are links to their references, hovering shows where they
// lead, and nothing from the file is ever loaded or followed on its own.
#pragma once

#include "article.h"
#include "articlerenderer.h"
#include "articleupdate.h"
#include "diagnostic.h"

#include <QCursor>
#include <QHash>
#include <QSet>
#include <QTextBrowser>
#include <QTextLayout>

#include <memory>

class QTimer;

namespace Citewise {

class ReadingView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReadingView(QWidget *parent = nullptr);

    // Keeps the scroll position. `change`, when given, is what an edit changed since the article shown
    // before (see updateArticle()); without it the view compares the two to find out.
    void setArticle(
        const Article &article, const QList<Diagnostic> &diagnostics, const ArticleChange *change = nullptr);
    // Lets go of the view's share of the article until the next setArticle(), so that its owner can
    // update it in place without copying it. That next call must then say what changed.
    void releaseArticle();
    void setLinkStatuses(const QHash<QString, QString> &statusTextByUrl); // keyed by reference URL
    QHash<QString, QString> linkStatuses() const { return m_linkStatuses; }
    // Markers citing references with these URLs are flagged as broken (wavy underline).
    void setBrokenLinks(const QSet<QString> &urls);
    QSet<QString> brokenLinks() const { return m_brokenLinks; }
    // Every marker citing `number` highlighted and, with `scroll`, scrolled to the first; 0 clears.
    void highlightReference(qint64 number, bool scroll = true);
    qint64 highlightedReference() const { return m_highlighted; }

    // Scrolls the paragraph or reference entry that holds `position` (of the article's text) into view
    // when it is typeset and out of view, as the editor's typing there asks; text not typeset yet is
    // not waited for.
    void revealSourcePosition(qsizetype position);

    QRect markerRect(int citationIndex, int numberIndex = 0) const; // viewport coordinates; null when hidden
    int markerCount() const; // citations shown as markers
    // The text's size against its usual one (1.0); the article is typeset again at the new size.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    // Long articles are typeset a screenful first, the rest in short steps while idle; this
    // completes it now. Marker queries and highlighting do so themselves.
    void finishRendering();
    bool isRenderingFinished() const;

    // Nothing is ever fetched: not images, not style sheets, not pages.
    QVariant loadResource(int type, const QUrl &name) override;
    // What the view says, in the middle, while the article is empty.
    static QString emptyText();

Q_SIGNALS:
    void referenceActivated(qint64 number);
    void linkActivated(const QString &address); // a link written in the text ("[text](address)")
    void linkHovered(const QString &target);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // What is copied: the text as shown, without the isolates set around markers in text that mixes
    // directions (see ArticleRenderer::insertMarker()).
    QMimeData *createMimeDataFromSelection() const override;

private:
    void revealBlock(int number);
    void scrollToValue(int value);
    void keepReaderInPlace(qreal delta);
    void render();
    void renderNextChunk();
    struct ParagraphEdit
    {
        int head = 0; // paragraphs [head, oldEnd) became [head, newEnd)
        int oldEnd = 0;
        int newEnd = 0;
        int citationDelta = 0; // citations added minus citations removed
        bool referenceText = false; // addresses or labels of reference entries changed as well
        bool commentsNote = false; // so did the article's note that it has no comments
    };
    bool diffParagraphs(const Article &next, ParagraphEdit *edit) const;
    bool paragraphsFromChange(const Article &next, const ArticleChange &change, ParagraphEdit *edit) const;
    bool updateInPlace(const Article &next, const ArticleChange *change);
    void replaceMarkers(int first, int oldEnd, QList<ArticleRenderer::MarkerPlace> markers, qsizetype delta);
    bool replaceTitle(const Article &next, const ArticleChange &change);
    bool replaceComments(const Article &next);
    int replaceableBlocks(
        const Article &next, int head, int oldEnd, int newEnd, ArticleRenderer::Surroundings *around) const;
    int replaceableCodeBlocks(
        const Article &next, int head, int oldEnd, int newEnd, ArticleRenderer::Surroundings *around) const;
    bool replaceableByNewLists(const Article &next, int head, int oldEnd, int newEnd, int blocks,
        ArticleRenderer::Surroundings *around) const;
    static bool bodyEndsBefore(const Article &next, int newEnd);
    bool widenToWholeLists(int *head, int *oldEnd, int *newEnd) const;
    void takeAlongRenestedItems(const Article &next, int *oldEnd, int *newEnd) const;
    // Rows of one table typeset again without the others (editsRowsOnly()): the table laid out as it is
    // now, and whether its columns moved, which the other rows then follow.
    struct TableRowsEdit
    {
        ArticleRenderer::TableLayout table; // start -1: no such edit
        bool otherColumns = false;
    };
    void widenToWholeTables(
        const Article &next, int *head, int *oldEnd, int *newEnd, TableRowsEdit *rows) const;
    bool editsRowsOnly(const Article &next, int head, int oldEnd, int newEnd, TableRowsEdit *rows) const;
    bool continuesTable(int paragraph) const;
    bool replaceReferenceEntries();
    void applyPendingMarkerShift();
    void updatePageMargins(QTextDocument *target = nullptr);
    void applyHighlight(bool scroll);
    // The href of the link at `position` (viewport coordinates), as anchorAt() gives it, found in a
    // time that does not grow with the text above it.
    QString linkAt(QPointF position) const;
    void hover(QPointF position); // viewport coordinates
    void announceHoveredLink();
    QString toolTipFor(qint64 number) const;
    // A link's tooltip: its host in ASCII, then the whole address with hidden characters shown.
    static QString toolTipForAddress(const QString &address);
    QString hoverTargetFor(qint64 number) const;
    const Reference *referenceFor(qint64 number) const;
    // The markers citing the highlighted reference, and those citing references whose links are broken,
    // as the layout draws `block`: nothing is worked out, made or kept for the markers off the screen.
    void decorateMarkers(const QTextBlock &block, QList<QTextLayout::FormatRange> *ranges) const;
    // How much further on marker `marker` is than m_markers says (see m_shiftFrom).
    qsizetype pendingShift(qsizetype marker) const;
    // Of markers [0, end), in the order of the text, the first that ends after `position` (or one
    // before it that is not typeset as a marker).
    qsizetype firstMarkerEndingAfter(qsizetype position, qsizetype end) const;
    bool citesBrokenLink(qint64 low, qint64 high) const;

    Article m_article;
    bool m_articleReleased = false; // m_article was let go of: there is nothing to compare the next with
    QList<Diagnostic> m_diagnostics;
    QList<ArticleRenderer::MarkerPlace> m_markers;
    QHash<qint64, int> m_referenceIndexByNumber; // first reference with each number
    QHash<QString, QString> m_linkStatuses;
    QSet<QString> m_brokenLinks;
    qint64 m_highlighted = 0;
    QString m_hoveredLink; // the href under the pointer, empty when none
    // The last link hover() found and its href: moving within a link parses its address once.
    QString m_lastAnchor;
    QString m_lastAnchorHref;
    QCursor m_cursorOffLinks;
    bool m_decorating = false; // markers were drawn highlighted or broken: the next change repaints them
    qreal m_measure = 0;
    qreal m_zoom = 1.0;
    qreal m_unscrolled = 0; // of the layout's moves above the screen, what is less than a pixel

    std::unique_ptr<ArticleRenderer> m_renderer; // kept for in-place updates and the rest of the article
    QList<ArticleRenderer::ParagraphPlace> m_paragraphs; // indexed like m_article.paragraphs
    QTimer *m_renderTimer = nullptr;
    // Markers from m_shiftFrom on are m_shiftDelta further on than m_markers says: typing in one
    // paragraph moves every later marker, and this keeps that from costing a pass over all of them.
    int m_shiftFrom = -1;
    qsizetype m_shiftDelta = 0;
};

} // namespace Citewise
