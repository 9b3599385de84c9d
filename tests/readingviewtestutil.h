// What the reading view's tests share: what a typeset document shows, the same article typeset in one
// go to compare with, article texts with many kinds of paragraphs, edits applied as the editor reports
// them, and a view to apply them to.
#pragma once

#include "articleio.h"
#include "articlerenderer.h"
#include "articleupdate.h"
#include "diagnostic.h"
#include "readingview.h"

#include <QDebug>
#include <QFont>
#include <QPalette>
#include <QStringList>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace Citewise::Test {

using namespace Qt::StringLiterals;

// What the reader sees: the text, and every marker number with its place and target.
struct Rendering
{
    QString text;
    QStringList markers;
    friend bool operator==(const Rendering &, const Rendering &) = default;
};

inline Rendering renderingOf(const QTextDocument *document)
{
    Rendering out {document->toPlainText(), {}};
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.hasProperty(ArticleRenderer::ReferenceNumberProperty))
                out.markers.append(u"%1@%2/%3"_s.arg(format.anchorHref())
                                       .arg(fragment.position())
                                       .arg(format.intProperty(ArticleRenderer::NumberIndexProperty)));
        }
    }
    return out;
}

// The article typeset in one go, as the reference for the progressive and in-place paths.
inline void typesetInOneGo(
    const Article &article, const QFont &font, const QPalette &palette, QTextDocument *document)
{
    ArticleRenderer renderer(ArticleRenderer::readingFont(font), palette);
    renderer.render(article, document);
}

inline Rendering syncRendering(const Article &article, const QFont &font, const QPalette &palette)
{
    QTextDocument document;
    typesetInOneGo(article, font, palette, &document);
    return renderingOf(&document);
}

// Each block's text and format, and which list it is an item of, with the list's format. Lists are
// counted in document order: a list the view creates in place has another object index than the one
// typeset from scratch, and so do the lists after it.
inline QStringList structureOf(const QTextDocument *document)
{
    QStringList out;
    QList<const QTextList *> lists;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        format.clearProperty(QTextFormat::ObjectIndex);
        QString line = block.text();
        QDebug(&line) << format.properties();
        if (const QTextList *list = block.textList()) {
            if (!lists.contains(list))
                lists.append(list);
            line += u" list %1 item %2"_s.arg(lists.indexOf(list)).arg(list->itemNumber(block));
            QDebug(&line) << list->format().properties();
        }
        out.append(line);
    }
    return out;
}

inline QStringList syncStructure(const Article &article, const QFont &font, const QPalette &palette)
{
    QTextDocument document;
    typesetInOneGo(article, font, palette, &document);
    return structureOf(&document);
}

// Body lines of many kinds: markers, headings, lists (one wrapped by hand), quotes and code among
// plain paragraphs, one of them a line wrapped by hand too. Each is numbered.
inline QStringList mixedBody(int paragraphs)
{
    const QStringList kinds = {u"Plain words #%1 and a marker [1] in the middle of them."_s,
        u"A cluster [1][2] #%1 then a list [1, 3] and a range [2-3]."_s, u"## A heading [2] #%1"_s,
        u"- a bullet item [3] #%1"_s, u"  the item wrapped by hand [2] #%1"_s, u"1. a numbered item #%1"_s,
        u"> a quoted line [1] #%1"_s, u"``` #%1"_s, u"code [1] inside #%1"_s, u"```"_s,
        u"Dangling [9] and `code span` here #%1."_s, u"A sentence wrapped by hand #%1, which goes on past"_s,
        u"the end of its line [2] #%1 and stops here."_s};
    QStringList lines;
    for (int i = 0; i < paragraphs; ++i)
        lines.append(kinds.at(i % kinds.size()).arg(i));
    return lines;
}

// Brings `article` to `text` the way the editor reports an edit: one replaced stretch, applied to the
// parsed article.
inline ArticleChange editAsTheEditorReports(Article &article, const QString &text)
{
    const QString old = article.text.toString();
    qsizetype prefix = 0;
    while (prefix < old.size() && prefix < text.size() && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < old.size() - prefix && suffix < text.size() - prefix
        && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    return updateArticle(article, prefix, old.size() - prefix - suffix,
        QStringView(text).mid(prefix, text.size() - prefix - suffix));
}

// The block of the document whose text is `text`, or an invalid block.
inline QTextBlock blockWithText(const QTextDocument &document, const QString &text)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text() == text)
            return block;
    }
    return {};
}

