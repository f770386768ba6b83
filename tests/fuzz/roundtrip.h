#pragma once

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

// What every fuzz target checks beyond the sanitizers: whatever decodes must encode to text that
// decodes again to an equal value. A difference is a bug in the mapping and aborts the run.
namespace dp::fuzz {

inline void failRoundTrip(const char* what, const QByteArray& input, const QByteArray& encoded)
{
    std::fprintf(stderr, "%s does not survive a round trip\ninput:   %s\nencoded: %s\n", what,
        input.left(2000).constData(), encoded.left(2000).constData());
    std::abort();
}

/// Decodes `input` with `decode`; if it is accepted, encodes and decodes again and compares.
template <typename Decode, typename Encode>
void checkRoundTrip(const char* what, const QByteArray& input, Decode decode, Encode encode)
{
    const auto first = decode(input);
    if (!first.ok())
        return;
    const QByteArray encoded = encode(*first.message);
    const auto second = decode(encoded);
    if (!second.ok() || !(*second.message == *first.message))
        failRoundTrip(what, input, encoded);
}

} // namespace dp::fuzz
