#include "httpresponses.h"

namespace dp::http {

const HeaderList& securityHeaders()
{
    static const HeaderList headers {
        { "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'" },
        { "X-Content-Type-Options", "nosniff" },
        { "Referrer-Policy", "no-referrer" },
    };
    return headers;
}

QByteArray plainResponse(
    int status, const QByteArray& reason, const QByteArray& body, const HeaderList& extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const HeaderList* list : { &securityHeaders(), &extraHeaders }) {
        for (const auto& [name, value] : *list)
            response += name + ": " + value + "\r\n";
    }
    response += "Content-Type: text/plain; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    return response + body;
}

} // namespace dp::http
