// SPDX-License-Identifier: Apache-2.0
// `helhed serve`: runs the web application until SIGINT or SIGTERM.
// With --demo a fresh database gets the demo users and the example plan.
#include <csignal>
#include <pthread.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/demo_service.h"
#include "helhed/store/open_store.h"
#include "helhed/store/store_pool.h"
#include "helhed/web/server.h"

namespace helhed::cli {
namespace {

struct ServeArgs {
  std::string db;  // empty: $HELHED_DB, else the default (store::ResolveStoreUrl)
  std::string listen = "127.0.0.1:8080";
  bool demo = false;
  bool secure_cookies = false;
  bool trust_proxy = false;
  std::size_t threads = web::ServerOptions{}.threads;
  // Requests that run at once: beyond about two per core they only queue for
  // the CPU and stretch the slowest answers (p99 286 ms with 16 against 25 ms
  // with 4 on 2 cores, docs/benchmarks.md).
  std::size_t db_connections = std::max(2u, 2 * std::thread::hardware_concurrency());
  std::string data_dir;
  std::string demo_plan;
};

StatusOr<std::pair<std::string, int>> ParseListen(const std::string& listen) {
  const std::size_t colon = listen.rfind(':');
  const Status bad = InvalidArgumentError("--listen skal have formen VÆRT:PORT, fx 127.0.0.1:8080 (fik »" + listen + "«)");
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) return bad;
  int port = 0;
  for (char c : listen.substr(colon + 1)) {
    if (c < '0' || c > '9') return bad;
    port = port * 10 + (c - '0');
    if (port > 65535) return bad;
  }
  return std::make_pair(listen.substr(0, colon), port);
}

int Serve(CommandContext& ctx, const ServeArgs& args) {
  StatusOr<std::pair<std::string, int>> listen = ParseListen(args.listen);
  if (!listen.ok()) return ReportError(ctx, listen.status());

  std::shared_ptr<store::Clock> clock = store::SystemClock();
  store::StoreOptions store_options;
  store_options.clock = clock;
  // A demo may start from nothing; otherwise the database must be set up.
  store_options.schema = args.demo ? store::SchemaMode::kCreate : store::SchemaMode::kRequireCurrent;
  const std::string db_url = store::ResolveStoreUrl(args.db);
  StatusOr<std::unique_ptr<store::Store>> opened = store::OpenStore(db_url, store_options);
  if (!opened.ok()) return ReportError(ctx, opened.status());
  const std::string db_display = (*opened)->display_url();

  const std::filesystem::path data_dir =
      args.data_dir.empty() ? rules::DefaultDataDir() : std::filesystem::path(args.data_dir);
  if (args.demo) {
    const std::filesystem::path plan = args.demo_plan.empty()
                                           ? data_dir.parent_path() / "examples" / "fredericia-2023.json"
                                           : std::filesystem::path(args.demo_plan);
    if (Status seeded = service::SeedDemo(**opened, data_dir, plan, service::PasswordCost::Interactive()); !seeded.ok()) {
      return ReportError(ctx, seeded.WithContext("demodata kunne ikke lægges ind"));
    }
  }

  web::ServerOptions options;
  options.host = listen->first;
  options.port = listen->second;
  options.secure_cookies = args.secure_cookies;
  options.trust_forwarded_proto = args.trust_proxy;
  options.data_dir = data_dir;
  options.threads = args.threads;
  web::WebServer server(
      std::make_unique<store::StorePool>(std::move(*opened), db_url, store_options, args.db_connections), clock,
      options);

  // Block the stop signals in every thread; one thread waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  StatusOr<int> port = server.Bind();
  if (!port.ok()) return ReportError(ctx, port.status());
  ctx.out << "helhed kører på http://" << listen->first << ":" << *port << "/ (database " << db_display
          << "). Stop med Ctrl+C.\n";
  if (args.demo) {
    ctx.out << "Demo-logins (brugernavn / adgangskode):\n";
    for (const service::DemoUser& user : service::DemoUsers()) {
      ctx.out << "  " << user.login << " / " << user.password << "\n";
    }
  }
  ctx.out.flush();

  std::thread waiter([&server, stop_signals] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.Stop();
  });
  const Status served = server.Serve();
  // Wake the waiter if the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!served.ok()) return ReportError(ctx, served);
  ctx.out << "helhed er stoppet.\n";
  return kExitOk;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("serve", "Kør webapplikationen (planer, historik og godkendelser i browseren)");
  auto args = std::make_shared<ServeArgs>();
  cmd->add_option("--db", args->db, "Databasen: sqlite:STI eller postgresql://... (ellers $HELHED_DB, ellers sqlite:helhed.db)");
  cmd->add_option("--listen", args->listen, "Adresse og port, fx 127.0.0.1:8080");
  cmd->add_flag("--demo", args->demo, "Læg demobrugere og eksempelplanen ind i en tom database");
  cmd->add_option("--demo-plan", args->demo_plan, "Planfil til --demo (standard: examples/fredericia-2023.json)");
  cmd->add_option("--data-dir", args->data_dir, "Mappen med støtterammernes datapakker");
  cmd->add_option("--threads", args->threads,
                  "Arbejdstråde: så mange forbindelser betjenes samtidig (standard 64)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--db-connections", args->db_connections,
                  "Højst så mange samtidige databaseforbindelser og forespørgsler i arbejde i denne proces "
                  "(standard: 2 pr. kerne)")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("--secure-cookies", args->secure_cookies,
                "Marker sessionscookies Secure (når serveren kun nås over TLS)");
  cmd->add_flag("--trust-proxy", args->trust_proxy,
                "Stol på X-Forwarded-Proto fra en proxy foran (nginx med TLS)");
  cmd->callback([&ctx, args] { ctx.action = [&ctx, args]() -> int { return Serve(ctx, *args); }; });
}

}  // namespace helhed::cli
