// SPDX-License-Identifier: MIT
#pragma once

class QTableView;

namespace sf::ui {

// Gives a data table the SalesFlow look: whole-row selection, roomy rows, no row numbers, no
// grid, the last column stretched.
void setUpTableView(QTableView *view);

} // namespace sf::ui
