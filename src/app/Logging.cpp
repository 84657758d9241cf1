// SPDX-License-Identifier: MIT
#include "app/Logging.h"

#include <QDir>
#include <QFile>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace sf {

void setupLogging(const QString &folder, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString logFolder = QDir(folder).filePath(QStringLiteral("logs"));
    if (QDir().mkpath(logFolder)) {
        try {
            constexpr std::size_t kMaxSize = 2 * 1024 * 1024;
            constexpr std::size_t kMaxFiles = 5;
            const QByteArray file =
                QFile::encodeName(QDir(logFolder).filePath(QStringLiteral("salesflow.log")));
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), kMaxSize, kMaxFiles));
        } catch (const spdlog::spdlog_ex &) {
            // A log that cannot be written must not stop the program.
        }
    }
    if (verbose)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    if (sinks.empty())
        sinks.push_back(std::make_shared<spdlog::sinks::null_sink_mt>());

    for (const char *layer : {"storage", "services", "ui", "cli", "app"}) {
        spdlog::drop(layer);
        auto logger = std::make_shared<spdlog::logger>(layer, sinks.begin(), sinks.end());
        logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    // Messages logged before a layer's logger exists go nowhere noisy.
    auto fallback = std::make_shared<spdlog::logger>("default", sinks.begin(), sinks.end());
    spdlog::set_default_logger(fallback);
}

} // namespace sf
