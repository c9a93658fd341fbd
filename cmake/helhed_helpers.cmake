# SPDX-License-Identifier: Apache-2.0
# helhed_library(): one folder = one module = one target helhed_<name>,
# aliased helhed::<name>. helhed_test(): one test executable per module.

function(helhed_library)
  cmake_parse_arguments(HL "" "NAME" "HDRS;SRCS;DEPS;PRIVATE_DEPS" ${ARGN})
  set(target helhed_${HL_NAME})
  if(HL_SRCS)
    add_library(${target} STATIC ${HL_SRCS} ${HL_HDRS})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(${target} PUBLIC ${HL_DEPS} PRIVATE ${HL_PRIVATE_DEPS})
    target_compile_options(${target} PRIVATE ${HELHED_WARNING_FLAGS})
  else()
    add_library(${target} INTERFACE ${HL_HDRS})
    target_include_directories(${target} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(${target} INTERFACE ${HL_DEPS})
  endif()
  add_library(helhed::${HL_NAME} ALIAS ${target})
endfunction()

# LABELS slow marks suites that take more than a few seconds.
function(helhed_test)
  if(NOT HELHED_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(HT "" "NAME" "SRCS;DEPS;LABELS" ${ARGN})
  add_executable(${HT_NAME} ${HT_SRCS})
  target_link_libraries(${HT_NAME} PRIVATE ${HT_DEPS} helhed::testing GTest::gmock GTest::gtest_main)
  target_compile_options(${HT_NAME} PRIVATE ${HELHED_WARNING_FLAGS})
  target_compile_definitions(${HT_NAME} PRIVATE
    HELHED_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    HELHED_BINARY_DIR="${PROJECT_BINARY_DIR}")
  set(props "")
  if(HT_LABELS)
    set(props PROPERTIES LABELS "${HT_LABELS}")
  endif()
  gtest_discover_tests(${HT_NAME} DISCOVERY_TIMEOUT 60 ${props})
endfunction()
