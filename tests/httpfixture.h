// A small HTTP/1.1 server on loopback addresses for the link checker tests: scripted routes,
// a log of every request and the peak number of connections open at once.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Citewise::Test {

// Serves scripted answers on one port, on one or more loopback addresses.
class HttpFixture : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        int status = 200;
        QByteArray location; // sent as "Location" when not empty
        QList<QByteArray> extraHeaders; // "Name: value"
        int delayMs = 0; // wait before answering
        bool neverAnswer = false; // keep the connection open and silent
        int headStatus = 0; // when not 0, the status for HEAD requests
        bool headSilent = false; // HEAD: keep the connection open and silent
        bool headHangsUp = false; // HEAD: close the connection without answering
        bool endlessBody = false; // GET: stream a body that never ends
        bool endlessHeaders = false; // send header lines as fast as they are taken, never ending them
        bool endlessHeaderLine = false; // the same with one header line that never ends
        // When not empty ("name=value"), a request that does not send this cookie is sent back to the
        // same path with a 302 that sets it, as sites that first check for cookies do.
        QByteArray cookieCheck;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QHostAddress localAddress;
        qint64 receivedMs = 0; // since the fixture was made
    };

    static Route status(int code);
    static Route redirect(int code, const QByteArray &location);
    static Route silent();
    static Route delayed(int ms);
    static Route headRejected(int headStatus, bool endlessBody = false);
    static Route headUnanswered(bool hangUp);
    static Route endlessHeaders();
    static Route endlessHeaderLine();
    static Route cookieChecked(const QByteArray &cookie);

    explicit HttpFixture(QObject *parent = nullptr);
    ~HttpFixture() override;

    // Listens on the same free port on every address given (127.0.0.1 when empty).
    bool start(const QList<QHostAddress> &addresses = {});
    quint16 port() const { return m_port; }
    QString url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    void setRoute(const QString &path, const Route &route) { m_routes.insert(path.toUtf8(), route); }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QString &path) const;
    int connectionCount() const { return m_connections; }
    int openConnections() const { return m_open; }
    // The most requests received and not yet answered at once (on one address), since the start or
    // resetCounters(). A client answered cannot send its next request before the answer reaches it, so
    // this never counts more than the client had under way; open connections would (the fixture learns
    // that a socket it closed is gone only after the client may have opened the next one).
    int peakRequestsInFlight() const { return m_peakInFlight; }
    int peakRequestsInFlight(const QHostAddress &address) const;
    void resetCounters();

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QElapsedTimer m_clock;
    QList<QTcpServer *> m_servers;
    quint16 m_port = 0;
    QHash<QByteArray, Route> m_routes;
    QList<Request> m_requests;
    int m_connections = 0;
    int m_open = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    QHash<QString, int> m_inFlightPerAddress;
    QHash<QString, int> m_peakInFlightPerAddress;
};

} // namespace Citewise::Test
