// SPDX-License-Identifier: Apache-2.0
// See document_output.h.
#include "helhed/service/document_output.h"

#include <fmt/format.h>

#include "helhed/base/atomic_file.h"
#include "helhed/document/html_writer.h"
#include "helhed/document/markdown_writer.h"
#include "helhed/ooxml/docx_writer.h"

namespace helhed::service {

StatusOr<DocumentFormat> ParseDocumentFormat(std::string_view name) {
  if (name == "docx") return DocumentFormat::kDocx;
  if (name == "html") return DocumentFormat::kHtml;
  if (name == "md") return DocumentFormat::kMarkdown;
  return InvalidArgumentError(fmt::format("--format: ukendt format \"{}\"; vælg docx, html eller md", name));
}

Status WriteDocumentFile(const document::Document& document, DocumentFormat format,
                         const std::filesystem::path& path) {
  switch (format) {
    case DocumentFormat::kDocx: return ooxml::WriteDocx(document, path);
    case DocumentFormat::kHtml: return WriteFileAtomically(path, document::WriteHtml(document));
    case DocumentFormat::kMarkdown: return WriteFileAtomically(path, document::WriteMarkdown(document));
  }
  return InternalError("ukendt dokumentformat");
}

}  // namespace helhed::service
