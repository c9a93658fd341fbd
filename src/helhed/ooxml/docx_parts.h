// SPDX-License-Identifier: Apache-2.0
// Internal to docx_writer.cc: the fixed parts of a WordprocessingML package
// (content types, relationships, styles, numbering, settings, footer).
#pragma once

#include <string>
#include <string_view>

namespace helhed::ooxml {

extern const std::string_view kXmlDeclaration;
extern const std::string_view kDocumentNamespaces;
extern const std::string_view kContentTypes;
extern const std::string_view kPackageRelationships;
extern const std::string_view kAppProperties;
extern const std::string_view kStyles;
extern const std::string_view kNumbering;
extern const std::string_view kSettings;
extern const std::string_view kFooter;

// docProps/core.xml with dc:title, dc:creator and the Danish language.
std::string CorePropertiesXml(std::string_view title, std::string_view author);

}  // namespace helhed::ooxml
