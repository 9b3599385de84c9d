// The article format as docs/FORMAT.md states it, on small inline articles and on the format fixtures:
// sections, references, line ends and encoding (the markers are in tst_citationmarkers.cpp, the title,
// dateline and comment lines in tst_leadlines.cpp, which line heads the list in
// tst_referenceheaders.cpp).
#include "articleio.h"
#include "diagnostic.h"
#include "formattestutil.h"
#include "linekinds.h"
#include "textsearch.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Citewise;
using namespace Citewise::Test;
using namespace Qt::StringLiterals;

class TestArticleParser : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void references_data();
    void references();
    void emphasisedTextIsNoEntry();
    void referenceSectionLayout();
    void listsAfterTheReferenceList();
    void addressesOnContinuationLines();
    void missingSections();
    void emptyFile();
    void lineTerminators();
    void invalidEncoding();
    void lineLookup();
    void shortTextChecksMatchQt();
};

void TestArticleParser::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(
        QStringLiteral(CITEWISE_FIXTURES_DIR), {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::addRow("%s", qPrintable(path.mid(qstrlen(CITEWISE_FIXTURES_DIR) + 1))) << path;
    }
}

void TestArticleParser::roundTrip()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const Article article = readArticle(bytes);
    QCOMPARE(writeArticle(article), bytes);
}

