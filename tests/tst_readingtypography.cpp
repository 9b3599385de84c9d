// How the reading view sets an article: lists and code in their columns, the reading face in its
// looks, markers raised without spreading lines, and layouts kept only for what is on screen.
#include "articleio.h"
#include "articlerenderer.h"
#include "articleupdate.h"
#include "diagnostic.h"
#include "readingview.h"
#include "readingviewtestutil.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestReadingTypography : public ReadingViewTest<>
{
    Q_OBJECT
private slots:
    void init() { makeView(); }
    void cleanup() { deleteView(); }
    void wrappedListItemStaysInItsColumn();
    void markersAreNotBrokenAcrossLines();
    void longReferenceNumbersKeepTheirColumn();
    void rightToLeftListKeepsOneColumn();
    void commentRunsInItsTextsDirection();
    void codeKeepsItsIndentation();
    void codeBlockIsOneShadedBox();
    void datelineAndHeadingsKeepTheReadingFace();
    void readingFaceIsAskedForByOneFamily();
    void referenceNumbersFitTheirColumn();
    void markersAreRaisedWithoutSpreadingLines();
    void markersKeepToTheWordBefore();
    void onlyBlocksOnScreenKeepTheirLayouts();
};

// "- item" followed by an indented line is one list item wrapped by hand: the second line flows on in
// the item's paragraph, not as a paragraph of its own at the margin, and the list goes on after it.
void TestReadingTypography::wrappedListItemStaysInItsColumn()
{
    show(u"Notes\n- Export with scaling applied,\n  then bake the animation [1].\n- Import it "
         u"again.\nReferences:\n"
         "[1] https://example.org/a\n"_s);
    m_view->finishRendering();
    QTextDocument *doc = m_view->document();
    const auto blockWith = [&](const QString &text) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().contains(text))
                return b;
        }
        return QTextBlock();
    };
    const QTextBlock item = blockWith(u"Export with scaling"_s);
    const QTextBlock wrapped = blockWith(u"then bake"_s);
    const QTextBlock next = blockWith(u"Import it again"_s);
    QVERIFY(item.isValid() && wrapped.isValid() && next.isValid());
    QVERIFY(item.textList());
    QCOMPARE(wrapped.blockNumber(), item.blockNumber());
    // (The marker keeps to its word with a no-break space.)
    QCOMPARE(item.text(), u"Export with scaling applied, then bake the animation\u00a0[1]."_s);
    QCOMPARE(next.textList(), item.textList()); // the same list goes on
    QCOMPARE(next.blockNumber(), item.blockNumber() + 1);
    QCOMPARE(m_view->markerCount(), 1);
}

// A marker of several numbers is not broken across lines, however narrow the view: its spaces are no-break
// spaces, and each marker lies on one line.
void TestReadingTypography::markersAreNotBrokenAcrossLines()
{
    QString text = u"Narrow\n"_s;
    for (int i = 0; i < 12; ++i)
        text += u"Claim number %1 rests on [1, 2, 3] and [2, p. 4] too. "_s.arg(i);
    text += u"\nReferences:\n[1] https://a.example/\n[2] https://b.example/\n[3] https://c.example/\n"_s;
    m_view->resize(260, 400);
    show(text);
    m_view->finishRendering();
    QVERIFY(m_view->document()->toPlainText().contains(u"[1, 2, 3] and [2, p. 4]"_s)); // copied as written
    const QTextBlock block = m_view->document()->findBlock(m_view->document()->find(u"Claim"_s).position());
    m_view->document()->documentLayout()->blockBoundingRect(block); // laid out
    QVERIFY(block.text().contains(u"[1,\u00a02,\u00a03]"_s));
    // At every width, where a line would otherwise break inside some marker.
    int lines = 0;
    for (int width = 160; width <= 480; width += 7) {
        m_view->resize(width, 400);
        QCoreApplication::processEvents();
        m_view->document()->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        lines += layout->lineCount();
        for (qsizetype from = 0; (from = block.text().indexOf(u'[', from)) >= 0; ++from) {
            const qsizetype close = block.text().indexOf(u']', from);
            QCOMPARE(layout->lineForTextPosition(int(from)).lineNumber(),
                layout->lineForTextPosition(int(close)).lineNumber());
        }
    }
    QVERIFY(lines > 12 * 46);
}

