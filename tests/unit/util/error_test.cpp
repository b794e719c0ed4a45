#include "careerpath/util/error.hpp"

#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TEST(Error, OneLineNamesFileAndPlace) {
  EXPECT_EQ((Error{.file = "p.json", .pointer = "/skills/sql", .message = "level 9 is above 5"}).to_string(),
            "p.json: /skills/sql: level 9 is above 5");
  EXPECT_EQ((Error{.file = "g.json", .line = 3, .column = 7, .message = "syntax error"}).to_string(), "g.json:3:7: syntax error");
  EXPECT_EQ((Error{.file = "t.txt", .line = 4, .message = "bad row"}).to_string(), "t.txt:4: bad row");
  EXPECT_EQ((Error{.message = "no route"}).to_string(), "no route");
  EXPECT_EQ((Error{.pointer = "/a", .message = "m"}).to_string(), "/a: m");
}

TEST(Error, KindDefaultsToBadInputAndHasStableNames) {
  EXPECT_EQ(Error{}.kind, ErrorKind::kBadInput);
  EXPECT_EQ(to_string(ErrorKind::kBadInput), "bad_input");
  EXPECT_EQ(to_string(ErrorKind::kNotFound), "not_found");
  EXPECT_EQ(to_string(ErrorKind::kUnsupported), "unsupported");
  EXPECT_EQ(to_string(ErrorKind::kInternal), "internal");
}

TEST(Result, HoldsAValueOrAnError) {
  Result<int> good = 4;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 4);
  Result<int> bad = Error{.kind = ErrorKind::kNotFound, .message = "gone"};
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(bad.error().message, "gone");
}

TEST(Result, AskingForTheWrongAlternativeThrowsLogicError) {
  Result<std::string> good = std::string("x");
  Result<std::string> bad = Error{.message = "m"};
  EXPECT_THROW((void)good.error(), std::logic_error);
  EXPECT_THROW((void)bad.value(), std::logic_error);
  EXPECT_THROW((void)bad->size(), std::logic_error);
  EXPECT_THROW((void)std::move(bad).value(), std::logic_error);
}

TEST(Status, ErrorOnSuccessIsDefined) {
  const Status fine;
  EXPECT_TRUE(fine.ok());
  EXPECT_THROW((void)fine.error(), std::logic_error);
  const Status failed = Error{.kind = ErrorKind::kInternal, .message = "disk full"};
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().kind, ErrorKind::kInternal);
}

TEST(ValueOrThrow, UnwrapsOrThrowsTheSameError) {
  EXPECT_EQ(value_or_throw(Result<int>(7)), 7);
  EXPECT_NO_THROW(value_or_throw(Status{}));
  try {
    (void)value_or_throw(Result<int>(Error{.kind = ErrorKind::kNotFound, .file = "f", .message = "missing"}));
    FAIL() << "no exception";
  } catch (const InputError& e) {
    EXPECT_EQ(e.error().kind, ErrorKind::kNotFound);
    EXPECT_STREQ(e.what(), "f: missing");
  }
  EXPECT_THROW(value_or_throw(Status(Error{.message = "m"})), InputError);
}

TEST(CaptureInputErrors, TurnsAThrownErrorBackIntoAResult) {
  const Result<int> fine = capture_input_errors([] { return 3; });
  EXPECT_EQ(*fine, 3);
  const Result<int> failed = capture_input_errors([]() -> int {
    throw InputError(Error{.kind = ErrorKind::kUnsupported, .pointer = "/x", .message = "no"});
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().kind, ErrorKind::kUnsupported);
  EXPECT_EQ(failed.error().to_string(), "/x: no");
}

}  // namespace
}  // namespace careerpath
