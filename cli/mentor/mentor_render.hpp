// The mentor report's text formats: table, Markdown and HTML. The analysis is
// the engine's (careerpath/advise/mentor.hpp); the words and the JSON document
// are the report library's (careerpath/report/mentor.hpp); nothing here
// decides anything.
#pragma once

#include <string>

#include "careerpath/report/mentor.hpp"
#include "report_names.hpp"

namespace careerpath::cli {

[[nodiscard]] std::string render_mentor_table(const MentorView& view);
[[nodiscard]] std::string render_mentor_markdown(const MentorView& view);
[[nodiscard]] std::string render_mentor_html(const MentorView& view);

}  // namespace careerpath::cli
