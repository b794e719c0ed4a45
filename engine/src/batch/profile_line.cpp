#include "batch/profile_line.hpp"

#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include <simdjson.h>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/profile_io.hpp"

namespace careerpath {

const std::size_t ProfileLineReader::kPadding = simdjson::SIMDJSON_PADDING;

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

constexpr double kMaxYears = 80.0;  // as read_profile

// The fast path declines (std::nullopt) rather than fails: read_profile then
// reads the line and explains whatever is wrong.
struct Decline {};

// Marks seen members of one object: a repeated key means read_profile's
// duplicate-key error, so the fast path declines.
class SeenSet {
 public:
  void reset(std::size_t size) {
    if (marks_.size() != size) marks_.assign(size, 0);
    if (++generation_ == 0) {
      std::fill(marks_.begin(), marks_.end(), 0);
      generation_ = 1;
    }
  }
  void mark(std::size_t index) {
    if (marks_[index] == generation_) throw Decline{};
    marks_[index] = generation_;
  }
  [[nodiscard]] bool contains(std::size_t index) const { return marks_[index] == generation_; }

 private:
  std::vector<std::uint32_t> marks_{};
  std::uint32_t generation_ = 0;
};

double number_in(element e, double lo, double hi) {
  const element_type type = e.type();
  const bool is_number = type == element_type::DOUBLE || type == element_type::INT64 || type == element_type::UINT64;
  double v = 0.0;
  if (!is_number || e.get_double().get(v) != simdjson::SUCCESS || !std::isfinite(v) || v < lo || v > hi) {
    throw Decline{};
  }
  return v;
}

std::string_view string_of(element e) {
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) throw Decline{};
  return s;
}

object object_of(element e) {
  object o;
  if (e.get_object().get(o) != simdjson::SUCCESS) throw Decline{};
  return o;
}

// Ids to indices, looked up by string_view without building a std::string
// per key (the graph's own maps take std::string). Views into the graph.
class IdIndex {
 public:
  template <class Items, class IdOf>
  IdIndex(const Items& items, IdOf id_of) {
    index_.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) index_.emplace(std::string_view(id_of(items[i])), i);
  }
  [[nodiscard]] std::optional<std::size_t> find(std::string_view id) const {
    auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, std::size_t> index_{};
};

}  // namespace

struct ProfileLineReader::Impl {
  Impl(const RoleGraph& g, std::string f)
      : graph(g),
        file(std::move(f)),
        role_ids(g.roles(), [](const Role& r) -> const std::string& { return r.id; }),
        skill_ids(g.skills().skills(), [](const Skill& s) -> const std::string& { return s.id; }),
        track_ids(g.tracks(), [](const Track& t) -> const std::string& { return t.id; }) {}

  const RoleGraph& graph;
  std::string file;
  IdIndex role_ids;
  IdIndex skill_ids;
  IdIndex track_ids;
  simdjson::dom::parser parser{};
  SeenSet seen_fields{};
  SeenSet seen_skills{};
  SeenSet seen_tracks{};
  SeenSet seen_roles{};

  // Only a role id; titles and aliases go through read_profile.
  std::size_t role(element e) const {
    auto r = role_ids.find(string_of(e));
    if (!r) throw Decline{};
    return *r;
  }

  std::vector<std::size_t> role_list(element e) {
    simdjson::dom::array list;
    if (e.get_array().get(list) != simdjson::SUCCESS) throw Decline{};
    seen_roles.reset(graph.role_count());
    std::vector<std::size_t> roles;
    for (element item : list) {
      const std::size_t r = role(item);
      seen_roles.mark(r);
      roles.push_back(r);
    }
    return roles;
  }

  void read_skills(element e, Profile& p) {
    const SkillSpace& space = graph.skills();
    seen_skills.reset(space.size());
    p.skills = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(space.size()));
    // As the loader does: every level assumed until stated (a level with its
    // source, an object, is left to the loader).
    p.sources.assign(space.size(), LevelSource::kAssumed);
    for (auto [key, value] : object_of(e)) {
      auto skill = skill_ids.find(key);
      if (!skill) throw Decline{};
      seen_skills.mark(*skill);
      const double level = number_in(value, space.scale().min, space.scale().max);
      state_level(p, *skill, space.scale().normalise(level), LevelSource::kStated);
    }
  }

  void read_preferences(element e, Preferences& prefs) {
    enum Field : std::size_t { kTracks, kAvoid, kStepBack, kCount };
    SeenSet seen;
    seen.reset(kCount);
    for (auto [key, value] : object_of(e)) {
      if (value.type() == element_type::NULL_VALUE) throw Decline{};
      if (key == "tracks") {
        seen.mark(kTracks);
        seen_tracks.reset(graph.tracks().size());
        for (auto [track_id, weight] : object_of(value)) {
          auto t = track_ids.find(track_id);
          if (!t) throw Decline{};
          seen_tracks.mark(*t);
          prefs.track_weight[*t] = number_in(weight, -1.0, 1.0);
        }
      } else if (key == "avoid") {
        seen.mark(kAvoid);
        prefs.avoid = role_list(value);
      } else if (key == "step_back") {
        seen.mark(kStepBack);
        bool b = false;
        if (value.get_bool().get(b) != simdjson::SUCCESS) throw Decline{};
        prefs.step_back = b ? StepBack::kAllowed : StepBack::kForbidden;
      } else {
        throw Decline{};
      }
    }
  }

  std::optional<Profile> fast(std::string_view line) {
    element root;
    if (parser.parse(line.data(), line.size(), /*realloc_if_needed=*/false).get(root) != simdjson::SUCCESS) {
      return std::nullopt;
    }
    try {
      return profile(root);
    } catch (const Decline&) {
      return std::nullopt;
    }
  }

  Profile profile(element root) {
    enum Field : std::size_t {
      kFormat, kId, kName, kSummary, kCurrentRole, kYears, kSkills, kGoals, kPreferences, kLearningRate, kBaseline, kCount
    };
    seen_fields.reset(kCount);
    Profile p;
    p.preferences.track_weight.assign(graph.tracks().size(), 0.0);
    bool has_id = false;
    for (auto [key, value] : object_of(root)) {
      // read_profile treats a null optional field as absent; rare enough to leave to it.
      if (value.type() == element_type::NULL_VALUE) throw Decline{};
      if (key == "format") {
        seen_fields.mark(kFormat);
        if (string_of(value) != kProfileFormat) throw Decline{};
      } else if (key == "id") {
        seen_fields.mark(kId);
        p.id = std::string(string_of(value));
        if (p.id.find_first_not_of(" \t\r\n") == std::string::npos) throw Decline{};
        has_id = true;
      } else if (key == "name") {
        seen_fields.mark(kName);
        p.name = std::string(string_of(value));
      } else if (key == "summary") {
        seen_fields.mark(kSummary);
        p.summary = std::string(string_of(value));
      } else if (key == "current_role") {
        seen_fields.mark(kCurrentRole);
        p.current_role = role(value);
      } else if (key == "years_in_role") {
        seen_fields.mark(kYears);
        p.years_in_role = number_in(value, 0.0, kMaxYears);
      } else if (key == "skills") {
        seen_fields.mark(kSkills);
        read_skills(value, p);
      } else if (key == "goals") {
        seen_fields.mark(kGoals);
        p.goals = role_list(value);
      } else if (key == "preferences") {
        seen_fields.mark(kPreferences);
        read_preferences(value, p.preferences);
      } else if (key == "baseline") {
        seen_fields.mark(kBaseline);
        const auto baseline = parse_baseline(string_of(value));
        if (!baseline) throw Decline{};
        p.baseline = *baseline;
      } else if (key == "learning_rate") {
        seen_fields.mark(kLearningRate);
        p.learning_rate = number_in(value, 0.0, 10.0);
        if (p.learning_rate <= 0.0) throw Decline{};
      } else {
        throw Decline{};
      }
    }
    // The required fields (read_profile names the missing one).
    for (Field required : {kCurrentRole, kYears, kSkills}) {
      if (!seen_fields.contains(required)) throw Decline{};
    }
    if (!has_id) p.id = p.name.empty() ? "person" : p.name;
    apply_baseline(p, graph);
    return p;
  }

  // The loader's own reading, for every line the fast path declined.
  Result<Profile> slow(std::string_view line) {
    auto document = parse_json_text(line, file);
    if (!document) return document.error();
    return profile_from_json(*document, graph, file, FormatField::kOptional);
  }
};

ProfileLineReader::ProfileLineReader(const RoleGraph& graph, std::string file)
    : impl_(std::make_unique<Impl>(graph, std::move(file))) {}

ProfileLineReader::~ProfileLineReader() = default;

Result<Profile> ProfileLineReader::read(std::string_view line) {
  if (auto p = impl_->fast(line)) return std::move(*p);
  ++fallbacks_;
  return impl_->slow(line);
}

}  // namespace careerpath
