// O*NET's tab-separated tables: parse with the columns the importer needs,
// then read every cell the ways the importer does (text, number, flag).
#include "careerpath/util/error.hpp"
#include "fuzz_support.hpp"
#include "onet/tsv_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerpath;
  auto table = TsvTable::parse(std::string(fuzz::as_text(data, size)), "Skills.txt", {"O*NET-SOC Code"});
  if (!table) return 0;
  for (std::size_t row = 0; row < table->row_count(); ++row) {
    for (std::size_t column = 0; column < table->header().size(); ++column) {
      try {
        (void)table->text(row, column);
        (void)table->optional_number_in(row, column, 0.0, 7.0);
        (void)table->flag(row, column);
      } catch (const InputError&) {
        // a refused cell: the documented way out
      }
    }
  }
  return 0;
}
