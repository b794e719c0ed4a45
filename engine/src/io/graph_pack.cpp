#include "careerpath/io/graph_pack.hpp"

#include <cstdint>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "careerpath/util/error.hpp"

namespace careerpath {
namespace {

// Every field of the graph's data must be written and read below. A field
// added to one of these structs changes its size, and this stops the build
// until pack and unpack handle it (then update the sizes here). Checked
// where the sizes are known (libstdc++ on 64-bit x86).
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(RoleGraphData) == 464, "RoleGraphData changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(Role) == 200, "Role changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(Transition) == 104, "Transition changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(Skill) == 152, "Skill changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(Track) == 96, "Track changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(Source) == 128, "Source changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(RoleRequirement) == 24, "RoleRequirement changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(ScoreWeights) == 48, "ScoreWeights changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(Scale) == 40, "Scale changed: pack and unpack the new field in graph_pack.cpp");
static_assert(sizeof(LevelAnchor) == 40, "LevelAnchor changed: pack and unpack the new field in graph_pack.cpp");
#endif

class Writer {
 public:
  // Counts, lengths and indices: the graph limits keep them far below 2^32.
  void u32(std::size_t v) {
    const auto narrow = static_cast<std::uint32_t>(v);
    if (narrow != v) throw InputError(Error{.kind = ErrorKind::kInternal, .message = "a graph too large to pack"});
    raw(&narrow, sizeof narrow);
  }
  void i32(int v) { raw(&v, sizeof v); }
  void f64(double v) { raw(&v, sizeof v); }  // the exact bits: no rounding on the way
  void text(std::string_view s) {
    u32(s.size());
    out_.append(s);
  }
  std::string take() { return std::move(out_); }

 private:
  void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view blob, bool drop_read_pages) : blob_(blob), drop_(drop_read_pages) {}
  // Gives the whole pages before the read position back to the system, a
  // chunk at a time.
  void drop_read_pages() {
#if defined(__linux__)
    if (!drop_) return;
    static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<std::uintptr_t>(blob_.data());
    const std::uintptr_t from = (base + dropped_ + page - 1) / page * page;
    const std::uintptr_t to = (base + at_) / page * page;
    if (to >= from + kDropChunk) {
      madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);  // advice: a failure changes nothing
      dropped_ = to - base;
    }
#endif
  }
  std::size_t u32() { return scalar<std::uint32_t>(); }
  int i32() { return scalar<std::int32_t>(); }
  double f64() { return scalar<double>(); }
  // A count of items that each take at least `min_bytes`: bounded by what is
  // left, so a damaged blob cannot ask for a huge allocation.
  std::size_t count(std::size_t min_bytes) {
    const std::size_t n = u32();
    if (n > (blob_.size() - at_) / min_bytes) broken();
    return n;
  }
  std::string text() {
    const std::size_t n = count(1);
    std::string s(blob_.substr(at_, n));
    at_ += n;
    return s;
  }
  [[nodiscard]] bool at_end() const { return at_ == blob_.size(); }
  [[noreturn]] static void broken() {
    throw InputError(Error{.kind = ErrorKind::kInternal, .message = "a built-in graph's packed form is damaged (rebuild careerpath)"});
  }

 private:
  template <class T>
  T scalar() {
    if (blob_.size() - at_ < sizeof(T)) broken();
    T v;
    std::memcpy(&v, blob_.data() + at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  static constexpr std::uintptr_t kDropChunk = 256 * 1024;
  std::string_view blob_;
  bool drop_ = false;
  std::size_t at_ = 0;
  std::size_t dropped_ = 0;  // bytes from the start whose pages were dropped
};

constexpr std::size_t kIndexBytes = sizeof(std::uint32_t);

void write_anchors(Writer& w, const std::vector<LevelAnchor>& anchors) {
  w.u32(anchors.size());
  for (const LevelAnchor& a : anchors) {
    w.f64(a.level);
    w.text(a.meaning);
  }
}

std::vector<LevelAnchor> read_anchors(Reader& in) {
  std::vector<LevelAnchor> anchors(in.count(8 + kIndexBytes));
  for (LevelAnchor& a : anchors) {
    a.level = in.f64();
    a.meaning = in.text();
  }
  return anchors;
}

}  // namespace

