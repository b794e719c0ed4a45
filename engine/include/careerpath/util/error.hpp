// Errors as values that carry what kind of failure they are and where the
// problem is: the file, the JSON pointer or line:column inside it, and what is
// wrong. Library code never prints or exits; a front end turns an Error into
// one line and an exit status (the CLI) or a status code (an HTTP API) by its
// kind, without reading the message.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace careerpath {

// What went wrong, for a caller that must react differently to each. Front
// ends map them: the CLI exits 2 for all but kInternal, which exits 1; an
// HTTP API answers 400, 404, 422 and 500.
enum class ErrorKind {
  kBadInput,     // the input breaks a rule: malformed, wrong type, out of range, inconsistent
  kNotFound,     // a named thing does not exist: a file, a built-in graph, a role asked for by name
  kUnsupported,  // well-formed, but asks for something the engine cannot answer (an exact answer with skill effects on)
  kInternal,     // not the caller's fault: out of memory, a failed write, a broken invariant
};

// "bad_input", "not_found", "unsupported" or "internal": stable names for
// machine-readable outputs.
[[nodiscard]] std::string_view to_string(ErrorKind kind) noexcept;

struct Error {
  ErrorKind kind = ErrorKind::kBadInput;
  std::string file{};     // empty when the input did not come from a file
  std::string pointer{};  // JSON pointer such as /roles/3/requirements/sql
  int line = 0;           // 1-based; 0 when unknown
  int column = 0;         // 1-based; 0 when unknown
  std::string message{};  // lower case, specific, no trailing period
  // Further problems found in the same input, in the order they were found
  // (a loader that checks everything reports them all at once); each has no
  // `more` of its own.
  std::vector<Error> more{};

  // "file: /pointer: message", "file:3:7: message" or just "message": this
  // problem alone, not those in `more`.
  [[nodiscard]] std::string to_string() const;
};

// This problem and every one in `more`, one line each.
[[nodiscard]] std::vector<std::string> all_problem_lines(const Error& error);

// Thrown inside loaders where unwinding is the simplest way out of deep
// validation; every public entry point catches it and returns a Result. The
// Error keeps its kind, so not every InputError is the caller's fault.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Error error);
  [[nodiscard]] const Error& error() const noexcept { return error_; }

 private:
  Error error_;
};

namespace detail {
// Asking a Result for the alternative it does not hold is a programming
// error; it throws std::logic_error (never undefined behaviour).
[[noreturn]] void throw_wrong_alternative(const char* what);
}  // namespace detail

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  // The value; throws std::logic_error when the Result holds an Error.
  [[nodiscard]] T& value() & { return *get_value(); }
  [[nodiscard]] const T& value() const& { return *get_value(); }
  [[nodiscard]] T&& value() && { return std::move(*get_value()); }
  T* operator->() { return get_value(); }
  const T* operator->() const { return get_value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // The Error; throws std::logic_error when the Result holds a value.
  [[nodiscard]] const Error& error() const {
    if (const Error* e = std::get_if<1>(&state_)) return *e;
    detail::throw_wrong_alternative("Result::error() called on a value");
  }

 private:
  T* get_value() {
    if (T* v = std::get_if<0>(&state_)) return v;
    detail::throw_wrong_alternative("Result::value() called on an error");
  }
  const T* get_value() const {
    if (const T* v = std::get_if<0>(&state_)) return v;
    detail::throw_wrong_alternative("Result::value() called on an error");
  }

  std::variant<T, Error> state_{};
};

// A Result with no value: success, or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT
  [[nodiscard]] bool ok() const noexcept { return !error_.has_value(); }
  explicit operator bool() const noexcept { return ok(); }
  // The Error; throws std::logic_error on success.
  [[nodiscard]] const Error& error() const {
    if (error_) return *error_;
    detail::throw_wrong_alternative("Status::error() called on success");
  }

 private:
  std::optional<Error> error_{};
};

// The value of `result`, or its Error thrown as an InputError: the one way
// code that reports errors by unwinding (loaders, the importer, the CLI's
// commands) consumes a Result.
template <class T>
T value_or_throw(Result<T> result) {
  if (!result) throw InputError(result.error());
  return std::move(result).value();
}
inline void value_or_throw(const Status& status) {
  if (!status) throw InputError(status.error());
}

// Runs `body` and converts an InputError into an Error result: the other
// direction, at the boundary of a public entry point.
template <class F>
auto capture_input_errors(F&& body) -> Result<decltype(body())> {
  try {
    return body();
  } catch (const InputError& e) {
    return e.error();
  }
}

}  // namespace careerpath
