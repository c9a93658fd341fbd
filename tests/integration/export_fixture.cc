// SPDX-License-Identifier: Apache-2.0
// See export_fixture.h.
#include "export_fixture.h"

#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <regex>

#include <fmt/format.h>

namespace helhed::testing {

void ExportFixture::SetUp() {
  db_path_ = (scratch_.path() / "helhed.db").string();
  db_ = "sqlite:" + db_path_;
  example_ = (SourceDir() / "examples" / "fredericia-2023.json").string();
  auto init = Run({"db", "init"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  auto add = Run({"plan", "add", example_, "--author", "Anna Sekretær", "-m", "Første version"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
}

ProgramResult ExportFixture::Run(std::vector<std::string> args) {
  args.push_back("--db");
  args.push_back(db_);
  return RunHelhed(args);
}

void ExportFixture::Backdate(int revision, const std::string& iso_time) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_path_.c_str(), &db), SQLITE_OK);
  std::string sql = fmt::format("UPDATE revisions SET created_at = '{}' WHERE plan_id = 1 AND revision = {};",
                                iso_time, revision);
  if (revision == 1) sql += fmt::format("UPDATE plans SET created_at = '{}' WHERE id = 1;", iso_time);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

ProgramResult RunShell(const std::string& command) {
  ProgramResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

nlohmann::json ReadXlsx(const std::filesystem::path& path) {
  const std::string script = (SourceDir() / "tests" / "integration" / "read_xlsx.py").string();
  // Debian's interpreter: python3-openpyxl is installed for it, not for a
  // python3 that an environment manager may put first on PATH.
  const ProgramResult read = RunShell(fmt::format("/usr/bin/python3 '{}' '{}'", script, path.string()));
  EXPECT_EQ(read.exit_code, 0) << read.out;
  if (read.exit_code != 0) return nlohmann::json::array();
  return nlohmann::json::parse(read.out);
}

std::filesystem::path ConvertToPdf(const std::filesystem::path& file, const std::filesystem::path& out_dir) {
  // A private LibreOffice profile per conversion: two soffice processes
  // sharing one profile wait for each other's lock or fail.
  const std::filesystem::path profile = out_dir / fmt::format("lo-profile-{}", ::getpid());
  const std::string command =
      fmt::format("timeout 240 soffice -env:UserInstallation=file://{} --headless --convert-to pdf --outdir '{}' '{}'",
                  profile.string(), out_dir.string(), file.string());
  const ProgramResult result = RunShell(command);
  EXPECT_EQ(result.exit_code, 0) << command << "\n" << result.out;
  std::filesystem::path pdf = out_dir / file.filename();
  pdf.replace_extension(".pdf");
  EXPECT_TRUE(std::filesystem::exists(pdf)) << result.out;
  return pdf;
}

std::string CollapseSpaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string PdfText(const std::filesystem::path& pdf) {
  const ProgramResult result = RunShell(fmt::format("pdftotext -layout '{}' -", pdf.string()));
  EXPECT_EQ(result.exit_code, 0) << result.out;
  return result.out;
}

int PdfPages(const std::filesystem::path& pdf) {
  const ProgramResult result = RunShell(fmt::format("pdfinfo '{}'", pdf.string()));
  std::smatch match;
  static const std::regex kPages(R"(Pages:\s+(\d+))");
  if (!std::regex_search(result.out, match, kPages)) return -1;
  return std::stoi(match[1].str());
}

}  // namespace helhed::testing
