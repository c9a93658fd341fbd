// SPDX-License-Identifier: Apache-2.0
// Writing a document::Document as DOCX, HTML or Markdown: the one switch the
// plan export and the reports share.
#pragma once

#include <filesystem>
#include <string_view>

#include "helhed/base/statusor.h"
#include "helhed/document/document.h"

namespace helhed::service {

enum class DocumentFormat { kDocx, kHtml, kMarkdown };

// "docx", "html", "md"; kInvalidArgument (Danish, listing them) otherwise.
StatusOr<DocumentFormat> ParseDocumentFormat(std::string_view name);

// Through a temporary file and a rename. kUnavailable (Danish) when `path`
// cannot be written; kInvalidArgument when a figure cannot be rendered.
Status WriteDocumentFile(const document::Document& document, DocumentFormat format,
                         const std::filesystem::path& path);

}  // namespace helhed::service
