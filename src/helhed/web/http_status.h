// SPDX-License-Identifier: Apache-2.0
// The one mapping from Status to HTTP status (style.md §E), with the Danish
// heading an error page shows for each status.
#pragma once

#include <string_view>

#include "helhed/base/status.h"

namespace helhed::web {

// kInvalidArgument→400, kUnauthenticated→401, kPermissionDenied→403,
// kNotFound→404, kAlreadyExists/kFailedPrecondition/kAborted→409,
// kResourceExhausted→429, kUnavailable→503, otherwise 500.
int HttpStatusFor(StatusCode code);

// "Ugyldig forespørgsel", "Adgang nægtet", ... for 400, 401, 403, 404, 409,
// 413, 429, 500 and 503; "Fejl" for any other status.
std::string_view DanishStatusTitle(int http_status);

// The JSON API's error code for an HTTP status: "bad_request",
// "unauthenticated", "forbidden", "not_found", "conflict", "payload_too_large",
// "too_many_requests", "unavailable", "internal".
std::string_view ApiErrorCode(int http_status);

}  // namespace helhed::web
