#include "httpprobe.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// What Qt keeps of a connection's incoming data before it is read: a server sending without end fills
// no more memory than this.
constexpr qint64 kSocketBufferBytes = 64 * 1024;

bool isTlsError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError;
}

bool isHttps(const QUrl &url)
{
    return url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
}

// The request: the path and query as the URL encodes them (never its fragment or user name) and no
// header that tells the server more than that a link checker asks (no cookies, credentials or
// languages). Caches on the way are asked for the server's own answer, not a copy they kept.
QByteArray requestHead(
    const QByteArray &method, const QUrl &url, const QByteArray &userAgent, const QByteArray &cookies)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray host = url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1();
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent
        + "\r\nAccept: */*\r\nCache-Control: no-cache\r\nPragma: no-cache\r\nConnection: close\r\n";
    if (!cookies.isEmpty())
        head += "Cookie: " + cookies + "\r\n";
    return head + "\r\n";
}

// "HTTP/1.1 200 OK": the code and the reason phrase, nothing when the line is no status line. A code
// has three digits and starts at 100 (RFC 9110, 15): "0", "-404" or "099" name no status at all.
std::optional<HttpProbe::Answer> parseStatusLine(const QByteArray &line)
{
    const qsizetype codeStart = line.indexOf(' ') + 1;
    if (!line.startsWith("HTTP/") || codeStart == 0)
        return std::nullopt;
    const QByteArray code = line.mid(codeStart, 3);
    const bool threeDigits = code.size() == 3
        && std::all_of(code.cbegin(), code.cend(), [](char c) { return c >= '0' && c <= '9'; });
    const bool ends = line.size() == codeStart + 3 || line.at(codeStart + 3) == ' ';
    if (!threeDigits || !ends || code.startsWith('0'))
        return std::nullopt;
    HttpProbe::Answer answer;
    answer.code = code.toInt();
    answer.reason = line.mid(codeStart + 3).trimmed();
    return answer;
}

// An answer's status line and header lines, up to the empty line that ends them.
std::optional<HttpProbe::Answer> parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    std::optional<HttpProbe::Answer> answer = parseStatusLine(lines.constFirst());
    if (!answer)
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        // A line that starts with a space goes on with the value before it (an obsolete folding).
        if ((line.startsWith(' ') || line.startsWith('\t')) && !answer->headers.isEmpty()) {
            answer->headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            answer->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return answer;
}

// Just past the empty line that ends the headers, searched for from `from`; -1 while they go on.
qsizetype headEnd(const QByteArray &data, qsizetype from)
{
    const qsizetype crlf = data.indexOf("\n\r\n", from);
    const qsizetype lf = data.indexOf("\n\n", from);
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 3;
    return lf < 0 ? -1 : lf + 2;
}

} // namespace

QByteArray HttpProbe::Answer::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName == name)
            return value;
    }
    return {};
}

QList<QByteArray> HttpProbe::Answer::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[headerName, value] : headers) {
        if (headerName == name)
            values.append(value);
    }
    return values;
}

HttpProbe::HttpProbe(const QByteArray &method, const QUrl &url, const QList<QHostAddress> &addresses,
    const QByteArray &userAgent, QObject *parent)
    : QObject(parent), m_method(method), m_url(url), m_addresses(addresses), m_userAgent(userAgent)
{ }

HttpProbe::~HttpProbe()
{
    abort();
}

void HttpProbe::start()
{
    connectToNextAddress();
}

// A connection to the next of the host's addresses, each on a socket of its own: the host may have more
// than one, and not all of them may be reachable (an IPv6 address from a network without IPv6).
void HttpProbe::connectToNextAddress()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater(); // (in its own signal)
    }
    const bool https = isHttps(m_url);
    m_socket = https ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket->setReadBufferSize(kSocketBufferBytes);
    // Over TLS the request waits for the handshake (a QSslSocket is "connected" before it).
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        connect(tls, &QSslSocket::encrypted, this, &HttpProbe::sendRequest);
    else
        connect(m_socket, &QTcpSocket::connected, this, &HttpProbe::sendRequest);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpProbe::readAnswer);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpProbe::onSocketError);

    // The address the lookup gave, not the name: Qt would look it up again, and a name server that
    // changed its answer meanwhile could send the connection elsewhere. The certificate is checked
    // against the name.
    const QHostAddress address = m_addresses.at(m_nextAddress++);
    const auto port = quint16(m_url.port(https ? 443 : 80));
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        tls->connectToHostEncrypted(address.toString(), port, m_url.host(QUrl::FullyEncoded));
    else
        m_socket->connectToHost(address, port);
}

