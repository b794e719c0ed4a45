// Known answers for the simulator's random streams. Every simulation's bytes
// depend on them, so a change here (a "harmless" tweak to the seeding or the
// generator) would silently change every published seed's results; the
// expected values come from the reference algorithms (SplitMix64 and
// xoshiro256** by Blackman and Vigna), computed independently in Python.
#include <gtest/gtest.h>

#include <cstdint>

#include "simulate/random_stream.hpp"

namespace careerpath {
namespace {

TEST(RandomStream, Mix64IsSplitMix64) {
  // SplitMix64 seeded with 0 returns 0xe220a8397b1dcdaf first.
  EXPECT_EQ(mix64(0), 0xE220A8397B1DCDAFULL);
}

TEST(RandomStream, StreamsAreTheReferenceGeneratorOnTheDerivedState) {
  RandomStream career(42, 0, 0, RandomStream::Purpose::kCareer);
  EXPECT_EQ(career.next(), 0xBAAD72D02FC8E887ULL);
  EXPECT_EQ(career.next(), 0x4D8F4B7ED30D7E57ULL);
  EXPECT_EQ(career.next(), 0xBA600CC0B6EAC0DEULL);
  RandomStream skills(7, 3, 1000, RandomStream::Purpose::kSkills);
  EXPECT_EQ(skills.next(), 0xAB58967EF2D75B02ULL);
  EXPECT_EQ(skills.next(), 0x52A1B644B53C03A3ULL);
  EXPECT_EQ(skills.next(), 0xBBE3FC865AAEDFF8ULL);
}

TEST(RandomStream, ReseedingStartsTheSameStreamAgain) {
  RandomStream a(42, 0, 0, RandomStream::Purpose::kCareer);
  (void)a.normal();  // leaves a spare normal behind
  a.reseed(42, 0, 0, RandomStream::Purpose::kCareer);
  EXPECT_EQ(a.next(), 0xBAAD72D02FC8E887ULL);
}

TEST(RandomStream, UniformUsesTheTop53Bits) {
  RandomStream a(42, 0, 0, RandomStream::Purpose::kCareer);
  EXPECT_EQ(a.uniform(), static_cast<double>(0xBAAD72D02FC8E887ULL >> 11) * 0x1.0p-53);
  for (int i = 0; i < 10000; ++i) {
    const double u = a.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    const double e = a.exponential();
    ASSERT_TRUE(e >= 0.0 && e < 40.0);
  }
}

TEST(RandomStream, PurposesAndPeopleGetDifferentStreams) {
  RandomStream career(1, 0, 5, RandomStream::Purpose::kCareer);
  RandomStream skills(1, 0, 5, RandomStream::Purpose::kSkills);
  RandomStream next_person(1, 0, 6, RandomStream::Purpose::kCareer);
  const std::uint64_t c = career.next();
  EXPECT_NE(c, skills.next());
  EXPECT_NE(c, next_person.next());
}

}  // namespace
}  // namespace careerpath
