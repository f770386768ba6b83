#include "catalogeditor.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

// Languages of the catalog, the default file place and finding the place a problem is in.
namespace dp {

QString CatalogEditor::defaultFilePath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = m_catalog.id.isEmpty() ? QStringLiteral("catalog") : m_catalog.id;
    return QDir(folder).filePath(name + QStringLiteral(".json"));
}

bool CatalogEditor::addLanguage(const QString& code)
{
    const QString language = code.trimmed();
    // Language tags as the catalog format uses them: "de", "tr", "pt-BR".
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    if (!tag.match(language).hasMatch()) {
        setLastError(tr("\"%1\" is not a language code such as \"fr\" or \"pt-BR\".").arg(code));
        return false;
    }
    if (m_catalog.languages.contains(language)) {
        setLastError(tr("The catalog already has the language \"%1\".").arg(language));
        return false;
    }
    m_catalog.languages.append(language);
    setLastError(QString());
    edited();
    setLanguage(language);
    return true;
}

namespace {

// The parser names places like "dimensions[2].statements[0].text" or "scales[1].labels[3]".
const QRegularExpression& dimensionPath()
{
    static const QRegularExpression path(
        QStringLiteral("dimensions\\[(\\d+)\\](?:\\.statements\\[(\\d+)\\])?"));
    return path;
}

const QRegularExpression& scalePath()
{
    static const QRegularExpression path(QStringLiteral("scales\\[(\\d+)\\]"));
    return path;
}

} // namespace

QString CatalogEditor::problemPlace() const
{
    const QRegularExpressionMatch dimension = dimensionPath().match(m_validationMessage);
    if (dimension.hasMatch()) {
        const int row = dimension.captured(1).toInt();
        if (row >= m_catalog.dimensions.size())
            return QString();
        const QString title = m_catalog.dimensions.at(row).title.text(m_language);
        const QString place = title.isEmpty() ? tr("Dimension %1").arg(row + 1)
                                              : tr("Dimension %1 \"%2\"").arg(row + 1).arg(title);
        if (!dimension.hasCaptured(2))
            return place;
        return tr("%1, statement %2").arg(place).arg(dimension.captured(2).toInt() + 1);
    }
    const QRegularExpressionMatch scale = scalePath().match(m_validationMessage);
    const int index = scale.hasMatch() ? scale.captured(1).toInt() : -1;
    if (index < 0 || index >= m_catalog.scales.size())
        return QString();
    return tr("Scale \"%1\"").arg(m_catalog.scales.at(index).id);
}

QString CatalogEditor::problemDetail() const
{
    if (problemPlace().isEmpty())
        return m_validationMessage;
    // Only a path that is exactly the named place is dropped: "dimensions[0].title: ..." keeps
    // its ".title", which the place does not say.
    for (const QRegularExpression* path : { &dimensionPath(), &scalePath() }) {
        const QRegularExpressionMatch match = path->match(m_validationMessage, 0,
            QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch()
            && QStringView(m_validationMessage).mid(match.capturedEnd()).startsWith(u": "))
            return m_validationMessage.mid(match.capturedEnd() + 2);
    }
    return m_validationMessage;
}

bool CatalogEditor::goToProblem()
{
    const QRegularExpressionMatch dimension = dimensionPath().match(m_validationMessage);
    if (dimension.hasMatch()) {
        const int row = dimension.captured(1).toInt();
        if (row >= m_catalog.dimensions.size())
            return false;
        setCurrentDimension(row);
        if (dimension.hasCaptured(2))
            setCurrentStatement(dimension.captured(2).toInt());
        return true;
    }
    const QRegularExpressionMatch scale = scalePath().match(m_validationMessage);
    if (scale.hasMatch()) {
        const int index = scale.captured(1).toInt();
        return index < m_catalog.scales.size() && editScale(m_catalog.scales.at(index).id);
    }
    return false;
}

} // namespace dp
