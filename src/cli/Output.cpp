// SPDX-License-Identifier: MIT
#include "cli/Output.h"

#include <QJsonDocument>

namespace sf::cli {
namespace {

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return QStringLiteral("invalid");
    case ErrorKind::NotFound: return QStringLiteral("not_found");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Permission: return QStringLiteral("permission");
    case ErrorKind::Storage: return QStringLiteral("storage");
    }
    return {};
}

} // namespace

int exitCodeFor(ErrorKind kind)
{
    return kind == ErrorKind::Storage ? StorageFailure : InvalidInput;
}

int Output::result(const QJsonObject &json, const QString &text, int code)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    else if (!text.isEmpty())
        m_out << text << '\n';
    m_out.flush();
    return code;
}

void Output::printError(const QString &kind, const QString &message, const QString &rule, int code)
{
    m_err << message << '\n';
    m_err.flush();
    if (!m_json)
        return;
    QJsonObject error{{QStringLiteral("kind"), kind},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("exit_code"), code}};
    if (!rule.isEmpty())
        error.insert(QStringLiteral("rule"), rule);
    result(QJsonObject{{QStringLiteral("error"), error}}, {});
}

int Output::fail(const Error &error)
{
    const int code = exitCodeFor(error.kind);
    printError(kindName(error.kind), error.message, error.rule, code);
    return code;
}

int Output::usage(const QString &problem, const QString &usageText)
{
    if (!problem.isEmpty())
        printError(QStringLiteral("usage"), problem, {}, UsageError);
    m_err << usageText << '\n';
    m_err.flush();
    return UsageError;
}

} // namespace sf::cli
