// citewise --check-links run in-process against a local HTTP fixture: text and JSON output, exit
// codes. Nothing here leaves the loopback interface.
#include "httpfixture.h"
#include "linkcheckcommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Citewise::Test::HttpFixture;

class tst_LinkCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void commandText();
    void brokenAfterRedirectSaysWhereItWent();
    void tooManyRequestsIsNoFailure();
    void controlCharactersArePrintedAsText();
    void commandJson();
    void jsonSaysWhy();
    void commandUnreadableFile();
    void fragmentsShareOneRequest();
    void unreachableServersFail_data();
    void unreachableServersFail();
    void linesComeAsLinksAreAnswered();
    void endlessHeadersEndWithTheirLine();

private:
    std::unique_ptr<HttpFixture> m_fixture;
};

void tst_LinkCheckCommand::init()
{
    m_fixture = std::make_unique<HttpFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->setRoute(u"/ok"_s, {});
}

static QString writeArticle(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

// An address holding a control character (an escape sequence) is printed with it written out: a file
// must not drive the terminal the report is read on.
void tst_LinkCheckCommand::controlCharactersArePrintedAsText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeArticle(dir, u"a.txt"_s,
        u"Title\n\nBody cites [1].\n\nReferences\n[1] %1\u001b[31m\n"_s.arg(m_fixture->url(u"/ok"_s)));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    runCheckLinks({path}, {.timeoutMs = 3000, .jobs = 1, .allowPrivate = true}, out, err);
    QVERIFY2(outText.contains(u"\\x1B[31m"_s), qPrintable(outText));
    QVERIFY(std::none_of(outText.cbegin(), outText.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control && c != u'\n'; }));
}

// A link moved to a page that is gone: the line names the page, as a redirect's does.
void tst_LinkCheckCommand::brokenAfterRedirectSaysWhereItWent()
{
    m_fixture->setRoute(u"/moved-away"_s, HttpFixture::redirect(301, "/gone"));
    m_fixture->setRoute(u"/gone"_s, HttpFixture::status(404));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeArticle(dir, u"a.txt"_s,
        u"Title\n\nBody cites [1].\n\nReferences\n[1] %1\n"_s.arg(m_fixture->url(u"/moved-away"_s)));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runCheckLinks({path}, {.timeoutMs = 3000, .jobs = 1, .allowPrivate = true}, out, err), 1);
    const QString line = outText.trimmed();
    QVERIFY(std::none_of(
        line.cbegin(), line.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }));
    QVERIFY2(line.startsWith(u"[1] broken 404 %1 -> %2 ("_s.arg(
                 m_fixture->url(u"/moved-away"_s), m_fixture->url(u"/gone"_s))),
        qPrintable(line));

    // Redirects back to the page cited (a check for cookies) lead nowhere else: no arrow.
    m_fixture->setRoute(u"/story"_s, HttpFixture::cookieChecked("consent=yes"));
    const QString gated = writeArticle(dir, u"b.txt"_s,
        u"Title\n\nBody cites [1].\n\nReferences\n[1] %1\n"_s.arg(m_fixture->url(u"/story"_s)));
    outText.clear();
    QCOMPARE(runCheckLinks({gated}, {.timeoutMs = 3000, .jobs = 1, .allowPrivate = true}, out, err), 0);
    out.flush();
    QVERIFY2(outText.trimmed().startsWith(u"[1] ok 200 %1 ("_s.arg(m_fixture->url(u"/story"_s))),
        qPrintable(outText));
}

// A server that keeps answering 429 Too Many Requests says nothing about the page: the line says so,
// and the run does not fail for it (a broken link beside it still does).
void tst_LinkCheckCommand::tooManyRequestsIsNoFailure()
{
    m_fixture->setRoute(u"/busy"_s, HttpFixture::status(429));
    m_fixture->setRoute(u"/gone"_s, HttpFixture::status(404));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString busy = writeArticle(dir, u"busy.txt"_s,
        u"Title\n\nBody cites [1].\n\nReferences\n[1] %1\n"_s.arg(m_fixture->url(u"/busy"_s)));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runCheckLinks({busy}, {.timeoutMs = 3000, .jobs = 1, .allowPrivate = true}, out, err), 0);
    QVERIFY2(outText.startsWith(u"[1] rate-limited 429 %1 ("_s.arg(m_fixture->url(u"/busy"_s))),
        qPrintable(outText));

    const QString both = writeArticle(dir, u"both.txt"_s,
        u"Title\n\nBody cites [1] and [2].\n\nReferences\n[1] %1\n[2] %2\n"_s.arg(
            m_fixture->url(u"/busy"_s), m_fixture->url(u"/gone"_s)));
    outText.clear();
    QCOMPARE(runCheckLinks({both}, {.timeoutMs = 3000, .jobs = 1, .allowPrivate = true}, out, err), 1);
}

