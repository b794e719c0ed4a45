#include "simulate/chunk_bytes.hpp"

#include <cstring>
#include <type_traits>

#include "careerpath/util/error.hpp"

namespace careerpath::detail {
namespace {

constexpr std::string_view kMagic = "careerpath.chunk/1";

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  template <class T>
  void value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void array(const Eigen::ArrayXd& a) {
    value<std::uint64_t>(static_cast<std::uint64_t>(a.size()));
    out_.append(reinterpret_cast<const char*>(a.data()), static_cast<std::size_t>(a.size()) * sizeof(double));
  }
  void matrix(const RoleMatrix& m) {
    value<std::uint64_t>(static_cast<std::uint64_t>(m.rows()));
    value<std::uint64_t>(static_cast<std::uint64_t>(m.cols()));
    out_.append(reinterpret_cast<const char*>(m.data()), static_cast<std::size_t>(m.size()) * sizeof(double));
  }

 private:
  std::string& out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <class T>
  T value() {
    T v;
    take(&v, sizeof v);
    return v;
  }
  // Arrays must have the size the scenario's layout gives them.
  void array(Eigen::ArrayXd& a) {
    if (value<std::uint64_t>() != static_cast<std::uint64_t>(a.size())) bad("an array of another size");
    take(a.data(), static_cast<std::size_t>(a.size()) * sizeof(double));
  }
  void matrix(RoleMatrix& m) {
    const auto rows = value<std::uint64_t>();
    const auto cols = value<std::uint64_t>();
    if (rows != static_cast<std::uint64_t>(m.rows()) || cols != static_cast<std::uint64_t>(m.cols())) {
      bad("a matrix of another shape");
    }
    take(m.data(), static_cast<std::size_t>(m.size()) * sizeof(double));
  }
  [[nodiscard]] std::size_t left() const noexcept { return in_.size(); }
  [[noreturn]] static void bad(const std::string& what) {
    throw InputError(Error{.message = "not a simulation chunk of this scenario (" + what + ")"});
  }

 private:
  void take(void* out, std::size_t size) {
    if (size > in_.size()) bad("cut short");
    std::memcpy(out, in_.data(), size);
    in_.remove_prefix(size);
  }
  std::string_view in_;
};

}  // namespace

std::string chunk_to_bytes(const ChunkHeader& header, const ChunkTotals& t) {
  std::string out(kMagic);
  Writer w(out);
  w.value(header);
  w.value<std::uint64_t>(t.runs);
  w.value<std::uint64_t>(t.groups);
  w.value<std::uint8_t>(t.careers_exact ? 1 : 0);
  w.value<std::uint64_t>(t.sides.size());
  for (const SideTotals& side : t.sides) {
    w.array(side.sum);
    w.array(side.square);
    w.value<std::uint64_t>(side.goal_histogram.size());
    for (std::uint64_t count : side.goal_histogram) w.value(count);
    w.matrix(side.skill_sum);
    w.array(side.skill_samples);
    w.value<std::uint64_t>(side.career_count);
    w.value<std::uint64_t>(side.careers.size());
    for (const auto& [key, count] : side.careers) {
      w.value(key.roles);
      w.value<std::uint8_t>(key.length);
      w.value<std::uint8_t>((key.truncated ? 1 : 0) | (key.left ? 2 : 0));
      w.value(count);
    }
  }
  for (std::size_t i = 0; i < t.group_sum.size(); ++i) {
    w.array(t.group_sum[i]);
    w.array(t.group_square[i]);
  }
  for (std::size_t i = 0; i < t.difference_sum.size(); ++i) {
    w.array(t.difference_sum[i]);
    w.array(t.difference_square[i]);
    w.array(t.cross[i]);
    w.array(t.cost_cross[i]);
  }
  return out;
}

ChunkHeader chunk_from_bytes(std::string_view bytes, std::size_t roles, ChunkTotals& t) {
  if (bytes.substr(0, kMagic.size()) != kMagic) Reader::bad("no chunk header");
  Reader r(bytes.substr(kMagic.size()));
  const auto header = r.value<ChunkHeader>();
  t.runs = r.value<std::uint64_t>();
  t.groups = r.value<std::uint64_t>();
  t.careers_exact = r.value<std::uint8_t>() != 0;
  if (r.value<std::uint64_t>() != t.sides.size()) Reader::bad("another number of scenarios");
  for (SideTotals& side : t.sides) {
    r.array(side.sum);
    r.array(side.square);
    if (r.value<std::uint64_t>() != side.goal_histogram.size()) Reader::bad("another number of goals or steps");
    for (std::uint64_t& count : side.goal_histogram) count = r.value<std::uint64_t>();
    r.matrix(side.skill_sum);
    r.array(side.skill_samples);
    side.career_count = r.value<std::uint64_t>();
    const auto careers = r.value<std::uint64_t>();
    constexpr std::size_t kCareerBytes = sizeof(TrajectoryKey::roles) + 2 + sizeof(std::uint64_t);
    if (careers > r.left() / kCareerBytes) Reader::bad("cut short");
    side.careers.clear();
    for (std::uint64_t i = 0; i < careers; ++i) {
      TrajectoryKey key;
      key.roles = r.value<decltype(key.roles)>();
      key.length = r.value<std::uint8_t>();
      const auto flags = r.value<std::uint8_t>();
      key.truncated = (flags & 1) != 0;
      key.left = (flags & 2) != 0;
      if (key.length == 0 || key.length > TrajectoryKey::kLength || flags > 3) Reader::bad("a damaged career");
      for (std::size_t j = 0; j < key.length; ++j) {
        if (key.roles[j] >= roles) Reader::bad("a career through a role the graph does not have");
      }
      side.careers[key] = r.value<std::uint64_t>();
    }
  }
  for (std::size_t i = 0; i < t.group_sum.size(); ++i) {
    r.array(t.group_sum[i]);
    r.array(t.group_square[i]);
  }
  for (std::size_t i = 0; i < t.difference_sum.size(); ++i) {
    r.array(t.difference_sum[i]);
    r.array(t.difference_square[i]);
    r.array(t.cross[i]);
    r.array(t.cost_cross[i]);
  }
  if (r.left() != 0) Reader::bad("bytes left over");
  return header;
}

}  // namespace careerpath::detail
