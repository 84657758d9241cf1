// SPDX-License-Identifier: MIT
#include <QCoreApplication>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

// Qt's SQL drivers and resources need an application object.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
