#pragma once

// A typed setting declared next to the code that uses it (after Tiled's Preference<T>):
//
//     Preference<QStringList> MainWindow::recentWorkspaces { "Shell/RecentWorkspaces" };
//     QStringList paths = recentWorkspaces;  recentWorkspaces = paths;
//
// Values live in QSettings under the application's organisation and name.

#include <QLatin1StringView>
#include <QSettings>
#include <QVariant>

namespace tierwise {

template<typename T>
class Preference
{
public:
    explicit Preference(const char *key, T defaultValue = T())
        : m_key(key), m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        const QSettings settings;
        const QVariant value = settings.value(key());
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }

    void set(const T &value)
    {
        QSettings settings;
        settings.setValue(key(), QVariant::fromValue(value));
    }

    void reset()
    {
        QSettings settings;
        settings.remove(key());
    }

    operator T() const { return get(); }
    Preference &operator=(const T &value)
    {
        set(value);
        return *this;
    }

    QLatin1StringView key() const { return QLatin1StringView(m_key); }

private:
    const char *m_key;
    T m_default;
};

} // namespace tierwise
