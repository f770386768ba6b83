#include "httprequesthead.h"

#include <algorithm>

namespace dp {

namespace {

constexpr QByteArrayView LineEnd("\r\n");
constexpr QByteArrayView HeadEnd("\r\n\r\n");

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isVisible(char c)
{
    return c > 0x20 && c < 0x7f;
}

bool isFieldValueChar(char c)
{
    return c == '\t' || c == ' ' || isVisible(c) || quint8(c) >= 0x80;
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool parseRequestLine(QByteArrayView line, HttpRequestHead& head)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return false;
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || target.front() != '/'
        || !std::all_of(target.begin(), target.end(), isVisible))
        return false;
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return false;
    head.method = method.toByteArray();
    head.target = target.toByteArray();
    head.version = version.toByteArray();
    return true;
}

bool parseHeaderLine(QByteArrayView line, HttpRequestHead& head)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return false; // also refuses obsolete line folding (a line starting with a space)
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!std::all_of(value.begin(), value.end(), isFieldValueChar))
        return false;
    head.headers.append({ line.first(colon).toByteArray().toLower(), value.toByteArray() });
    return true;
}

bool mayStartARequestLine(QByteArrayView partial)
{
    if (partial.endsWith('\r'))
        partial.chop(1); // the line end may be on its way
    return std::all_of(
        partial.begin(), partial.end(), [](char c) { return c == ' ' || isVisible(c); });
}

} // namespace

QByteArray HttpRequestHead::header(QByteArrayView name) const
{
    QByteArray joined;
    for (const auto& [key, value] : headers) {
        if (key != name)
            continue;
        if (!joined.isEmpty())
            joined.append(", ");
        joined.append(value);
    }
    return joined;
}

bool HttpRequestHead::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
        [name](const auto& field) { return field.first == name; });
}

bool HttpRequestHead::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    const QByteArray value = header(name);
    for (const QByteArray& item : value.split(',')) {
        if (trimmed(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpRequestHead::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

bool HttpRequestHead::announcesBody() const
{
    if (hasHeader("transfer-encoding"))
        return true;
    const QByteArray length = header("content-length");
    return !length.isEmpty() && length != "0";
}

HttpHeadParse parseRequestHead(QByteArrayView bytes, qsizetype maxBytes)
{
    HttpHeadParse result;
    const QByteArrayView window = bytes.first(std::min(bytes.size(), maxBytes));
    const qsizetype lineEnd = window.indexOf(LineEnd);
    if (lineEnd < 0) {
        // Garbage (a TLS hello, binary noise) is refused before 8 KiB of it arrive.
        if (!mayStartARequestLine(window))
            result.status = HttpHeadParse::Status::Malformed;
        else if (bytes.size() >= maxBytes)
            result.status = HttpHeadParse::Status::TooLarge;
        return result;
    }
    if (!parseRequestLine(window.first(lineEnd), result.head)) {
        result.status = HttpHeadParse::Status::Malformed;
        return result;
    }
    const qsizetype end = window.indexOf(HeadEnd, lineEnd);
    if (end < 0) {
        if (bytes.size() >= maxBytes)
            result.status = HttpHeadParse::Status::TooLarge;
        return result;
    }
    QByteArrayView fields = window.sliced(lineEnd + 2, end - lineEnd);
    while (!fields.isEmpty()) {
        const qsizetype next = fields.indexOf(LineEnd);
        if (!parseHeaderLine(fields.first(next), result.head)) {
            result.status = HttpHeadParse::Status::Malformed;
            result.head = {};
            return result;
        }
        fields = fields.sliced(next + 2);
    }
    result.status = HttpHeadParse::Status::Complete;
    result.length = end + HeadEnd.size();
    return result;
}

} // namespace dp