std::string pack_graph(const RoleGraphData& d) {
  Writer w;
  w.text(kGraphPackMagic);
  w.text(d.name);
  w.text(d.title);
  w.text(d.description);
  w.text(d.attribution);
  w.u32(d.metadata.size());
  for (const auto& [key, value] : d.metadata) {
    w.text(key);
    w.text(value);
  }
  w.u32(d.sources.size());
  for (const Source& s : d.sources) {
    w.text(s.id);
    w.text(s.title);
    w.text(s.url);
    w.text(s.license);
  }
  w.u32(d.tracks.size());
  for (const Track& t : d.tracks) {
    w.text(t.id);
    w.text(t.name);
    w.text(t.description);
  }
  w.f64(d.skills.scale().min);
  w.f64(d.skills.scale().max);
  write_anchors(w, d.skills.scale().anchors);
  w.u32(d.skills.size());
  for (const Skill& s : d.skills.skills()) {
    w.text(s.id);
    w.text(s.name);
    w.text(s.category);
    w.text(s.description);
    write_anchors(w, s.anchors);
  }
  w.u32(d.roles.size());
  for (std::size_t r = 0; r < d.roles.size(); ++r) {
    const Role& role = d.roles[r];
    w.text(role.id);
    w.text(role.title);
    w.u32(role.track);
    w.i32(role.level);
    w.text(role.description);
    w.u32(role.aliases.size());
    for (const std::string& a : role.aliases) w.text(a);
    w.text(role.code);
    w.text(role.source);
    const std::vector<RoleRequirement>& reqs = d.requirements[r];
    w.u32(reqs.size());
    for (const RoleRequirement& req : reqs) {
      w.u32(req.skill);
      w.f64(req.level);
      w.f64(req.importance);
    }
  }
  w.u32(d.transitions.size());
  for (const Transition& t : d.transitions) {
    w.u32(t.from);
    w.u32(t.to);
    w.u32(static_cast<std::size_t>(t.kind));
    w.f64(t.rate);
    w.f64(t.min_years);
    w.text(t.source);
    w.text(t.rationale);
  }
  w.f64(d.scoring.fit);
  w.f64(d.scoring.move);
  w.f64(d.scoring.goal);
  w.f64(d.scoring.preference);
  w.f64(d.scoring.seniority);
  w.i32(d.scoring.fit_relative_to_role ? 1 : 0);
  return w.take();
}

RoleGraphData unpack_graph(std::string_view blob, bool drop_read_pages) {
  Reader in(blob, drop_read_pages);
  if (in.text() != kGraphPackMagic) Reader::broken();
  RoleGraphData d;
  d.name = in.text();
  d.title = in.text();
  d.description = in.text();
  d.attribution = in.text();
  for (std::size_t n = in.count(2 * kIndexBytes); n > 0; --n) {
    std::string key = in.text();
    d.metadata.emplace_hint(d.metadata.end(), std::move(key), in.text());
  }
  d.sources.resize(in.count(4 * kIndexBytes));
  for (Source& s : d.sources) {
    s.id = in.text();
    s.title = in.text();
    s.url = in.text();
    s.license = in.text();
  }
  d.tracks.resize(in.count(3 * kIndexBytes));
  for (Track& t : d.tracks) {
    t.id = in.text();
    t.name = in.text();
    t.description = in.text();
  }
  Scale scale;
  scale.min = in.f64();
  scale.max = in.f64();
  scale.anchors = read_anchors(in);
  std::vector<Skill> skills(in.count(5 * kIndexBytes));
  for (Skill& s : skills) {
    s.id = in.text();
    s.name = in.text();
    s.category = in.text();
    s.description = in.text();
    s.anchors = read_anchors(in);
  }
  d.skills = SkillSpace(std::move(skills), scale);
  const std::size_t roles = in.count(9 * kIndexBytes);
  d.roles.resize(roles);
  d.requirements.resize(roles);
  for (std::size_t r = 0; r < roles; ++r) {
    Role& role = d.roles[r];
    role.id = in.text();
    role.title = in.text();
    role.track = in.u32();
    role.level = in.i32();
    role.description = in.text();
    role.aliases.resize(in.count(kIndexBytes));
    for (std::string& a : role.aliases) a = in.text();
    role.code = in.text();
    role.source = in.text();
    std::vector<RoleRequirement>& reqs = d.requirements[r];
    reqs.resize(in.count(3 * kIndexBytes));
    for (RoleRequirement& req : reqs) {
      req.skill = in.u32();
      req.level = in.f64();
      req.importance = in.f64();
    }
    if (role.track >= d.tracks.size()) Reader::broken();
    in.drop_read_pages();
    for (const RoleRequirement& req : reqs) {
      if (req.skill >= d.skills.size()) Reader::broken();
    }
  }
  d.transitions.resize(in.count(7 * kIndexBytes));
  for (Transition& t : d.transitions) {
    t.from = in.u32();
    t.to = in.u32();
    const std::size_t kind = in.u32();
    if (t.from >= roles || t.to >= roles || kind > static_cast<std::size_t>(MoveKind::kStepBack)) Reader::broken();
    t.kind = static_cast<MoveKind>(kind);
    t.rate = in.f64();
    t.min_years = in.f64();
    t.source = in.text();
    t.rationale = in.text();
    in.drop_read_pages();
  }
  d.scoring.fit = in.f64();
  d.scoring.move = in.f64();
  d.scoring.goal = in.f64();
  d.scoring.preference = in.f64();
  d.scoring.seniority = in.f64();
  const int relative = in.i32();
  if (relative != 0 && relative != 1) Reader::broken();
  d.scoring.fit_relative_to_role = relative == 1;
  if (!in.at_end()) Reader::broken();
  return d;
}

}  // namespace careerpath
