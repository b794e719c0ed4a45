// careerpath: career-path recommendations and simulations over a role graph.
#include "app.hpp"
#include "output/cleanup_signals.hpp"
#include "output/standard_streams.hpp"

int main(int argc, char** argv) {
  careerpath::cli::protect_standard_streams();
  careerpath::cli::remove_outputs_on_signals();
  return careerpath::cli::run_careerpath(argc, argv);
}
