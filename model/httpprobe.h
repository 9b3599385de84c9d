// One HTTP request of the link checker: the status line and headers of the answer, and nothing more.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace Citewise {

// Asks for one http or https URL with HEAD or GET over a connection of its own to one of the addresses
// its host was found at, and reads the answer up to the end of its headers, on the thread the probe
// lives in. The connection is closed as soon as the headers are in (a body is never read), when they
// grow past kMaxHeaderBytes, and when the probe is aborted or deleted: nothing goes on reading a server
// that never ends its headers.
class HttpProbe : public QObject
{
    Q_OBJECT

public:
    // The most of an answer read before its headers end, as much as a browser takes.
    static constexpr qsizetype kMaxHeaderBytes = 256 * 1024;

    enum class Failure {
        ConnectionRefused,
        Tls, // the TLS handshake or the certificate check failed
        Closed, // the connection closed or was reset before the answer's headers ended
        BadAnswer, // no HTTP answer, or one whose headers are longer than kMaxHeaderBytes
        Network, // any other failure of the connection
    };

    struct Answer
    {
        int code = 0;
        QByteArray reason;
        QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, in the order sent
        // The first value of the header `name` (in lower case), empty when there is none.
        QByteArray header(QByteArrayView name) const;
        // Every value of the header `name` (in lower case), in the order sent ("set-cookie").
        QList<QByteArray> headerValues(QByteArrayView name) const;
    };

    // `addresses` are tried in turn, and must not be empty.
    HttpProbe(const QByteArray &method, const QUrl &url, const QList<QHostAddress> &addresses,
        const QByteArray &userAgent, QObject *parent = nullptr);
    ~HttpProbe() override;

    // Sent as the request's Cookie header when not empty ("a=1; b=2"). Call before start().
    void setCookieHeader(const QByteArray &cookies) { m_cookies = cookies; }

    // Connects and sends the request. The outcome is reported from the event loop, never from here.
    void start();
    // Closes the connection at once; nothing is reported after it.
    void abort();

Q_SIGNALS:
    void answered(const Citewise::HttpProbe::Answer &answer);
    void failed(Citewise::HttpProbe::Failure failure, const QString &reason);

private:
    void connectToNextAddress();
    void sendRequest();
    void readAnswer();
    void onSocketError();
    void succeed(const Answer &answer);
    void fail(Failure failure, const QString &reason);

    QByteArray m_method;
    QUrl m_url;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    QByteArray m_userAgent;
    QByteArray m_cookies;
    QTcpSocket *m_socket = nullptr;
    bool m_connected = false; // the request is sent
    QByteArray m_received; // the answer so far, kMaxHeaderBytes and one byte at most
    qsizetype m_headStart = 0; // where the answer being read starts (after interim ones)
    qsizetype m_searchFrom = 0; // where the search for the end of its headers goes on
    bool m_done = false;
};

} // namespace Citewise