void TestArticleParser::references_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("label");

    QTest::addRow("bracket") << u"[1] https://a.example/x"_s << qint64(1) << u"https://a.example/x"_s
                             << QString();
    QTest::addRow("bracket with label") << u"[2] https://a.example/x The report"_s << qint64(2)
                                        << u"https://a.example/x"_s << u"The report"_s;
    // Quotes of other languages around an address are no part of it, nor of the label.
    QTest::addRow("guillemets") << u"[1] Le Monde, « Titre », «https://www.lemonde.fr/a.html»"_s << qint64(1)
                                << u"https://www.lemonde.fr/a.html"_s << u"Le Monde, « Titre »"_s;
    QTest::addRow("German quotes") << u"[2] Spiegel: „https://www.spiegel.de/c.html“"_s << qint64(2)
                                   << u"https://www.spiegel.de/c.html"_s << u"Spiegel"_s;
    QTest::addRow("closing quote and period")
        << u"[3] Reuters https://www.reuters.com/c.html”."_s << qint64(3)
        << u"https://www.reuters.com/c.html"_s << u"Reuters"_s;
    QTest::addRow("bracket and full stop")
        << u"[3]. https://a.example/x Report"_s << qint64(3) << u"https://a.example/x"_s << u"Report"_s;
    // Right-to-left text puts a direction mark before a line that starts with a bracket.
    QTest::addRow("after a left-to-right mark")
        << u"\u200E[2] https://www.worldbank.org/d \u0627\u0644\u0628\u0646\u0643"_s << qint64(2)
        << u"https://www.worldbank.org/d"_s << u"\u0627\u0644\u0628\u0646\u0643"_s;
    QTest::addRow("after a right-to-left mark")
        << u"\u200F1. https://a.example/x"_s << qint64(1) << u"https://a.example/x"_s << QString();
    // A full-width bracket closing what the label opened stays with it.
    QTest::addRow("full-width brackets")
        << u"[4] 健康报（2024年3月5日）https://www.jkb.com.cn/a.html"_s << qint64(4)
        << u"https://www.jkb.com.cn/a.html"_s << u"健康报（2024年3月5日）"_s;
    QTest::addRow("lenticular brackets") << u"[5] 新华社【北京】 https://www.jkb.com.cn/e.html"_s << qint64(5)
                                         << u"https://www.jkb.com.cn/e.html"_s << u"新华社【北京】"_s;
    // Numbers in bold, as assistants write lists of sources.
    QTest::addRow("bold bracket") << u"- **[6]** Site A https://a.example.org/x"_s << qint64(6)
                                  << u"https://a.example.org/x"_s << u"Site A"_s;
    QTest::addRow("bold dotted") << u"**7.** Site B https://b.example.org/y"_s << qint64(7)
                                 << u"https://b.example.org/y"_s << u"Site B"_s;
    // A DOI or arXiv identifier after a space, as IEEE style writes it.
    QTest::addRow("IEEE DOI")
        << u"[8] T. Li, “Federated learning,” IEEE Mag., 2020, doi: 10.1109/MSP.2020.2975749."_s << qint64(8)
        << u"doi:10.1109/MSP.2020.2975749"_s << u"T. Li, “Federated learning,” IEEE Mag., 2020"_s;
    // A DOI's resolver written without its scheme, as a list copied from a journal's page may hold it.
    QTest::addRow("DOI resolver without a scheme")
        << u"2. Scullin MK. Perspect Psychol Sci. 2015;10(1):97-137. doi.org/10.1177/1745691614556680"_s
        << qint64(2) << u"doi.org/10.1177/1745691614556680"_s
        << u"Scullin MK. Perspect Psychol Sci. 2015;10(1):97-137."_s;
    QTest::addRow("arXiv after a space") << u"[9] Katharopoulos et al. arXiv: 2006.16236"_s << qint64(9)
                                         << u"arXiv:2006.16236"_s << u"Katharopoulos et al."_s;
    // Wikipedia's links back to the citations are no part of the label.
    QTest::addRow("wikipedia backlinks")
        << u"[10] ^ a b \"About the Reef\". GBRMPA. https://x.example/r"_s << qint64(10)
        << u"https://x.example/r"_s << u"\"About the Reef\". GBRMPA."_s;
    QTest::addRow("wikipedia backlinks copied from a browser")
        << u"1. ^ Jump up to: a b \"Tidal output\". Energy Agency. https://x.example/t"_s << qint64(1)
        << u"https://x.example/t"_s << u"\"Tidal output\". Energy Agency."_s;
    QTest::addRow("a German wiki's backlinks")
        << u"[2] \u2191 a b Gezeitenkraft. In: Energie. https://x.example/g"_s << qint64(2)
        << u"https://x.example/g"_s << u"Gezeitenkraft. In: Energie."_s;
    QTest::addRow("a German wiki's lettered backlinks in Markdown, no address")
        << u"3. \u2191 [a](#cite_ref-x_3-0) [b](#cite_ref-x_3-1) Gezeiten. Verlag, 2020."_s << qint64(3)
        << QString() << u"Gezeiten. Verlag, 2020."_s;
    QTest::addRow("a lone letter after the backlink is a word")
        << u"[3] ^ a study of tides https://x.example/s"_s << qint64(3) << u"https://x.example/s"_s
        << u"a study of tides"_s;
    // A wiki page converted to Markdown links them back: the links are neither address nor label.
    QTest::addRow("a wiki page's backlink in Markdown")
        << u"1. **[^](https://en.wikipedia.org/wiki/Reef#cite_ref-1)** [\"About the "
           u"Reef\"](https://x.example/r). "
           "GBRMPA. Retrieved 3 May 2024."_s
        << qint64(1) << u"https://x.example/r"_s << u"\"About the Reef\""_s;
    QTest::addRow("a wiki page's lettered backlinks in Markdown")
        << u"2. ^ [***a***](#cite_ref-gb_2-0) [***b***](#cite_ref-gb_2-1) GBRMPA: https://x.example/g"_s
        << qint64(2) << u"https://x.example/g"_s << u"GBRMPA"_s;
    QTest::addRow("a backlink and a word") << u"[11] ^ a study of reefs https://x.example/d"_s << qint64(11)
                                           << u"https://x.example/d"_s << u"a study of reefs"_s;
    QTest::addRow("colon") << u"[3]: https://a.example/x"_s << qint64(3) << u"https://a.example/x"_s
                           << QString();
    QTest::addRow("dotted") << u"4. https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s
                            << QString();
    QTest::addRow("parenthesized") << u"4) https://a.example/x Label"_s << qint64(4)
                                   << u"https://a.example/x"_s << u"Label"_s;
    QTest::addRow("enclosed") << u"(4) https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s
                              << QString();
    // What says when a source was read, or in what form, names nothing.
    QTest::addRow("a file's form before the label")
        << u"[1] [PDF] Annual report 2023 https://a.example/ar.pdf"_s << qint64(1)
        << u"https://a.example/ar.pdf"_s << u"Annual report 2023"_s;
    QTest::addRow("a file's form before a label ending in brackets")
        << u"[1] [PDF] Annual report [2023 edition] https://a.example/ar.pdf"_s << qint64(1)
        << u"https://a.example/ar.pdf"_s << u"Annual report [2023 edition]"_s;
    QTest::addRow("a medium before a label ending in parentheses")
        << u"[2] [Online] Budget (revised) https://a.example/b"_s << qint64(2) << u"https://a.example/b"_s
        << u"Budget (revised)"_s;
    QTest::addRow("a no-break space between address and label")
        << u"[3] https://a.example/r\u00a0Annual report 2024"_s << qint64(3) << u"https://a.example/r"_s
        << u"Annual report 2024"_s;
    QTest::addRow("a file's form after the address")
        << u"[2] https://a.example/x#s-3 (PDF)"_s << qint64(2) << u"https://a.example/x#s-3"_s << QString();
    QTest::addRow("an access date after the address")
        << u"[3] https://a.example/a (abgerufen am 8. September 2023)"_s << qint64(3)
        << u"https://a.example/a"_s << QString();
    QTest::addRow("an access date between label and address")
        << u"4. Heat Pump Specification, accessed March 3, 2025, https://a.example/h"_s << qint64(4)
        << u"https://a.example/h"_s << u"Heat Pump Specification"_s;
    QTest::addRow("a file's form alone before the address")
        << u"[1] [PDF] https://a.example/1 Real title"_s << qint64(1) << u"https://a.example/1"_s
        << u"Real title"_s;
    QTest::addRow("an access note in brackets") << u"[3] Report (PDF, accessed 2024) https://a.example/3"_s
                                                << qint64(3) << u"https://a.example/3"_s << u"Report"_s;
    QTest::addRow("a title ending in link")
        << u"[4] Smith. The missing link https://a.example/4"_s << qint64(4) << u"https://a.example/4"_s
        << u"Smith. The missing link"_s;
    QTest::addRow("an access date after a label after the address")
        << u"[3] https://a.example/a Annual report, accessed 3 May 2025"_s << qint64(3)
        << u"https://a.example/a"_s << u"Annual report"_s;
    QTest::addRow("an access date in brackets after a quoted label after the address")
        << u"[3] https://a.example/a - \"The survey\" (retrieved 2024-05-01)"_s << qint64(3)
        << u"https://a.example/a"_s << u"The survey"_s;
    QTest::addRow("a title after the address with accessed in it")
        << u"[6] https://a.example/6 The data was accessed in May 2024"_s << qint64(6)
        << u"https://a.example/6"_s << u"The data was accessed in May 2024"_s;
    QTest::addRow("a title with accessed in it")
        << u"[6] Where the data was accessed, May 2024 https://a.example/6"_s << qint64(6)
        << u"https://a.example/6"_s << u"Where the data was accessed, May 2024"_s;
    QTest::addRow("a host named before the address")
        << u"[1] See the www.a.example homepage: https://b.example/one"_s << qint64(1)
        << u"https://b.example/one"_s << u"See the www.a.example homepage"_s;
    // Brackets a link's text or a label ends with are its own, also when trimming took what followed.
    QTest::addRow("a link's text ending in brackets")
        << u"[1] [Minnesota CARD Study (2021)](https://a.example/card)"_s << qint64(1)
        << u"https://a.example/card"_s << u"Minnesota CARD Study (2021)"_s;
    QTest::addRow("a link's text in brackets of its own")
        << u"[2] [Guide [draft]](https://a.example/2)"_s << qint64(2) << u"https://a.example/2"_s
        << u"Guide [draft]"_s;
    QTest::addRow("a link's text starting with brackets")
        << u"[3] [(PDF) Report](https://a.example/3)"_s << qint64(3) << u"https://a.example/3"_s
        << u"(PDF) Report"_s;
    QTest::addRow("an HTML link's text ending in brackets")
        << u"[4] <a href=\"https://a.example/4\">Garcia et al., Tox. Sci. (2024)</a>"_s << qint64(4)
        << u"https://a.example/4"_s << u"Garcia et al., Tox. Sci. (2024)"_s;
    QTest::addRow("a label ending in brackets before an access date")
        << u"[5] Lithium prices (S&P Global), accessed June 3, 2025, https://a.example/5"_s << qint64(5)
        << u"https://a.example/5"_s << u"Lithium prices (S&P Global)"_s;
    QTest::addRow("a name after the address")
        << u"[5] https://a.example/y (Reuters)"_s << qint64(5) << u"https://a.example/y"_s << u"Reuters"_s;
    // East Asian text writes no space around an address; a colon may stand right before one.
    QTest::addRow("after a full-width colon")
        << u"[1] 中国汽车工业协会：http://www.caam.org.cn/con_5236927.html"_s << qint64(1)
        << u"http://www.caam.org.cn/con_5236927.html"_s << u"中国汽车工业协会"_s;
    QTest::addRow("after a full-width comma")
        << u"[2] 新华网，https://a.example/2"_s << qint64(2) << u"https://a.example/2"_s << u"新华网"_s;
    QTest::addRow("in full-width parentheses")
        << u"[3] 日経（https://a.example/3）"_s << qint64(3) << u"https://a.example/3"_s << u"日経"_s;
    QTest::addRow("in full-width parentheses of its own")
        << u"[3] （https://a.example/3）"_s << qint64(3) << u"https://a.example/3"_s << QString();
    QTest::addRow("in corner brackets, a label after it")
        << u"[3] 「https://a.example/3」，報告"_s << qint64(3) << u"https://a.example/3"_s << u"報告"_s;
    QTest::addRow("after a colon") << u"[4] Reuters:https://a.example/4"_s << qint64(4)
                                   << u"https://a.example/4"_s << u"Reuters"_s;
    QTest::addRow("before a full-width full stop") << u"[5] https://zh.example/wiki/北京。"_s << qint64(5)
                                                   << u"https://zh.example/wiki/北京"_s << QString();
    QTest::addRow("address right after the number")
        << u"[4]https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s << QString();
    QTest::addRow("label with a marker")
        << u"[4] https://a.example/x see [2]"_s << qint64(4) << u"https://a.example/x"_s << u"see [2]"_s;
    QTest::addRow("label in parentheses")
        << u"[4] https://a.example/x (cf. [1])"_s << qint64(4) << u"https://a.example/x"_s << u"cf. [1]"_s;
    QTest::addRow("full stop after the address")
        << u"[4] https://a.example/x."_s << qint64(4) << u"https://a.example/x"_s << QString();
    QTest::addRow("title before url, full stop after")
        << u"[4] A title: https://a.example/x."_s << qint64(4) << u"https://a.example/x"_s << u"A title"_s;
    QTest::addRow("words on both sides") << u"[4] A title - https://a.example/x - The site"_s << qint64(4)
                                         << u"https://a.example/x"_s << u"A title"_s;
    QTest::addRow("access date after") << u"[4] Author (2020). Title. https://a.example/x (accessed 2024)"_s
                                       << qint64(4) << u"https://a.example/x"_s << u"Author (2020). Title."_s;
    QTest::addRow("lead-in before the address") << u"[4] Title. Available at: https://a.example/x"_s
                                                << qint64(4) << u"https://a.example/x"_s << u"Title."_s;
    QTest::addRow("lead-in in Spanish")
        << u"[4] El País (2024). Título. Recuperado de https://a.example/x"_s << qint64(4)
        << u"https://a.example/x"_s << u"El País (2024). Título."_s;
    QTest::addRow("lead-in in Portuguese, access date after")
        << u"[4] Silva, J. Título. Disponível em: https://a.example/x. Acesso em: 3 maio 2024."_s << qint64(4)
        << u"https://a.example/x"_s << u"Silva, J. Título."_s;
    QTest::addRow("lead-in in French, medium before")
        << u"[4] Dupont. Rapport. [En ligne]. Disponible sur : https://a.example/x"_s << qint64(4)
        << u"https://a.example/x"_s << u"Dupont. Rapport."_s;
    QTest::addRow("lead-in in German") << u"[4] Bericht. Online verfügbar unter https://a.example/x"_s
                                       << qint64(4) << u"https://a.example/x"_s << u"Bericht."_s;
    QTest::addRow("lead-in and medium as GOST writes them")
        << u"[4] Иванов И. И. Книга [Электронный ресурс]. — Режим доступа: https://a.example/x"_s << qint64(4)
        << u"https://a.example/x"_s << u"Иванов И. И. Книга"_s;
    QTest::addRow("lead-in in Chinese, with a full-width colon")
        << u"[4] 报告标题。网址：https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s
        << u"报告标题。"_s;
    QTest::addRow("lead-in alone") << u"[4] Retrieved from https://a.example/x The page"_s << qint64(4)
                                   << u"https://a.example/x"_s << u"The page"_s;
    QTest::addRow("a word ending like a lead-in")
        << u"[4] Curl https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s << u"Curl"_s;
    QTest::addRow("a wiki's links back before an entry without an address")
        << u"2. ^ a b Stein, D. (1985). Ada: A Life. MIT Press."_s << qint64(2) << QString()
        << u"Stein, D. (1985). Ada: A Life. MIT Press."_s;
    QTest::addRow("html link after words")
        << u"[4] Marfella R, et al. NEJM 2024. <a href=\"https://a.example/x\">link</a>"_s << qint64(4)
        << u"https://a.example/x"_s << u"Marfella R, et al. NEJM 2024."_s;
    QTest::addRow("html link after a separator") << u"[4] - <a href=\"https://a.example/x\">The page</a>"_s
                                                 << qint64(4) << u"https://a.example/x"_s << u"The page"_s;
    QTest::addRow("html link") << u"[4] <a href=\"https://a.example/x\">The page</a>"_s << qint64(4)
                               << u"https://a.example/x"_s << u"The page"_s;
    QTest::addRow("html link, single quotes, no text")
        << u"[4] <A HREF='https://a.example/x'></A>"_s << qint64(4) << u"https://a.example/x"_s << QString();
    QTest::addRow("address in parentheses")
        << u"[4] A title (https://a.example/x)"_s << qint64(4) << u"https://a.example/x"_s << u"A title"_s;
    // A Markdown link definition's title: the quotes it stands in are not the label's.
    QTest::addRow("title in quotes") << u"[5]: <https://a.example/x> \"A title\""_s << qint64(5)
                                     << u"https://a.example/x"_s << u"A title"_s;
    QTest::addRow("label starting with a quote")
        << u"[6] https://a.example/x \u201cTen,\u201d Reuters"_s << qint64(6) << u"https://a.example/x"_s
        << u"\u201cTen,\u201d Reuters"_s;
    QTest::addRow("address in quotes") << u"[4] A title \u201chttps://a.example/x\u201d."_s << qint64(4)
                                       << u"https://a.example/x"_s << u"A title"_s;
    QTest::addRow("address with parentheses, in parentheses")
        << u"[4] (https://en.wikipedia.org/wiki/Mercury_(planet)) Planet"_s << qint64(4)
        << u"https://en.wikipedia.org/wiki/Mercury_(planet)"_s << u"Planet"_s;
    QTest::addRow("label before, in brackets") << u"[4] [Report (2024)] https://a.example/x"_s << qint64(4)
                                               << u"https://a.example/x"_s << u"Report (2024)"_s;
    QTest::addRow("dotted, address right after")
        << u"4.https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s << QString();
    QTest::addRow("title before url")
        << u"[5] A title - https://a.example/x"_s << qint64(5) << u"https://a.example/x"_s << u"A title"_s;
    QTest::addRow("angle brackets") << u"[6] <https://a.example/x>"_s << qint64(6) << u"https://a.example/x"_s
                                    << QString();
    QTest::addRow("markdown link") << u"[7] [Docs](https://a.example/docs)"_s << qint64(7)
                                   << u"https://a.example/docs"_s << u"Docs"_s;
    QTest::addRow("markdown link to an address with parentheses")
        << u"[7] [Python](https://en.wikipedia.org/wiki/Python_(programming_language))"_s << qint64(7)
        << u"https://en.wikipedia.org/wiki/Python_(programming_language)"_s << u"Python"_s;
    QTest::addRow("IEEE online source")
        << u"[7] A. Author, \"Web page,\" Site. [Online]. Available: https://a.example/x"_s << qint64(7)
        << u"https://a.example/x"_s << u"A. Author, \"Web page,\" Site."_s;
    QTest::addRow("URL as a title's word") << u"[7] WHATWG URL https://url.spec.whatwg.org/"_s << qint64(7)
                                           << u"https://url.spec.whatwg.org/"_s << u"WHATWG URL"_s;
    QTest::addRow("an arXiv word that is no identifier")
        << u"[7] Preprint (arXiv:submitted) https://a.example/x"_s << qint64(7) << u"https://a.example/x"_s
        << u"Preprint (arXiv:submitted)"_s;
    QTest::addRow("the medium before a title") << u"[7] [Online] Network paper https://a.example/x"_s
                                               << qint64(7) << u"https://a.example/x"_s << u"Network paper"_s;
    QTest::addRow("available as a title's word") << u"[7] Now available https://a.example/x"_s << qint64(7)
                                                 << u"https://a.example/x"_s << u"Now available"_s;
    QTest::addRow("no url") << u"[8] Only a description"_s << qint64(8) << QString()
                            << u"Only a description"_s;
    QTest::addRow("empty") << u"[9]"_s << qint64(9) << QString() << QString();
    // Lists written for HTML end each line with a line break: no part of the address nor of the label.
    QTest::addRow("line break after the address")
        << u"[1] https://a.example/x<br>"_s << qint64(1) << u"https://a.example/x"_s << QString();
    QTest::addRow("line break after the label") << u"[2] https://a.example/x The report<BR />"_s << qint64(2)
                                                << u"https://a.example/x"_s << u"The report"_s;
    QTest::addRow("line break after an angle-bracketed address")
        << u"[3] Report <https://a.example/x><br/>"_s << qint64(3) << u"https://a.example/x"_s << u"Report"_s;
    QTest::addRow("line break after other tags")
        << u"[4] https://a.example/x The <b>report</b> in full<br />"_s << qint64(4)
        << u"https://a.example/x"_s << u"The <b>report</b> in full"_s;
    QTest::addRow("line break between address and label")
        << u"[4] https://a.example/x <br> The report"_s << qint64(4) << u"https://a.example/x"_s
        << u"The report"_s;
    QTest::addRow("line break between label and address")
        << u"[4] The report <br/> https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s
        << u"The report"_s;
    QTest::addRow("line break glued to the address")
        << u"[4] The report<BR>https://a.example/x"_s << qint64(4) << u"https://a.example/x"_s
        << u"The report"_s;
    QTest::addRow("only a line break") << u"[5] <br>"_s << qint64(5) << QString() << QString();
    QTest::addRow("markup glued to the address")
        << u"[6] https://a.example/x</a>"_s << qint64(6) << u"https://a.example/x"_s << QString();
    QTest::addRow("line break between address and note")
        << u"[7] https://a.example/x<br/> Site name"_s << qint64(7) << u"https://a.example/x"_s
        << u"Site name"_s;
    // Any other HTML is shown as written: the tags at a label's ends keep their angle brackets, which
    // are also separators.
    QTest::addRow("tags around the label after the address")
        << u"[8] https://a.example/x <b>The report</b>"_s << qint64(8) << u"https://a.example/x"_s
        << u"<b>The report</b>"_s;
    QTest::addRow("tags around the label before the address")
        << u"[8] <i>Annual review</i> https://a.example/x"_s << qint64(8) << u"https://a.example/x"_s
        << u"<i>Annual review</i>"_s;
    QTest::addRow("a tag with attributes ending the label")
        << u"[8] https://a.example/x - The <span class=\"t\">report</span>"_s << qint64(8)
        << u"https://a.example/x"_s << u"The <span class=\"t\">report</span>"_s;
    QTest::addRow("angle brackets that are no tag")
        << u"[8] https://a.example/x <Report>"_s << qint64(8) << u"https://a.example/x"_s << u"Report"_s;
    QTest::addRow("line break past a separator")
        << u"[9] https://a.example/x -> <br>Title"_s << qint64(9) << u"https://a.example/x"_s << u"Title"_s;
    QTest::addRow("line break before a separator")
        << u"[9] Title <br> -> https://a.example/x"_s << qint64(9) << u"https://a.example/x"_s << u"Title"_s;
    QTest::addRow("only a line break before a separator")
        << u"[9] <br> - https://a.example/x"_s << qint64(9) << u"https://a.example/x"_s << QString();
    // Brackets that open a label are separators only when the label does not close them.
    QTest::addRow("label opening with a bracket after the address")
        << u"[9] https://a.example/x (Reuters) The report"_s << qint64(9) << u"https://a.example/x"_s
        << u"(Reuters) The report"_s;
    QTest::addRow("label opening with a bracket before the address")
        << u"[9] [Draft] Harbour plan - https://a.example/x"_s << qint64(9) << u"https://a.example/x"_s
        << u"[Draft] Harbour plan"_s;
    QTest::addRow("file form after the address")
        << u"[9] https://a.example/x [PDF] Annual review"_s << qint64(9) << u"https://a.example/x"_s
        << u"Annual review"_s;
    QTest::addRow("javascript") << u"[10] javascript:alert(1)"_s << qint64(10) << u"javascript:alert(1)"_s
                                << QString();
}