void HttpProbe::abort()
{
    m_done = true;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void HttpProbe::sendRequest()
{
    m_connected = true;
    m_socket->write(requestHead(m_method, m_url, m_userAgent, m_cookies));
}

void HttpProbe::readAnswer()
{
    if (m_done)
        return;
    // Never more than the limit and a byte: a server that does not end its headers fills no memory.
    m_received += m_socket->read(kMaxHeaderBytes + 1 - m_received.size());
    while (!m_done) {
        // Blank lines before a status line are passed over, as browsers do.
        while (m_headStart < m_received.size()
            && (m_received.at(m_headStart) == '\r' || m_received.at(m_headStart) == '\n'))
            ++m_headStart;
        m_searchFrom = qMax(m_searchFrom, m_headStart);
        // Not HTTP at all: said at once rather than when the limit is reached.
        const QByteArrayView start = QByteArrayView(m_received).sliced(m_headStart);
        if (start.size() >= 5 && !start.startsWith("HTTP/")) {
            fail(Failure::BadAnswer, u"the server's answer is not HTTP"_s);
            return;
        }
        const qsizetype end = headEnd(m_received, m_searchFrom);
        if (end < 0) {
            // The end of the headers may still be split between this read and the next.
            m_searchFrom = qMax(m_headStart, m_received.size() - 2);
            if (m_received.size() > kMaxHeaderBytes)
                fail(Failure::BadAnswer,
                    u"the answer's headers are longer than %1 KiB"_s.arg(kMaxHeaderBytes / 1024));
            return;
        }
        const std::optional<Answer> answer = parseHead(m_received.mid(m_headStart, end - m_headStart));
        m_headStart = end;
        m_searchFrom = end;
        if (!answer) {
            fail(Failure::BadAnswer, u"the server's answer has no valid status line"_s);
            return;
        }
        // An interim answer (1xx: 100 Continue, 103 Early Hints): the final one follows on the same
        // connection, and a connection that ends before it has given no answer.
        if (answer->code < 200)
            continue;
        succeed(*answer);
        return;
    }
}

void HttpProbe::onSocketError()
{
    if (m_done)
        return;
    // What arrived before the connection ended is read first: a whole answer is an answer.
    readAnswer();
    if (m_done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // Not connected: the host's other addresses may be. A TLS handshake that failed would fail there too.
    if (!m_connected && !isTlsError(error) && m_nextAddress < m_addresses.size()) {
        connectToNextAddress();
        return;
    }
    const QString reason = m_socket->errorString();
    if (isTlsError(error))
        fail(Failure::Tls, reason);
    else if (error == QAbstractSocket::ConnectionRefusedError)
        fail(Failure::ConnectionRefused, reason);
    else if (error == QAbstractSocket::RemoteHostClosedError)
        fail(Failure::Closed,
            m_received.isEmpty() ? u"the server closed the connection without answering"_s
                                 : u"the server closed the connection before the answer's headers ended"_s);
    else
        fail(Failure::Network, reason);
}

void HttpProbe::succeed(const Answer &answer)
{
    // The headers are all that is wanted: the rest of the answer is never read.
    abort();
    QMetaObject::invokeMethod(
        this, [this, answer] { Q_EMIT answered(answer); }, Qt::QueuedConnection);
}

void HttpProbe::fail(Failure failure, const QString &reason)
{
    abort();
    QMetaObject::invokeMethod(
        this, [this, failure, reason] { Q_EMIT failed(failure, reason); }, Qt::QueuedConnection);
}

} // namespace Citewise
