// SPDX-License-Identifier: Apache-2.0
// Document::AddText: plan free text split into paragraphs and bullet lists.
#include "helhed/document/document.h"

#include <string_view>

namespace helhed::document {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// "- item" / "• item" / "* item" → "item"; nullopt for other lines.
std::optional<std::string_view> BulletItem(std::string_view line) {
  for (std::string_view marker : {"- ", "* ", "\xE2\x80\xA2 "}) {
    if (line.substr(0, marker.size()) == marker) return Trim(line.substr(marker.size()));
  }
  return std::nullopt;
}

}  // namespace

void Document::AddText(const std::string& text) {
  std::string paragraph;
  std::vector<std::string> bullets;
  auto flush_paragraph = [&] {
    if (!paragraph.empty()) AddParagraph(std::move(paragraph));
    paragraph.clear();
  };
  auto flush_bullets = [&] {
    if (!bullets.empty()) AddBullets(std::move(bullets));
    bullets.clear();
  };
  std::string_view rest = text;
  while (true) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = Trim(rest.substr(0, end));
    if (line.empty()) {
      flush_paragraph();
      flush_bullets();
    } else if (auto item = BulletItem(line)) {
      flush_paragraph();
      if (!item->empty()) bullets.emplace_back(*item);
    } else {
      flush_bullets();
      // A single newline inside a paragraph is kept as a line break.
      if (!paragraph.empty()) paragraph += '\n';
      paragraph += line;
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  flush_paragraph();
  flush_bullets();
}

}  // namespace helhed::document