void TestArticleParser::references()
{
    QFETCH(QString, entry);
    QFETCH(qint64, number);
    QFETCH(QString, url);
    QFETCH(QString, label);
    const Article a = parse(u"Title\nBody.\nReferences:\n"_s + entry + u"\n"_s);
    QCOMPARE(a.references.size(), 1);
    const Reference &r = a.references.constFirst();
    QCOMPARE(r.number, number);
    QCOMPARE(r.url, url);
    QCOMPARE(r.label, label);
    QCOMPARE(r.line, 4);
    QCOMPARE(a.view(r.numberSpan), QString::number(number));
}

// Emphasis that does not close right after the number makes no entry: "**1.5 million** people".
void TestArticleParser::emphasisedTextIsNoEntry()
{
    for (const QString &line : {u"**1.5 million** https://a.example/x"_s,
             u"**[1] Site** https://a.example/x"_s, u"**1.**Site https://a.example/x"_s}) {
        const Article a = parse(u"Title\nBody.\nReferences:\n"_s + line + u"\n"_s);
        QVERIFY2(a.references.isEmpty(), qPrintable(line));
    }
}

// A digest giving each part a list of its own: the first is the reference list, the others are read
// where they stand, their entries sources too and their numbers no markers.
void TestArticleParser::listsAfterTheReferenceList()
{
    const Article a = readArticle(readFile(fixture(u"digest-lists.txt"_s)));
    QCOMPARE(a.referencesSection.headerLine, 6);
    QCOMPARE(a.referencesSection.lastLine, 8);
    QCOMPARE(a.otherReferenceLists.size(), 2);
    QCOMPARE(a.otherReferenceLists.at(0).headerLine, 13);
    QCOMPARE(a.otherReferenceLists.at(0).lastLine, 16); // with the line that continues [4]
    QCOMPARE(a.otherReferenceLists.at(1).headerLine, 20);
    QCOMPARE(a.otherReferenceLists.at(1).lastLine, 21);
    QCOMPARE(a.referenceListSize(), 2);
    QList<qint64> numbers;
    for (const Reference &r : a.references)
        numbers.append(r.number);
    QCOMPARE(numbers, (QList<qint64> {1, 2, 3, 4, 5}));
    QCOMPARE(a.references.at(3).url, u"https://example.com/central-banks"_s);
    QCOMPARE(a.references.at(3).continuationLines, QList<int> {16});
    // Markers: only the text's, not the entries' numbers.
    QStringList markers;
    for (const Citation &c : a.citations)
        markers.append(u"%1:%2"_s.arg(c.line).arg(a.view(c.span)));
    QCOMPARE(markers,
        (QStringList {
            u"4:[2]"_s, u"4:[1]"_s, u"4:[2]"_s, u"11:[3]"_s, u"11:[4]"_s, u"11:[1]"_s, u"19:[5]"_s}));
    QVERIFY(a.strayReferenceLines.isEmpty());
    QCOMPARE(a.comments.size(), 1);
    QVERIFY(a.otherListAt(14) && !a.otherListAt(11) && !a.otherListAt(7));

    // Not a list of its own: under a loose word, with a number another list has, or none with an address.
    for (const QString &list :
        {u"Notes:\n[3] https://x.example/c\n"_s, u"Sources:\n[2] https://x.example/c\n"_s,
            u"Sources:\n[3] A book\n"_s, u"Sources:\n[3] https://x.example/c\n[3] https://x.example/d\n"_s}) {
        const Article b
            = parse(u"T\nA [1] [2].\nReferences:\n[1] https://x.example/a\n[2] https://x.example/b\n"
                    "\n## More\nB [3].\n"_s
                + list);
        QVERIFY2(b.otherReferenceLists.isEmpty(), qPrintable(list));
        QCOMPARE(b.references.size(), 2);
    }
    // Right under the list's entries, a header word over entries of new numbers ends the list.
    const Article c = parse(u"T\nA [1] B [2].\nReferences:\n[1] https://x.example/a\nSources:\n"
                            "[2] https://x.example/b\n"_s);
    QCOMPARE(c.referencesSection.lastLine, 4);
    QCOMPARE(c.otherReferenceLists.size(), 1);
    QCOMPARE(c.references.size(), 2);
    QVERIFY(c.strayReferenceLines.isEmpty());
}

