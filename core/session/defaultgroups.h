#pragma once

#include "storage/records.h"

#include <QList>

namespace dp {

/// The roles a workshop usually breaks its results down by; offered when a session is started.
QList<Group> defaultGroups();

} // namespace dp
