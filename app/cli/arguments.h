#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dp::cli {

/// `--name value` options of one sub-command, checked against the names it knows.
class Arguments
{
public:
    /// Parses `args` (after the sub-command); `flags` take no value. False with `error` set.
    bool parse(const QStringList& args, const QStringList& known, const QStringList& flags,
        QString* error);
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    /// An integer option within [min, max]; false with a readable error otherwise.
    bool intValue(const QString& name, qint64 min, qint64 max, qint64 fallback, qint64* out,
        QString* error) const;
    /// Fails with a message naming the first missing required option.
    bool require(const QStringList& names, QString* error) const;

private:
    QHash<QString, QString> m_values;
};

} // namespace dp::cli