void TestArticleParser::referenceSectionLayout()
{
    const Article a = readArticle(readFile(fixture(u"markdown-sections.txt"_s)));
    QVERIFY(a.referencesSection.present);
    QCOMPARE(a.referencesSection.headerLine, 4);
    QCOMPARE(a.references.size(), 3);
    QCOMPARE(a.references.at(1).continuationLines, QList<int> {11});
    QCOMPARE(a.strayReferenceLines.size(), 1);
    QCOMPARE(a.strayReferenceLines.constFirst().line, 12);
    // The heading after the list and its paragraph are body again, with their marker.
    QCOMPARE(a.paragraphs.constLast().line, 16);
    QVERIFY(a.paragraphs.constLast().afterReferences);
    QCOMPARE(a.citations.constLast().line, 16);

    // A line right after the last entry that starts as an entry and holds an address is one written
    // wrongly: it stays in the list, reported; prose after the list, and such a line after prose, is
    // the article going on.
    const Article typo
        = parse(u"T\nA [1] B [2].\nReferences:\n[1] https://a.example/\n[2} https://b.example/\n\n"
                "[ 2 ] https://c.example/\nAfter the list.\n[3 https://d.example/\n"_s);
    QCOMPARE(typo.references.size(), 1);
    QCOMPARE(typo.strayReferenceLines.size(), 2);
    QCOMPARE(typo.strayReferenceLines.at(0).line, 5);
    QCOMPARE(typo.strayReferenceLines.at(1).line, 7);
    QCOMPARE(typo.paragraphs.constLast().line, 9);
    QVERIFY(typo.paragraphs.constLast().afterReferences);

    // Past text under the last entry, a numbered list that starts over and holds no address ("How we
    // measured:" then "1. Measure flow.") is the article's own, not more sources: the list ends at its
    // last entry, and the markers in that list are citations.
    for (const QString &entries : {u"[1] https://a.example/\n[2] https://b.example/\n"_s,
             u"1. https://a.example/\n2. https://b.example/\n"_s}) {
        const Article steps = parse(u"T\nA [1] B [2].\nReferences\n"_s + entries
            + u"\nHow we measured:\n1. Measure flow.\n2. Measure head [1].\n3. Compare.\n"_s);
        QCOMPARE(steps.references.size(), 2);
        QCOMPARE(steps.referencesSection.lastLine, 5);
        QVERIFY(steps.strayReferenceLines.isEmpty());
        QCOMPARE(steps.citations.size(), 3);
        QCOMPARE(steps.citations.constLast().line, 9);
        QVERIFY(analyseArticle(steps).isEmpty());
    }
    // A stray line between entries still leaves the entries after it in the list: one with an address,
    // one numbered past those above, one whose address is on the line it wraps onto.
    for (const QString &after : {u"[1] https://c.example/\n"_s, u"[3] A book, p. 4\n"_s,
             u"[1] A report wrapped onto\nthe next line. https://c.example/\n"_s,
             u"[1] A report\n    https://c.example/\n"_s}) {
        const Article kept
            = parse(u"T\nA [1] B [2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"
                    "Note: the second source was retracted.\n"_s
                + after);
        QCOMPARE(kept.references.size(), 3);
        QCOMPARE(kept.strayReferenceLines.size(), 1);
    }

    for (const char *header : {"References", "references:", "SOURCES", "## References",
             "### Sources:", "**Sources:**", "참고 문헌", "Quellen:"}) {
        const Article b
            = parse(u"T\nBody [1].\n"_s + QString::fromUtf8(header) + u"\n[1] https://x.example/\n"_s);
        QVERIFY2(b.referencesSection.present, header);
        QCOMPARE(b.references.size(), 1);
    }
}

