// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sf::test {

// A fresh folder per test, removed afterwards; databases of a test live in it.
class TempFolder
{
public:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool valid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Makes the closed SQLite file at `path` say schema `version` (PRAGMA user_version), as a file of
// another release would; closing it writes the version into the file's header.
inline bool setFileSchemaVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("schema-version");
    bool written = false;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        file.setDatabaseName(path);
        written = file.open() &&
                  QSqlQuery(file).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        file.close();
    }
    QSqlDatabase::removeDatabase(name);
    return written;
}

// Fails the current test with the error's message when `result` holds an error.
template<typename T>
::testing::AssertionResult succeeded(const Result<T> &result)
{
    if (result.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << result.error().message.toStdString();
}

// Succeeds when `result` is an error of that kind (and rule, when given).
template<typename T>
::testing::AssertionResult refusedAs(const Result<T> &result, ErrorKind kind,
                                     const QString &rule = {})
{
    if (result.ok())
        return ::testing::AssertionFailure() << "it succeeded";
    const Error &error = result.error();
    if (error.kind != kind || (!rule.isEmpty() && error.rule != rule))
        return ::testing::AssertionFailure()
               << "kind " << int(error.kind) << ", rule \"" << error.rule.toStdString()
               << "\": " << error.message.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace sf::test

// Lets gtest print QStrings and QDates in failure messages.
#include <QDate>

#include <ostream>
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QDate &date, std::ostream *os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE
