// SPDX-License-Identifier: Apache-2.0
// The web application's entry points: ServerOptions, and WebServer, which
// owns the HTTP server, the pool of stores and the session service. `helhed serve`
// and the HTTP integration tests start it the same way.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"
#include "helhed/service/password_hash.h"
#include "helhed/service/session_service.h"
#include "helhed/store/clock.h"
#include "helhed/store/store_pool.h"

namespace helhed::web {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port
  // Mark cookies Secure on every response (the server is only reached over
  // TLS, e.g. behind nginx).
  bool secure_cookies = false;
  // Trust "X-Forwarded-Proto: https" from the proxy in front: cookies are
  // marked Secure and HSTS is sent for such requests. Only set this when
  // clients cannot reach the server except through that proxy.
  bool trust_forwarded_proto = false;
  // Larger request bodies are refused with 413 before they are read.
  std::size_t max_body_bytes = 64 * 1024;
  // Worker threads. httplib gives a keep-alive connection one thread for as
  // long as it stays open, so this is how many browsers (or proxy
  // connections) are served at once; more wait for a free thread.
  std::size_t threads = 64;
  // Requests a keep-alive connection may carry before the server closes it.
  std::size_t keep_alive_requests = 1000;
  // Grant-frame packs for the checks and the approval routing.
  std::filesystem::path data_dir;
  service::SessionOptions session;
};

class WebServer {
 public:
  // `clock` must be the clock the pool's stores use, so session expiry
  // agrees. Each request leases a Store from `stores` while it runs.
  WebServer(std::unique_ptr<store::StorePool> stores, std::shared_ptr<store::Clock> clock, ServerOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds the listening socket; returns the port (useful with port 0).
  // kUnavailable (Danish, naming host and port) when it cannot bind.
  StatusOr<int> Bind();
  // Serves requests until Stop(). REQUIRES: Bind() succeeded.
  Status Serve();
  // Thread-safe; Serve() returns soon after.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace helhed::web
