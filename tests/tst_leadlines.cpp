// The lines whose start the parser reads for what they say beside their text (docs/FORMAT.md): the
// title and its label, the first paragraph's dateline, and who wrote a comment and when; and the small
// matchers behind them (leadpatterns.h), judged against the regular expressions they stand for.
#include "articleio.h"
#include "formattestutil.h"
#include "leadpatterns.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Citewise;
using namespace Citewise::Test;
using namespace Qt::StringLiterals;

class TestLeadLines : public QObject
{
    Q_OBJECT

private slots:
    void titleAndDateline_data();
    void titleAndDateline();
    void agencyCreditIsKept();
    void comments();
    void leadPatternsMatchTheirExpressions();
};

void TestLeadLines::titleAndDateline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");

    QTest::addRow("seed-like") << u"Headline here\nSeoul, July 2, 2025 — North Korean leader left [1].\n"_s
                               << u"Headline here"_s << u"Seoul"_s << u"July 2, 2025"_s;
    QTest::addRow("leading blank lines, padded title")
        << u"\n\n   Padded title  \nBody.\n"_s << u"Padded title"_s << QString() << QString();
    QTest::addRow("markdown heading title")
        << u"# Notes on things\nBody text.\n"_s << u"Notes on things"_s << QString() << QString();
    // CommonMark's closing sequence is no part of the heading; a '#' glued to a word is.
    QTest::addRow("markdown heading title, closed")
        << u"## Notes on things ##\nBody text.\n"_s << u"Notes on things"_s << QString() << QString();
    QTest::addRow("markdown heading title ending in a hash")
        << u"# Notes on C#\nBody text.\n"_s << u"Notes on C#"_s << QString() << QString();
    // What only sets the title apart is not part of it.
    for (const auto &[written, title] : std::initializer_list<std::pair<QString, QString>> {
             {u"**Water rights in Valencia**"_s, u"Water rights in Valencia"_s},
             {u"## __Water rights__"_s, u"Water rights"_s}, {u"*Water rights*"_s, u"Water rights"_s},
             {u"Title: Water rights"_s, u"Water rights"_s}, {u"HEADLINE: Water rights"_s, u"Water rights"_s},
             {u"**Title:** Water rights [1]"_s, u"Water rights [1]"_s},
             {u"**Title**: Water rights"_s, u"Water rights"_s}, {u"标题：水权"_s, u"水权"_s},
             {u"Titre : La réforme"_s, u"La réforme"_s}, {u"**Titre\u00a0:** La réforme"_s, u"La réforme"_s},
             // Kept as written:
             {u"*Water* and *rights*"_s, u"*Water* and *rights*"_s}, {u"Title:"_s, u"Title:"_s},
             {u"Titles: a history"_s, u"Titles: a history"_s}, {u"Title:x"_s, u"Title:x"_s},
             {u"**Title: Water"_s, u"**Title: Water"_s}})
        QTest::addRow("title %s", qPrintable(written))
            << written + u"\nBody.\n"_s << title << QString() << QString();
    QTest::addRow("all caps place") << u"T\nWASHINGTON — Officials said.\n"_s << u"T"_s << u"WASHINGTON"_s
                                    << QString();
    // A news agency's credit ends the lead-in, and is neither place nor date.
    QTest::addRow("agency credit after a place")
        << u"T\nWASHINGTON (Reuters) - The Fed held rates [1].\n"_s << u"T"_s << u"WASHINGTON"_s << QString();
    QTest::addRow("agency credit after a place and a date")
        << u"T\nPARIS, March 3 (AFP) — Talks resumed.\n"_s << u"T"_s << u"PARIS"_s << u"March 3"_s;
    // US wires name the state after the city: both are the place.
    QTest::addRow("a city and its state, as US wires write them")
        << u"T\nOAKLAND, Calif. (AP) — The council voted [1].\n"_s << u"T"_s << u"OAKLAND, Calif."_s
        << QString();
    QTest::addRow("a city and its state, abbreviated")
        << u"T\nNEW YORK, N.Y. — Shares fell.\n"_s << u"T"_s << u"NEW YORK, N.Y."_s << QString();
    QTest::addRow("a city and its country, credited") << u"T\nLONDON, England (Reuters) — Talks resumed.\n"_s
                                                      << u"T"_s << u"LONDON, England"_s << QString();
    QTest::addRow("words in capitals and a word are no place")
        << u"T\nCOVID, Summary - what we know.\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("agency credit in lower case")
        << u"T\nBERLIN (dpa) – Die Koalition.\n"_s << u"T"_s << u"BERLIN"_s << QString();
    QTest::addRow("words in parentheses are no credit after a phrase")
        << u"T\nThe plan (draft) - read it.\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("a number in parentheses is no credit")
        << u"T\nWASHINGTON (2024) - Officials said.\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("no dateline for ordinary dash")
        << u"T\nThe plan — as announced — changed.\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("a date with its own comma")
        << u"T\nMarch 3, 2024 -- Shares fell [1].\n"_s << u"T"_s << QString() << u"March 3, 2024"_s;
    // East Asian datelines: a Japanese comma, and a date alone.
    QTest::addRow("Japanese comma") << u"T\n東京、2024年3月19日 — 政府は発表した [1]。\n"_s << u"T"_s
                                    << u"東京"_s << u"2024年3月19日"_s;
    QTest::addRow("Chinese date alone")
        << u"T\n2024年3月19日 — 政府发布 [1]。\n"_s << u"T"_s << QString() << u"2024年3月19日"_s;
    QTest::addRow("Korean date alone")
        << u"T\n2024년 7월 11일 — 정부는 발표했다 [1].\n"_s << u"T"_s << QString() << u"2024년 7월 11일"_s;
    QTest::addRow("no dateline for a year in East Asian text")
        << u"T\n2024年 — 一个新的开始 [1]。\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("no dateline for an aside")
        << u"T\nIn 2020 - a strange year - we moved [1].\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("a dash later in the text")
        << u"T\nParis, 3 March 2024 \u2014 Sales rose. Then \u2014 x.\n"_s << u"T"_s << u"Paris"_s
        << u"3 March 2024"_s;
    // Lead-ins that are no place and no date.
    for (const QString &lead :
        {u"Founded in 1998 - Google began as a project."_s, u"COVID-19 \u2013 a retrospective."_s,
            u"TL;DR - the 2024 numbers are bad."_s, u"By Jane Doe | March 5, 2024 \u2014 The council met."_s,
            u"Since 2019 - we have grown."_s, u"WWDC 2024 - Apple's keynote."_s,
            u"May 2024 update \u2014 we shipped."_s, u"UPDATE - the vote."_s})
        QTest::addRow("no dateline: %s", qPrintable(lead.left(12)))
            << u"T\n"_s + lead + u"\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("an underlined title")
        << u"Water rights\n============\nSEOUL, July 2, 2025 \u2014 The council met.\n"_s << u"Water rights"_s
        << u"SEOUL"_s << u"July 2, 2025"_s;
    // A day of the week before the comma is the date's, not a place.
    QTest::addRow("a weekday and a date")
        << u"Weekly markets\nTuesday, May 6 \u2014 Stocks opened lower after the Fed held rates [1].\n"_s
        << u"Weekly markets"_s << QString() << u"Tuesday, May 6"_s;
    QTest::addRow("a weekday shortened")
        << u"T\nTue., May 6, 2025 \u2014 Stocks fell.\n"_s << u"T"_s << QString() << u"Tue., May 6, 2025"_s;
    QTest::addRow("a place, a weekday and a date") << u"T\nWASHINGTON, Tuesday, May 6 \u2014 Stocks fell.\n"_s
                                                   << u"T"_s << u"WASHINGTON"_s << u"Tuesday, May 6"_s;
    QTest::addRow("a German weekday") << u"T\nDienstag, 6. Mai 2025 \u2014 Die Börse schloss tiefer.\n"_s
                                      << u"T"_s << QString() << u"Dienstag, 6. Mai 2025"_s;
    QTest::addRow("a Korean weekday") << u"T\n화요일, 2024년 7월 11일 — 정부는 발표했다 [1].\n"_s << u"T"_s
                                      << QString() << u"화요일, 2024년 7월 11일"_s;
    QTest::addRow("a Chinese weekday") << u"T\n星期二，2024年3月19日 — 政府发布 [1]。\n"_s << u"T"_s
                                       << QString() << u"星期二，2024年3月19日"_s;
    // Wires give the day before the month, without the year; a place in mixed case before an agency.
    QTest::addRow("a day before its month") << u"T\nLONDON, 3 May (Reuters) - The Bank held rates [1].\n"_s
                                            << u"T"_s << u"LONDON"_s << u"3 May"_s;
    QTest::addRow("a day before its month, German")
        << u"T\nBerlin, 3. Mai (dpa) - Die Regierung [1].\n"_s << u"T"_s << u"Berlin"_s << u"3. Mai"_s;
    QTest::addRow("a day before its month, Spanish")
        << u"T\nMADRID, 3 de mayo (EUROPA PRESS) - El Gobierno [1].\n"_s << u"T"_s << u"MADRID"_s
        << u"3 de mayo"_s;
    QTest::addRow("a place in mixed case before an agency")
        << u"T\nBerlin (dpa) - Die Regierung [1].\n"_s << u"T"_s << u"Berlin"_s << QString();
    QTest::addRow("a place of words joined")
        << u"T\nRio de Janeiro (AFP) - O governo [1].\n"_s << u"T"_s << u"Rio de Janeiro"_s << QString();
    QTest::addRow("an ordinal day") << u"T\nLONDON, 3rd May (Reuters) - Rates held [1].\n"_s << u"T"_s
                                    << u"LONDON"_s << u"3rd May"_s;
    for (const QString &lead : {u"Since 12 March - we have grown [1]."_s, u"Update (AP) - the vote [1]."_s,
             u"Founded 3 May - a club [1]."_s, u"Berlin (Germany) - a city [1]."_s,
             u"Dear members, 5 March - the deadline [1]."_s, u"Chapter 3, 14 June - the fair [1]."_s,
             u"Photo (AFP) - the summit [1]."_s, u"World History (AP) - a survey course [1]."_s})
        QTest::addRow("no dateline: %s", qPrintable(lead.left(14)))
            << u"T\n"_s + lead + u"\n"_s << u"T"_s << QString() << QString();
    // A release's headline under "FOR IMMEDIATE RELEASE"; a mail's subject line.
    QTest::addRow("a press release")
        << u"FOR IMMEDIATE RELEASE\n\nNorthwind Raises $48 Million\nSAN FRANCISCO, June 3, 2025 -- Northwind "
           "announced a round [1].\n"_s
        << u"Northwind Raises $48 Million"_s << u"SAN FRANCISCO"_s << u"June 3, 2025"_s;
    QTest::addRow("a press release, underlined")
        << u"FOR IMMEDIATE RELEASE\n=====================\nNorthwind Raises $48 Million\nSAN FRANCISCO, June "
           u"3, "
           "2025 /PRNewswire/ -- Northwind announced [1].\n"_s
        << u"Northwind Raises $48 Million"_s << u"SAN FRANCISCO"_s << u"June 3, 2025"_s;
    QTest::addRow("a text on press releases")
        << u"Press release\nA press release is a written statement issued to journalists [1].\n"_s
        << u"Press release"_s << QString() << QString();
    QTest::addRow("a press release in German") << u"**Pressemitteilung**\nNeue Linie eröffnet\nText [1].\n"_s
                                               << u"Neue Linie eröffnet"_s << QString() << QString();
    QTest::addRow("a mail's subject")
        << u"Subject: Re: Draft op-ed on school start times\nMarcus, the figure.\n"_s
        << u"Re: Draft op-ed on school start times"_s << QString() << QString();
    QTest::addRow("Arabic comma") << u"T\nالرياض، 3 مارس 2025 — وافق المجلس على الخطة [1].\n"_s << u"T"_s
                                  << u"الرياض"_s << u"3 مارس 2025"_s;
    QTest::addRow("an Arabic weekday") << u"T\nالثلاثاء، 3 مارس 2025 — وافق المجلس [1].\n"_s << u"T"_s
                                       << QString() << u"الثلاثاء، 3 مارس 2025"_s;
    QTest::addRow("a weekday in capitals is no place")
        << u"T\nTUESDAY \u2014 Markets rose.\n"_s << u"T"_s << QString() << QString();
    QTest::addRow("a place and a date without a comma")
        << u"T\nSeoul July 2 \u2014 The council met.\n"_s << u"T"_s << QString() << u"Seoul July 2"_s;
    QTest::addRow("front matter title")
        << u"---\nlayout: post\ntitle:  \"Bash Environments\"\n---\n\nBody.\n"_s << u"Bash Environments"_s
        << QString() << QString();
    QTest::addRow("TOML front matter title")
        << u"+++\ndate = 2024-03-01\ntitle = \"Night trains\"\nweights = [1, 3]\n+++\n\nBody [1].\n"_s
        << u"Night trains"_s << QString() << QString();
    QTest::addRow("TOML front matter without a title")
        << u"+++\ndraft = true\n+++\nNight trains\nBody.\n"_s << u"Night trains"_s << QString() << QString();
    // A front matter title is read as YAML (or TOML) reads it: blocks joined, quotes and escapes undone,
    // comments left out.
    const auto yaml = [](const QString &field) { return u"---\n"_s + field + u"\n---\nRents rose [1].\n"_s; };
    QTest::addRow("front matter title, folded block")
        << yaml(u"title: >-\n  Rents rise again\n  in Lisbon"_s) << u"Rents rise again in Lisbon"_s
        << QString() << QString();
    QTest::addRow("front matter title, folded block kept")
        << yaml(u"title: >\n  Folded title\n  over two lines\nauthor: J"_s)
        << u"Folded title over two lines"_s << QString() << QString();
    QTest::addRow("front matter title, literal block")
        << yaml(u"title: |\n  Rents rise again\n  in Lisbon\n\ndate: 2025-05-01"_s)
        << u"Rents rise again in Lisbon"_s << QString() << QString();
    QTest::addRow("front matter title, literal block of one line")
        << yaml(u"title: |  # the headline\n    Rents rise again"_s) << u"Rents rise again"_s << QString()
        << QString();
    QTest::addRow("front matter title, single quotes doubled")
        << yaml(u"title: 'It''s here'"_s) << u"It's here"_s << QString() << QString();
    QTest::addRow("front matter title, escaped double quotes")
        << yaml(u"title: \"Say \\\"hi\\\"\""_s) << u"Say \"hi\""_s << QString() << QString();
    QTest::addRow("front matter title, escapes") << yaml(u"title: \"Caf\\u00e9 \\x26 bar\\tnow \\\\o/\""_s)
                                                 << u"Caf\u00e9 & bar\tnow \\o/"_s << QString() << QString();
    QTest::addRow("front matter title, quoted with a comment")
        << yaml(u"title: \"Quoted\" # comment"_s) << u"Quoted"_s << QString() << QString();
    QTest::addRow("front matter title, plain with a comment")
        << yaml(u"title: A # b"_s) << u"A"_s << QString() << QString();
    QTest::addRow("front matter title, a hash in a word")
        << yaml(u"title: Notes on C#"_s) << u"Notes on C#"_s << QString() << QString();
    QTest::addRow("front matter title, plain over two lines")
        << yaml(u"title: Rents rise\n  in Lisbon"_s) << u"Rents rise in Lisbon"_s << QString() << QString();
    QTest::addRow("front matter title, quoted over two lines")
        << yaml(u"title: \"Rents rise\n  in Lisbon\""_s) << u"Rents rise in Lisbon"_s << QString()
        << QString();
    QTest::addRow("front matter title, quoted with a colon")
        << yaml(u"title: \"Rates: what next?\""_s) << u"Rates: what next?"_s << QString() << QString();
    QTest::addRow("TOML front matter title, escapes and a comment")
        << u"+++\ntitle = \"Say \\\"hi\\\"\" # shown\n+++\nBody.\n"_s << u"Say \"hi\""_s << QString()
        << QString();
    QTest::addRow("TOML front matter title, literal")
        << u"+++\ntitle = 'C:\\new'\n+++\nBody.\n"_s << u"C:\\new"_s << QString() << QString();
    QTest::addRow("a title key that is none")
        << u"---\ntitles: x\n---\nReal title\n"_s << u"Real title"_s << QString() << QString();
}

