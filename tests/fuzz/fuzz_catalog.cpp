// The catalog parser (files from the moderator, snapshots inside sessions), and its round trip.
#include "catalog/catalog.h"
#include "roundtrip.h"

#include <cstdint>
#include <optional>

namespace {

/// Catalog::fromJson in the shape the round-trip check expects.
struct ParsedCatalog
{
    std::optional<dp::Catalog> message;
    bool ok() const { return message.has_value(); }
};

ParsedCatalog parse(const QByteArray& json)
{
    auto result = dp::Catalog::fromJson(json);
    if (!result.ok())
        return {};
    return { std::move(result.catalog) };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    dp::fuzz::checkRoundTrip(
        "a catalog", input, parse, [](const dp::Catalog& catalog) { return catalog.toJson(); });
    return 0;
}
