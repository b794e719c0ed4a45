#include "output/cleanup_signals.hpp"

#include <csignal>

#include <signal.h>

#include "careerpath/util/atomic_file.hpp"

namespace careerpath::cli {
namespace {

extern "C" void remove_outputs_and_end(int signal_number) {
  remove_registered_temporaries();  // async-signal-safe
  // SA_RESETHAND has restored the default action: end by the same signal.
  ::raise(signal_number);
}

}  // namespace

void remove_outputs_on_signals() {
  for (int s : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction previous {};
    if (::sigaction(s, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = remove_outputs_and_end;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    ::sigaction(s, &action, nullptr);
  }
}

}  // namespace careerpath::cli
