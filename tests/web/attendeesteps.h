#pragma once

#include "browserpage.h"

#include <QString>

namespace dp::test {

// What a person does on the page, as steps for the tests: each waits until the page shows
// the result and returns false (with the page's lastError()) when it does not.

/// On the start screen: picks the group (empty: none) and starts rating.
bool startRating(BrowserPage& page, const QString& groupId = {});
/// Taps answer `value` of the statement on screen and waits until it is shown as saved.
bool answer(BrowserPage& page, int value);
/// Taps "next" (or "skip") and waits for the following statement.
bool nextStatement(BrowserPage& page);
/// Opens statement `index` (0-based) through the overview.
bool openStatement(BrowserPage& page, int index);
/// Picks a language in the top bar's switch.
bool chooseLanguage(BrowserPage& page, const QString& language);

} // namespace dp::test
