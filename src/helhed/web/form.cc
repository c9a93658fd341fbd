// SPDX-License-Identifier: Apache-2.0
// Strict parsing of urlencoded forms.
#include "helhed/web/form.h"

#include <charconv>

namespace helhed::web {
namespace {

constexpr std::size_t kMaxFields = 500;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> UrlDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      if (pos + 2 >= text.size()) return std::nullopt;
      const int high = HexValue(text[pos + 1]);
      const int low = HexValue(text[pos + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      pos += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool IsValidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::size_t len = 0;
    if (lead < 0x80) len = 1;
    else if (lead >= 0xC2 && lead <= 0xDF) len = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) len = 3;
    else if (lead >= 0xF0 && lead <= 0xF4) len = 4;
    else return false;
    if (pos + len > text.size()) return false;
    for (std::size_t i = 1; i < len; ++i) {
      if ((static_cast<unsigned char>(text[pos + i]) & 0xC0) != 0x80) return false;
    }
    const auto second = len > 1 ? static_cast<unsigned char>(text[pos + 1]) : 0;
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second > 0x8F)) {
      return false;
    }
    pos += len;
  }
  return true;
}

StatusOr<Form> Form::Parse(std::string_view body) {
  Form form;
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::optional<std::string> name = UrlDecode(pair.substr(0, eq));
    std::optional<std::string> value =
        UrlDecode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!name || !value) return InvalidArgumentError("formularen er ugyldigt kodet (forkert %-tegn)");
    if (!IsValidUtf8(*name) || !IsValidUtf8(*value)) {
      return InvalidArgumentError("formularen indeholder tekst, der ikke er gyldig UTF-8");
    }
    if (form.fields_.size() >= kMaxFields) return InvalidArgumentError("formularen har for mange felter");
    if (!form.fields_.emplace(std::move(*name), std::move(*value)).second) {
      return InvalidArgumentError("formularen indeholder det samme felt flere gange");
    }
  }
  return form;
}

std::optional<std::string> Form::Get(std::string_view name) const {
  auto it = fields_.find(name);
  if (it == fields_.end()) return std::nullopt;
  return it->second;
}

StatusOr<std::string> Form::Require(std::string_view name, std::string_view label) const {
  std::optional<std::string> value = Get(name);
  if (!value) return InvalidArgumentError("feltet »" + std::string(label) + "« mangler i formularen");
  return *value;
}

StatusOr<long long> Form::RequireNumber(std::string_view name, std::string_view label) const {
  std::optional<std::string> value = Get(name);
  if (!value) return InvalidArgumentError("feltet »" + std::string(label) + "« mangler i formularen");
  long long number = 0;
  const char* end = value->data() + value->size();
  auto [ptr, ec] = std::from_chars(value->data(), end, number);
  if (ec != std::errc() || ptr != end || number < 0 || value->empty()) {
    return InvalidArgumentError("feltet »" + std::string(label) + "« skal være et helt tal");
  }
  return number;
}

}  // namespace helhed::web
