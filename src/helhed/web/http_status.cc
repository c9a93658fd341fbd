// SPDX-License-Identifier: Apache-2.0
// Status → HTTP status, in one place.
#include "helhed/web/http_status.h"

namespace helhed::web {

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kUnauthenticated: return 401;
    case StatusCode::kPermissionDenied: return 403;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kAlreadyExists:
    case StatusCode::kFailedPrecondition:
    case StatusCode::kAborted: return 409;
    // Throttled logins: the client should wait, not retry at once.
    case StatusCode::kResourceExhausted: return 429;
    case StatusCode::kUnavailable: return 503;
    case StatusCode::kDataLoss:
    case StatusCode::kInternal: return 500;
  }
  return 500;
}

std::string_view DanishStatusTitle(int http_status) {
  switch (http_status) {
    case 400: return "Ugyldig forespørgsel";
    case 401: return "Du er ikke logget ind";
    case 403: return "Adgang nægtet";
    case 404: return "Siden findes ikke";
    case 409: return "Konflikt";
    case 413: return "Forespørgslen er for stor";
    case 429: return "For mange forsøg";
    case 500: return "Intern fejl";
    case 503: return "Tjenesten er ikke tilgængelig";
    default: return "Fejl";
  }
}

std::string_view ApiErrorCode(int http_status) {
  switch (http_status) {
    case 400: return "bad_request";
    case 401: return "unauthenticated";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 409: return "conflict";
    case 413: return "payload_too_large";
    case 429: return "too_many_requests";
    case 503: return "unavailable";
    default: return "internal";
  }
}

}  // namespace helhed::web
