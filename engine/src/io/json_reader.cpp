#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <set>

#include "careerpath/util/input_file.hpp"

namespace careerpath {
namespace {

using nlohmann::json;

std::string strip_nlohmann_prefix(std::string message) {
  // "[json.exception.<kind>.<id>] " names nlohmann's exception, and syntax
  // errors go on with "parse error at line L, column C: "; our Error carries
  // the place itself, so only what is wrong is kept.
  if (message.rfind("[json.exception", 0) == 0) {
    if (const auto end = message.find("] "); end != std::string::npos) message.erase(0, end + 2);
  }
  if (message.rfind("parse error", 0) == 0) {
    if (const auto colon = message.find(": "); colon != std::string::npos) message.erase(0, colon + 2);
  }
  return message;
}

// Builds the DOM through nlohmann's own SAX DOM builder while tracking the
// JSON pointer of the current position, so that a key repeated in an object
// is reported where it happens.
class StrictDomBuilder {
 public:
  explicit StrictDomBuilder(json& root) : dom_(root, /*allow_exceptions=*/false) {}

  bool null() { return value(dom_.null()); }
  bool boolean(bool v) { return value(dom_.boolean(v)); }
  bool number_integer(json::number_integer_t v) { return value(dom_.number_integer(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return value(dom_.number_unsigned(v)); }
  bool number_float(json::number_float_t v, const json::string_t& s) { return value(dom_.number_float(v, s)); }
  bool string(json::string_t& v) { return value(dom_.string(v)); }
  bool binary(json::binary_t& v) { return value(dom_.binary(v)); }

  bool start_object(std::size_t n) {
    frames_.push_back(Frame{.is_array = false});
    return dom_.start_object(n);
  }
  bool key(json::string_t& k) {
    Frame& frame = frames_.back();
    if (!frame.keys.insert(k).second) {
      duplicate_pointer_ = pointer_of_current_container() + "/" + json_pointer_token(k);
      duplicate_key_ = k;
      return false;
    }
    frame.key = k;
    return dom_.key(k);
  }
  bool end_object() { return end_container(dom_.end_object()); }
  bool start_array(std::size_t n) {
    frames_.push_back(Frame{.is_array = true});
    return dom_.start_array(n);
  }
  bool end_array() { return end_container(dom_.end_array()); }

  bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::detail::exception& ex) {
    error_position_ = position;
    error_message_ = strip_nlohmann_prefix(ex.what());
    return false;
  }

  std::optional<std::string> duplicate_key_;
  std::string duplicate_pointer_;
  std::optional<std::size_t> error_position_;
  std::string error_message_;

 private:
  struct Frame {
    bool is_array = false;
    std::size_t index = 0;
    std::string key{};
    std::set<std::string, std::less<>> keys{};
  };

  bool value(bool ok) {
    advance_parent();
    return ok;
  }
  bool end_container(bool ok) {
    frames_.pop_back();
    advance_parent();
    return ok;
  }
  void advance_parent() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }
  std::string pointer_of_current_container() const {
    std::string pointer;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      pointer += '/';
      pointer += f.is_array ? std::to_string(f.index) : json_pointer_token(f.key);
    }
    return pointer;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::vector<Frame> frames_;
};

}  // namespace

std::string json_pointer_token(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

Result<json> parse_json_text(std::string_view text, const std::string& file) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{.file = file, .message = "file is empty (expected a JSON document)"};
  }
  json root;
  StrictDomBuilder builder(root);
  const bool ok = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, /*strict=*/true);
  if (builder.duplicate_key_) {
    return Error{.file = file, .pointer = builder.duplicate_pointer_,
                 .message = "duplicate key '" + *builder.duplicate_key_ + "' (each key may appear once)"};
  }
  if (!ok || builder.error_position_) {
    // nlohmann counts the characters it has read, the offending one included,
    // and may have read trailing white space; point at the last real one.
    std::size_t offset = builder.error_position_.value_or(text.size());
    offset = offset > 0 ? std::min(offset, text.size()) - 1 : 0;
    while (offset > 0 && std::string_view(" \t\r\n").find(text[offset]) != std::string_view::npos) --offset;
    const auto [line, column] = line_and_column(text, offset);
    return Error{.file = file, .line = line, .column = column,
                 .message = "malformed JSON: " + (builder.error_message_.empty() ? std::string("cannot parse") : builder.error_message_)};
  }
  return root;
}

