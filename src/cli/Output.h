// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace sf::cli {

// The exit codes of the command-line contract (design.md).
enum ExitCode { Done = 0, UsageError = 1, InvalidInput = 2, StorageFailure = 3 };

int exitCodeFor(ErrorKind kind);

// Writes a command's result: with --json exactly one JSON document on standard output, otherwise
// readable text. Errors also go to standard error, always as text.
class Output
{
public:
    Output(bool json, QTextStream &out, QTextStream &err)
        : m_json(json)
        , m_out(out)
        , m_err(err)
    {}

    bool json() const { return m_json; }

    // Prints the result and returns `code` (Done unless the result itself is a refusal, as
    // `id validate` of a bad id).
    int result(const QJsonObject &json, const QString &text, int code = Done);
    int fail(const Error &error);
    int usage(const QString &problem, const QString &usageText);

private:
    void printError(const QString &kind, const QString &message, const QString &rule, int code);

    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace sf::cli