// The reference list's numbers stand in a column of their own, wide enough for the longest: with
// thousands of entries "1200." ran into its address.
// An Arabic list runs right to left, every entry of it: those with an Arabic label and the one with an
// address alone alike, the numbers in a column on the right, the addresses' ends in one to their left.
void TestReadingTypography::rightToLeftListKeepsOneColumn()
{
    show(u"\u062A\u0642\u0631\u064A\u0631\n\u0646\u0635 [1] [2] "
         u"[3].\n\u0627\u0644\u0645\u0631\u0627\u062C\u0639:\n"
         "[1] https://a.example/a \u0648\u0643\u0627\u0644\u0629\n[2] https://a.example/b\n[3] "
         "https://a.example/c "
         "\u0635\u062D\u064A\u0641\u0629\n"_s);
    m_view->finishRendering();
    QTextDocument *doc = m_view->document();
    QList<qreal> numberRights;
    QList<qreal> addressRights;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!b.text().contains(u"https://a.example/"_s))
            continue;
        QCOMPARE(b.blockFormat().layoutDirection(), Qt::RightToLeft);
        doc->documentLayout()->blockBoundingRect(b); // laid out
        const QTextLine first = b.layout()->lineAt(0);
        numberRights.append(first.cursorToX(0)); // before "1.", on its right
        const qsizetype address = b.text().indexOf(u"https://"_s);
        const QTextLine line = b.layout()->lineForTextPosition(int(address));
        addressRights.append(qMax(line.cursorToX(int(address)), line.cursorToX(int(address + 20))));
    }
    QCOMPARE(numberRights.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(numberRights.at(i), numberRights.at(0));
        QVERIFY2(addressRights.at(i) < numberRights.at(i) - 8,
            qPrintable(u"entry %1: address ends at %2, number at %3"_s.arg(i + 1)
                           .arg(addressRights.at(i))
                           .arg(numberRights.at(i))));
    }
    // So does one under the English header Citewise writes, in a Hebrew article.
    show(u"\u05D3\u05D5\u05D7\n\u05D8\u05E7\u05E1\u05D8 [1].\nReferences:\n[1] https://a.example/a\n"_s);
    m_view->finishRendering();
    for (QTextBlock b = m_view->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(u"https://a.example/"_s))
            QCOMPARE(b.blockFormat().layoutDirection(), Qt::RightToLeft);
    }
    // And a list in an English article runs left to right, whatever its labels.
    show(u"Title\nText [1].\n\u0627\u0644\u0645\u0631\u0627\u062C\u0639:\n[1] https://a.example/a "
         "\u0648\u0643\u0627\u0644\u0629\n"_s);
    m_view->finishRendering();
    for (QTextBlock b = m_view->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(u"https://a.example/"_s))
            QCOMPARE(b.blockFormat().layoutDirection(), Qt::LeftToRight);
    }
}

void TestReadingTypography::longReferenceNumbersKeepTheirColumn()
{
    QString text = u"Notes\nCited [1] and [1200].\nReferences:\n"_s;
    for (int n = 1; n <= 1200; ++n)
        text += u"[%1] https://example.org/%1\n"_s.arg(n);
    show(text);
    m_view->finishRendering();
    QTextDocument *doc = m_view->document();
    const auto entry = [&](const QString &number) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(number + u".\t"_s))
                return b;
        }
        return QTextBlock();
    };
    // Where the number ends and where the address starts, on the entry's first line.
    const auto columns = [&](const QString &number) {
        const QTextBlock block = entry(number);
        doc->documentLayout()->blockBoundingRect(block); // laid out
        const QTextLine line = block.layout()->lineAt(0);
        return std::pair(line.cursorToX(int(number.size()) + 1), line.cursorToX(int(number.size()) + 2));
    };
    const auto [firstNumberEnd, firstAddress] = columns(u"1"_s);
    const auto [lastNumberEnd, lastAddress] = columns(u"1200"_s);
    QCOMPARE(lastAddress, firstAddress); // one column for every address
    const qreal gap = QFontMetricsF(entry(u"1200"_s).charFormat().font()).horizontalAdvance(u' ');
    QVERIFY2(lastAddress - lastNumberEnd >= gap,
        qPrintable(u"\"1200.\" ends at %1, its address starts at %2"_s.arg(lastNumberEnd).arg(lastAddress)));
    QVERIFY(firstAddress - firstNumberEnd > lastAddress - lastNumberEnd);
}

