// SPDX-License-Identifier: Apache-2.0
// Party: an organisation that is a party to the strategic agreement or to a
// delaftale, with its signature when it has signed.
#pragma once

#include <optional>
#include <string>

#include "helhed/base/date.h"

namespace helhed::model {

// PartyKind (partstype): boligorganisation, kommune, politi, jobcenter, SSP,
// NGO, erhverv, andet.
enum class PartyKind {
  kHousingOrg,
  kMunicipality,
  kPolice,
  kJobcenter,
  kSsp,
  kNgo,
  kBusiness,
  kOther,
};

// Signature (underskrift): who signed and when. Also used for the signatures
// of the preparedness plan.
struct Signature {
  std::string signed_by;
  std::optional<Date> date;

  friend bool operator==(const Signature&, const Signature&) = default;
};

// Party (aftalepart): absent `signature` means unsigned.
struct Party {
  std::string name;
  std::optional<PartyKind> kind;
  // A role or a person; personal data (rule R27).
  std::optional<std::string> contact;
  std::optional<Signature> signature;

  friend bool operator==(const Party&, const Party&) = default;
};

}  // namespace helhed::model
