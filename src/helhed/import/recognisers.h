// SPDX-License-Identifier: Apache-2.0
// The recognisers, one per document kind of a plan package. Each reads one
// segment, fills its part of the plan and records origins, gaps and doubts
// in the report through the context.
#pragma once

#include <string>

#include "helhed/import/sections.h"
#include "helhed/import/segmenter.h"
#include "helhed/model/plan.h"

namespace helhed::import {

// Strategic agreement: name, parties, period, sections 1-8, the fixed-goal
// table and the focus-area blocks of section 6.
void RecogniseStrategicAgreement(const Segment& segment, model::Plan& plan, RecogniseContext& ctx);

// A delaftale (2019-26 or 2015-18 layout) with its activity forms, stored
// at `path` ("/sub_agreements/0"). `frame` gets the grant frame whose
// labels it used.
model::SubAgreement RecogniseSubAgreement(const Segment& segment, const std::string& path, RecogniseContext& ctx,
                                          std::string* frame);

// Section 3 (Organisering): the bodies with their seats and cadence;
// nullopt when the section names none.
std::optional<model::Organisation> RecogniseOrganisation(const Section& section, RecogniseContext& ctx);
// Kommissorium for bestyrelsen (a two-column table of numbered rows).
model::TermsOfReference RecogniseTermsOfReference(const Segment& segment, RecogniseContext& ctx);

// Boligsocial beredskabsplan.
model::PreparednessPlan RecognisePreparednessPlan(const Segment& segment, RecogniseContext& ctx);

}  // namespace helhed::import
