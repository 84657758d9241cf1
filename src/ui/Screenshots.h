// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sf {
class Workspace;
}

namespace sf::ui {

// `salesflow --screenshots DIR`: renders every page of the main window at 1280×800, the settings
// dialog and the regions tab into DIR as NN-<page-key>.png, for the user guide. Works under
// QT_QPA_PLATFORM=offscreen. Returns a process exit code: 0 on success; otherwise it has said
// on standard error what could not be written.
int writeScreenshots(Workspace &workspace, const QString &dir);

} // namespace sf::ui