// Citation styles wrap an entry before its address ("[1] Author (2024). Title.\n    https://…"): the
// first address of its continuation lines is the entry's, when its own line holds none.
void TestArticleParser::addressesOnContinuationLines()
{
    const QString text = u"T\nA [1] B [2] C [3].\nReferences:\n[1] Qian, N. (2024). Nanoplastics. PNAS.\n"
                         "    https://doi.org/10.1073/pnas.2300582121\n"
                         "[2] WHO (2019). Drinking-water. Retrieved from\n"
                         "https://www.who.int/item/97892415.\n"
                         "[3] https://c.example/ Its own\n    https://d.example/ a second one\n"_s;
    const Article a = parseArticle(text);
    QCOMPARE(a.references.size(), 3);
    QCOMPARE(a.references.at(0).url, u"https://doi.org/10.1073/pnas.2300582121"_s);
    QCOMPARE(a.references.at(0).label, u"Qian, N. (2024). Nanoplastics. PNAS."_s);
    QCOMPARE(a.view(a.references.at(0).urlSpan), a.references.at(0).url);
    QCOMPARE(a.references.at(0).continuationLines, QList<int> {5});
    QCOMPARE(a.references.at(1).url, u"https://www.who.int/item/97892415"_s); // the full stop ends it
    QCOMPARE(a.references.at(1).label, u"WHO (2019). Drinking-water."_s);
    QCOMPARE(a.view(a.references.at(1).urlSpan), a.references.at(1).url);
    QCOMPARE(a.references.at(2).url, u"https://c.example/"_s); // its own line's comes first
    // Indented, a label's separators before the line break are no part of it; nor is a lead-in wrapped
    // onto the address's line.
    const Article indented
        = parseArticle(u"T\nA [1] [2].\nReferences:\n[1] Cloudflare Docs, \"Cache keys\",\n"
                       "    https://a.example/1\n[2] A report on\n  water. Retrieved from "
                       "https://a.example/2\n"_s);
    QCOMPARE(indented.references.at(0).label, u"Cloudflare Docs, \"Cache keys\""_s);
    QCOMPARE(indented.references.at(1).label, u"A report on water."_s);
    QVERIFY(analyseArticle(a).isEmpty());

    // Wrapped by hand onto two more lines, the address on the last (APA), within three lines; a blank
    // line or an entry in between, or an address further down, ends the entry.
    const Article apa
        = parseArticle(u"T\nA [3] B [4].\nReferences:\n[3] Hu, X. (2020). Promoting memory\n"
                       "during sleep: A meta-analysis. Psychological Bulletin, 146(3),\n"
                       "218\u2013244. https://doi.org/10.1037/bul0000223\n[4] https://e.example/\n"_s);
    QCOMPARE(apa.references.size(), 2);
    QCOMPARE(apa.references.at(0).url, u"https://doi.org/10.1037/bul0000223"_s);
    QCOMPARE(apa.references.at(0).continuationLines, (QList<int> {5, 6}));
    // The label goes on with the words wrapped onto the lines under it, up to the address.
    QCOMPARE(apa.references.at(0).label,
        u"Hu, X. (2020). Promoting memory during sleep: A meta-analysis. Psychological Bulletin, 146(3), "
        "218\u2013244."_s);
    QCOMPARE(apa.view(apa.references.at(0).labelSpan).count(u'\n'), 2);
    QVERIFY(apa.strayReferenceLines.isEmpty());
    for (const QString &between : {u"\n"_s, u"[5] A book\n"_s, u"one\ntwo\nthree\n"_s}) {
        const Article b = parseArticle(u"T\nA [3].\nReferences:\n[3] Hu, X. (2020). Title\nmore of it\n"_s
            + between + u"https://doi.org/10.1037/bul0000223\n"_s);
        QVERIFY2(b.references.at(0).url.isEmpty(), qPrintable(between));
    }
}

