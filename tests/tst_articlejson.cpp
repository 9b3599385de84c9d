// Checks the JSON printed by `citewise --json`: its shape, and that values come from the article.
#include "articleio.h"
#include "articlejson.h"
#include "diagnostic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

const QString kSample = u"Harbour town opens a tidal pilot\n"
                        "Brest, March 4, 2025 — The turbine was switched on today [2].\n"
                        "Forty homes will be supplied [1][2], later more [1-3].\n"
                        "References:\n"
                        "[1] https://example.org/a First source\n"
                        "[2] https://example.com/b\n"
                        "[3] https://example.net/c\n"
                        "Comments\n"
                        "Ana Lima (2025-03-04 10:00): Good news.\n"
                        "Tom: Any numbers?\n"_s;

QJsonObject jsonOf(const QString &text)
{
    const Article article = parseArticle(text);
    return articleToJson(article, analyseArticle(article));
}

// Follows a path like "citations/1/numbers" through objects and arrays.
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue current = root;
    for (const QString &part : path.split(u'/')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex)
            current = current.toArray().at(index);
        else
            current = current.toObject().value(part);
    }
    return current;
}

QJsonValue parseValue(const QByteArray &json)
{
    // Wrapped so that scalars parse too.
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

} // namespace

class TestArticleJson : public QObject
{
    Q_OBJECT
private slots:
    void values_data();
    void values();
    void shape();
    void noDateline();
    void datelineCredit();
    void invalidEncodingIsValidJson();
    void diagnosticsAreCopied();
};

void TestArticleJson::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("title") << kSample << u"title"_s << QByteArray(R"("Harbour town opens a tidal pilot")");
    QTest::addRow("dateline place") << kSample << u"dateline/place"_s << QByteArray(R"("Brest")");
    QTest::addRow("dateline date") << kSample << u"dateline/date"_s << QByteArray(R"("March 4, 2025")");
    QTest::addRow("paragraph count") << kSample << u"paragraphs"_s
                                     << QByteArray(R"([{"line":2},{"line":3}])");
    QTest::addRow("first paragraph line") << kSample << u"paragraphs/0/line"_s << QByteArray("2");
    QTest::addRow("second paragraph text")
        << kSample << u"paragraphs/1/text"_s
        << QByteArray(R"("Forty homes will be supplied [1][2], later more [1-3].")");
    QTest::addRow("citation single") << kSample << u"citations/0/numbers"_s << QByteArray("[2]");
    QTest::addRow("citation line") << kSample << u"citations/0/line"_s << QByteArray("2");
    QTest::addRow("cluster is two citations") << kSample << u"citations/2/numbers"_s << QByteArray("[2]");
    QTest::addRow("cluster column") << kSample << u"citations/2/column"_s << QByteArray("33");
    QTest::addRow("range expanded") << kSample << u"citations/3/numbers"_s << QByteArray("[1,2,3]");
    QTest::addRow("list") << u"T\nSee [1, 3].\nReferences\n[1] https://a.example\n[3] https://b.example\n"_s
                          << u"citations/0/numbers"_s << QByteArray("[1,3]");
    QTest::addRow("reference number") << kSample << u"references/2/number"_s << QByteArray("3");
    QTest::addRow("reference url") << kSample << u"references/0/url"_s
                                   << QByteArray(R"("https://example.org/a")");
    QTest::addRow("reference label") << kSample << u"references/0/label"_s << QByteArray(R"("First source")");
    QTest::addRow("reference without label") << kSample << u"references/1/label"_s << QByteArray(R"("")");
    QTest::addRow("reference line") << kSample << u"references/1/line"_s << QByteArray("6");
    QTest::addRow("comment author") << kSample << u"comments/0/author"_s << QByteArray(R"("Ana Lima")");
    QTest::addRow("comment timestamp")
        << kSample << u"comments/0/timestamp"_s << QByteArray(R"("2025-03-04 10:00")");
    QTest::addRow("comment text") << kSample << u"comments/0/text"_s << QByteArray(R"("Good news.")");
    QTest::addRow("comment without timestamp") << kSample << u"comments/1/timestamp"_s << QByteArray(R"("")");
    QTest::addRow("comment author only") << kSample << u"comments/1/author"_s << QByteArray(R"("Tom")");
    QTest::addRow("no comments placeholder")
        << u"T\nBody.\nComments\nNo comments yet\n"_s << u"comments"_s << QByteArray("[]");
}