// A comment runs in the direction of what it says, not of its author's name: an Arabic comment by
// "Ali" was set left to right, apart from the Arabic paragraphs above it, and an English one by an
// author named in Arabic right to left.
void TestReadingTypography::commentRunsInItsTextsDirection()
{
    const QString arabic
        = u"\u062A\u0639\u0644\u064A\u0642 \u0639\u0644\u0649 \u0627\u0644\u0645\u0635\u062F\u0631"_s;
    show(
        u"\u062A\u0642\u0631\u064A\u0631\n\u0646\u0635 [1].\nReferences:\n[1] https://a.example/a\nComments\n"
        "Ali (2025-01-02 10:00): "_s
        + arabic + u"\n\u0639\u0644\u064A (2025-01-03 09:00): Check the date.\n"_s);
    m_view->finishRendering();
    QTextDocument *doc = m_view->document();
    const QTextBlock arabicComment = doc->find(arabic).block();
    const QTextBlock englishComment = doc->find(u"Check the date."_s).block();
    QVERIFY(arabicComment.isValid() && englishComment.isValid());
    QCOMPARE(arabicComment.blockFormat().layoutDirection(), Qt::RightToLeft);
    QCOMPARE(englishComment.blockFormat().layoutDirection(), Qt::LeftToRight);
    // Laid out so: the Arabic text ends at the right edge, the English one starts at the left.
    doc->documentLayout()->blockBoundingRect(arabicComment);
    doc->documentLayout()->blockBoundingRect(englishComment);
    const QTextLine arabicLine = arabicComment.layout()->lineAt(arabicComment.layout()->lineCount() - 1);
    const QTextLine englishLine = englishComment.layout()->lineAt(englishComment.layout()->lineCount() - 1);
    QVERIFY2(arabicLine.naturalTextRect().right() > englishLine.naturalTextRect().right() + 100,
        qPrintable(u"Arabic comment ends at %1, English at %2"_s.arg(arabicLine.naturalTextRect().right())
                       .arg(englishLine.naturalTextRect().right())));
}

