// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace sf::ui {

// Simple line icons drawn with QPainter, so that the program ships no image files and the icons
// stay sharp at any scale: one per page (by page key), and the application's logo.
class SidebarIcons final
{
public:
    // Muted when normal, white when selected (the sidebar's selection is the accent colour).
    static QIcon pageIcon(const QString &key);
    static QPixmap pagePixmap(const QString &key, const QColor &color, int size,
                              qreal devicePixelRatio = 2.0);
    static QPixmap appLogo(int size, qreal devicePixelRatio = 2.0);
    static QIcon appIcon();
};

} // namespace sf::ui