Result<nlohmann::json> parse_json_file(const std::string& path) {
  auto text = read_input_text(path);
  if (!text) return text.error();
  return parse_json_text(*text, input_display_name(path));
}

JsonNode::JsonNode(const json& value, std::string file, std::string pointer)
    : value_(&value), log_(std::make_shared<ReadLog>(ReadLog{.file = std::move(file)})), pointer_(std::move(pointer)) {}

JsonNode::JsonNode(const json& value, std::shared_ptr<ReadLog> log, std::string pointer)
    : value_(&value), log_(std::move(log)), pointer_(std::move(pointer)) {}

void JsonNode::fail(const std::string& message) const {
  throw InputError(Error{.file = log_->file, .pointer = pointer_.empty() ? "/" : pointer_, .message = message});
}

bool JsonNode::attempt(const std::function<void()>& read) const {
  try {
    read();
    return true;
  } catch (const InputError& e) {
    if (e.error().kind == ErrorKind::kInternal) throw;
    Error first = e.error();
    std::vector<Error> more = std::move(first.more);
    first.more.clear();
    log_->problems.push_back(std::move(first));
    for (Error& m : more) log_->problems.push_back(std::move(m));
    if (log_->problems.size() >= kMaxProblems) throw_problems();
    return false;
  }
}

void JsonNode::throw_problems() const {
  if (log_->problems.empty()) return;
  std::vector<Error> problems = std::move(log_->problems);
  log_->problems.clear();
  if (problems.size() > kMaxProblems) problems.resize(kMaxProblems);
  if (problems.size() == kMaxProblems) {
    problems.push_back(Error{.file = log_->file, .message = "stopped after " + std::to_string(kMaxProblems) +
                                                            " problems; fix these and run again"});
  }
  Error first = std::move(problems.front());
  first.more.assign(std::make_move_iterator(problems.begin() + 1), std::make_move_iterator(problems.end()));
  throw InputError(std::move(first));
}

void JsonNode::note(const std::string& message) const {
  log_->notes.push_back(Error{.file = log_->file, .pointer = pointer_.empty() ? "/" : pointer_, .message = message});
}

std::string JsonNode::type_name() const {
  if (value_->is_number()) return "a number";
  if (value_->is_string()) return "a string";
  if (value_->is_boolean()) return "a boolean";
  if (value_->is_null()) return "null";
  if (value_->is_array()) return "an array";
  return "an object";
}

void JsonNode::require_object() const {
  if (!value_->is_object()) fail("expected an object, found " + type_name());
}
void JsonNode::require_array() const {
  if (!value_->is_array()) fail("expected an array, found " + type_name());
}

bool JsonNode::has(std::string_view key) const {
  return value_->is_object() && value_->contains(key);
}

JsonNode JsonNode::at(std::string_view key) const {
  require_object();
  auto it = value_->find(key);
  if (it == value_->end()) fail("missing required field '" + std::string(key) + "'");
  return JsonNode(*it, log_, pointer_ + "/" + json_pointer_token(key));
}

std::optional<JsonNode> JsonNode::find(std::string_view key) const {
  require_object();
  auto it = value_->find(key);
  if (it == value_->end()) return std::nullopt;
  JsonNode member(*it, log_, pointer_ + "/" + json_pointer_token(key));
  // The schemas declare no field nullable: null is refused, not taken as absent.
  if (it->is_null()) member.fail("null is not allowed here; leave the field out instead");
  return member;
}

void JsonNode::for_each_member(const std::function<void(const std::string&, const JsonNode&)>& visit) const {
  require_object();
  for (auto it = value_->begin(); it != value_->end(); ++it) {
    visit(it.key(), JsonNode(it.value(), log_, pointer_ + "/" + json_pointer_token(it.key())));
  }
}