// In a code block the indentation is part of the text; outside one it is not.
void TestReadingTypography::codeKeepsItsIndentation()
{
    show(u"Notes\n    An indented paragraph [1].\n```\nif (ready) {\n    start();\n\tstop();\n}\n```\n"
         u"References:\n[1] https://example.org/a\n"_s);
    m_view->finishRendering();
    QStringList texts;
    for (QTextBlock b = m_view->document()->begin(); b.isValid(); b = b.next())
        texts.append(b.text());
    QVERIFY2(texts.contains(u"    start();"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"\tstop();"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(u"if (ready) {"_s));
    QVERIFY2(std::any_of(
                 texts.cbegin(), texts.cend(), [](const QString &t) { return t.startsWith(u"An indented"); }),
        qPrintable(texts.join(u'|')));
    QCOMPARE(m_view->markerCount(), 1);
}

// A code block's lines are shaded without gaps: each block's background covers its lines, so the
// next line must start where the last one ended.
void TestReadingTypography::codeBlockIsOneShadedBox()
{
    show(u"Notes [1]\n```\n\nfirst line\n\nsecond line\n    third line\n\n```\nAfter.\n"
         u"References:\n[1] https://example.org/a\n"_s);
    m_view->finishRendering();
    QAbstractTextDocumentLayout *layout = m_view->document()->documentLayout();
    QTextBlock block = m_view->document()->begin();
    while (block.isValid() && !block.text().startsWith(u"Notes"_s))
        block = block.next();
    QVERIFY(block.isValid());
    // Blank lines inside the fences are code too: they keep their place in the box.
    QStringList lines;
    QList<QRectF> shaded;
    for (block = block.next(); block.isValid() && block.text() != u"After."_s; block = block.next()) {
        lines.append(block.text());
        QVERIFY(block.blockFormat().background().style() != Qt::NoBrush);
        shaded.append(block.layout()->boundingRect().translated(layout->blockBoundingRect(block).topLeft()));
    }
    QCOMPARE(lines, (QStringList {{}, u"first line"_s, {}, u"second line"_s, u"    third line"_s, {}}));
    for (qsizetype i = 1; i < shaded.size(); ++i)
        QVERIFY2(shaded.at(i).top() <= shaded.at(i - 1).bottom() + 0.5,
            qPrintable(u"line %1 starts at %2, the one before ends at %3"_s.arg(i)
                           .arg(shaded.at(i).top())
                           .arg(shaded.at(i - 1).bottom())));

    // Blank lines typed into the code, or taken out, as the editor reports them.
    Article article = m_article;
    QString text = article.text.toString();
    const auto edit = [&](const QString &from, const QString &to) {
        text.replace(from, to);
        const ArticleChange change = editAsTheEditorReports(article, text);
        m_view->setArticle(article, analyseArticle(article), &change);
        m_view->finishRendering();
        return renderingOf(m_view->document()) == syncRendering(article, m_view->font(), m_view->palette());
    };
    // Enter pressed on the blank line itself: the edit touches no paragraph's line.
    const qsizetype blankLine = text.indexOf(u"first line\n"_s) + 11;
    text.insert(blankLine, u'\n');
    const ArticleChange onBlank = updateArticle(article, blankLine, 0, u"\n");
    QCOMPARE(onBlank.firstParagraph, onBlank.oldParagraphEnd);
    m_view->setArticle(article, analyseArticle(article), &onBlank);
    QCOMPARE(renderingOf(m_view->document()), syncRendering(article, m_view->font(), m_view->palette()));
    QVERIFY(m_view->document()->toPlainText().contains(u"first line\n\n\nsecond line"_s));
    QVERIFY(edit(u"second line\n"_s, u"second line\n\n"_s));
    QVERIFY(edit(u"\n\n\nsecond"_s, u"\nsecond"_s));
    QVERIFY(m_view->document()->toPlainText().contains(u"first line\nsecond line\n\n    third"_s));
}

// The section headings are set in small capitals. In places Qt makes the small letters from the font
// of the block's QTextLayout, so every block is laid out in the document's (reading) font: otherwise
// they could come out in the application's sans-serif face. Their glyphs are the reading face's, at a
// smaller size. The dateline is set in spaced capitals in the faces of the markers, and needs no face
// of its own.
void TestReadingTypography::datelineAndHeadingsKeepTheReadingFace()
{
    show(u"Title\nSeoul, July 2, 2025 \u2014 Words [1].\nReferences\n[1] https://example.com/\n"_s);
    m_view->grab();
    QTextDocument *document = m_view->document();
    const QString face = QFontInfo(document->defaultFont()).family();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QVERIFY(document->documentLayout()->blockBoundingRect(block).isValid());
        QCOMPARE(block.layout()->font(), document->defaultFont());
    }
    const auto facesOf = [&](const QTextBlock &block, int from, int length) {
        QSet<std::pair<qreal, int>> faces;
        for (const QGlyphRun &run : block.layout()->lineAt(0).glyphRuns(from, length)) {
            if (run.rawFont().familyName() != face)
                return QSet<std::pair<qreal, int>>();
            faces.insert({run.rawFont().pixelSize(), run.rawFont().weight()});
        }
        return faces;
    };
    const QTextBlock heading = document->find(u"References"_s).block();
    QVERIFY(heading.isValid());
    QCOMPARE(facesOf(heading, -1, -1).size(), 2); // capitals and small letters

    const QTextBlock dateline = document->find(u"Seoul  \u00b7  July 2, 2025"_s).block();
    QVERIFY(dateline.isValid());
    const QTextBlock paragraph = document->find(u"Words"_s).block();
    QVERIFY(paragraph.isValid());
    const int marker = int(paragraph.text().indexOf(u'['));
    const QSet<std::pair<qreal, int>> markerFaces = facesOf(paragraph, marker, 3);
    QCOMPARE(markerFaces.size(), 2); // brackets and number
    QCOMPARE(facesOf(dateline, -1, -1), markerFaces);
    QCOMPARE(dateline.layout()->lineCount(), 1);
    QVERIFY(markerFaces.begin()->first < facesOf(paragraph, 0, 1).begin()->first);
}

// The reading face is asked for by the one preferred family installed: a font asked for by a list
// of families makes Qt look for each one missing and ask fontconfig for fallbacks at once, for each
// size and weight. The text is still set in that family.
void TestReadingTypography::readingFaceIsAskedForByOneFamily()
{
    const QFont reading = ArticleRenderer::readingFont(m_view->font());
    const QStringList families = reading.families();
    const QStringList installed = QFontDatabase::families();
    if (std::none_of(families.cbegin(), families.cend(),
            [&installed](const QString &family) { return installed.contains(family, Qt::CaseInsensitive); }))
        QSKIP("none of the preferred reading faces is installed here");
    QCOMPARE(families.size(), 1);
    QCOMPARE(QFontInfo(reading).family(), families.constFirst());
    show(u"Title\nWords [1].\nReferences\n[1] https://example.com/\n"_s);
    QCOMPARE(m_view->document()->defaultFont().families(), families);
}

// The hanging indent of the reference list holds its longest number in the face it is shown in.
void TestReadingTypography::referenceNumbersFitTheirColumn()
{
    show(u"Title\nWords [1].\nReferences\n[1] https://example.com/a\n[123456] https://example.com/b\n"_s);
    m_view->grab();
    QTextDocument *document = m_view->document();
    const QTextBlock entry = document->find(u"123456."_s).block();
    QVERIFY(entry.isValid());
    const QTextCharFormat number = entry.begin().fragment().charFormat();
    const QFont shown = number.font().resolve(document->defaultFont());
    QCOMPARE(QFontInfo(shown).family(), QFontInfo(document->defaultFont()).family());
    QVERIFY(QFontMetricsF(shown).horizontalAdvance(u"123456."_s) < entry.blockFormat().leftMargin());
}