void TestLeadLines::titleAndDateline()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, place);
    QFETCH(QString, date);
    const Article a = parse(text);
    QCOMPARE(a.title, title);
    QCOMPARE(a.hasDateline, !place.isEmpty() || !date.isEmpty());
    if (a.hasDateline) {
        QCOMPARE(a.dateline.place, place);
        QCOMPARE(a.dateline.date, date);
        QCOMPARE(a.view(a.dateline.placeSpan), QStringView(place));
    }
}

// The agency a dateline credits is neither place nor date, but is kept: the reading view says it.
void TestLeadLines::agencyCreditIsKept()
{
    QCOMPARE(parseArticle(u"T\nOAKLAND, Calif. (AP) — The council voted.\n"_s).dateline.credit, u"AP"_s);
    QCOMPARE(parseArticle(u"T\nPARIS, March 3 (AFP) — Talks resumed.\n"_s).dateline.credit, u"AFP"_s);
    // Release wires credit themselves between slashes.
    const Article release
        = parseArticle(u"T\nSAN FRANCISCO, June 3, 2025 /PRNewswire/ -- Northwind announced.\n"_s);
    QCOMPARE(release.dateline.date, u"June 3, 2025"_s);
    QCOMPARE(release.dateline.credit, u"PRNewswire"_s);
    QCOMPARE(parseArticle(u"T\nBERLIN – Die Koalition.\n"_s).dateline.credit, QString());
}

