// SPDX-License-Identifier: Apache-2.0
#include "helhed/cli/exit_code.h"

namespace helhed::cli {

int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return kExitOk;
    case StatusCode::kInvalidArgument:
    case StatusCode::kNotFound:
    case StatusCode::kAlreadyExists:
    case StatusCode::kFailedPrecondition:
    case StatusCode::kPermissionDenied:
    case StatusCode::kUnauthenticated:
      return kExitBadInput;
    case StatusCode::kAborted:
      return kExitConflict;
    case StatusCode::kUnavailable:
    case StatusCode::kResourceExhausted:
    case StatusCode::kDataLoss:
    case StatusCode::kInternal:
      return kExitEnvironment;
  }
  return kExitEnvironment;
}

}  // namespace helhed::cli
