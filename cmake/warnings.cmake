# SPDX-License-Identifier: Apache-2.0
# One warning set for every helhed target.
set(HELHED_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
# -Wshadow=local is GCC's; clang (used for the fuzz build) has no such flag.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  list(APPEND HELHED_WARNING_FLAGS -Wshadow=local)
endif()

set(HELHED_SANITIZER_FLAGS "")
if(HELHED_SANITIZE)
  set(HELHED_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${HELHED_SANITIZER_FLAGS})
  add_link_options(${HELHED_SANITIZER_FLAGS})
  # Every test (and the helhed it runs) reports leaks, except those in the
  # system libraries cmake/lsan.supp names.
  set(HELHED_SANITIZER_TEST_ENV "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/cmake/lsan.supp")
endif()
