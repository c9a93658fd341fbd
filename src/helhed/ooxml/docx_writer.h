// SPDX-License-Identifier: Apache-2.0
// WriteDocx: a document::Document as a Word file (WordprocessingML) that Word
// and LibreOffice open: real Heading 1-3 styles (outline levels, so the
// navigation pane works), a table style with a repeated header row, a
// bullet numbering, figures as PNG via DrawingML (SVG rendered by
// svg_png.h) with their alternative text, A4 pages with page numbers, and
// docProps/core.xml with the title. Every text is XML-escaped.
#pragma once

#include <filesystem>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/document/document.h"
#include "helhed/ooxml/zip_writer.h"

namespace helhed::ooxml {

// The package's parts in the order they are zipped ([Content_Types].xml
// first). kInvalidArgument when a figure's SVG cannot be rendered.
StatusOr<std::vector<ZipEntry>> DocxParts(const document::Document& document);

// DocxParts written to `path` through a temporary file and a rename.
// kUnavailable (Danish) when the file cannot be written.
Status WriteDocx(const document::Document& document, const std::filesystem::path& path);

}  // namespace helhed::ooxml
