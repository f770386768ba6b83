#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace dp {

/// The request line and header fields of one HTTP/1.x request, as the client sent them (header
/// names in lower case).
struct HttpRequestHead
{
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers;

    /// All values of the header `name` (lower case), joined by ", " as RFC 9110 allows.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// Whether the comma-separated header `name` lists `token` (case-insensitive).
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const;
    /// The target without its query.
    QByteArray path() const;
    /// Whether a body follows the head (Content-Length above 0 or any Transfer-Encoding).
    bool announcesBody() const;
};

/// Reads a request head from the first bytes of a connection, strictly: CRLF line ends, one
/// space between the parts of the request line, an origin-form target, HTTP/1.0 or 1.1, header
/// names that are tokens, no line folding, no control characters.
struct HttpHeadParse
{
    enum class Status { Incomplete, Complete, TooLarge, Malformed };
    Status status = Status::Incomplete;
    HttpRequestHead head;
    /// Complete: the bytes of the head including the empty line that ends it.
    qsizetype length = 0;
};

HttpHeadParse parseRequestHead(QByteArrayView bytes, qsizetype maxBytes);

} // namespace dp
