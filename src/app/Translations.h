// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sf {

// Installs SalesFlow's translation (and Qt's own, for standard dialogs) for the language chosen in
// the settings: Simplified Chinese on a Chinese locale by default, English otherwise. Returns the
// language in effect ("zh_CN" or "en").
QString installTranslations();

} // namespace sf
