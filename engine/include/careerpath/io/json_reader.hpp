// Validating access to a parsed JSON document. Every accessor knows the file
// and JSON pointer of the value it reads, so a loader can reject bad input
// with one precise message ("profiles/pm.json: /skills/sql: level 9 is above
// the scale's maximum 5") without threading locations through by hand.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "careerpath/util/error.hpp"

namespace careerpath {

// Parses JSON text strictly: syntax errors carry line and column, and a key
// repeated inside one object is an error (nlohmann would keep the last one
// silently, hiding typos such as two "sql" entries).
[[nodiscard]] Result<nlohmann::json> parse_json_text(std::string_view text, const std::string& file);

// read_input_text (careerpath/util/input_file.hpp: bounded, "-" for
// standard input), then parse_json_text: the document of a JSON input.
[[nodiscard]] Result<nlohmann::json> parse_json_file(const std::string& path);

// Escapes one reference token of a JSON pointer (RFC 6901).
[[nodiscard]] std::string json_pointer_token(std::string_view key);

// What reading one document found besides its values: notes on how names
// were read (a job title taken as the closest role), shared by every node of
// the document so that a loader can hand them on with its result.
struct ReadLog {
  std::string file{};
  std::vector<Error> notes{};
  std::vector<Error> problems{};  // found by JsonNode::attempt, not yet thrown
};

// How many problems one document reports at most: enough to fix a file in
// one go, few enough to read.
inline constexpr std::size_t kMaxProblems = 20;

class JsonNode {
 public:
  JsonNode(const nlohmann::json& value, std::string file, std::string pointer = "");

  [[nodiscard]] const nlohmann::json& raw() const noexcept { return *value_; }
  [[nodiscard]] const std::string& file() const noexcept { return log_->file; }
  [[nodiscard]] const std::string& pointer() const noexcept { return pointer_; }

  [[noreturn]] void fail(const std::string& message) const;

  // Runs `read`; a problem it finds is recorded in the document's log and
  // reading goes on, so that one pass reports every problem of a file.
  // Returns whether `read` succeeded. Past kMaxProblems it stops by
  // throwing them (throw_problems).
  bool attempt(const std::function<void()>& read) const;
  // Throws the problems recorded so far as one InputError, the first with
  // the others in Error::more; does nothing when there are none.
  void throw_problems() const;
  // Records a note about this place (the document's log keeps it).
  void note(const std::string& message) const;
  [[nodiscard]] const std::vector<Error>& notes() const noexcept { return log_->notes; }
  // The same place in the same document holding another value, e.g. an
  // object's key read as a role name.
  [[nodiscard]] JsonNode rebound(const nlohmann::json& value) const { return JsonNode(value, log_, pointer_); }

  // Objects.
  [[nodiscard]] bool is_object() const { return value_->is_object(); }
  [[nodiscard]] bool has(std::string_view key) const;
  [[nodiscard]] JsonNode at(std::string_view key) const;                 // required member
  [[nodiscard]] std::optional<JsonNode> find(std::string_view key) const;  // optional member; null is an error
  // Visits every member in document order.
  void for_each_member(const std::function<void(const std::string&, const JsonNode&)>& visit) const;
  // Rejects members not in `allowed` (catches misspelt optional fields).
  void expect_only(std::initializer_list<std::string_view> allowed) const;

  // Arrays.
  [[nodiscard]] std::size_t size() const;  // requires an array
  [[nodiscard]] JsonNode at(std::size_t index) const;
  [[nodiscard]] std::vector<JsonNode> elements() const;  // requires an array

  // Scalars; each checks the type and, for numbers, finiteness and range.
  [[nodiscard]] std::string string() const;
  [[nodiscard]] std::string non_empty_string() const;
  [[nodiscard]] std::string slug() const;  // [a-z0-9][a-z0-9._-]*, at most 128 bytes (as the schemas)
  [[nodiscard]] double number() const;     // finite
  [[nodiscard]] double number_in(double lo, double hi, std::string_view what) const;
  [[nodiscard]] long long integer_in(long long lo, long long hi, std::string_view what) const;
  [[nodiscard]] bool boolean() const;
  [[nodiscard]] std::vector<std::string> strings() const;  // array of strings

  // Requires {"format": expected} at this object.
  void expect_format(std::string_view expected) const;

 private:
  [[nodiscard]] std::string type_name() const;
  void require_object() const;
  void require_array() const;

  const nlohmann::json* value_;
  std::shared_ptr<ReadLog> log_{};
  std::string pointer_{};

  JsonNode(const nlohmann::json& value, std::shared_ptr<ReadLog> log, std::string pointer);
};

}  // namespace careerpath
