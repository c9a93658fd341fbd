// SPDX-License-Identifier: Apache-2.0
// WebServer: registers the route table on httplib and runs, for every
// request, the checks all routes share: security headers, body size, session,
// CSRF, the permission matrix, then the handler; errors become a Danish page
// (or JSON under /api/) with the status from http_status.cc.
#include "helhed/web/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <filesystem>
#include <system_error>
#include <iostream>
#include <regex>
#include <thread>

#include "helhed/base/status_macros.h"
#include "helhed/import/source_text.h"
#include "helhed/service/plan_access.h"
#include "helhed/web/http_status.h"
#include "helhed/web/internal/app.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"
#include "helhed/web/internal/path_router.h"
#include "helhed/web/routes.h"

namespace helhed::web {
namespace internal {

std::string Request::PathText(std::size_t n) const {
  if (n == 0) return "";
  if (!path_groups.empty()) return n <= path_groups.size() ? path_groups[n - 1] : "";
  return n < http.matches.size() ? http.matches[n].str() : "";
}

long long Request::PathNumber(std::size_t n) const {
  const std::string text = PathText(n);
  if (text.empty()) return -1;
  long long number = -1;
  std::from_chars(text.data(), text.data() + text.size(), number);
  return number;
}

Reply Reply::Redirect(std::string location) {
  Reply reply;
  reply.status = 303;
  reply.location = std::move(location);
  return reply;
}

Reply Reply::Json(std::string body, int status) {
  Reply reply;
  reply.status = status;
  reply.content_type = "application/json; charset=utf-8";
  reply.body = std::move(body);
  return reply;
}

namespace {

// No script may run (there are none), styles only from us, no framing.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'";

httplib::Headers SecurityHeaders() {
  return {
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "same-origin"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
      {"Cache-Control", "no-store"},
  };
}

std::string CookieValue(const httplib::Request& http, std::string_view name) {
  const std::string header = http.get_header_value("Cookie");
  std::string_view rest = header;
  while (!rest.empty()) {
    const std::size_t semi = rest.find(';');
    std::string_view pair = rest.substr(0, semi);
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name && pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
  }
  return "";
}

bool IsApiPath(const std::string& path) { return path.rfind("/api/", 0) == 0; }

// "Origin: https://host" must name the host the request was sent to; a
// missing Origin (older browsers, curl) is left to the CSRF token.
bool OriginMatches(const httplib::Request& http) {
  const std::string origin = http.get_header_value("Origin");
  if (origin.empty()) return true;
  const std::size_t scheme_end = origin.find("://");
  if (scheme_end == std::string::npos) return false;
  return origin.substr(scheme_end + 3) == http.get_header_value("Host");
}

std::string ClearCookie(bool secure) {
  return std::string(kSessionCookie) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" +
         (secure ? "; Secure" : "");
}

Reply ErrorReply(const Request& req, int http_status, std::string_view message) {
  if (req.api) return Reply::Json(ApiErrorBody(http_status, message), http_status);
  return ErrorPage(req, http_status, message);
}

Reply ErrorReply(const Request& req, const Status& status) {
  return ErrorReply(req, HttpStatusFor(status.code()), status.message());
}

// The user's role that allows `action` outside any one plan: the strongest
// role they hold on a visible plan (admin before the others); absent when
// none of their roles allows it.
StatusOr<std::optional<store::Role>> OrganisationRoleFor(store::Store& store, std::string_view login,
                                                         Action action) {
  HELHED_ASSIGN_OR_RETURN(std::vector<service::PlanAccess> plans, service::VisiblePlans(store, login));
  std::optional<store::Role> best;
  for (const service::PlanAccess& access : plans) {
    if (!Allows(access.role, action)) continue;
    if (!best || access.role == store::Role::kAdmin) best = access.role;
  }
  return best;
}

// The checks every route shares; returns the handler's reply or the error.
Reply Run(App& app, const Route& route, Request& req) {
  const RouteInfo& info = route.info;
  if (info.access != RouteAccess::kPublic) {
    const std::string token = CookieValue(req.http, kSessionCookie);
    StatusOr<service::ActiveSession> session =
        token.empty() ? StatusOr<service::ActiveSession>(UnauthenticatedError("du er ikke logget ind"))
                      : app.sessions.Resolve(*req.store, token);
    if (!session.ok()) {
      if (session.status().code() != StatusCode::kUnauthenticated) return ErrorReply(req, session.status());
      const bool expired = !token.empty();
      if (req.api) {
        return ErrorReply(req, 401,
                          expired ? "din session er udløbet; log ind igen" : "du skal være logget ind");
      }
      Reply reply = Reply::Redirect(expired ? "/login?besked=udloebet" : "/login?besked=login");
      if (expired) reply.set_cookies.push_back(ClearCookie(req.secure));
      return reply;
    }
    req.session = std::move(*session);
  }

  if (info.method == "POST") {
    if (!OriginMatches(req.http)) {
      return ErrorReply(req, 403, "forespørgslen kommer fra en anden side end helhed og er afvist");
    }
    // Only the upload route reads multipart bodies (httplib parses them into
    // `files`); anything else sent there is checked like every form and then
    // refused by the handler once session, CSRF and permission have passed.
    const std::string type = req.http.get_header_value("Content-Type");
    const bool multipart = info.pattern == kImportUploadPath && type.rfind("multipart/form-data", 0) == 0;
    if (!req.api && !multipart) {
      if (type.rfind("application/x-www-form-urlencoded", 0) != 0) {
        return ErrorReply(req, 400, "formularen skal sendes som application/x-www-form-urlencoded");
      }
      StatusOr<Form> form = Form::Parse(req.http.body);
      if (!form.ok()) return ErrorReply(req, form.status());
      req.form = std::move(*form);
    }
    if (req.session) {
      const std::string submitted =
          req.api       ? req.http.get_header_value(std::string(kCsrfHeader))
          : multipart   ? (req.http.has_file(std::string(kCsrfField))
                               ? req.http.get_file_value(std::string(kCsrfField)).content
                               : std::string())
                        : req.form->Get(kCsrfField).value_or("");
      if (!service::SessionService::CsrfMatches(*req.session, submitted)) {
        return ErrorReply(req, 403,
                          "formularens sikkerhedsnøgle (CSRF) mangler eller passer ikke til din session; "
                          "hent siden igen og prøv igen");
      }
    }
  }

  if (info.access == RouteAccess::kPlan) {
    const long long plan_id = req.PathNumber(1);
    StatusOr<std::optional<store::Role>> role = service::RoleOnPlan(*req.store, req.session->login, plan_id);
    if (!role.ok()) return ErrorReply(req, role.status());
    if (!*role) return ErrorReply(req, 403, "du har ingen rolle på denne plan");
    if (!Allows(**role, info.action)) {
      return ErrorReply(req, 403,
                        "din rolle (" + std::string(RoleDanish(**role)) + ") må ikke " +
                            std::string(ActionDanish(info.action)));
    }
    req.plan_id = plan_id;
    req.role = **role;
  }

  if (info.access == RouteAccess::kOrganisation) {
    StatusOr<std::optional<store::Role>> role = OrganisationRoleFor(*req.store, req.session->login, info.action);
    if (!role.ok()) return ErrorReply(req, role.status());
    if (!*role) {
      return ErrorReply(req, 403,
                        "du har ingen rolle, der må " + std::string(ActionDanish(info.action)) +
                            " (det må Administrator og Sekretariat)");
    }
    req.role = **role;
  }

  StatusOr<Reply> reply = route.handler(app, req);
  if (!reply.ok()) return ErrorReply(req, reply.status());
  return std::move(*reply);
}

void Write(Reply reply, httplib::Response& res) {
  res.status = reply.status;
  if (!reply.location.empty()) res.set_header("Location", reply.location);
  for (const std::string& cookie : reply.set_cookies) res.set_header("Set-Cookie", cookie);
  if (!reply.content_disposition.empty()) res.set_header("Content-Disposition", reply.content_disposition);
  // What set_content does, but moving the body in instead of copying it
  // (httplib 0.11 has no set_content for an rvalue).
  res.body = std::move(reply.body);
  res.headers.erase("Content-Type");
  res.set_header("Content-Type", reply.content_type);
}

}  // namespace
}  // namespace internal

struct WebServer::Impl {
  internal::App app;
  httplib::Server http;
  internal::PathRouter router{RouteTable()};
  int port = 0;

