#pragma once

#include <QString>
#include <QTranslator>

namespace dp::test {

/// Prefixes every text of one translation context with a marker and leaves all other contexts
/// to the translators installed below it: shows that texts go through the translator without
/// depending on the merged .ts files. Placeholders are kept, so arg() still fills them.
class MarkingTranslator : public QTranslator
{
public:
    MarkingTranslator(const char* context, const QString& marker)
        : m_context(context)
        , m_marker(marker)
    {
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
        int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, m_context) != 0)
            return QString();
        return m_marker + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

private:
    const char* m_context;
    QString m_marker;
};

} // namespace dp::test
