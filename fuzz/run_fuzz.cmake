# SPDX-License-Identifier: Apache-2.0
# Short fuzz run (ctest import_fuzz_short): configures a clang build with the
# fuzz targets, builds only them (-j2), and runs each for SECONDS seconds on
# a scratch copy of its corpus. Fails on any crash, leak or sanitizer report.
foreach(var SOURCE_DIR BUILD_DIR CLANG_C CLANG_CXX SECONDS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_fuzz.cmake: ${var} is not set")
  endif()
endforeach()

execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -G Ninja
    -DCMAKE_BUILD_TYPE=RelWithDebInfo
    -DCMAKE_C_COMPILER=${CLANG_C} -DCMAKE_CXX_COMPILER=${CLANG_CXX}
    "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined"
    -DHELHED_FUZZ=ON -DHELHED_WITH_POSTGRES=OFF
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the clang fuzz build failed")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target import_text_fuzzer docx_fuzzer -j2
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the fuzz targets failed")
endif()

foreach(pair "import_text_fuzzer:text" "docx_fuzzer:docx")
  string(REPLACE ":" ";" parts ${pair})
  list(GET parts 0 target)
  list(GET parts 1 corpus)
  set(work ${BUILD_DIR}/corpus-run/${corpus})
  file(REMOVE_RECURSE ${work})
  file(MAKE_DIRECTORY ${work})
  file(GLOB seeds ${SOURCE_DIR}/fuzz/corpus/${corpus}/*)
  file(COPY ${seeds} DESTINATION ${work})
  message(STATUS "fuzzing ${target} for ${SECONDS} s")
  execute_process(
    COMMAND ${BUILD_DIR}/fuzz/${target} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
      -max_len=200000 ${work}
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${target} found a failure (exit ${rc}); see the crash-* file in the working directory")
  endif()
endforeach()
