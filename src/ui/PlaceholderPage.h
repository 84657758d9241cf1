// SPDX-License-Identifier: MIT
#pragma once

#include "ui/PageCatalogue.h"

#include <QWidget>

namespace sf::ui {

// Stands in for a page until its feature lands: where it sits in the sales process, what it will
// hold, and the rules of process.md it will enforce.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const PageInfo &info, QWidget *parent = nullptr);
};

} // namespace sf::ui
