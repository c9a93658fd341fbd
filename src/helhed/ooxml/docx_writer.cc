// SPDX-License-Identifier: Apache-2.0
// Document → WordprocessingML parts (see docx_writer.h).
#include "helhed/ooxml/docx_writer.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "helhed/base/markup_escape.h"
#include "helhed/base/status_macros.h"
#include "helhed/ooxml/docx_parts.h"
#include "helhed/ooxml/svg_png.h"

namespace helhed::ooxml {
namespace {

using document::Block;

// A4 portrait with 2 cm margins, in twentieths of a point.
constexpr int kPageWidthTwips = 11906;
constexpr int kPageHeightTwips = 16838;
constexpr int kMarginTwips = 1134;
constexpr int kTextWidthTwips = kPageWidthTwips - 2 * kMarginTwips;
constexpr std::int64_t kEmuPerTwip = 635;
constexpr std::int64_t kEmuPerCssPixel = 9525;  // 914400 EMU per inch / 96

// Text for <w:t>: escaped; tabs and line breaks become their own elements.
std::string RunContent(std::string_view text) {
  std::string out;
  std::string pending;
  auto flush = [&] {
    if (!pending.empty()) out += "<w:t xml:space=\"preserve\">" + EscapeMarkup(pending) + "</w:t>";
    pending.clear();
  };
  for (const char c : text) {
    if (c == '\n') {
      flush();
      out += "<w:br/>";
    } else if (c == '\t') {
      flush();
      out += "<w:tab/>";
    } else {
      pending += c;
    }
  }
  flush();
  return out;
}

std::string Run(std::string_view text, bool bold = false, bool italic = false) {
  std::string props;
  if (bold) props += "<w:b/>";
  if (italic) props += "<w:i/>";
  return "<w:r>" + (props.empty() ? std::string() : "<w:rPr>" + props + "</w:rPr>") + RunContent(text) + "</w:r>";
}

std::string ParagraphXml(std::string_view style, const std::string& runs, std::string_view extra_props = {}) {
  std::string props;
  if (!style.empty()) props += fmt::format("<w:pStyle w:val=\"{}\"/>", style);
  props += extra_props;
  return "<w:p>" + (props.empty() ? std::string() : "<w:pPr>" + props + "</w:pPr>") + runs + "</w:p>";
}

// Column widths by the longest text in each column, so a "Datakilde" column
// is not as wide as an indicator's name; each column at least 6 %.
std::vector<int> ColumnWidths(const document::Table& table) {
  const std::size_t columns = table.header.size();
  std::vector<double> weight(columns, 4);
  std::vector<double> minimum(columns, 4);
  auto measure = [&](std::size_t idx, std::string_view text) {
    weight[idx] = std::max(weight[idx], std::min<double>(static_cast<double>(text.size()), 36));
  };
  for (std::size_t idx = 0; idx < columns; ++idx) {
    measure(idx, table.header[idx]);
    // The header's longest word must fit on one line ("Baseline", not "Bas-eline").
    std::size_t longest = 0;
    std::size_t start = 0;
    while (start <= table.header[idx].size()) {
      std::size_t end = table.header[idx].find(' ', start);
      if (end == std::string::npos) end = table.header[idx].size();
      longest = std::max(longest, end - start);
      start = end + 1;
    }
    minimum[idx] = static_cast<double>(longest) + 2;
  }
  for (const auto& row : table.rows) {
    for (std::size_t idx = 0; idx < columns && idx < row.size(); ++idx) measure(idx, row[idx].text);
  }
  // Long texts wrap, so weights saturate; short columns keep their words whole.
  for (std::size_t idx = 0; idx < columns; ++idx) weight[idx] = std::max(weight[idx], minimum[idx] * 2.2);
  double total = 0;
  for (double& w : weight) total += w;
  for (double& w : weight) w = std::max(w / total, 0.06);
  total = 0;
  for (double w : weight) total += w;
  std::vector<int> widths;
  for (double w : weight) widths.push_back(static_cast<int>(kTextWidthTwips * w / total));
  return widths;
}

std::string CellXml(const std::string& runs, int width, bool numeric) {
  return fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>", width,
                     ParagraphXml("TableText", runs, numeric ? "<w:jc w:val=\"right\"/>" : ""));
}

std::string TableXml(const document::Table& table) {
  std::string out;
  if (table.caption) out += ParagraphXml("Caption", Run(*table.caption), "<w:keepNext/>");
  const std::vector<int> widths = ColumnWidths(table);
  out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"HelhedTabel\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
         "<w:tblLayout w:type=\"fixed\"/>"
         "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
         "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (int width : widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", width);
  out += "</w:tblGrid>";
  // The header row repeats on every page the table spans.
  out += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>";
  for (std::size_t idx = 0; idx < table.header.size(); ++idx) {
    out += CellXml(Run(table.header[idx], true), widths[idx], false);
  }
  out += "</w:tr>";
  for (const auto& row : table.rows) {
    out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t idx = 0; idx < table.header.size(); ++idx) {
      const document::TableCell empty;
      const document::TableCell& cell = idx < row.size() ? row[idx] : empty;
      const std::string runs = cell.suppressed ? Run(document::kSuppressedMark, false, true) : Run(cell.text);
      out += CellXml(runs, widths[idx], cell.numeric);
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
  // Word needs a paragraph between two tables, or it merges them.
  out += ParagraphXml("", "");
  return out;
}

struct Image {
  std::string bytes;
  std::string rel_id;
  std::string file;
};

struct BodyWriter {
  std::string& out;
  std::vector<Image>& images;
  Status status;

