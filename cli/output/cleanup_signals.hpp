// What happens when careerpath is interrupted (SIGINT, SIGTERM, SIGHUP):
// every output not yet committed is removed (util/atomic_file.hpp keeps the
// list), then the process ends by that signal as it would have anyway, so
// the shell still sees 130 or 143. A signal the program was started with
// ignored (nohup) stays ignored. Commands that stop cleanly on their own
// (batch) install their own handlers for the duration of a run and restore
// these after.
#pragma once

namespace careerpath::cli {

void remove_outputs_on_signals();

}  // namespace careerpath::cli