// Markers are smaller than the text and raised, and a line holding one is no taller than the lines
// without.
void TestReadingTypography::markersAreRaisedWithoutSpreadingLines()
{
    QString paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += u"Words that fill the line and wrap it well past the edge of the page. "_s;
    paragraph.insert(paragraph.size() / 2, u" [1]"_s);
    const QTextBlock block = showParagraph(paragraph);
    QVERIFY(block.isValid());
    QTextLayout *layout = block.layout();
    QVERIFY(layout->lineCount() > 4);
    for (int i = 0; i < layout->lineCount(); ++i)
        QCOMPARE(layout->lineAt(i).height(), layout->lineAt(0).height());
    const int number = int(block.text().indexOf(u"[1]"_s)) + 1;
    const QList<QGlyphRun> markerRuns = layout->glyphRuns(number, 1);
    const QList<QGlyphRun> textRuns = layout->glyphRuns(0, 1);
    QCOMPARE(markerRuns.size(), 1);
    QCOMPARE(textRuns.size(), 1);
    const qreal markerSize = markerRuns.constFirst().rawFont().pixelSize();
    const qreal textSize = textRuns.constFirst().rawFont().pixelSize();
    QVERIFY2(markerSize < textSize * 0.85, qPrintable(u"%1 vs %2"_s.arg(markerSize).arg(textSize)));
    // Glyph positions leave out the vertical shift, which is applied when the line is drawn.
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + number + 1);
    const QTextCharFormat format = cursor.charFormat();
    QVERIFY(format.baselineOffset() > 0 || format.verticalAlignment() == QTextCharFormat::AlignSuperScript);
}

// No line of the view starts with a marker that follows a word and a space, and the view's text
// copies as the file's.
void TestReadingTypography::markersKeepToTheWordBefore()
{
    QString paragraph;
    for (int i = 0; i < 80; ++i)
        paragraph += u"word"_s + QString(i % 7, u'x') + u" [1] "_s;
    paragraph = paragraph.trimmed();
    const QTextBlock block = showParagraph(paragraph);
    QVERIFY(block.isValid());
    QTextLayout *layout = block.layout();
    QVERIFY(layout->lineCount() > 5);
    for (int i = 1; i < layout->lineCount(); ++i)
        QVERIFY2(block.text().at(layout->lineAt(i).textStart()) != u'[', qPrintable(QString::number(i)));
    QCOMPARE(block.text().size(), paragraph.size());
    QVERIFY(m_view->document()->toPlainText().contains(paragraph));
}

// Blocks on screen keep their shaped glyphs and character attributes, so that a repaint does not shape
// them again and a move of the pointer does not compute a whole paragraph's attributes again. Blocks
// that leave the screen, and those laid out on the way down to it, keep nothing.
void TestReadingTypography::onlyBlocksOnScreenKeepTheirLayouts()
{
    QString text = u"A Title\n"_s;
    for (int i = 0; i < 300; ++i)
        text += u"Paragraph %1 of the body cites a source [1].\n"_s.arg(i);
    show(text + u"References:\n[1] https://example.com/\n"_s);
    m_view->finishRendering();
    m_view->viewport()->repaint();
    const QTextDocument *doc = m_view->document();
    const QTextBlock top = m_view->cursorForPosition(QPoint(5, 5)).block();
    QVERIFY(top.layout()->cacheEnabled());

    // A jump down, past blocks not laid out yet.
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(m_view->viewport()->height() * 5);
    m_view->viewport()->repaint();
    const QTextBlock shown = m_view->cursorForPosition(QPoint(5, 5)).block();
    QVERIFY(shown.blockNumber() > 50 && shown.blockNumber() < 250);
    QVERIFY(shown.layout()->cacheEnabled());
    QVERIFY(shown.next().layout()->cacheEnabled());
    QVERIFY(!top.layout()->cacheEnabled());
    const QTextBlock passed = doc->findBlockByNumber(shown.blockNumber() / 2);
    QVERIFY(passed.layout()->lineCount() > 0);
    QVERIFY(!passed.layout()->cacheEnabled());

    bar->setValue(0);
    m_view->viewport()->repaint();
    QVERIFY(top.layout()->cacheEnabled());
    QVERIFY(!shown.layout()->cacheEnabled());
}

QTEST_MAIN(TestReadingTypography)
#include "tst_readingtypography.moc"