void TestLeadLines::comments()
{
    const Article a = readArticle(readFile(fixture(u"comments.txt"_s)));
    QVERIFY(a.commentsSection.present);
    QCOMPARE(a.comments.size(), 3);
    QCOMPARE(a.comments.at(0).author, u"Alice");
    QCOMPARE(a.comments.at(0).timestamp, u"2026-03-04 10:15");
    QCOMPARE(a.comments.at(0).text, u"Checked the first source, it holds up.");
    QCOMPARE(a.comments.at(1).author, u"Bob");
    QVERIFY(a.comments.at(1).timestamp.isEmpty());
    QVERIFY(a.comments.at(2).author.isEmpty());
    QCOMPARE(a.comments.at(2).text, u"An anonymous remark without author.");

    // A label heading a remark names nobody: the line is all text.
    const Article labelled
        = parse(u"T\nBody.\nComments:\nUpdate: the council voted.\nEDIT: a typo\nPS: thanks\nAnn: Fine.\n"_s);
    QCOMPARE(labelled.comments.size(), 4);
    QVERIFY(labelled.comments.at(0).author.isEmpty());
    QCOMPARE(labelled.comments.at(0).text, u"Update: the council voted.");
    QVERIFY(labelled.comments.at(1).author.isEmpty());
    QVERIFY(labelled.comments.at(2).author.isEmpty());
    QCOMPARE(labelled.comments.at(3).author, u"Ann");

    const Article none = parse(u"T\nBody.\nComments:\nNo comments yet\n"_s);
    QVERIFY(none.commentsSection.present);
    QVERIFY(none.noCommentsPlaceholder);
    QVERIFY(none.comments.isEmpty());
    // As pages write it, in their languages.
    for (const QString &note : {u"No comments."_s, u"no comments"_s, u"(No comments)"_s,
             u"Noch keine Kommentare."_s, u"Aucun commentaire"_s,
             u"\u307e\u3060\u30b3\u30e1\u30f3\u30c8\u306f\u3042\u308a\u307e\u305b\u3093"_s,
             u"\u6682\u65e0\u8bc4\u8bba"_s, u"No hay comentarios"_s, u"_No comments yet_"_s,
             u"*No comments yet.*"_s, u"**No comments**"_s, u"Brak komentarzy."_s, u"Henüz yorum yok"_s,
             u"Belum ada komentar"_s, u"لا توجد تعليقات بعد"_s, u"אין תגובות"_s, u"No Comments Yet…"_s,
             u"Comments are closed."_s, u"0 comments"_s}) {
        const Article noted = parse(u"T\nBody.\nComments (0)\n"_s + note + u"\n"_s);
        QVERIFY2(noted.noCommentsPlaceholder && noted.comments.isEmpty(), qPrintable(note));
    }
    QCOMPARE(parse(u"T\nBody.\nComments\nBob: No comments.\n"_s).comments.size(), 1);

    // Other ways of writing who commented and when.
    const Article written
        = parse(u"T\nBody.\nComments\n[2024-05-01 10:00] Ann: One.\nAnn, 2024-05-01: Two.\n"
                "- Bob: Three.\n* Bob (May 2, 2024): Four.\nCy \u2014 May 3: Five.\n"
                "Update, May 4: the council voted.\nSmith, John: Six.\n"
                "Bob \u2014 May 1, 2024: Seven.\nBob, May 1, 2024: Eight.\n"
                "Carol, 2024-05-02 08:30: Nine.\n"
                "\u5c71\u7530\uff082024-03-19 15:00\uff09\uff1a\u5341\u3002\n"
                "\u674e\u56db\uff1a\u5341\u4e00\uff1f\n- **Alice** (Oct 29, 2024): Twelve.\n"
                "Smith, John, 2024-05-01: Thirteen.\nCarol, 3/4/2025: Fourteen.\n"
                "Priya Shah \u2014 Oct 15, 2024: Fifteen.\nTom B. \u2013 7 May 2024: Sixteen.\n"
                "Lucía M., 12/02/2025 19:40: Seventeen.\nPriya S. says: Eighteen.\n"
                "Ann (Moderator): Nineteen.\n> Marie wrote: Twenty.\nAnn (Moderator, edited): 21.\n"
                "Sam (they/them): 22.\nUpdate (edited): the tram opens.\nRavi says (Jun 3, 2025): 24.\n"_s);
    const QList<QStringList> expected = {{u"Ann"_s, u"2024-05-01 10:00"_s, u"One."_s},
        {u"Ann"_s, u"2024-05-01"_s, u"Two."_s}, {u"Bob"_s, QString(), u"Three."_s},
        {u"Bob"_s, u"May 2, 2024"_s, u"Four."_s}, {u"Cy"_s, u"May 3"_s, u"Five."_s},
        {QString(), QString(), u"Update, May 4: the council voted."_s},
        {u"Smith, John"_s, QString(), u"Six."_s}, {u"Bob"_s, u"May 1, 2024"_s, u"Seven."_s},
        {u"Bob"_s, u"May 1, 2024"_s, u"Eight."_s}, {u"Carol"_s, u"2024-05-02 08:30"_s, u"Nine."_s},
        {u"\u5c71\u7530"_s, u"2024-03-19 15:00"_s, u"\u5341\u3002"_s},
        {u"\u674e\u56db"_s, QString(), u"\u5341\u4e00\uff1f"_s},
        {u"Alice"_s, u"Oct 29, 2024"_s, u"Twelve."_s}, {u"Smith, John"_s, u"2024-05-01"_s, u"Thirteen."_s},
        {u"Carol"_s, u"3/4/2025"_s, u"Fourteen."_s},
        // A name of two words, and a time of three after it.
        {u"Priya Shah"_s, u"Oct 15, 2024"_s, u"Fifteen."_s}, {u"Tom B."_s, u"7 May 2024"_s, u"Sixteen."_s},
        // A date with a slash and a time; a page's "says"; words about the name in brackets; a reply
        // quoting a comment.
        {u"Lucía M."_s, u"12/02/2025 19:40"_s, u"Seventeen."_s}, {u"Priya S."_s, QString(), u"Eighteen."_s},
        {u"Ann (Moderator)"_s, QString(), u"Nineteen."_s},
        {QString(), QString(), u"> Marie wrote: Twenty."_s},
        {u"Ann (Moderator, edited)"_s, QString(), u"21."_s}, {u"Sam (they/them)"_s, QString(), u"22."_s},
        {QString(), QString(), u"Update (edited): the tram opens."_s},
        {u"Ravi"_s, u"Jun 3, 2025"_s, u"24."_s}};
    QCOMPARE(written.comments.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Comment &c = written.comments.at(i);
        QCOMPARE((QStringList {c.author, c.timestamp, c.text}), expected.at(i));
    }

    // Sentences with a date before a colon name no one.
    for (const QString &line :
        {u"The meeting on May 1, 2024: a summary."_s, u"Great piece, 2024: the year of AI."_s,
            u"Q1, 2024: revenue grew."_s, u"See the report, 2023-2024: it is wrong."_s,
            u"Re: Jane: thanks."_s, u"Question: where is [2]?"_s, u"1/2: half done."_s, u"and/or: both."_s,
            u"Overall, 3/4 of the claims: unsupported."_s, u"Paris, 12/05: nice."_s,
            u"\u95ee\u9898\uff08\u7b2c2\u6bb5\uff09\uff1a\u6570\u636e\u6709\u8bef"_s}) {
        const Article plain = parse(u"T\nBody.\nComments\n"_s + line + u"\n"_s);
        QCOMPARE(plain.comments.size(), 1);
        QVERIFY2(plain.comments.constFirst().author.isEmpty(), qPrintable(line));
        QCOMPARE(plain.comments.constFirst().text, line);
    }

    // Headers that show how many comments follow, or say whose they are.
    for (const QString &header :
        {u"Comments (2)"_s, u"## 2 Comments"_s, u"Comments: 2"_s, u"Comments — 2"_s, u"Reader comments"_s,
            u"Kommentare (2)"_s, u"**评论 (2)**"_s, u"التعليقات"_s, u"## תגובות"_s, u"Comentários (2)"_s,
            u"留言"_s, u"\U0001F4AC Comments"_s, u"Comments [2]"_s, u"Responses (23)"_s,
            u"2 thoughts on “Why our library went fine-free after eleven years of late fees”"_s,
            u"### One response to \"Fares\""_s, u"Top comments"_s}) {
        const Article counted
            = parse(u"T\nBody [1].\nReferences\n[1] https://a.example/\n%1\nAnn: Fine.\nBob: Agreed.\n"_s.arg(
                header));
        QVERIFY2(counted.commentsSection.present, qPrintable(header));
        QCOMPARE(counted.commentsSection.headerLine, 5);
        QCOMPARE(counted.comments.size(), 2);
    }
    // A count alone, or a word that heads other sections as often, is no header.
    for (const QString &line : {u"Comments (a)"_s, u"Discussion"_s, u"2 Comments later"_s, u"(2)"_s,
             u"Responses"_s, u"2 thoughts on the matter"_s, u"Replies [a]"_s})
        QVERIFY2(!parse(u"T\nBody.\n%1\nAnn: Fine.\n"_s.arg(line)).commentsSection.present, qPrintable(line));
}

