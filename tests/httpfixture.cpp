#include "httpfixture.h"

#include <sys/socket.h>

#include <algorithm>

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Citewise::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

} // namespace

HttpFixture::Route HttpFixture::status(int code)
{
    Route route;
    route.status = code;
    return route;
}

HttpFixture::Route HttpFixture::redirect(int code, const QByteArray &location)
{
    Route route;
    route.status = code;
    route.location = location;
    return route;
}

HttpFixture::Route HttpFixture::cookieChecked(const QByteArray &cookie)
{
    Route route;
    route.cookieCheck = cookie;
    return route;
}

HttpFixture::Route HttpFixture::silent()
{
    Route route;
    route.neverAnswer = true;
    return route;
}

HttpFixture::Route HttpFixture::delayed(int ms)
{
    Route route;
    route.delayMs = ms;
    return route;
}

HttpFixture::Route HttpFixture::headRejected(int headStatus, bool endlessBody)
{
    Route route;
    route.headStatus = headStatus;
    route.endlessBody = endlessBody;
    return route;
}

HttpFixture::Route HttpFixture::headUnanswered(bool hangUp)
{
    Route route;
    route.headSilent = !hangUp;
    route.headHangsUp = hangUp;
    return route;
}

HttpFixture::Route HttpFixture::endlessHeaders()
{
    Route route;
    route.endlessHeaders = true;
    return route;
}

HttpFixture::Route HttpFixture::endlessHeaderLine()
{
    Route route;
    route.endlessHeaderLine = true;
    return route;
}

HttpFixture::HttpFixture(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

HttpFixture::~HttpFixture() = default;

bool HttpFixture::start(const QList<QHostAddress> &addresses)
{
    const QList<QHostAddress> wanted
        = addresses.isEmpty() ? QList {QHostAddress(QHostAddress::LocalHost)} : addresses;
    // The first server picks a free port; the others must get the same one, so retry a few times.
    for (int attempt = 0; attempt < 20; ++attempt) {
        qDeleteAll(m_servers);
        m_servers.clear();
        m_port = 0;
        bool ok = true;
        for (const QHostAddress &address : wanted) {
            auto *server = new QTcpServer(this);
            if (!server->listen(address, m_port)) {
                delete server;
                ok = false;
                break;
            }
            m_port = server->serverPort();
            connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
            m_servers.append(server);
        }
        if (ok)
            return true;
    }
    return false;
}

QString HttpFixture::url(const QString &path, const QString &host) const
{
    return u"http://%1:%2%3"_s.arg(host).arg(m_port).arg(path);
}

int HttpFixture::requestCount(const QString &path) const
{
    const QByteArray wanted = path.toUtf8();
    return int(std::count_if(
        m_requests.cbegin(), m_requests.cend(), [&wanted](const Request &r) { return r.path == wanted; }));
}

int HttpFixture::peakRequestsInFlight(const QHostAddress &address) const
{
    return m_peakInFlightPerAddress.value(address.toString());
}

void HttpFixture::resetCounters()
{
    m_requests.clear();
    m_connections = 0;
    m_peakInFlight = m_inFlight;
    m_peakInFlightPerAddress = m_inFlightPerAddress;
}

void HttpFixture::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        const QString local = socket->localAddress().toString();
        ++m_connections;
        ++m_open;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
    }
}

void HttpFixture::onReadyRead(QTcpSocket *socket)
{
    // One request per connection: every answer closes the connection.
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("answered", true);
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    request.localAddress = socket->localAddress();
    request.receivedMs = m_clock.elapsed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    m_requests.append(request);
    const QString local = request.localAddress.toString();
    m_peakInFlight = qMax(m_peakInFlight, ++m_inFlight);
    m_peakInFlightPerAddress[local]
        = qMax(m_peakInFlightPerAddress.value(local), ++m_inFlightPerAddress[local]);
    answer(socket, request);
}

void HttpFixture::answer(QTcpSocket *socket, const Request &request)
{
    const qsizetype query = request.path.indexOf('?');
    const QByteArray path = query < 0 ? request.path : request.path.left(query);
    const auto it = m_routes.constFind(path);
    Route route;
    if (it == m_routes.cend())
        route.status = 404;
    else
        route = *it;
    if (!route.cookieCheck.isEmpty()) {
        const QList<QByteArray> sent = request.headers.value("cookie").split(';');
        const bool hasIt = std::any_of(sent.cbegin(), sent.cend(),
            [&route](const QByteArray &cookie) { return cookie.trimmed() == route.cookieCheck; });
        if (!hasIt) {
            route.status = 302;
            route.location = request.path;
            route.extraHeaders.append("Set-Cookie: " + route.cookieCheck + "; Path=/; HttpOnly");
        }
    }
    const bool head = request.method == "HEAD";
    if (route.neverAnswer || (head && route.headSilent))
        return;
    if (head && route.headHangsUp) {
        --m_inFlight;
        --m_inFlightPerAddress[request.localAddress.toString()];
        socket->disconnectFromHost();
        return;
    }

    const int status = head && route.headStatus ? route.headStatus : route.status;
    QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, route, status, head, local = request.localAddress.toString()] {
        --m_inFlight; // answered, or its client gone
        --m_inFlightPerAddress[local];
        if (!guard)
            return;
        const bool endless = route.endlessBody && !head;
        const QByteArray body = "fixture body\n";
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        if (route.endlessHeaders || route.endlessHeaderLine) {
            // The client always has more to read: refilled whenever it has taken most of the last fill.
            if (route.endlessHeaderLine)
                response += "X-Filler: ";
            const QByteArray filler = route.endlessHeaderLine
                ? QByteArray(64 * 1024, 'z')
                : QByteArray("X-Filler: 0123456789abcdef\r\n").repeated(2048);
            const auto fill = [guard, filler] {
                if (guard && guard->bytesToWrite() < filler.size())
                    guard->write(filler);
            };
            QObject::connect(guard, &QTcpSocket::bytesWritten, guard, fill);
            // Closed with a reset, so what the client has not read yet is dropped with the fixture.
            const linger reset {1, 0};
            ::setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            guard->write(response);
            fill();
            return;
        }
        response += "Connection: close\r\n";
        if (!endless)
            response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!route.location.isEmpty())
            response += "Location: " + route.location + "\r\n";
        for (const QByteArray &header : route.extraHeaders)
            response += header + "\r\n";
        response += "\r\n";
        if (!head && !endless)
            response += body;
        guard->write(response);
        if (!endless) {
            guard->disconnectFromHost();
            return;
        }
        // Keeps sending until the client goes away: a client that reads whole bodies never finishes.
        auto *timer = new QTimer(guard);
        QObject::connect(timer, &QTimer::timeout, guard, [guard] {
            if (guard)
                guard->write(QByteArray(16 * 1024, 'x'));
        });
        timer->start(10);
    };
    if (route.delayMs > 0)
        QTimer::singleShot(route.delayMs, this, send);
    else
        send();
}

} // namespace Citewise::Test
