#include "arguments.h"

namespace dp::cli {

bool Arguments::parse(
    const QStringList& args, const QStringList& known, const QStringList& flags, QString* error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unexpected argument \"%1\"").arg(arg);
            return false;
        }
        const QString name = arg.mid(2);
        if (flags.contains(name)) {
            m_values.insert(name, QStringLiteral("1"));
            continue;
        }
        if (!known.contains(name)) {
            *error = QStringLiteral("unknown option --%1").arg(name);
            return false;
        }
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("option --%1 needs a value").arg(name);
            return false;
        }
        m_values.insert(name, args.at(++i));
    }
    return true;
}

QString Arguments::value(const QString& name, const QString& fallback) const
{
    return m_values.value(name, fallback);
}

bool Arguments::intValue(
    const QString& name, qint64 min, qint64 max, qint64 fallback, qint64* out, QString* error) const
{
    if (!has(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 number = m_values.value(name).toLongLong(&ok);
    if (!ok || number < min || number > max) {
        *error = QStringLiteral("--%1 must be a number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *out = number;
    return true;
}

bool Arguments::require(const QStringList& names, QString* error) const
{
    for (const QString& name : names) {
        if (!has(name)) {
            *error = QStringLiteral("missing option --%1").arg(name);
            return false;
        }
    }
    return true;
}

} // namespace dp::cli