// The hand-written matchers against the expressions they stand for, on strings made of the
// characters that matter to them: every kind of space and dash, brackets, colons, digits, month
// names, letters that match others when case is ignored (long s, the Kelvin sign), and characters
// outside the Basic Multilingual Plane, which count as one.
void TestLeadLines::leadPatternsMatchTheirExpressions()
{
    const QRegularExpression dateline(uR"(^([^\s—–][^—–\n]{0,80}?)\s+(?:—|–|--|-)\s+)"_s);
    const QRegularExpression dateLike(
        uR"(\b(1[6-9]|20)\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression withTime(uR"(^([^:()\[\]]{1,80}?)\s*\(([^()]{1,60})\)\s*:\s?)"_s);
    const QRegularExpression withAuthor(uR"(^((?:[^:()\[\]/]|(?<=\d)/(?=\d)){1,60}?):\s)"_s);
    const QStringList pieces = {u"a"_s, u"Z"_s, u"é"_s, u"_"_s, u"x"_s, u"0"_s, u"1"_s, u"2"_s, u"6"_s,
        u"9"_s, u" "_s, u"  "_s, u"\t"_s, u"\n"_s, u"\r"_s, u"\v"_s, u"\f"_s, u"\u00a0"_s, u"\u0085"_s,
        u"\u2003"_s, u"—"_s, u"–"_s, u"-"_s, u"--"_s, u":"_s, u"("_s, u")"_s, u"["_s, u"]"_s, u"/"_s, u"."_s,
        u","_s, u"\u017f"_s, u"\u212a"_s, u"\U0001F600"_s, u"Jan"_s, u"SEP"_s, u"\u017fep"_s, u"Mayor"_s,
        u"dec."_s, u"march"_s, u"Aug\u017ft"_s, u"1999"_s, u"2025"_s, u"1599"_s, u"2100"_s, u"12025"_s,
        u"Valencia"_s, u"Ann Lee"_s, u" — "_s, u" -- "_s, u" - "_s, u" (2025-04-09 18:42): "_s, u": "_s,
        u"(x)"_s};
    int matched[4] = {};
    const auto check = [&](const QString &text) {
        const QString where = u"\"%1\""_s.arg(text);

        const QRegularExpressionMatch d = dateline.match(text);
        const std::optional<DatelineLead> lead = matchDatelineLead(text);
        QVERIFY2(d.hasMatch() == lead.has_value(), qPrintable(where));
        if (lead) {
            QVERIFY2(d.capturedLength(1) == lead->prefixLength && d.capturedLength(0) == lead->length,
                qPrintable(where));
            ++matched[0];
        }
        const bool date = dateLike.match(text).hasMatch();
        QVERIFY2(date == containsDateLike(text), qPrintable(where));
        matched[1] += date;

        const QRegularExpressionMatch t = withTime.match(text);
        const std::optional<CommentLead> timed = matchCommentWithTime(text);
        QVERIFY2(t.hasMatch() == timed.has_value(), qPrintable(where));
        if (timed) {
            QVERIFY2(t.capturedStart(1) == timed->author.start && t.capturedLength(1) == timed->author.length
                    && t.capturedStart(2) == timed->time.start && t.capturedLength(2) == timed->time.length
                    && t.capturedEnd(0) == timed->length,
                qPrintable(where));
            ++matched[2];
        }
        const QRegularExpressionMatch a = withAuthor.match(text);
        const std::optional<CommentLead> author = matchCommentAuthor(text);
        QVERIFY2(a.hasMatch() == author.has_value(), qPrintable(where));
        if (author) {
            QVERIFY2(a.capturedLength(1) == author->author.length && a.capturedEnd(0) == author->length,
                qPrintable(where));
            ++matched[3];
        }
    };
    // The limits: one character short of each, at it, and past it.
    for (int n : {59, 60, 61, 79, 80, 81, 82}) {
        check(QString(n, u'p') + u" — text"_s);
        check(u"Ann ("_s + QString(n, u't') + u"): text"_s);
        check(QString(n, u'a') + u" (time): text"_s);
        check(QString(n, u'a') + u": text"_s);
        check(QString(n - 1, u'a') + u"\U0001F600: text"_s);
        if (QTest::currentTestFailed())
            return;
    }
    QRandomGenerator random(2026);
    for (int round = 0; round < 60000; ++round) {
        QString text;
        const int length = random.bounded(1, round % 7 == 0 ? 90 : 16);
        for (int i = 0; i < length; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        check(text);
        if (QTest::currentTestFailed())
            return;
    }
    // Each pattern was met often enough to have been tried.
    for (int count : matched)
        QVERIFY2(count > 300, qPrintable(QString::number(count)));
}

QTEST_GUILESS_MAIN(TestLeadLines)
#include "tst_leadlines.moc"
