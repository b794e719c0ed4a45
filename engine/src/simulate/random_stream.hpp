// Counter-derived random streams for reproducible parallel simulation.
//
// Every simulated person gets its own stream, derived from (seed, run,
// person) by SplitMix64 hashing, so that what happens to a person depends only
// on those three numbers and never on which thread simulated them or in which
// order: results are byte-identical for any thread count, and two scenarios
// run on the same streams (common random numbers) differ only where the
// scenarios differ. The generator is xoshiro256** (Blackman and Vigna), which
// is small (32 bytes), fast, and cheap to seed, unlike std::mt19937_64 whose
// 2.5 KB state costs more to seed than a whole simulated career.
#pragma once

#include <cmath>
#include <cstdint>

namespace careerpath {

// SplitMix64's finaliser: a bijective 64-bit mix with good avalanche.
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

class RandomStream {
 public:
  // Distinct purposes of randomness for one person (drawing an
  // organisation member's skills, the person's career) use distinct streams.
  // (Purposes stay below 4: the stream key is person * 4 + purpose.)
  // kInputs (person 0) draws a replicate's rates; kSelection (keyed by an
  // intervention) picks the people a limited intervention reaches.
  enum class Purpose : std::uint64_t { kInputs = 0, kCareer = 1, kSkills = 2, kSelection = 3 };

  RandomStream() noexcept { reseed(0, 0, 0, Purpose::kCareer); }
  RandomStream(std::uint64_t seed, std::uint64_t run, std::uint64_t person, Purpose purpose) noexcept {
    reseed(seed, run, person, purpose);
  }

  void reseed(std::uint64_t seed, std::uint64_t run, std::uint64_t person, Purpose purpose) noexcept {
    std::uint64_t x = mix64(mix64(mix64(seed) ^ run) ^ (person * 4 + static_cast<std::uint64_t>(purpose)));
    for (std::uint64_t& word : state_) {
      x = mix64(x);
      word = x;
    }
    spare_normal_ = false;
  }

  [[nodiscard]] std::uint64_t next() noexcept {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, 1) with 53 random bits.
  [[nodiscard]] double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // Exponential with mean 1; never infinite (1 - u is in (0, 1]).
  [[nodiscard]] double exponential() noexcept { return -std::log1p(-uniform()); }

  // Standard normal (Marsaglia's polar method; portable, unlike
  // std::normal_distribution whose algorithm differs between libraries).
  [[nodiscard]] double normal() noexcept {
    if (spare_normal_) {
      spare_normal_ = false;
      return spare_;
    }
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
      u = 2.0 * uniform() - 1.0;
      v = 2.0 * uniform() - 1.0;
      s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    spare_ = v * factor;
    spare_normal_ = true;
    return u * factor;
  }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }

  std::uint64_t state_[4] = {};
  double spare_ = 0.0;
  bool spare_normal_ = false;
};

}  // namespace careerpath
