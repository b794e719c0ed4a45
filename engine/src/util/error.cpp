#include "careerpath/util/error.hpp"

namespace careerpath {

std::string_view to_string(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::kBadInput:
      return "bad_input";
    case ErrorKind::kNotFound:
      return "not_found";
    case ErrorKind::kUnsupported:
      return "unsupported";
    case ErrorKind::kInternal:
      return "internal";
  }
  return "internal";
}

std::string Error::to_string() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out.append(":").append(std::to_string(line));
      if (column > 0) out.append(":").append(std::to_string(column));
    }
    out += ": ";
  }
  if (!pointer.empty()) out += pointer + ": ";
  out += message;
  return out;
}

std::vector<std::string> all_problem_lines(const Error& error) {
  std::vector<std::string> lines{error.to_string()};
  for (const Error& e : error.more) lines.push_back(e.to_string());
  return lines;
}

InputError::InputError(Error error) : std::runtime_error(error.to_string()), error_(std::move(error)) {}

namespace detail {
void throw_wrong_alternative(const char* what) { throw std::logic_error(what); }
}  // namespace detail

}  // namespace careerpath