void tst_LinkCheckCommand::commandText()
{
    m_fixture->setRoute(u"/moved"_s, HttpFixture::redirect(301, "/ok"));
    m_fixture->setRoute(u"/gone"_s, HttpFixture::status(404));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeArticle(dir, u"a.txt"_s,
        u"Title\n\nBody cites [1], [2], [3] and [4].\n\nReferences\n"
        "[1] %1 Fine\n[2] %2 Moved\n[3] %3 Gone\n[4] %1 Again\n"_s.arg(
            m_fixture->url(u"/ok"_s), m_fixture->url(u"/moved"_s), m_fixture->url(u"/gone"_s)));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = runCheckLinks({path}, {.timeoutMs = 3000, .jobs = 4, .allowPrivate = true}, out, err);
    QCOMPARE(code, 1);
    QVERIFY(errText.isEmpty());
    const QStringList lines = outText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(
        lines.at(0).startsWith(u"[1] ok 200 %1 ("_s.arg(m_fixture->url(u"/ok"_s))), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"[2] redirected 200 %1 -> %2 ("_s.arg(
                 m_fixture->url(u"/moved"_s), m_fixture->url(u"/ok"_s))),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"[3] broken 404 "_s), qPrintable(lines.at(2)));
    QVERIFY(lines.at(3).startsWith(u"[4] ok 200 "_s));
    QVERIFY(lines.at(3).endsWith(u" ms)"_s));
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 2); // once directly, once after the redirect

    // Private addresses are off by default: nothing is contacted and nothing counts as broken.
    m_fixture->resetCounters();
    outText.clear();
    QCOMPARE(runCheckLinks({path}, {}, out, err), 0);
    QVERIFY(outText.contains(u"[1] private-address - "_s));
    QCOMPARE(m_fixture->connectionCount(), 0);
}

void tst_LinkCheckCommand::commandJson()
{
    m_fixture->setRoute(u"/moved"_s, HttpFixture::redirect(308, "/ok"));
    QTemporaryDir dir;
    const QString path = writeArticle(dir, u"b.txt"_s,
        u"Title\n\nText [1][2][3].\n\nReferences\n[1] %1\n[2] %2\n[3] ftp://files.example/x\n"_s.arg(
            m_fixture->url(u"/ok"_s), m_fixture->url(u"/moved"_s)));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runCheckLinks({path}, {.timeoutMs = 4000, .allowPrivate = true, .json = true}, out, err), 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(outText.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 3);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(u"file"_s).toString(), path);
    QCOMPARE(first.value(u"number"_s).toInt(), 1);
    QCOMPARE(first.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(first.value(u"code"_s).toInt(), 200);
    QVERIFY(first.value(u"final_url"_s).isNull());
    QVERIFY(first.value(u"elapsed_ms"_s).isDouble());
    // The timeout each request had, so a script can tell a slow server from a short timeout.
    QCOMPARE(first.value(u"timeout_ms"_s).toInt(), 4000);
    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(u"status"_s).toString(), u"redirected"_s);
    QCOMPARE(second.value(u"final_url"_s).toString(), m_fixture->url(u"/ok"_s));
    const QJsonArray redirects = second.value(u"redirects"_s).toArray();
    QCOMPARE(redirects.size(), 1);
    QCOMPARE(redirects.at(0).toObject().value(u"code"_s).toInt(), 308);
    QCOMPARE(second.value(u"timeout_ms"_s).toInt(), 4000);
    // Nothing is asked of a blocked address: no timeout to report.
    const QJsonObject third = array.at(2).toObject();
    QCOMPARE(third.value(u"status"_s).toString(), u"blocked"_s);
    QVERIFY(third.value(u"timeout_ms"_s).isNull());
}

