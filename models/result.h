#pragma once

// Typed results for the engine's public API: a value or an Error, never an exception.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tierwise {

// Where and why something failed. For bad input, file/line/column/value name the spot;
// for internal failures only message is set.
struct Error
{
    enum class Kind {
        BadInput,   // the user's data is wrong (exit code 2)
        Io,         // a file could not be read or written
        Workspace,  // the workspace file is not usable (not ours, corrupt, newer)
        Cancelled,  // the user cancelled
        Internal,   // a bug or an unexpected SQLite failure (exit code 1)
    };

    Kind kind = Kind::Internal;
    QString message;   // the reason, in the user's language
    QString file;      // input file, if any
    qint64 line = 0;   // 1-based physical line of the input file, 0 if not applicable
    int column = 0;    // 1-based field number, 0 if not applicable
    QString columnName;
    QString value;     // the offending value (shortened for display)

    static Error badInput(QString msg) { return make(Kind::BadInput, std::move(msg)); }
    static Error io(QString msg) { return make(Kind::Io, std::move(msg)); }
    static Error workspace(QString msg) { return make(Kind::Workspace, std::move(msg)); }
    static Error cancelled(QString msg) { return make(Kind::Cancelled, std::move(msg)); }
    static Error internal(QString msg) { return make(Kind::Internal, std::move(msg)); }

    Error &at(QString f, qint64 l = 0, int c = 0)
    {
        file = std::move(f);
        line = l;
        column = c;
        return *this;
    }

    // "file:line:column: reason (value 'x')" — the form printed on stderr.
    QString toString() const;

private:
    static Error make(Kind k, QString msg)
    {
        Error e;
        e.kind = k;
        e.message = std::move(msg);
        return e;
    }
};

// A value of T or an Error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace tierwise