void TestArticleJson::values()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);

    const QJsonValue actual = valueAt(jsonOf(text), path);
    const QJsonValue wanted = parseValue(expected);
    QVERIFY2(!wanted.isUndefined(), "bad expectation in the test table");
    // For arrays of objects the expectation lists only the keys that matter.
    if (wanted.isArray() && !wanted.toArray().isEmpty() && wanted.toArray().first().isObject()) {
        const QJsonArray actualArray = actual.toArray();
        const QJsonArray wantedArray = wanted.toArray();
        QCOMPARE(actualArray.size(), wantedArray.size());
        for (qsizetype i = 0; i < wantedArray.size(); ++i) {
            const QJsonObject w = wantedArray.at(i).toObject();
            for (auto it = w.begin(); it != w.end(); ++it)
                QCOMPARE(actualArray.at(i).toObject().value(it.key()), it.value());
        }
        return;
    }
    QCOMPARE(actual, wanted);
}

void TestArticleJson::shape()
{
    const QJsonObject json = jsonOf(kSample);
    QVERIFY(json.value(u"title"_s).isString());
    QVERIFY(json.value(u"dateline"_s).isObject());
    for (const QString &key :
        {u"paragraphs"_s, u"citations"_s, u"references"_s, u"comments"_s, u"diagnostics"_s})
        QVERIFY2(json.value(key).isArray(), qPrintable(key));

    const QJsonObject citation = json.value(u"citations"_s).toArray().first().toObject();
    QVERIFY(citation.value(u"line"_s).isDouble());
    QVERIFY(citation.value(u"column"_s).isDouble());
    QVERIFY(citation.value(u"numbers"_s).isArray());

    const QJsonObject reference = json.value(u"references"_s).toArray().first().toObject();
    for (const QString &key : {u"url"_s, u"label"_s})
        QVERIFY2(reference.value(key).isString(), qPrintable(key));
    for (const QString &key : {u"number"_s, u"line"_s})
        QVERIFY2(reference.value(key).isDouble(), qPrintable(key));

    const QJsonObject comment = json.value(u"comments"_s).toArray().first().toObject();
    for (const QString &key : {u"author"_s, u"timestamp"_s, u"text"_s})
        QVERIFY2(comment.value(key).isString(), qPrintable(key));
}

void TestArticleJson::noDateline()
{
    const QJsonObject json
        = jsonOf(u"Title\nNo place or date here [1].\nReferences\n[1] https://a.example\n"_s);
    QVERIFY(json.value(u"dateline"_s).isNull());
}

void TestArticleJson::datelineCredit()
{
    const QJsonObject wire = jsonOf(
        u"Title\nOAKLAND, Calif. (AP) — The council voted [1].\nReferences\n[1] https://a.example\n"_s)
                                 .value(u"dateline"_s)
                                 .toObject();
    QCOMPARE(wire.value(u"place"_s).toString(), u"OAKLAND, Calif."_s);
    QCOMPARE(wire.value(u"credit"_s).toString(), u"AP"_s);

    const QJsonObject plain = jsonOf(kSample).value(u"dateline"_s).toObject();
    QVERIFY(plain.contains(u"credit"_s));
    QVERIFY(plain.value(u"credit"_s).isNull());
}

void TestArticleJson::invalidEncodingIsValidJson()
{
    const Article article = readArticle("Title\nCaf\xe9 au lait [1].\nReferences\n[1] https://a.example\n");
    const QByteArray bytes = QJsonDocument(articleToJson(article, analyseArticle(article))).toJson();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(QString::fromUtf8(bytes).isValidUtf16());
    const QString text = valueAt(parsed.object(), u"paragraphs/0/text"_s).toString();
    QCOMPARE(text, u"Caf\uFFFD au lait [1]."_s);
}

void TestArticleJson::diagnosticsAreCopied()
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.code = u"dangling-citation"_s;
    d.line = 3;
    d.column = 7;
    d.message = u"No reference [9]"_s;
    const QJsonArray diagnostics
        = articleToJson(parseArticle(kSample), {d}).value(u"diagnostics"_s).toArray();
    QCOMPARE(diagnostics.size(), 1);
    const QJsonObject json = diagnostics.first().toObject();
    QCOMPARE(json.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(json.value(u"code"_s).toString(), u"dangling-citation"_s);
    QCOMPARE(json.value(u"line"_s).toInt(), 3);
    QCOMPARE(json.value(u"column"_s).toInt(), 7);
    QCOMPARE(json.value(u"message"_s).toString(), u"No reference [9]"_s);
}

QTEST_GUILESS_MAIN(TestArticleJson)
#include "tst_articlejson.moc"
