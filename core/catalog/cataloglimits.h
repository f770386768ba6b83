#pragma once

namespace dp {

/// The one limit on statements, for the hub and every device alike: a larger catalog is refused
/// where it is read (Catalog::fromJson), and the sync protocol's list of open statements has the
/// same bound.
inline constexpr int MaxCatalogStatements = 10000;

} // namespace dp