// With --json each link says why it failed or was not checked, in words, where its status alone does
// not: what the server did, what the TLS check refused, which address was not allowed.
void tst_LinkCheckCommand::jsonSaysWhy()
{
    m_fixture->setRoute(u"/gone"_s, HttpFixture::status(404));
    // A server that hangs up on every request.
    QTcpServer hangsUp;
    QVERIFY(hangsUp.listen(QHostAddress::LocalHost));
    connect(&hangsUp, &QTcpServer::newConnection, &hangsUp, [&hangsUp] {
        while (QTcpSocket *socket = hangsUp.nextPendingConnection())
            socket->abort();
    });
    // One that answers in plain HTTP at once, where TLS is expected.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    QStringList urls = {m_fixture->url(u"/ok"_s), m_fixture->url(u"/gone"_s),
        u"http://127.0.0.1:%1/page"_s.arg(hangsUp.serverPort()), u"ftp://files.example/x"_s};
    if (QSslSocket::supportsSsl())
        urls.append(u"https://127.0.0.1:%1/"_s.arg(plain.serverPort()));
    QString text = u"Title\n\nText [1].\n\nReferences\n"_s;
    for (qsizetype i = 0; i < urls.size(); ++i)
        text += u"[%1] %2\n"_s.arg(i + 1).arg(urls.at(i));
    QTemporaryDir dir;
    const QString path = writeArticle(dir, u"w.txt"_s, text);
    const auto entries = [&path](bool allowPrivate) {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        runCheckLinks({path}, {.timeoutMs = 3000, .allowPrivate = allowPrivate, .json = true}, out, err);
        return QJsonDocument::fromJson(outText.toUtf8()).array();
    };

    const QJsonArray checked = entries(true);
    QCOMPARE(checked.size(), urls.size());
    const auto error = [&checked](qsizetype i) { return checked.at(i).toObject().value(u"error"_s); };
    QVERIFY(checked.at(0).toObject().contains(u"error"_s));
    QVERIFY(error(0).isNull()); // ok: nothing to say
    QCOMPARE(error(1).toString(), u"Not Found"_s);
    QCOMPARE(checked.at(2).toObject().value(u"status"_s).toString(), u"network-error"_s);
    QCOMPARE(error(2).toString(), u"the server closed the connection without answering"_s);
    QCOMPARE(error(3).toString(), u"only http and https links are checked"_s);
    if (urls.size() > 4) {
        QCOMPARE(checked.at(4).toObject().value(u"status"_s).toString(), u"tls-error"_s);
        QVERIFY(!error(4).toString().isEmpty());
    }

    const QJsonArray refused = entries(false);
    QCOMPARE(refused.at(0).toObject().value(u"status"_s).toString(), u"private-address"_s);
    QCOMPARE(refused.at(0).toObject().value(u"error"_s).toString(), u"the host is not a public address"_s);
}

void tst_LinkCheckCommand::commandUnreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.txt"_s);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runCheckLinks({missing}, {}, out, err), 2);
    QVERIFY2(errText.contains(missing), qPrintable(errText));
    QVERIFY(errText.contains(u"cannot read"_s));
}

// References to two sections of one page: one request, and each line names its own link.
void tst_LinkCheckCommand::fragmentsShareOneRequest()
{
    m_fixture->setRoute(u"/gone"_s, HttpFixture::status(404));
    const QString intro = m_fixture->url(u"/ok#intro"_s);
    const QString results = m_fixture->url(u"/ok#results"_s);
    const QString goneIntro = m_fixture->url(u"/gone#intro"_s);
    const QString goneResults = m_fixture->url(u"/gone#results"_s);
    QTemporaryDir dir;
    const QString path = writeArticle(dir, u"c.txt"_s,
        u"Title\n\nText [1][2][3][4].\n\nReferences\n[1] %1\n[2] %2\n[3] %3\n[4] %4\n"_s.arg(
            intro, results, goneIntro, goneResults));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runCheckLinks({path}, {.timeoutMs = 3000, .allowPrivate = true}, out, err), 1);
    const QStringList lines = outText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(u"[1] ok 200 %1 ("_s.arg(intro)), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"[2] ok 200 %1 ("_s.arg(results)), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"[3] broken 404 %1 ("_s.arg(goneIntro)), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"[4] broken 404 %1 ("_s.arg(goneResults)), qPrintable(lines.at(3)));
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
    QCOMPARE(m_fixture->requestCount(u"/gone"_s), 2); // HEAD, and GET to confirm the 404
}

