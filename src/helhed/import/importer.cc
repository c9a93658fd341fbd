// SPDX-License-Identifier: Apache-2.0
// Assembling a plan from the recognised documents (see importer.h).
#include "helhed/import/importer.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "helhed/base/status.h"
#include "helhed/base/status_macros.h"
#include "helhed/import/docx_blocks.h"
#include "helhed/import/page_numbers.h"
#include "helhed/import/recognisers.h"
#include "helhed/import/source_text.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

std::string LowerExtension(const std::string& name) {
  std::string ext = std::filesystem::path(name).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace

StatusOr<LabelTable> LoadLabelTables(const std::filesystem::path& data_dir) {
  return LabelTable::Load({data_dir / "import" / "labels-2019-26.json", data_dir / "import" / "labels-2015-18.json"});
}

StatusOr<ImportResult> ImportBlocks(const std::vector<Block>& blocks, const LabelTable& labels,
                                    const std::string& source_name, const std::string& format) {
  ImportResult result;
  result.report.source = source_name;
  result.report.format = format;
  RecogniseContext ctx{labels, result.report};
  std::vector<Block> cleaned = blocks;
  const std::vector<int> page_lines = StripGluedPageNumbers(cleaned);
  if (!page_lines.empty()) {
    ctx.Warn(page_lines.front(), "page_numbers",
             fmt::format("{} sidetal sidst i afsnit er fjernet (linje {} til {})", page_lines.size(),
                         page_lines.front(), page_lines.back()));
  }
  Segmentation segmentation = SegmentBlocks(cleaned, labels);
  // A lone delaftale without its title line still has its labels.
  if (segmentation.segments.empty()) {
    Segment guess;
    guess.kind = DocumentKind::kSubAgreement;
    guess.blocks = segmentation.outside;
    const auto sections = SplitSections(guess.blocks, labels, {DocumentKind::kSubAgreement});
    if (sections.size() >= 3) {
      segmentation.outside.clear();
      segmentation.segments.push_back(std::move(guess));
      ctx.Warn(0, "no_title", "delaftalens titel (\"Delaftale for indsatsområdet …\") mangler; indsatsområdet er ukendt");
    }
  }
  for (const Block& block : segmentation.outside) ctx.Unrecognised(block, "tekst uden for plandokumenterne");
  bool any_document = false;
  bool old_frame = false;
  std::vector<model::SubAgreement> subs;
  for (const Segment& segment : segmentation.segments) {
    const std::string kind(DocumentKindName(segment.kind));
    switch (segment.kind) {
      case DocumentKind::kStrategicAgreement:
        result.report.documents.push_back({kind, segment.title_line, "Strategisk samarbejdsaftale"});
        RecogniseStrategicAgreement(segment, result.plan, ctx);
        any_document = true;
        break;
      case DocumentKind::kSubAgreement: {
        const auto sections = SplitSections(segment.blocks, labels, {DocumentKind::kSubAgreement});
        if (sections.size() < 2) {
          Block title;
          title.line = segment.title_line;
          title.text = segment.title_rest;
          ctx.Unrecognised(title, "delaftaletitel uden delaftalens felter (titel på et andet dokument?)");
          for (const Block& block : segment.blocks) ctx.Unrecognised(block, "tekst efter en delaftaletitel uden felter");
          break;
        }
        result.report.documents.push_back({kind, segment.title_line, segment.title_rest});
        std::string frame;
        subs.push_back(RecogniseSubAgreement(segment, fmt::format("/sub_agreements/{}", subs.size()), ctx, &frame));
        old_frame = old_frame || frame == "2015-18";
        any_document = true;
        break;
      }
      case DocumentKind::kTermsOfReference:
        result.report.documents.push_back({kind, segment.title_line, "Kommissorium for bestyrelsen"});
        result.plan.terms_of_reference = RecogniseTermsOfReference(segment, ctx);
        any_document = true;
        break;
      case DocumentKind::kPreparednessPlan:
        result.report.documents.push_back({kind, segment.title_line, "Boligsocial beredskabsplan"});
        result.plan.preparedness_plan = RecognisePreparednessPlan(segment, ctx);
        any_document = true;
        break;
      case DocumentKind::kActivity:
        break;
    }
  }
  if (!any_document) {
    return InvalidArgumentError(
        "dokumentet ligner ikke en boligsocial helhedsplan: der er hverken en strategisk samarbejdsaftale, en "
        "delaftale, et kommissorium eller en beredskabsplan med kendte overskrifter og felter");
  }
  if (!subs.empty()) result.plan.sub_agreements = std::move(subs);
  result.plan.grant_frame = old_frame ? "2015-18" : "2019-26";
  if (result.plan.name.empty() && result.plan.sub_agreements) {
    for (const auto& sub : *result.plan.sub_agreements) {
      if (sub.plan_name) {
        result.plan.name = *sub.plan_name;
        ctx.Warn(0, "name_from_sub_agreement",
                 "planens navn er taget fra delaftalen (\"Navn på den boligsociale indsats\"), da den strategiske "
                 "samarbejdsaftale ikke er i filen");
        break;
      }
    }
  }
  if (result.plan.name.empty()) ctx.Missing("/name", "Områdets navn:");
  const bool has_agreement = std::any_of(result.report.documents.begin(), result.report.documents.end(),
                                         [](const FoundDocument& d) { return d.kind == "strategic_agreement"; });
  if (!has_agreement && result.plan.sub_agreements) {
    ctx.Warn(0, "parent_missing",
             "filen indeholder delaftaler uden den strategiske samarbejdsaftale, som de er bilag til");
  }
  return result;
}

StatusOr<ImportResult> ImportBytes(std::string_view bytes, const std::string& source_name, const LabelTable& labels) {
  if (bytes.size() > kMaxImportBytes) {
    return InvalidArgumentError(fmt::format("filen {} er for stor til import ({} MB); grænsen er {} MB", source_name,
                                            bytes.size() / (1024 * 1024), kMaxImportBytes / (1024 * 1024)));
  }
  const bool zip = StartsWith(bytes, "PK\x03\x04") || StartsWith(bytes, "PK\x05\x06");
  if (zip || LowerExtension(source_name) == ".docx") {
    HELHED_ASSIGN_OR_RETURN(std::vector<Block> blocks, BlocksFromDocx(bytes));
    return ImportBlocks(blocks, labels, source_name, "docx");
  }
  HELHED_ASSIGN_OR_RETURN(std::vector<Block> blocks, BlocksFromText(bytes));
  return ImportBlocks(blocks, labels, source_name, "text");
}

}  // namespace helhed::import
