#include "pictures/simulate_plot.hpp"

#include <filesystem>
#include <string>

#include "command.hpp"
#include "pictures/external_tool.hpp"

namespace careerpath::cli {
namespace {

namespace fs = std::filesystem;

// The one way text reaches a gnuplot script: a single-quoted string. gnuplot
// runs `backticks` as shell commands inside double-quoted strings (and
// expands escapes there), but takes a single-quoted string literally; a quote
// inside is written twice. A line break would end the command, so control
// characters become spaces. Scenario names and paths (TMPDIR too) are
// untrusted; role titles reach gnuplot only as data, in the CSV headers.
std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "''";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "'";
}

// gnuplot on PATH, or a UsageError saying how to install it.
fs::path gnuplot_program() {
  if (auto found = find_on_path("gnuplot")) return *found;
  throw UsageError("--plot needs gnuplot, which is not installed; install it (Debian/Ubuntu: apt-get install gnuplot-nox) or leave out --plot");
}

}  // namespace

void require_gnuplot() { (void)gnuplot_program(); }

std::string plot_script(const PlotRequest& r, const std::string& folder, const std::string& output) {
  const std::string shares = quoted(folder + "/shares_wide.csv");
  const std::string goals = quoted(folder + "/goals_wide.csv");
  const std::size_t n = r.share_columns.size();
  std::string s;
  s += "set terminal svg size 960," + std::string(r.goal_columns > 0 ? "760" : "420") +
       " dynamic enhanced font 'Sans,11' background rgb 'white'\n";
  s += "set output " + quoted(output) + "\n";
  s += "set datafile separator ','\n";
  s += "set key outside right top noenhanced\n";
  s += "set grid ytics lc rgb '#dddddd'\n";
  s += "set xlabel 'years'\n";
  s += "set multiplot layout " + std::string(r.goal_columns > 0 ? "2" : "1") + ",1 title " + quoted(r.title) +
       " noenhanced\n";
  if (r.role_columns > 0) {
    // One line per (scenario, role): the same colour for a role in every
    // scenario, solid for the first scenario and dashed for the others.
    const std::string roles = quoted(folder + "/roles_wide.csv");
    s += "set title 'People in the chosen roles (mean per run)'\n";
    s += "set ylabel 'people'\nset yrange [0:*]\n";
    s += "set lmargin 10\nset rmargin at screen 0.66\n";
    // gnuplot takes no expression for a dash type: one clause per scenario.
    const std::size_t k = r.role_columns;
    std::string plot;
    for (std::size_t sc = 0; sc < r.scenarios; ++sc) {
      const std::size_t first = 2 + sc * k;
      plot += std::string(plot.empty() ? "plot " : ", ") + "for [i=" + std::to_string(first) + ":" +
              std::to_string(first + k - 1) + "] " + roles + " using 1:i with linespoints lw 2 pt 7 ps 0.5 lc (i-" +
              std::to_string(first - 1) + ") dt " + std::to_string(sc + 1) + " title columnheader(i)";
    }
    s += plot + "\n";
  } else {
    s += "set title 'Share of people in each role'\n";
    s += "set ylabel '% of people'\nset yrange [0:100]\n";
    // Stacked areas: the cumulative sum up to column i, drawn from the top down
    // so that each band shows between its own top and the next one's.
    // "other roles" (the last column, on top) in grey; the roles in gnuplot's
    // first colours, which stay distinct for the eight roles drawn.
    s += "set lmargin 10\nset rmargin at screen 0.66\n";
    s += "plot " + shares + " using 1:(100*sum [c=2:" + std::to_string(n + 1) +
         "] column(c)) with filledcurves x1 fillstyle solid 0.85 lc rgb '#bbbbbb' title columnheader(" +
         std::to_string(n + 1) + ")";
    if (n > 1) {
      s += ", for [i=" + std::to_string(n - 1) + ":1:-1] " + shares +
           " using 1:(100*sum [c=2:i+1] column(c)) with filledcurves x1 fillstyle solid 0.85 lc i title columnheader(i+1)";
    }
    s += "\n";
  }
  if (r.goal_columns > 0) {
    s += "set title 'Probability of having reached each goal'\n";
    s += "set ylabel '% of people'\nset yrange [0:100]\n";
    s += "plot for [i=2:" + std::to_string(r.goal_columns + 1) + "] " + goals +
         " using 1:(100*column(i)) with linespoints lw 2 pt 7 ps 0.6 title columnheader(i)\n";
  }
  s += "unset multiplot\nset output\n";
  return s;
}

std::string draw_plot(const CsvFiles& files, const PlotRequest& request) {
  ScratchDir folder("gnuplot");
  for (const char* name : {"shares_wide.csv", "goals_wide.csv", "roles_wide.csv"}) {
    if (files.count(name) != 0) write_text(folder.file(name), files.at(name));
  }
  const fs::path svg = folder.file("chart.svg");
  const fs::path script = folder.file("chart.gp");
  const fs::path log = folder.file("gnuplot.log");
  write_text(script, plot_script(request, folder.path().string(), svg.string()));
  const int status = run_program(gnuplot_program(), {script.string()}, log);
  std::error_code ec;
  if (status != 0 || !fs::is_regular_file(svg, ec)) {
    std::string detail = read_text(log);
    if (auto nl = detail.find_last_not_of("\n "); nl != std::string::npos) detail.resize(nl + 1);
    if (auto nl = detail.rfind('\n'); nl != std::string::npos) detail = detail.substr(nl + 1);
    throw UsageError("gnuplot could not draw " + request.svg_path + (detail.empty() ? "" : ": " + detail));
  }
  return read_text(svg);
}

}  // namespace careerpath::cli
