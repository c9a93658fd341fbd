// SPDX-License-Identifier: Apache-2.0
// The measured import cases: each shared plan as text and as DOCX (made with
// pandoc, tests/golden/import/make_docx.sh), scored against one hand-checked
// expected plan. Shared by the quality program and the floor test.
#pragma once

#include <array>
#include <string_view>

namespace helhed::import {

struct QualityCase {
  std::string_view plan;      // short name used in the table
  std::string_view source;    // under tests/golden/import/
  std::string_view expected;  // under tests/golden/import/
};

inline constexpr std::array<QualityCase, 6> kQualityCases = {{
    {"fredericia (txt)", "plans/fredericia-2023-helhedsplan.txt", "fredericia.expected.json"},
    {"vejle (txt)", "plans/vejle-2026-delaftale-kriminalitetsforebyggelse.txt", "vejle.expected.json"},
    {"aalborg (txt)", "plans/aalborg-oest-2017-delaftale-kriminalpraeventiv.txt", "aalborg.expected.json"},
    {"fredericia (docx)", "docx/fredericia-2023-helhedsplan.docx", "fredericia.expected.json"},
    {"vejle (docx)", "docx/vejle-2026-delaftale-kriminalitetsforebyggelse.docx", "vejle.expected.json"},
    {"aalborg (docx)", "docx/aalborg-oest-2017-delaftale-kriminalpraeventiv.docx", "aalborg.expected.json"},
}};

}  // namespace helhed::import
