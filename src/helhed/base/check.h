// SPDX-License-Identifier: Apache-2.0
// HELHED_DCHECK: programmer errors only, never user or imported data.
#pragma once

#include <cstdlib>
#include <iostream>

#define HELHED_DCHECK(cond)                                                              \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::cerr << __FILE__ << ":" << __LINE__ << ": DCHECK fejlede: " #cond << std::endl; \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)
