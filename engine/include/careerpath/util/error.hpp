// Errors as values that carry where the problem is: the file, the JSON pointer
// or line:column inside it, and what is wrong. Library code never prints or
// exits; the program turns an Error into one line and an exit status.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace careerpath {

struct Error {
  std::string file{};     // empty when the input did not come from a file
  std::string pointer{};  // JSON pointer such as /roles/3/requirements/sql
  int line = 0;         // 1-based; 0 when unknown
  int column = 0;       // 1-based; 0 when unknown
  std::string message{};  // lower case, specific, no trailing period

  // "file: /pointer: message", "file:3:7: message" or just "message".
  [[nodiscard]] std::string to_string() const;
};

// Thrown inside loaders where unwinding is the simplest way out of deep
// validation; every public entry point catches it and returns a Result.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Error error);
  [[nodiscard]] const Error& error() const noexcept { return error_; }

 private:
  Error error_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}   // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  [[nodiscard]] T& value() & { return std::get<0>(state_); }
  [[nodiscard]] const T& value() const& { return std::get<0>(state_); }
  [[nodiscard]] T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  [[nodiscard]] const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_{};
};

// A Result with no value: success, or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT
  [[nodiscard]] bool ok() const noexcept { return !error_.has_value(); }
  explicit operator bool() const noexcept { return ok(); }
  [[nodiscard]] const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_{};
};

// Runs `body` and converts an InputError into an Error result.
template <class F>
auto capture_input_errors(F&& body) -> Result<decltype(body())> {
  try {
    return body();
  } catch (const InputError& e) {
    return e.error();
  }
}

}  // namespace careerpath