  void operator()(const document::Heading& heading) {
    const int level = std::clamp(heading.level, 1, 3);
    out += ParagraphXml(fmt::format("Heading{}", level), Run(heading.text));
  }
  void operator()(const document::Paragraph& paragraph) {
    std::string runs;
    for (const document::Run& run : paragraph.runs) runs += Run(run.text, run.bold, run.italic);
    out += ParagraphXml("", runs);
  }
  void operator()(const document::BulletList& list) {
    for (const std::string& item : list.items) {
      out += ParagraphXml("ListParagraph", Run(item), "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
    }
  }
  void operator()(const document::FieldRows& rows) {
    for (const document::Field& field : rows.fields) {
      out += ParagraphXml("", Run(field.label, true) + Run(" " + field.value));
    }
  }
  void operator()(const document::Table& table) { out += TableXml(table); }
  void operator()(const document::Figure& figure) {
    StatusOr<PngImage> png = SvgToPng(figure.svg);
    if (!png.ok()) {
      if (status.ok()) status = png.status().WithContext(figure.caption);
      return;
    }
    const int number = static_cast<int>(images.size()) + 1;
    Image image{std::move(png->bytes), fmt::format("rIdImage{}", number), fmt::format("image{}.png", number)};
    std::int64_t cx = static_cast<std::int64_t>(std::llround(png->width_css_px * kEmuPerCssPixel));
    std::int64_t cy = static_cast<std::int64_t>(std::llround(png->height_css_px * kEmuPerCssPixel));
    const std::int64_t max_cx = kTextWidthTwips * kEmuPerTwip;
    if (cx > max_cx) {
      cy = cy * max_cx / cx;
      cx = max_cx;
    }
    const std::string alt = EscapeMarkup(figure.alt);
    const std::string drawing = fmt::format(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
        "<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{n}\" name=\"Figur {n}\" descr=\"{alt}\"/>"
        "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"{file}\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>"
        "<pic:blipFill><a:blip r:embed=\"{rel}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>"
        "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        "</wp:inline></w:drawing></w:r>",
        fmt::arg("cx", cx), fmt::arg("cy", cy), fmt::arg("n", number), fmt::arg("alt", alt),
        fmt::arg("file", image.file), fmt::arg("rel", image.rel_id));
    out += ParagraphXml("Figure", drawing, "<w:keepNext/>");
    out += ParagraphXml("Caption", Run(figure.caption));
    images.push_back(std::move(image));
    if (figure.data) out += TableXml(*figure.data);
  }
  void operator()(const document::PageBreak&) { out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }
};

}  // namespace

StatusOr<std::vector<ZipEntry>> DocxParts(const document::Document& document) {
  std::string body;
  std::vector<Image> images;
  BodyWriter writer{body, images, OkStatus()};
  for (const Block& block : document.blocks) std::visit(writer, block);
  HELHED_RETURN_IF_ERROR(writer.status);

  const std::string section = fmt::format(
      "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
      "<w:pgSz w:w=\"{}\" w:h=\"{}\"/><w:pgMar w:top=\"{m}\" w:right=\"{m}\" w:bottom=\"{m}\" w:left=\"{m}\" "
      "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>",
      kPageWidthTwips, kPageHeightTwips, fmt::arg("m", kMarginTwips));
  std::string document_xml = std::string(kXmlDeclaration) + "<w:document " + std::string(kDocumentNamespaces) +
                             "><w:body>" + body + section + "</w:body></w:document>";

  std::string relationships = std::string(kXmlDeclaration) +
                              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                              "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
                              "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
                              "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>";
  for (const Image& image : images) {
    relationships += fmt::format(
        "<Relationship Id=\"{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
        "Target=\"media/{}\"/>",
        image.rel_id, image.file);
  }
  relationships += "</Relationships>";

  std::vector<ZipEntry> parts;
  parts.push_back({"[Content_Types].xml", std::string(kContentTypes)});
  parts.push_back({"_rels/.rels", std::string(kPackageRelationships)});
  parts.push_back({"docProps/core.xml", CorePropertiesXml(document.title, document.author)});
  parts.push_back({"docProps/app.xml", std::string(kAppProperties)});
  parts.push_back({"word/document.xml", std::move(document_xml)});
  parts.push_back({"word/_rels/document.xml.rels", std::move(relationships)});
  parts.push_back({"word/styles.xml", std::string(kStyles)});
  parts.push_back({"word/numbering.xml", std::string(kNumbering)});
  parts.push_back({"word/settings.xml", std::string(kSettings)});
  parts.push_back({"word/footer1.xml", std::string(kFooter)});
  for (Image& image : images) parts.push_back({"word/media/" + image.file, std::move(image.bytes)});
  return parts;
}

Status WriteDocx(const document::Document& document, const std::filesystem::path& path) {
  HELHED_ASSIGN_OR_RETURN(std::vector<ZipEntry> parts, DocxParts(document));
  return WriteZipFile(path, parts);
}

}  // namespace helhed::ooxml
