// SPDX-License-Identifier: Apache-2.0
// Internal: the page frame every HTML page shares (Danish, skip link, header
// with the user and a logout button, main landmark), error pages, and small
// pieces several pages use (CSRF field, notices, findings).
#pragma once

#include <string_view>
#include <vector>

#include "helhed/rules/finding.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/app.h"

namespace helhed::web::internal {

// A whole HTML document around `main`, answered with `status`.
Reply PageReply(const Request& req, std::string_view title, const Html& main, int status = 200);

// The error page for `http_status` with a Danish explanation.
Reply ErrorPage(const Request& req, int http_status, std::string_view message);

// <input type=hidden name=csrf ...> for the session's forms.
Html CsrfField(const Request& req);

// A notice box: kind is "fejl", "ok" or "info" (a CSS class).
Html Notice(Literal kind, std::string_view text);

// The notice for ?besked=<key> (a fixed set of messages, never echoed text).
Html FlashNotice(const Request& req);

// Findings as a list with severity words; empty Html for none.
Html FindingList(const std::vector<rules::Finding>& findings);

// Findings whose JSON pointer equals `pointer` or lies below it.
std::vector<rules::Finding> FindingsAt(const std::vector<rules::Finding>& findings, std::string_view pointer);

}  // namespace helhed::web::internal
