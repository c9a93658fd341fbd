// SPDX-License-Identifier: Apache-2.0
// Login, logout, the start page and the stylesheet.
#include <string>

#include "helhed/base/status_macros.h"

#include "helhed/web/html.h"
#include "helhed/web/http_status.h"
#include "helhed/web/internal/assets.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"

namespace helhed::web::internal {
namespace {

Reply LoginForm(const Request& req, std::string_view login, const Html& notice, int status) {
  const Html main = Format(
      "<h1>Log ind</h1>{}{}"
      "<form class=\"stack\" method=\"post\" action=\"/login\">"
      "<label for=\"brugernavn\">Brugernavn</label>"
      "<input type=\"text\" id=\"brugernavn\" name=\"brugernavn\" value=\"{}\" autocomplete=\"username\" required>"
      "<label for=\"adgangskode\">Adgangskode</label>"
      "<input type=\"password\" id=\"adgangskode\" name=\"adgangskode\" autocomplete=\"current-password\" required>"
      "<button type=\"submit\">Log ind</button></form>",
      {FlashNotice(req), notice, Text(login)});
  return PageReply(req, "Log ind", main, status);
}

}  // namespace

StatusOr<Reply> HomePage(App&, Request&) { return Reply::Redirect("/planer"); }

StatusOr<Reply> Stylesheet(App&, Request&) {
  Reply reply;
  reply.content_type = "text/css; charset=utf-8";
  reply.body = std::string(StylesheetText());
  return reply;
}

StatusOr<Reply> LoginPage(App&, Request& req) { return LoginForm(req, "", Html(), 200); }

StatusOr<Reply> LoginSubmit(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::string login, req.form->Require("brugernavn", "Brugernavn"));
  HELHED_ASSIGN_OR_RETURN(std::string password, req.form->Require("adgangskode", "Adgangskode"));
  StatusOr<service::NewSession> session = app.sessions.Login(*req.store, login, password, req.http.remote_addr);
  if (!session.ok()) {
    const StatusCode code = session.status().code();
    if (code != StatusCode::kUnauthenticated && code != StatusCode::kResourceExhausted) return session.status();
    // The form again, so the user can correct the password; 401/429 tell machines.
    return LoginForm(req, login, Notice("fejl", "Login mislykkedes: " + session.status().message() + "."),
                     HttpStatusFor(code));
  }
  const auto lifetime = session->expires - app.clock->Now();
  Reply reply = Reply::Redirect("/planer");
  reply.set_cookies.push_back(std::string(kSessionCookie) + "=" + session->token +
                              "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(lifetime.count()) +
                              (req.secure ? "; Secure" : ""));
  return reply;
}

StatusOr<Reply> LogoutSubmit(App& app, Request& req) {
  HELHED_RETURN_IF_ERROR(app.sessions.Logout(*req.store, *req.session));
  Reply reply = Reply::Redirect("/login?besked=logget-ud");
  reply.set_cookies.push_back(std::string(kSessionCookie) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" +
                              (req.secure ? "; Secure" : ""));
  return reply;
}

}  // namespace helhed::web::internal
