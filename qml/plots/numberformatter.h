#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace dp {

/// `Numbers` in QML: figures written by the UI's language (the engine's uiLanguage, which the
/// language switch sets), through the same formatter as the PDF and the images
/// (stats/numberformat.h). `Numbers.compact(3.5, 1)` is "3,5" in German, "3.5" in English.
class NumberFormatter : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Numbers)
    QML_SINGLETON

public:
    explicit NumberFormatter(QQmlEngine* engine, QObject* parent = nullptr);
    static NumberFormatter* create(QQmlEngine* engine, QJSEngine*);

    /// `language` empty: the UI's language.
    Q_INVOKABLE QString fixed(double value, int decimals, const QString& language = {}) const;
    Q_INVOKABLE QString compact(double value, int maxDecimals, const QString& language = {}) const;

private:
    QLocale locale(const QString& language) const;

    QPointer<QQmlEngine> m_engine;
};

} // namespace dp
