// SPDX-License-Identifier: Apache-2.0
// Test helper: reads a plan file with the codec and prints it in canonical
// form, so validate_examples.py can check the codec's output against the
// JSON Schema. Exit 2 with the Danish error when the file cannot be read.
#include <iostream>

#include "helhed/planfile/plan_json.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "brug: write_canonical_plan PLAN.json\n";
    return 2;
  }
  helhed::StatusOr<helhed::model::Plan> plan = helhed::planfile::ReadPlanFile(argv[1]);
  if (!plan.ok()) {
    std::cerr << plan.status().message() << "\n";
    return 2;
  }
  std::cout << helhed::planfile::WritePlanJson(*plan);
  return 0;
}
