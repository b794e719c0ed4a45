// Uses only the installed entry header: loads the built-in graph, builds a
// person in code (no JSON), checks the engine's validation of it, and asks
// for recommendations. Prints "<version> <first recommended role id>".
#include <careerpath/careerpath.hpp>

#include <iostream>

int main() {
  const careerpath::RoleGraph graph = careerpath::value_or_throw(careerpath::load_graph("tech"));
  const std::size_t current = graph.find_role("program-manager").value();
  careerpath::Profile person = careerpath::profile_for_role(graph, current, 3.0);
  person = careerpath::value_or_throw(careerpath::validated_profile(person, graph));
  const careerpath::Recommender recommender(graph);
  const auto ranked = recommender.recommend(person, {});
  if (ranked.empty()) return 1;
  std::cout << careerpath::kVersion << ' ' << graph.role(ranked.front().role).id << '\n';
  return 0;
}