void JsonNode::expect_only(std::initializer_list<std::string_view> allowed) const {
  require_object();
  for (auto it = value_->begin(); it != value_->end(); ++it) {
    bool known = false;
    for (auto a : allowed) known = known || a == it.key();
    if (!known) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      JsonNode(it.value(), log_, pointer_ + "/" + json_pointer_token(it.key()))
          .fail("unknown field '" + it.key() + "' (expected one of: " + list + ")");
    }
  }
}

std::size_t JsonNode::size() const {
  require_array();
  return value_->size();
}

JsonNode JsonNode::at(std::size_t index) const {
  require_array();
  if (index >= value_->size()) fail("index " + std::to_string(index) + " is out of range");
  return JsonNode((*value_)[index], log_, pointer_ + "/" + std::to_string(index));
}

std::vector<JsonNode> JsonNode::elements() const {
  require_array();
  std::vector<JsonNode> out;
  out.reserve(value_->size());
  for (std::size_t i = 0; i < value_->size(); ++i) out.push_back(JsonNode((*value_)[i], log_, pointer_ + "/" + std::to_string(i)));
  return out;
}

std::string JsonNode::string() const {
  if (!value_->is_string()) fail("expected a string, found " + type_name());
  return value_->get<std::string>();
}

std::string JsonNode::non_empty_string() const {
  std::string s = string();
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) fail("must not be empty");
  return s;
}

std::string JsonNode::slug() const {
  std::string s = string();
  bool ok = !s.empty() && s.size() <= 128;
  for (std::size_t i = 0; ok && i < s.size(); ++i) {
    const char c = s[i];
    ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '-' || c == '.' || c == '_'));
  }
  if (!ok) {
    fail("'" + s + "' is not a valid id (1 to 128 lower-case letters, digits, '-', '.' or '_', starting with a letter or digit)");
  }
  return s;
}

double JsonNode::number() const {
  if (!value_->is_number()) fail("expected a number, found " + type_name());
  const double v = value_->get<double>();
  if (!std::isfinite(v)) fail("number is not finite");
  return v;
}

double JsonNode::number_in(double lo, double hi, std::string_view what) const {
  const double v = number();
  if (v < lo) fail(std::string(what) + " " + format_number(v) + " is below the minimum " + format_number(lo));
  if (v > hi) fail(std::string(what) + " " + format_number(v) + " is above the maximum " + format_number(hi));
  return v;
}

long long JsonNode::integer_in(long long lo, long long hi, std::string_view what) const {
  const double v = number();
  if (v != std::floor(v)) fail(std::string(what) + " must be a whole number, found " + format_number(v));
  // Compared and written as whole numbers: as doubles 2^53 and 2^53 - 1 are
  // one value ("9.0072e+15 is above the maximum 9.0072e+15").
  const std::string range = " (from " + std::to_string(lo) + " to " + std::to_string(hi) + ")";
  long long n = 0;
  if (value_->is_number_unsigned()) {
    const auto u = value_->get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<long long>::max())) {
      fail(std::string(what) + " " + std::to_string(u) + " is above the maximum " + std::to_string(hi));
    }
    n = static_cast<long long>(u);
  } else if (value_->is_number_integer()) {
    n = value_->get<long long>();
  } else {
    if (v < -0x1p63 || v >= 0x1p63) fail(std::string(what) + " " + format_number(v) + " is out of range" + range);
    n = static_cast<long long>(v);
  }
  if (n < lo) fail(std::string(what) + " " + std::to_string(n) + " is below the minimum " + std::to_string(lo));
  if (n > hi) fail(std::string(what) + " " + std::to_string(n) + " is above the maximum " + std::to_string(hi));
  return n;
}

bool JsonNode::boolean() const {
  if (!value_->is_boolean()) fail("expected true or false, found " + type_name());
  return value_->get<bool>();
}

std::vector<std::string> JsonNode::strings() const {
  std::vector<std::string> out;
  for (const JsonNode& e : elements()) out.push_back(e.string());
  return out;
}

void JsonNode::expect_format(std::string_view expected) const {
  require_object();
  if (!has("format")) fail("missing field 'format' (expected \"" + std::string(expected) + "\")");
  const std::string found = at("format").string();
  if (found != expected) at("format").fail("format is \"" + found + "\", expected \"" + std::string(expected) + "\"");
}

}  // namespace careerpath