  Impl(std::unique_ptr<store::StorePool> stores, std::shared_ptr<store::Clock> clock, ServerOptions options)
      : app{std::move(stores), clock, options, service::SessionService(clock, options.session)} {}

  bool IsSecure(const httplib::Request& http) const {
    return app.options.secure_cookies ||
           (app.options.trust_forwarded_proto && http.get_header_value("X-Forwarded-Proto") == "https");
  }

  internal::Request MakeRequest(const httplib::Request& http) const {
    internal::Request req{http};
    req.api = internal::IsApiPath(http.path);
    req.secure = IsSecure(http);
    return req;
  }

  void Handle(const internal::Route& route, const httplib::Request& http, httplib::Response& res,
              std::vector<std::string> path_groups = {}) {
    internal::Request req = MakeRequest(http);
    req.path_groups = std::move(path_groups);
    internal::Reply reply;
    if (route.info.pattern != internal::kImportUploadPath && http.body.size() > app.options.max_body_bytes) {
      reply = internal::ErrorReply(req, 413,
                                   "forespørgslen er større end de tilladte " +
                                       std::to_string(app.options.max_body_bytes / 1024) + " KiB og er ikke gemt");
    } else if (StatusOr<store::StorePool::Lease> lease = app.stores->Acquire(); !lease.ok()) {
      reply = internal::ErrorReply(req, lease.status());
    } else {
      req.store = lease->get();
      reply = internal::Run(app, route, req);
    }
    if (req.secure) res.set_header("Strict-Transport-Security", "max-age=31536000");
    internal::Write(std::move(reply), res);
  }

