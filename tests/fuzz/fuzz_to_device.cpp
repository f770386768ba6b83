// The device's decoder for everything a hub (or an impostor) sends, and its round trip.
#include "roundtrip.h"
#include "sync/messages.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    dp::fuzz::checkRoundTrip("a message to a device", input, dp::protocol::decodeToDevice,
        [](const dp::protocol::ToDevice& message) { return dp::protocol::encode(message); });
    return 0;
}
