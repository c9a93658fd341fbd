// SPDX-License-Identifier: Apache-2.0
// The Content-Disposition header of a download. A plan's name is user text
// ("Kvarterplan Ø-byen \"Nord\""), so the header carries it twice, as
// RFC 6266 asks: an ASCII fallback in `filename` with every character that
// could end or bend the quoted string replaced, and the exact name
// percent-encoded in `filename*` (RFC 5987) for browsers that read it.
#pragma once

#include <string>
#include <string_view>

namespace helhed::web {

// `attachment; filename="..."; filename*=UTF-8''...`. Path separators and
// control characters become '_' in both forms, so the name stays one file
// name; invalid UTF-8 bytes are dropped from the encoded form.
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace helhed::web
