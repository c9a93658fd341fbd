// SPDX-License-Identifier: Apache-2.0
// Activity form recognition (see activity_recogniser.h).
#include "helhed/import/activity_recogniser.h"

#include <algorithm>

#include <fmt/format.h>

#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

// The form's mandatory fields in 2019-26 (templates.md §3).
constexpr std::string_view kFormFields[] = {"name", "purpose", "target_groups", "content", "responsibilities"};

double ConfidenceOf(const Section& section) { return section.fused ? 0.9 : 1.0; }

}  // namespace

std::vector<model::Activity> RecogniseActivities(const std::vector<const Section*>& sections,
                                                 const std::string& path, RecogniseContext& ctx) {
  std::vector<model::Activity> activities;
  std::vector<std::vector<std::string>> seen;
  for (const Section* section : sections) {
    const std::string& field = section->label->field;
    if (field == "name") {
      model::Activity activity;
      std::vector<Block> rest = section->blocks;
      std::string name = section->inline_value;
      if (name.empty() && !rest.empty()) {
        name = CleanInline(rest.front().text);
        rest.erase(rest.begin());
      }
      activity.name = name;
      const std::string activity_path = fmt::format("{}/{}", path, activities.size());
      if (name.empty()) {
        ctx.Missing(activity_path + "/name", section->label->texts.front());
      } else {
        ctx.Field(activity_path + "/name", section->line, ConfidenceOf(*section));
      }
      // A line between the name and the next label is out of place (A13).
      for (const Block& block : rest) {
        ctx.Warn(block.line, "stray_line",
                 "en linje står mellem aktivitetsnavnet og næste felt og er ikke brugt som Formål");
        ctx.Unrecognised(block, "linje uden for skemaets felter (efter Aktivitetsnavn)");
      }
      activities.push_back(std::move(activity));
      seen.push_back({"name"});
      continue;
    }
    if (activities.empty()) continue;
    model::Activity& activity = activities.back();
    const std::string field_path = fmt::format("{}/{}/{}", path, activities.size() - 1, field);
    const std::string text = SectionText(*section, ctx.labels);
    seen.back().push_back(field);
    auto set_text = [&](std::optional<std::string>& target, const std::string& json_field) {
      if (text.empty()) {
        ctx.Missing(fmt::format("{}/{}/{}", path, activities.size() - 1, json_field), section->label->texts.front());
        return;
      }
      if (target) {
        *target += "\n" + text;
      } else {
        target = text;
      }
      ctx.Field(fmt::format("{}/{}/{}", path, activities.size() - 1, json_field), section->line,
                ConfidenceOf(*section));
    };
    if (field == "purpose") {
      set_text(activity.purpose, "purpose");
    } else if (field == "target_groups") {
      set_text(activity.target_groups, "target_groups");
    } else if (field == "content") {
      set_text(activity.content, "content");
    } else if (field == "actors") {
      set_text(activity.actors, "actors");
    } else if (field == "responsibilities") {
      set_text(activity.responsibilities, "responsibilities");
    } else if (field == "anchoring") {
      set_text(activity.anchoring, "anchoring");
    } else if (field == "success_criteria" || field == "success_criteria_text") {
      if (!text.empty()) {
        if (!activity.success_criteria) activity.success_criteria.emplace();
        activity.success_criteria->push_back({text, std::nullopt});
        ctx.Field(fmt::format("{}/{}/success_criteria/{}", path, activities.size() - 1,
                              activity.success_criteria->size() - 1),
                  section->line, ConfidenceOf(*section));
      } else if (field == "success_criteria") {
        // The sub-labels follow; the criterion text comes with them.
      }
    } else if (field == "data_source") {
      if (!text.empty()) {
        activity.data_source = text;
        if (activity.success_criteria && !activity.success_criteria->empty()) {
          activity.success_criteria->back().data_source = text;
        }
        ctx.Field(fmt::format("{}/{}/data_source", path, activities.size() - 1), section->line,
                  ConfidenceOf(*section));
      }
    }
  }
  for (size_t idx = 0; idx < activities.size(); ++idx) {
    for (std::string_view field : kFormFields) {
      if (std::find(seen[idx].begin(), seen[idx].end(), field) == seen[idx].end()) {
        ctx.Missing(fmt::format("{}/{}/{}", path, idx, field), LabelText(ctx.labels, DocumentKind::kActivity, std::string(field)));
      }
    }
  }
  return activities;
}

}  // namespace helhed::import
