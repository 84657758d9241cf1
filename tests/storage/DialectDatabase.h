// SPDX-License-Identifier: MIT
#pragma once

#include "storage/Database.h"
#include "support/PostgresCluster.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace sf::test {

// For value-parameterised storage tests that run once per dialect:
//     INSTANTIATE_TEST_SUITE_P(Dialects, Fixture, ::testing::ValuesIn(test::kDialects),
//                              test::dialectName);
inline constexpr Dialect kDialects[] = {Dialect::SQLite, Dialect::PostgreSQL};

inline std::string dialectName(const ::testing::TestParamInfo<Dialect> &info)
{
    return info.param == Dialect::PostgreSQL ? "PostgreSQL" : "SQLite";
}

// A new, empty database of `dialect`, migrated by Database::open: a file in `folder`, or a new
// database of the test executable's PostgreSQL cluster (PostgresCluster::shared()). Fails the
// test, naming the package to install, when the cluster cannot run.
inline ::testing::AssertionResult openEmptyDatabase(Dialect dialect, const TempFolder &folder,
                                                    std::unique_ptr<Database> &db)
{
    QString location = folder.path(QStringLiteral("t.db"));
    if (dialect == Dialect::PostgreSQL) {
        if (auto created = PostgresCluster::shared().newDatabase(&location); !created)
            return created;
    }
    auto opened = Database::open(location);
    if (!opened)
        return ::testing::AssertionFailure() << opened.error().message.toStdString();
    db = std::move(*opened);
    return ::testing::AssertionSuccess();
}

} // namespace sf::test
