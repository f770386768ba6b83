#pragma once

#include <QCoreApplication>

namespace dp {

/// The translation context of the catalog parser's messages. They stay English without a
/// translator (the CLI and logs), and speak the UI's language where the app installed one.
class CatalogMessages
{
    Q_DECLARE_TR_FUNCTIONS(dp::CatalogMessages)
};

} // namespace dp
