// The program presents the report library's documents, tables and words, so
// its files name them unqualified: one using-directive, here, for all of cli/.
#pragma once

namespace careerpath::report {}

namespace careerpath::cli {
using namespace careerpath::report;  // NOLINT(google-build-using-namespace): a program's own header
}  // namespace careerpath::cli