void TestArticleParser::missingSections()
{
    const Article a = parse(u"Title only [1]\nand body [2].\n"_s);
    QVERIFY(!a.referencesSection.present);
    QVERIFY(!a.commentsSection.present);
    QCOMPARE(a.paragraphs.size(), 1);
    QCOMPARE(a.citations.size(), 2);
}

void TestArticleParser::emptyFile()
{
    const Article a = readArticle(QByteArray());
    QVERIFY(a.title.isEmpty());
    QCOMPARE(a.titleLine, 0);
    QVERIFY(a.lines.isEmpty());
    QVERIFY(writeArticle(a).isEmpty());
    QCOMPARE(a.lineAt(0), 1);
}

void TestArticleParser::lineTerminators()
{
    const Article crlf = readArticle(readFile(fixture(u"crlf.txt"_s)));
    const Article lf = readArticle(readFile(fixture(u"lf.txt"_s)));
    QCOMPARE(crlf.preferredNewline(), u"\r\n");
    QCOMPARE(lf.preferredNewline(), u"\n");
    QCOMPARE(crlf.title, lf.title);
    QCOMPARE(crlf.references.size(), lf.references.size());
    for (qsizetype i = 0; i < lf.references.size(); ++i)
        QCOMPARE(crlf.references.at(i).url, lf.references.at(i).url); // no stray '\r' in URLs
    QCOMPARE(crlf.lines.constFirst().terminatorLength, 2);
    const Article bom = readArticle(readFile(fixture(u"bom.txt"_s)));
    QVERIFY(bom.hasBom);
    QCOMPARE(bom.title, lf.title);
}