  void Install() {
    http.set_default_headers(internal::SecurityHeaders());
    // httplib's own pool size is fixed when it is compiled (8 threads on a
    // 2-core machine): with more keep-alive connections than threads, the
    // rest wait whole seconds for a thread to come free.
    const std::size_t threads = std::max<std::size_t>(app.options.threads, 1);
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.set_keep_alive_max_count(std::max<std::size_t>(app.options.keep_alive_requests, 1));
    // httplib sends the headers and the body in two writes. With Nagle's
    // algorithm the body then waits for the client's delayed ACK of the
    // headers: a fixed 40 ms on many responses (p50 of 44 ms measured).
    http.set_tcp_nodelay(true);
    // httplib has one body limit for all routes: it is set to what the
    // upload needs, and Handle() refuses a larger body than max_body_bytes on
    // every other route before any check or handler sees it. (A pre-routing
    // handler could refuse before reading, but it cannot drain the unread
    // body, so the browser would see a reset connection instead of the page.)
    http.set_payload_max_length(std::max(app.options.max_body_bytes, internal::kMaxUploadBodyBytes));
    // GET requests without a body are routed by PathRouter, which matches
    // exactly what the route patterns would without std::regex (httplib's
    // regex routing was 40 % of a kept page's work); everything else, and
    // any path it does not know, goes on to httplib's routing below. (A
    // body would have to be read first, which httplib does after this.)
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (req.method != "GET" || req.has_header("Transfer-Encoding") ||
          (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0")) {
        return httplib::Server::HandlerResponse::Unhandled;
      }
      std::optional<internal::PathRouter::Match> match = router.Find(req.method, req.path);
      if (!match) return httplib::Server::HandlerResponse::Unhandled;
      Handle(internal::Routes()[match->route], req, res, std::move(match->groups));
      return httplib::Server::HandlerResponse::Handled;
    });
    for (const internal::Route& route : internal::Routes()) {
      auto handler = [this, &route](const httplib::Request& req, httplib::Response& res) { Handle(route, req, res); };
      const std::string pattern(route.info.pattern);
      if (route.info.method == "GET") {
        http.Get(pattern, handler);
      } else {
        http.Post(pattern, handler);
      }
    }
    // Statuses httplib sets itself (404 no route, 413 too large, 400 bad
    // request line) get the same Danish pages; handler replies already have a body.
    http.set_error_handler([this](const httplib::Request& http_req, httplib::Response& res) {
      if (!res.body.empty()) return;
      const internal::Request req = MakeRequest(http_req);
      std::string message;
      switch (res.status) {
        case 404: message = "adressen " + http_req.path + " findes ikke i helhed"; break;
        case 413:
          message = http_req.path == internal::kImportUploadPath
                        ? "filen er større end de " + std::to_string(import::kMaxImportBytes / (1024 * 1024)) +
                              " MiB, der kan importeres"
                        : "forespørgslen er større end de tilladte " +
                              std::to_string(app.options.max_body_bytes / 1024) + " KiB og er ikke gemt";
          break;
        case 405: message = "metoden " + http_req.method + " kan ikke bruges på denne adresse"; break;
        default: message = "forespørgslen kunne ikke læses"; break;
      }
      const internal::Reply reply = internal::ErrorReply(req, res.status, message);
      res.set_content(reply.body, reply.content_type.c_str());
    });
    // Last resort: a handler threw although adapters return Status.
    http.set_exception_handler([this](const httplib::Request& http_req, httplib::Response& res,
                                      std::exception_ptr error) {
      // The log gets the details; the user gets a Danish page without them.
      std::string what = "ukendt undtagelse";
      try {
        if (error) std::rethrow_exception(error);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      std::cerr << "helhed serve: intern fejl ved " << http_req.method << " " << http_req.path << ": " << what
                << std::endl;
      const internal::Request req = MakeRequest(http_req);
      const internal::Reply reply =
          internal::ErrorReply(req, 500, "der opstod en intern fejl; prøv igen, og kontakt administratoren, hvis "
                                         "fejlen bliver ved");
      internal::Write(reply, res);
    });
  }
};

WebServer::WebServer(std::unique_ptr<store::StorePool> stores, std::shared_ptr<store::Clock> clock,
                     ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(stores), std::move(clock), std::move(options))) {
  impl_->Install();
}

