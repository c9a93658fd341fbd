// SPDX-License-Identifier: Apache-2.0
// `helhed plan add|update|list|show|history|diff|approve`: plans in the
// store, every save a revision. `show --as-of DATE` is the plan as saved on
// that date; `--approved` is the latest approved version (as of DATE, when
// given). The database is chosen with --db URL, else $HELHED_DB.
#include <cstdlib>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/plandiff/plan_part.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/plan_service.h"
#include "helhed/store/open_store.h"

namespace helhed::cli {
namespace {

constexpr const char* kDbHelp = "Databasen: sqlite:STI eller postgresql://... (ellers $HELHED_DB, ellers sqlite:helhed.db)";

struct PlanArgs {
  std::string db;
  std::string data_dir;
  std::string file;
  std::string message;
  std::string author;
  std::string as_of;
  std::string format = "text";
  std::string date;
  std::string reference;
  std::string meeting;
  store::PlanId plan_id = 0;
  int base = 0;
  int revision = 0;
  int rev1 = 0;
  int rev2 = 0;
  bool approved = false;
  bool board = false;
  bool lbf = false;
};

std::string Author(const PlanArgs& args) { return CommandAuthor(args.author); }

std::filesystem::path DataDir(const PlanArgs& args) {
  return args.data_dir.empty() ? rules::DefaultDataDir() : std::filesystem::path(args.data_dir);
}

StatusOr<std::string> ReadPlan(const std::string& path) {
  auto text = planfile::ReadPlanText(path);
  if (!text.ok()) return text.status();
  return text;
}

StatusOr<std::optional<Date>> OptionalDate(const std::string& text, std::string_view option) {
  if (text.empty()) return std::optional<Date>();
  auto date = ParseIsoDate(text);
  if (!date.ok()) return InvalidArgumentError(fmt::format("{}: {}", option, date.status().message()));
  return std::optional<Date>(*date);
}

// What a save must now wait for, one line per routed part.
std::string RoutedLines(const std::vector<store::PartChange>& changes) {
  std::string out;
  for (const auto& change : changes) {
    service::ChangeState state{0, change, std::nullopt};
    out += fmt::format("  {}: {}\n", plandiff::PartLabel(change.part, change.focus_area),
                       service::ChangeStateText(state));
  }
  return out;
}

using Action = std::function<Status(store::Store&, const PlanArgs&, std::ostream&)>;

void SetAction(CLI::App* cmd, CommandContext& ctx, std::shared_ptr<PlanArgs> args, Action action) {
  cmd->add_option("--db", args->db, kDbHelp);
  cmd->callback([&ctx, args, action] {
    ctx.action = [&ctx, args, action]() -> int {
      auto opened = store::OpenStore(store::ResolveStoreUrl(args->db));
      if (!opened.ok()) return ReportError(ctx, opened.status());
      const Status status = action(**opened, *args, ctx.out);
      if (!status.ok()) return ReportError(ctx, status);
      return kExitOk;
    };
  });
}

Status Add(store::Store& s, const PlanArgs& a, std::ostream& out) {
  auto text = ReadPlan(a.file);
  if (!text.ok()) return text.status();
  const std::string message = a.message.empty() ? "Tilføjet fra " + std::filesystem::path(a.file).filename().string()
                                                 : a.message;
  auto info = service::AddPlan(s, DataDir(a), *text, Author(a), message);
  if (!info.ok()) return info.status().WithContext(a.file);
  out << fmt::format("Plan {} gemt som revision 1.\nTil godkendelse:\n{}", info->plan_id, RoutedLines(info->changes));
  return OkStatus();
}

Status Update(store::Store& s, const PlanArgs& a, std::ostream& out) {
  auto text = ReadPlan(a.file);
  if (!text.ok()) return text.status();
  auto info = service::UpdatePlan(s, DataDir(a), a.plan_id, a.base, *text, Author(a), a.message);
  if (!info.ok()) return info.status();
  out << fmt::format("Plan {} gemt som revision {} (oven på revision {}).\nTil godkendelse:\n{}", info->plan_id,
                     info->revision, a.base, RoutedLines(info->changes));
  return OkStatus();
}

Status List(store::Store& s, const PlanArgs&, std::ostream& out) {
  auto plans = s.ListPlans();
  if (!plans.ok()) return plans.status();
  if (plans->empty()) {
    out << "Databasen har ingen planer endnu. Tilføj en med 'helhed plan add PLAN.json'.\n";
    return OkStatus();
  }
  out << fmt::format("{:>4}  {:>8}  {:<24}  {}\n", "ID", "Revision", "Senest gemt", "Navn");
  for (const auto& plan : *plans) {
    out << fmt::format("{:>4}  {:>8}  {:<24}  {}\n", plan.id, plan.head_revision,
                       store::FormatTimestampDanish(plan.updated), plan.name);
  }
  return OkStatus();
}

Status Show(store::Store& s, const PlanArgs& a, std::ostream& out) {
  auto as_of = OptionalDate(a.as_of, "--as-of");
  if (!as_of.ok()) return as_of.status();
  auto snapshot = service::ShowPlan(s, a.plan_id, *as_of, a.approved);
  if (!snapshot.ok()) return snapshot.status();
  if (a.format == "json") {
    out << snapshot->revision.plan_json;
  } else {
    out << service::FormatPlanSnapshot(*snapshot);
  }
  return OkStatus();
}

Status History(store::Store& s, const PlanArgs& a, std::ostream& out) {
  auto text = service::PlanHistoryText(s, a.plan_id);
  if (!text.ok()) return text.status();
  out << *text;
  return OkStatus();
}

Status Diff(store::Store& s, const PlanArgs& a, std::ostream& out) {
  auto lines = service::DiffRevisions(s, a.plan_id, a.rev1, a.rev2);
  if (!lines.ok()) return lines.status();
  if (lines->empty()) {
    out << fmt::format("Ingen forskelle mellem revision {} og {}.\n", a.rev1, a.rev2);
    return OkStatus();
  }
  out << fmt::format("Ændringer fra revision {} til revision {}:\n", a.rev1, a.rev2);
  for (const auto& line : *lines) out << "  " << line << "\n";
  return OkStatus();
}

Status Approve(store::Store& s, const PlanArgs& a, std::ostream& out) {
  if (a.board == a.lbf) return InvalidArgumentError("Angiv præcis én af --board og --lbf.");
  if (a.board && !a.reference.empty()) return InvalidArgumentError("Bestyrelsens beslutning angives med --meeting, ikke --reference.");
  if (a.lbf && !a.meeting.empty()) return InvalidArgumentError("LBF's godkendelse angives med --reference, ikke --meeting.");
  auto date = ParseIsoDate(a.date);
  if (!date.ok()) return InvalidArgumentError("--date: " + date.status().message());
  const store::Approver approver = a.board ? store::Approver::kBoard : store::Approver::kLbf;
  const Status status = service::ApproveRevision(s, a.plan_id, a.revision, approver, *date,
                                                 a.board ? a.meeting : a.reference, Author(a));
  if (!status.ok()) return status;
  out << fmt::format("{} godkendelse af plan {}, revision {} den {} er registreret.\n",
                     a.board ? "Bestyrelsens" : "LBF's", a.plan_id, a.revision, date->ToDanishNumeric());
  return OkStatus();
}

}  // namespace

void RegisterPlanCommand(CLI::App& app, CommandContext& ctx) {
  auto* plan = app.add_subcommand("plan", "Planer i databasen: gem, vis, historik, forskelle og godkendelser");
  plan->require_subcommand(1);

  auto add = std::make_shared<PlanArgs>();
  auto* add_cmd = plan->add_subcommand("add", "Gem en ny plan (helhed/plan@1) som revision 1");
  add_cmd->add_option("PLAN", add->file, "Planfilen (JSON)")->required();
  add_cmd->add_option("-m,--message", add->message, "Besked til historikken");
  add_cmd->add_option("--author", add->author, "Hvem gemmer (ellers $HELHED_AUTHOR eller $USER)");
  add_cmd->add_option("--data-dir", add->data_dir, "Mappen med puljepakkerne (ellers $HELHED_DATA_DIR)");
  SetAction(add_cmd, ctx, add, Add);

  auto update = std::make_shared<PlanArgs>();
  auto* update_cmd = plan->add_subcommand("update", "Gem en ny revision oven på revisionen du tog udgangspunkt i");
  update_cmd->add_option("ID", update->plan_id, "Planens id")->required();
  update_cmd->add_option("PLAN", update->file, "Planfilen (JSON)")->required();
  update_cmd->add_option("--base", update->base, "Revisionen ændringen bygger på")->required();
  update_cmd->add_option("-m,--message", update->message, "Hvad er ændret og hvorfor")->required();
  update_cmd->add_option("--author", update->author, "Hvem gemmer (ellers $HELHED_AUTHOR eller $USER)");
  update_cmd->add_option("--data-dir", update->data_dir, "Mappen med puljepakkerne (ellers $HELHED_DATA_DIR)");
  SetAction(update_cmd, ctx, update, Update);

  auto list = std::make_shared<PlanArgs>();
  SetAction(plan->add_subcommand("list", "Vis planerne i databasen"), ctx, list, List);

  auto show = std::make_shared<PlanArgs>();
  auto* show_cmd = plan->add_subcommand("show", "Vis en plan: seneste, som gemt på en dato, eller seneste godkendte");
  show_cmd->add_option("ID", show->plan_id, "Planens id")->required();
  show_cmd->add_option("--as-of", show->as_of, "Planen som den var gemt ved udgangen af datoen (ÅÅÅÅ-MM-DD, UTC)");
  show_cmd->add_flag("--approved", show->approved,
                     "Den seneste godkendte version (med --as-of: godkendt pr. datoen) i stedet for den gemte");
  show_cmd->add_option("--format", show->format, "text (standard) eller json (planfilen selv)")
      ->check(CLI::IsMember({"text", "json"}));
  SetAction(show_cmd, ctx, show, Show);

  auto history = std::make_shared<PlanArgs>();
  auto* history_cmd = plan->add_subcommand("history", "Alle revisioner med forfatter, tid, besked og godkendelser");
  history_cmd->add_option("ID", history->plan_id, "Planens id")->required();
  SetAction(history_cmd, ctx, history, History);

  auto diff = std::make_shared<PlanArgs>();
  auto* diff_cmd = plan->add_subcommand("diff", "Hvad er ændret mellem to revisioner, på dansk");
  diff_cmd->add_option("ID", diff->plan_id, "Planens id")->required();
  diff_cmd->add_option("REV1", diff->rev1, "Fra revision")->required();
  diff_cmd->add_option("REV2", diff->rev2, "Til revision")->required();
  SetAction(diff_cmd, ctx, diff, Diff);

  auto approve = std::make_shared<PlanArgs>();
  auto* approve_cmd = plan->add_subcommand("approve", "Registrer bestyrelsens beslutning eller LBF's godkendelse");
  approve_cmd->add_option("ID", approve->plan_id, "Planens id")->required();
  approve_cmd->add_option("--rev", approve->revision, "Revisionen der er godkendt")->required();
  approve_cmd->add_flag("--board", approve->board, "Bestyrelsens beslutning (delaftaler, milepælsplan)");
  approve_cmd->add_flag("--lbf", approve->lbf, "LBF's godkendelse (samarbejdsaftale, budget, kommissorium, beredskabsplan)");
  approve_cmd->add_option("--date", approve->date, "Beslutningens dato (ÅÅÅÅ-MM-DD)")->required();
  approve_cmd->add_option("--meeting", approve->meeting, "Bestyrelsesmødet, fx \"Bestyrelsesmøde 14.03.2024, pkt. 4\"");
  approve_cmd->add_option("--reference", approve->reference, "LBF's reference, fx journalnummeret");
  approve_cmd->add_option("--author", approve->author, "Hvem registrerer (ellers $HELHED_AUTHOR eller $USER)");
  SetAction(approve_cmd, ctx, approve, Approve);
}

}  // namespace helhed::cli
