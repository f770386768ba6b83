#pragma once

#include "catalog/localizedtext.h"

#include <QStringList>

namespace dp::edittext {

/// Languages of `languages` that `text` lacks; an absent optional text lacks none.
QStringList missingLanguages(const LocalizedText& text, const QStringList& languages);
/// Languages missing in any of `texts` (in catalog order), for a per-item "translation missing"
/// flag.
QStringList missingLanguages(
    std::initializer_list<const LocalizedText*> texts, const QStringList& languages);

} // namespace dp::edittext