WebServer::~WebServer() { Stop(); }

namespace {

// httplib listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, compiled
// into Debian's library). When its accepting thread falls behind on a busy
// machine, the kernel drops the SYNs of further new connections and the
// client sends again only after a second: the 0.8-1.7 s stalls of
// docs/benchmarks.md, at every burst of (re)connections. Linux lets listen()
// be called again on a listening socket to change its backlog; httplib does
// not hand out its socket, so it is found among ours by its local port.
void WidenListenBacklog(int port) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    int fd = -1;
    const std::string name = entry.path().filename().string();
    if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc()) continue;
    int listening = 0;
    socklen_t size = sizeof listening;
    if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || listening == 0) continue;
    sockaddr_storage address{};
    socklen_t address_size = sizeof address;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &address_size) != 0) continue;
    int bound = -1;
    if (address.ss_family == AF_INET) bound = ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
    if (address.ss_family == AF_INET6) bound = ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port);
    // A failure leaves httplib's backlog: slower under bursts, not wrong.
    if (bound == port) (void)::listen(fd, SOMAXCONN);
  }
}

}  // namespace

StatusOr<int> WebServer::Bind() {
  const ServerOptions& options = impl_->app.options;
  const int port = options.port == 0 ? impl_->http.bind_to_any_port(options.host)
                                     : (impl_->http.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) {
    return UnavailableError("kan ikke lytte på " + options.host + ":" + std::to_string(options.port) +
                            " (er adressen i brug, eller mangler der rettigheder?)");
  }
  impl_->port = port;
  WidenListenBacklog(port);
  return port;
}

Status WebServer::Serve() {
  if (!impl_->http.listen_after_bind()) return UnavailableError("webserveren stoppede uventet");
  return OkStatus();
}

void WebServer::Stop() {
  if (impl_) impl_->http.stop();
}

}  // namespace helhed::web
