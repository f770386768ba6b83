#include "rawpeer.h"

#include <QTest>
#include <QtEndian>

namespace dp::test {

namespace {

qsizetype headEnd(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

} // namespace

quint16 ServerFrame::closeCode() const
{
    return payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 0;
}

QByteArray clientHandshake(const QByteArray& path, const QByteArray& extraHeaders)
{
    return "GET " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        + extraHeaders + "\r\n";
}

RawPeer::RawPeer(quint16 port, const QHostAddress& from)
{
    if (!from.isNull())
        socket.bind(from);
    QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [this] {
        if (socket.isOpen())
            received += socket.readAll();
        closed = true;
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.waitForConnected(5000);
}

void RawPeer::send(const QByteArray& bytes)
{
    socket.write(bytes);
    socket.flush();
}

bool RawPeer::upgrade()
{
    send(clientHandshake());
    if (!QTest::qWaitFor([this] { return headEnd(received) > 0 || closed; }, 5000))
        return false;
    return status() == 101;
}

int RawPeer::status() const
{
    if (!received.startsWith("HTTP/1.1 "))
        return 0;
    return received.mid(9, 3).toInt();
}

QByteArray RawPeer::responseHeader(const QByteArray& name) const
{
    const QByteArray head = received.left(headEnd(received));
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawPeer::responseBody() const
{
    const qsizetype end = headEnd(received);
    return end < 0 ? QByteArray() : received.mid(end);
}

QList<ServerFrame> RawPeer::frames() const
{
    QList<ServerFrame> frames;
    const QByteArray bytes = responseBody();
    qsizetype at = 0;
    while (bytes.size() - at >= 2) {
        ServerFrame frame;
        const auto first = quint8(bytes[at]);
        const auto second = quint8(bytes[at + 1]);
        frame.final = first & 0x80;
        frame.opcode = first & 0x0F;
        frame.masked = second & 0x80;
        quint64 length = second & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            length = qFromBigEndian<quint16>(bytes.constData() + at + 2);
            header = 4;
        } else if (length == 127) {
            length = qFromBigEndian<quint64>(bytes.constData() + at + 2);
            header = 10;
        }
        if (frame.masked)
            header += 4;
        if (quint64(bytes.size() - at - header) < length)
            break;
        frame.payload = bytes.mid(at + header, qsizetype(length));
        frames.append(frame);
        at += header + qsizetype(length);
    }
    return frames;
}

} // namespace dp::test
