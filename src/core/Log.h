// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <spdlog/spdlog.h>
#include <string>

namespace sf {

// The named logger of a layer ("storage", "services", "ui", "cli"). The executables register
// these names with their sinks at start-up (src/app/Logging.cpp); before that, and in tests,
// messages go to spdlog's default logger.
inline std::shared_ptr<spdlog::logger> layerLogger(const std::string &layer)
{
    if (auto logger = spdlog::get(layer))
        return logger;
    return spdlog::default_logger();
}

} // namespace sf
