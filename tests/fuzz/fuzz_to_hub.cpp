// The hub's decoder for everything a device (or an attacker) sends, and its round trip.
#include "roundtrip.h"
#include "sync/messages.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    dp::fuzz::checkRoundTrip("a message to the hub", input, dp::protocol::decodeToHub,
        [](const dp::protocol::ToHub& message) { return dp::protocol::encode(message); });
    return 0;
}
