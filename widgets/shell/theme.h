#pragma once

// The window's appearance: the system's palette, or Tierwise's own light or dark one (Fusion
// style). Charts and views take their colours from the palette, so they follow a change at once.

#include "shell/preference.h"

#include <QString>

namespace tierwise {

enum class Theme { System, Light, Dark };

// Applies the theme to the application; remembered for the next start unless told not to.
void applyTheme(Theme theme, bool remember = true);
Theme themeFromName(const QString &name); // "light", "dark", anything else: System
Theme currentTheme();
extern Preference<QString> themePreference; // "system", "light" or "dark"

} // namespace tierwise