void TestArticleParser::invalidEncoding()
{
    const QByteArray bytes = readFile(fixture(u"invalid-utf8.txt"_s));
    const Article a = readArticle(bytes);
    QVERIFY(a.hasInvalidEncoding);
    QCOMPARE(a.invalidEncodingLines, (QList<int> {1, 2, 4}));
    QCOMPARE(a.references.size(), 1);
    QCOMPARE(a.citations.size(), 1);
    QCOMPARE(writeArticle(a), bytes);

    // Editing elsewhere keeps the invalid bytes.
    Article edited = parseArticle(a.text.toString() + u"Appended\n"_s);
    QCOMPARE(writeArticle(edited), bytes + "Appended\n");
}

void TestArticleParser::lineLookup()
{
    const Article a = parse(u"ab\r\ncd\nef"_s);
    QCOMPARE(a.lines.size(), 3);
    QCOMPARE(a.lineAt(0), 1);
    QCOMPARE(a.lineAt(3), 1); // the '\n' of the first CRLF
    QCOMPARE(a.lineAt(4), 2);
    QCOMPARE(a.lineAt(8), 3);
    QCOMPARE(a.columnAt(5), 2);
    QCOMPARE(a.lineText(3), u"ef");
}

// The parser's own checks of short texts against what Qt says of the same: trimming, case-insensitive
// prefixes and words, code fences. Strings are made of pieces that matter to them: every kind of space,
// letters whose case Qt folds onto ASCII ones (the long s, the Kelvin sign), fence characters.
void TestArticleParser::shortTextChecksMatchQt()
{
    const QStringList pieces = {u"w"_s, u"W"_s, u"."_s, u"www."_s, u"WwW."_s, u"mailto:"_s, u"data:"_s,
        u"java"_s, u"\u017fcript:"_s, u"SCRIPT:"_s, u"\u017f"_s, u"\u212a"_s, u"a"_s, u"s"_s, u"S"_s, u" "_s,
        u"\t"_s, u"\n"_s, u"\u00a0"_s, u"\u2003"_s, u"\u0085"_s, u"`"_s, u"```"_s, u"~"_s, u"~~~"_s,
        u"<br>"_s, u"<BR />"_s, u"<"_s, u"b"_s, u"r"_s, u"/"_s, u">"_s, u"1"_s, u"["_s, u"\U0001F600"_s,
        u"\u3000"_s, u"\u1680"_s, u"\u8000"_s, u"\uffff"_s, u"\u007f"_s, u"\u0080"_s, u"\u0001"_s,
        u"https://example.org/a"_s, u"]("_s, u":/"_s};
    QRandomGenerator random(2027);
    int fences = 0;
    int prefixes = 0;
    int folded = 0;
    for (int round = 0; round < 40000; ++round) {
        QString text;
        const int length = random.bounded(0, 8);
        for (int i = 0; i < length; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        const QStringView t(text);
        const QString where = u"\"%1\""_s.arg(text);

        const QStringView trimmed = t.trimmed();
        const QStringView mine = trimmedView(t);
        QVERIFY2(mine == trimmed && (mine.isEmpty() || mine.data() == trimmed.data()), qPrintable(where));

        const bool www = t.startsWith(u"www.", Qt::CaseInsensitive);
        QVERIFY2(startsWithNoCase(t, u"www.") == www, qPrintable(where));
        QVERIFY2(startsWithNoCase(t, u"mailto:") == t.startsWith(u"mailto:", Qt::CaseInsensitive),
            qPrintable(where));
        QVERIFY2(
            startsWithNoCase(t, u"data:") == t.startsWith(u"data:", Qt::CaseInsensitive), qPrintable(where));
        const bool script = t.startsWith(u"javascript:", Qt::CaseInsensitive);
        QVERIFY2(startsWithNoCase(t, u"javascript:") == script, qPrintable(where));
        folded += script && t.left(11).contains(u'\u017f'); // matched only by folding the long s
        // The ASCII-only form says no wherever a character past ASCII would decide.
        if (startsWithAsciiNoCase(t, u"www."))
            QVERIFY2(www, qPrintable(where));
        prefixes += www;

        const bool br = trimmed.compare(u"<br>", Qt::CaseInsensitive) == 0
            || trimmed.compare(u"<br/>", Qt::CaseInsensitive) == 0
            || trimmed.compare(u"<br />", Qt::CaseInsensitive) == 0;
        QVERIFY2(isLineBreakTag(trimmed) == br, qPrintable(where));

        QVERIFY2(indexOfShort(t, u"://") == t.indexOf(u"://"), qPrintable(where));
        QVERIFY2(indexOfShort(t, u"](") == t.indexOf(u"]("), qPrintable(where));
        for (qsizetype from = 0; from <= t.size(); ++from) {
            QVERIFY2(indexOfCharacter(t, u'/', from) == t.indexOf(u'/', from), qPrintable(where));
            qsizetype end = from;
            while (end < t.size() && !t.at(end).isSpace())
                ++end;
            QVERIFY2(endOfToken(t, from) == end, qPrintable(where + u" from "_s + QString::number(from)));
        }

        // A run of backticks with another backtick after it on the line is inline code, not a fence; a
        // quotation's marks before it are skipped.
        QStringView unquoted = trimmed;
        while (unquoted.startsWith(u'>'))
            unquoted = unquoted.sliced(1).trimmed();
        qsizetype run = 0;
        while (run < unquoted.size() && unquoted.at(run) == unquoted.at(0))
            ++run;
        const bool fence = unquoted.startsWith(u"~~~")
            || (unquoted.startsWith(u"```") && !unquoted.sliced(run).contains(u'`'));
        QVERIFY2(isFenceLine(t) == fence, qPrintable(where));
        fences += fence;
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(fences > 300);
    QVERIFY(prefixes > 300);
    QVERIFY(folded > 10);
}

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
