// SPDX-License-Identifier: MIT
#include "cli/Output.h"

#include <QFileDevice>
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
    if (m_json) {
        // The document's UTF-8 straight to the file when there is one: a large result (rules
        // apply lists 250,000 customers) is not decoded and encoded again by the text stream.
        const QByteArray document = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
        if (QIODevice *device = m_out.device()) {
            m_out.flush();
            device->write(document);
            if (auto *file = qobject_cast<QFileDevice *>(device))
                file->flush();
        } else {
            m_out << QString::fromUtf8(document);
        }
    } else if (!text.isEmpty()) {
        m_out << text << '\n';
    }
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
