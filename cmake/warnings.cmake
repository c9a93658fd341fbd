# SPDX-License-Identifier: Apache-2.0
# One warning set for every helhed target.
set(HELHED_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow=local -Wno-missing-field-initializers)

set(HELHED_SANITIZER_FLAGS "")
if(HELHED_SANITIZE)
  set(HELHED_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${HELHED_SANITIZER_FLAGS})
  add_link_options(${HELHED_SANITIZER_FLAGS})
endif()
