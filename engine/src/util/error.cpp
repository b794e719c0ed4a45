#include "careerpath/util/error.hpp"

namespace careerpath {

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

InputError::InputError(Error error) : std::runtime_error(error.to_string()), error_(std::move(error)) {}

}  // namespace careerpath
