// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sf {

// What went wrong, in terms a caller can act on. The command line maps these to exit codes
// (Invalid/NotFound/Conflict/Permission -> 2, Storage -> 3).
enum class ErrorKind { Invalid, NotFound, Conflict, Permission, Storage };

// A user-facing, already translated message, plus the process rule id (e.g. "R1") if a rule
// of process.md refused the action.
struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    QString rule;

    static Error invalid(QString message, QString rule = {})
    {
        return {ErrorKind::Invalid, std::move(message), std::move(rule)};
    }
    static Error notFound(QString message) { return {ErrorKind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {ErrorKind::Conflict, std::move(message), {}}; }
    static Error storage(QString message) { return {ErrorKind::Storage, std::move(message), {}}; }
};

struct Ok
{
};

// Value or error: the normal error path of every layer. No exception crosses a layer.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_value(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

using Status = Result<Ok>;

} // namespace sf
