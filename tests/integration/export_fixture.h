// SPDX-License-Identifier: Apache-2.0
// Shared by the documents-out tests: a scratch SQLite store holding the
// Fredericia example, a way to backdate a revision (the store stamps saves
// with the real clock), and the real clients that read the documents:
// headless LibreOffice, pdftotext, pdfinfo and python3-openpyxl.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/run_program.h"
#include "testing/test_paths.h"

namespace helhed::testing {

class ExportFixture : public ::testing::Test {
 protected:
  void SetUp() override;

  // Runs helhed with --db appended.
  ProgramResult Run(std::vector<std::string> args);
  // Sets the save time of `revision` of plan 1 (and the plan's creation
  // time for revision 1) to `iso_time` ("2025-01-10T09:00:00Z").
  void Backdate(int revision, const std::string& iso_time);

  ScratchDir scratch_;
  std::string db_path_;
  std::string db_;
  std::string example_;
};

// Runs a shell command line; returns its exit status and standard output.
ProgramResult RunShell(const std::string& command);

// Reads an .xlsx with Debian's python3-openpyxl (read_xlsx.py), as a
// spreadsheet user's program would: [{"name": sheet, "rows": [[cell, ...]]}].
nlohmann::json ReadXlsx(const std::filesystem::path& path);

// Converts `file` to PDF with headless LibreOffice (a private profile per
// call, so tests may run in parallel) into `out_dir`; returns the PDF path.
std::filesystem::path ConvertToPdf(const std::filesystem::path& file, const std::filesystem::path& out_dir);
std::string PdfText(const std::filesystem::path& pdf);
int PdfPages(const std::filesystem::path& pdf);
// pdftotext breaks lines where the page does: whitespace runs become one
// space, so expected sentences can be compared.
std::string CollapseSpaces(const std::string& text);

}  // namespace helhed::testing
