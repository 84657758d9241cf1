// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sf {

// Registers the named logger of each layer ("storage", "services", "ui", "cli") with a rotating
// file in `folder` (logs/salesflow.log, 5 × 2 MB) and, with `verbose`, standard error.
void setupLogging(const QString &folder, bool verbose);

} // namespace sf
