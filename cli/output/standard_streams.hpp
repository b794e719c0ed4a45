// Standard input, output and error as careerpath uses them. Write every
// document to standard output through write_stdout (never printf, std::cout
// or fwrite(stdout)): it checks the write, so `careerpath ... > /dev/full`
// fails with a message and exit status 1 instead of exiting 0 having written
// nothing. main() calls protect_standard_streams first and finish_stdout last.
#pragma once

#include <string_view>

namespace careerpath::cli {

// A program started with standard input, output or error closed would hand
// those descriptor numbers to the next file it opens, and then read its own
// temporary output as input, or print into an output file. Each closed one
// is taken by /dev/null opened the other way round (stdin write-only, stdout
// read-only), so that using it fails plainly ("standard input is closed")
// instead of touching some other file.
void protect_standard_streams();

// Writes `text` to standard output and flushes it; throws an internal
// InputError naming the failure (a full disk, a closed pipe with SIGPIPE
// ignored).
void write_stdout(std::string_view text);

// Flushes standard output (stdio's and std::cout's); throws like write_stdout when
// what was written earlier could not be delivered.
void finish_stdout();

}  // namespace careerpath::cli