inline QString articleText(const QStringList &body)
{
    return u"Title\nSeoul, July 2, 2025 \u2014 First paragraph [1].\n"_s + body.join(u'\n')
        + u"\nReferences\n[1] https://example.com/one One\n[2] https://example.org/two\n"
          "[3] https://example.net/three\nComments\nAnn: Fine.\n"_s;
}

// The base of tests that show articles in a reading view (`View`: the view or one made from it) of
// 700 × 600. The view is made by makeView() (in the test's init()) and goes with deleteView() (in its
// cleanup()).
template<typename View = ReadingView> class ReadingViewTest : public QObject
{
protected:
    void makeView()
    {
        m_view = new View;
        m_view->resize(700, 600);
    }
    void deleteView()
    {
        delete m_view;
        m_view = nullptr;
    }

    // Shows `text`, parsed and analysed, on screen.
    void show(const QString &text)
    {
        m_article = parseArticle(text);
        m_view->setArticle(m_article, analyseArticle(m_article));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    // Shows `paragraph` (citing [1]) under a title, typeset and painted, and returns its block.
    QTextBlock showParagraph(const QString &paragraph)
    {
        show(u"Title\n"_s + paragraph + u"\nReferences\n[1] https://example.com/\n"_s);
        m_view->grab();
        return m_view->document()->find(paragraph.section(u' ', 0, 0)).block();
    }

    View *m_view = nullptr;
    Article m_article; // what show() showed
};

// The base of tests that edit an article shown in a reading view and judge how the view kept up.
class ReadingViewEditTest : public ReadingViewTest<>
{
protected:
    // Shows `article` in the view, exposed and typeset to its end.
    bool showTypeset(const Article &article)
    {
        m_view->setArticle(article, analyseArticle(article));
        m_view->show();
        const bool exposed = QTest::qWaitForWindowExposed(m_view);
        m_view->finishRendering();
        return exposed;
    }

    // Brings `article` to the article of `body` (or to `text`) as the editor reports edits, and the
    // view with it. True when the view kept its document (typeset the change in place).
    bool applyEdit(Article &article, const QStringList &body)
    {
        return applyEditToText(article, articleText(body));
    }
    bool applyEditToText(Article &article, const QString &text)
    {
        const QTextDocument *before = m_view->document();
        const ArticleChange change = editAsTheEditorReports(article, text);
        m_view->setArticle(article, analyseArticle(article), &change);
        const bool inPlace = m_view->document() == before;
        m_view->finishRendering();
        return inPlace;
    }

    // applyEditToText(), then what went wrong with the edit named `what`: the view differs from the
    // article typeset from scratch, or it was typeset again instead of in place. Empty when neither.
    QString failureInPlace(Article &article, const QString &text, const QString &what)
    {
        const bool inPlace = applyEditToText(article, text);
        const QString difference = differenceFromScratch(article);
        if (!difference.isEmpty())
            return what + u": "_s + difference;
        return inPlace ? QString() : what + u": typeset again, not in place"_s;
    }

    // Where the view differs from the article typeset from scratch (text, markers, block formats,
    // lists); empty when it does not.
    QString differenceFromScratch(const Article &article) const
    {
        if (renderingOf(m_view->document()) != syncRendering(article, m_view->font(), m_view->palette()))
            return u"the text or the markers differ"_s;
        const QStringList structure = structureOf(m_view->document());
        const QStringList expected = syncStructure(article, m_view->font(), m_view->palette());
        for (qsizetype i = 0; i < qMax(structure.size(), expected.size()); ++i) {
            if (structure.value(i) != expected.value(i))
                return u"block %1: %2 instead of %3"_s.arg(i).arg(structure.value(i), expected.value(i));
        }
        return QString();
    }
};

} // namespace Citewise::Test
