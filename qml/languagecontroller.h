#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>

#include <memory>

class QQmlEngine;

namespace dp {

/// Switches the UI language at runtime: loads the translation, sets the layout direction and
/// retranslates every qsTr() binding of the engine.
class LanguageController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languagesChanged)

public:
    /// Languages the switch always offers (the whole UI is translated into them).
    static QStringList uiLanguages();
    /// Languages with a translation of at least the participant's pages; others show English UI
    /// text.
    static QStringList translatedLanguages();
    /// The language to start with for a system locale such as "de_DE" or "ar_EG".
    static QString initialLanguage(const QString& localeName);

    explicit LanguageController(QObject* parent = nullptr);
    ~LanguageController() override;

    /// Every engine whose bindings must follow a switch.
    void attachEngine(QQmlEngine* engine);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    bool isRightToLeft() const;
    /// [{code, name}] for the switch: the UI languages plus extra (e.g. catalog) languages.
    QVariantList languages() const;
    void setExtraLanguages(const QStringList& languages);

signals:
    void languageChanged();
    void languagesChanged();

private:
    QList<QQmlEngine*> m_engines;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
    QStringList m_extraLanguages;
};

} // namespace dp
