#include "languagecontroller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>

namespace dp {

QStringList LanguageController::uiLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("en") };
}

QStringList LanguageController::translatedLanguages()
{
    return uiLanguages()
        + QStringList { QStringLiteral("tr"), QStringLiteral("ar"), QStringLiteral("ru"),
              QStringLiteral("uk") };
}

QString LanguageController::initialLanguage(const QString& localeName)
{
    const QString code = QLocale(localeName).name().section(QLatin1Char('_'), 0, 0);
    if (code.isEmpty() || code == QLatin1String("C"))
        return QStringLiteral("de");
    return code;
}

LanguageController::LanguageController(QObject* parent)
    : QObject(parent)
{
}

LanguageController::~LanguageController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void LanguageController::attachEngine(QQmlEngine* engine)
{
    m_engines.append(engine);
    if (!m_language.isEmpty())
        engine->setUiLanguage(m_language);
    connect(engine, &QObject::destroyed, this, [this, engine] { m_engines.removeAll(engine); });
}

void LanguageController::setLanguage(const QString& language)
{
    if (language.isEmpty() || language == m_language)
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // The participant's pages are translated into the parents' catalog languages too; any other
    // language gets English UI text while the catalog texts appear in that language.
    const QString uiLanguage
        = translatedLanguages().contains(language) ? language : QStringLiteral("en");
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/dialogpunkte_%1.qm").arg(uiLanguage))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else {
        qWarning("Dialogpunkte: no translation for \"%s\"", qPrintable(uiLanguage));
    }
    m_language = language;
    // Set the direction from the locale rather than trusting every translation to declare it.
    QGuiApplication::setLayoutDirection(QLocale(language).textDirection());
    for (QQmlEngine* engine : std::as_const(m_engines)) {
        engine->setUiLanguage(language); // Numbers (Dialogpunkte.Plots) writes figures by it
        engine->retranslate();
    }
    emit languageChanged();
}

bool LanguageController::isRightToLeft() const
{
    return QLocale(m_language).textDirection() == Qt::RightToLeft;
}

QVariantList LanguageController::languages() const
{
    QStringList codes = uiLanguages();
    for (const QString& code : m_extraLanguages) {
        if (!codes.contains(code))
            codes.append(code);
    }
    if (!m_language.isEmpty() && !codes.contains(m_language))
        codes.append(m_language);
    QVariantList result;
    for (const QString& code : std::as_const(codes)) {
        const QLocale locale(code);
        // en_US would be called "American English"; the switch should just say "English".
        QString name
            = code == QLatin1String("en") ? QStringLiteral("English") : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        result.append(QVariantMap { { QStringLiteral("code"), code },
            { QStringLiteral("name"), name.isEmpty() ? code : name } });
    }
    return result;
}

void LanguageController::setExtraLanguages(const QStringList& languages)
{
    if (m_extraLanguages == languages)
        return;
    m_extraLanguages = languages;
    emit languagesChanged();
}

} // namespace dp