void tst_LinkCheckCommand::unreachableServersFail_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<QByteArray>("answer"); // empty: the connection is closed unanswered
    QTest::addColumn<QString>("status");
    const QByteArray badRequest
        = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QTest::addRow("connection-refused") << u"http"_s << false << badRequest << u"connection-refused"_s;
    QTest::addRow("tls-error") << u"https"_s << true << badRequest << u"tls-error"_s;
    QTest::addRow("closed unanswered") << u"http"_s << true << QByteArray() << u"network-error"_s;
    QTest::addRow("no HTTP") << u"http"_s << true << QByteArray("\x01\xffHELLO\n\n") << u"network-error"_s;
}
void tst_LinkCheckCommand::unreachableServersFail()
{
    QFETCH(QString, scheme);
    QFETCH(bool, listening);
    QFETCH(QByteArray, answer);
    QFETCH(QString, status);
    if (scheme == u"https" && !QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    // A server that answers in plain HTTP where TLS is expected, one that hangs up unanswered, one that
    // answers what is no HTTP; closed, nothing listens on its port.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            if (answer.isEmpty()) {
                socket->abort();
                continue;
            }
            connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                socket->readAll();
                socket->write(answer);
                socket->disconnectFromHost();
            });
        }
    });
    const quint16 port = server.serverPort();
    if (!listening)
        server.close();

    QTemporaryDir dir;
    const QString unreachable = u"%1://127.0.0.1:%2/page"_s.arg(scheme).arg(port);
    const QString path = writeArticle(dir, u"c.txt"_s,
        u"Title\n\nText [1][2].\n\nReferences\n[1] %1\n[2] %2\n"_s.arg(
            m_fixture->url(u"/ok"_s), unreachable));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runCheckLinks({path}, {.timeoutMs = 3000, .allowPrivate = true}, out, err), 1);
    QVERIFY2(outText.contains(u"[2] %1 - %2 ("_s.arg(status, unreachable)), qPrintable(outText));
}

// A line is printed once its link and those before it are answered, not when the whole run ends: a long
// run shows how far it got.
void tst_LinkCheckCommand::linesComeAsLinksAreAnswered()
{
    m_fixture->setRoute(u"/slow"_s, HttpFixture::delayed(2000));
    QTemporaryDir dir;
    const QString path = writeArticle(dir, u"s.txt"_s,
        u"Title\n\nText [1][2][3].\n\nReferences\n[1] %1\n[2] %2\n[3] %1?again\n"_s.arg(
            m_fixture->url(u"/ok"_s), m_fixture->url(u"/slow"_s)));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QString seenMidway;
    QTimer::singleShot(1000, [&outText, &seenMidway] { seenMidway = outText; });
    QCOMPARE(runCheckLinks({path}, {.allowPrivate = true}, out, err), 0);
    QVERIFY2(seenMidway.startsWith(u"[1] ok 200 "_s), qPrintable(seenMidway));
    QCOMPARE(seenMidway.count(u'\n'), 1); // [3], answered already, waits for [2]
    QCOMPARE(outText.count(u'\n'), 3);
    QVERIFY2(outText.section(u'\n', 1, 1).startsWith(u"[2] ok 200 "_s), qPrintable(outText));
    QVERIFY2(outText.section(u'\n', 2, 2).startsWith(u"[3] ok 200 "_s), qPrintable(outText));
}

// A server that never ends its headers is cut off when its link has its line: the command is not left
// reading it, and the links after it are answered.
void tst_LinkCheckCommand::endlessHeadersEndWithTheirLine()
{
    m_fixture->setRoute(u"/flood"_s, HttpFixture::endlessHeaders());
    QTemporaryDir dir;
    const QString path = writeArticle(dir, u"f.txt"_s,
        u"Title\n\nText [1][2].\n\nReferences\n[1] %1\n[2] %2\n"_s.arg(
            m_fixture->url(u"/flood"_s), m_fixture->url(u"/ok"_s)));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runCheckLinks({path}, {.timeoutMs = 3000, .allowPrivate = true}, out, err), 1);
    const QStringList lines = outText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"[1] network-error - "_s), qPrintable(outText));
    QVERIFY2(lines.at(1).startsWith(u"[2] ok 200 "_s), qPrintable(outText));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->openConnections(), 0, 2000);
}

QTEST_GUILESS_MAIN(tst_LinkCheckCommand)
#include "tst_linkcheckcommand.moc"
