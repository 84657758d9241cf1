// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QApplication;

namespace sf::ui {

// The SalesFlow look: the Fusion style, a light palette, a font list that renders Chinese on
// every desktop, and a small style sheet. Idempotent: MainWindow applies it if main() has not.
void applyTheme(QApplication &app);

// Colours shared by the style sheet and the widgets that paint themselves.
namespace colors {
constexpr QRgb accent = 0xff2563eb;
constexpr QRgb accentSoft = 0xffe0ebff;
constexpr QRgb text = 0xff0f172a;
constexpr QRgb mutedText = 0xff64748b;
constexpr QRgb border = 0xffe2e8f0;
constexpr QRgb canvas = 0xfff4f6f9;
constexpr QRgb surface = 0xffffffff;
constexpr QRgb dayOff = 0xfffde2df;
constexpr QRgb dayOffText = 0xffb42318;
constexpr QRgb makeUpDay = 0xffd6e6ff;
constexpr QRgb makeUpDayText = 0xff1d4ed8;
constexpr QRgb weekend = 0xffeef1f5;
constexpr QRgb weekendText = 0xff8a94a6;
constexpr QRgb sidebar = 0xff172033;
constexpr QRgb sidebarText = 0xffc3cad6;
} // namespace colors

} // namespace sf::ui
