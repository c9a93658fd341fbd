// SPDX-License-Identifier: Apache-2.0
// The shared page frame and error pages.
#include "helhed/web/internal/layout.h"

#include <string>

#include "helhed/web/http_status.h"
#include "helhed/web/permissions.h"
#include "helhed/rules/finding.h"

namespace helhed::web::internal {
namespace {

Html Header(const Request& req) {
  Html header = Html("<header class=\"top\"><a class=\"skip\" href=\"#indhold\">Gå til indhold</a>"
                     "<a class=\"brand\" href=\"/planer\">helhed</a>");
  if (req.session) {
    header += Format(
        "<nav aria-label=\"Hovedmenu\"><a href=\"/planer\">Planer</a></nav>"
        "<form class=\"logout\" method=\"post\" action=\"/logout\">{}"
        "<span class=\"user\">{}</span> <button type=\"submit\">Log ud</button></form>",
        {CsrfField(req), Text(req.session->display_name)});
  }
  return header + Html("</header>");
}

}  // namespace

Reply PageReply(const Request& req, std::string_view title, const Html& main, int status) {
  // The frame around `main`, which is often tens of kilobytes kept by the
  // plan-view cache: it is copied once, straight into the reply.
  const Html head = Format(
      "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>{} – helhed</title><link rel=\"stylesheet\" href=\"/static/helhed.css\"></head>"
      "<body>{}<main id=\"indhold\" tabindex=\"-1\">",
      {Text(title), Header(req)});
  const Html tail = Html("</main><footer><p>helhed – boligsociale helhedsplaner</p></footer></body></html>\n");
  Reply reply;
  reply.status = status;
  reply.body.reserve(head.str().size() + main.str().size() + tail.str().size());
  reply.body += head.str();
  reply.body += main.str();
  reply.body += tail.str();
  return reply;
}

Reply ErrorPage(const Request& req, int http_status, std::string_view message) {
  const std::string_view title = DanishStatusTitle(http_status);
  Html main = Format("<h1>{}</h1>", {Text(title)}) + Notice("fejl", message);
  if (http_status == 401 || !req.session) {
    main += Html("<p><a href=\"/login\">Gå til login</a></p>");
  } else {
    main += Html("<p><a href=\"/planer\">Tilbage til planerne</a></p>");
  }
  return PageReply(req, title, main, http_status);
}

Html CsrfField(const Request& req) {
  if (!req.session) return Html();
  return Format("<input type=\"hidden\" name=\"csrf\" value=\"{}\">", {Text(req.session->csrf_token)});
}

Html Notice(Literal kind, std::string_view text) {
  // role=alert so screen readers announce errors and confirmations.
  return Format("<p class=\"notice {}\" role=\"alert\">{}</p>", {Html(kind), Text(text)});
}

Html FlashNotice(const Request& req) {
  const std::string key = req.http.get_param_value("besked");
  if (key == "gemt") return Notice("ok", "Ændringen er gemt som en ny revision.");
  if (key == "registreret") return Notice("ok", "Beslutningen er registreret.");
  if (key == "importeret") return Notice("ok", "Planen er importeret og gemt som revision 1.");
  if (key == "indtastet") return Notice("ok", "Tallet er gemt som en måling med kilde og vises i opfølgningen.");
  if (key == "tildelt") return Notice("ok", "Indikatoren er tildelt.");
  if (key == "frataget") return Notice("ok", "Tildelingen er fjernet.");
  if (key == "logget-ud") return Notice("info", "Du er logget ud.");
  if (key == "udloebet") return Notice("fejl", "Din session er udløbet. Log ind igen.");
  if (key == "login") return Notice("info", "Log ind for at se siden.");
  return Html();
}

Html FindingList(const std::vector<rules::Finding>& findings) {
  if (findings.empty()) return Html();
  Html items;
  for (const rules::Finding& finding : findings) {
    items += Format("<li class=\"finding {}\"><strong>{}:</strong> {} <span class=\"code\">({})</span></li>",
                    {Text(rules::SeverityName(finding.severity)), Text(rules::SeverityDanish(finding.severity)),
                     Text(finding.message), Text(finding.code)});
  }
  return Format("<ul class=\"findings\">{}</ul>", {items});
}

std::vector<rules::Finding> FindingsAt(const std::vector<rules::Finding>& findings, std::string_view pointer) {
  std::vector<rules::Finding> out;
  for (const rules::Finding& finding : findings) {
    const std::string_view p = finding.pointer;
    if (p == pointer || (p.size() > pointer.size() && p.substr(0, pointer.size()) == pointer &&
                         p[pointer.size()] == '/')) {
      out.push_back(finding);
    }
  }
  return out;
}

}  // namespace helhed::web::internal
