// SPDX-License-Identifier: Apache-2.0
// One case per rule code: the first finding of that code on
// examples/rules/<code>.json, with its exact severity, JSON pointer and Danish
// message. Each case cites the rule text it proves.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/planfile/plan_json.h"
#include "helhed/rules/check.h"
#include "helhed/rules/pack_loader.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::rules {
namespace {

using ::helhed::testing::SourceDir;

struct MessageCase {
  std::string code;
  Severity severity;
  std::string pointer;
  std::string message;
};

const std::vector<MessageCase>& Cases() {
  static const auto* cases = new std::vector<MessageCase>{
    // EVIDENCE-OF: validation-rules.md: "A single delaftale imported without its strategic agreement ... gets \"cannot check: parent missing\" (INFO), not an error."
    {"PARTIAL.parent_missing", Severity::kInfo, "",
     "Filen indeholder kun delaftaler uden den strategiske samarbejdsaftale. Det kan derfor ikke tjekkes, om delaftalerne passer til samarbejdsaftalen (periode, indsatsområder, plannavn, dokumentpakke og faste mål)."},
    // EVIDENCE-OF: validation-rules.md R1: "Every delaftale has a full start date and a full end date. Its period lies within the strategic agreement's period and, by default, equals it."
    {"R1.period_incomplete", Severity::kError, "/sub_agreements/2/period",
     "Delaftalen for \"Kriminalitetsforebyggelse\" har hverken fuld start- eller slutdato (Delaftalen gælder fra - til); der står kun \"2023-2026\". Angiv begge datoer som ÅÅÅÅ-MM-DD."},
    // EVIDENCE-OF: validation-rules.md R1: "A 2019-26 plan runs for about 4 years."
    {"R1.plan_duration", Severity::kWarning, "/period",
     "Samarbejdsaftalen løber ca. 2 år (01.01.2023 - 31.12.2024), men en plan under støtterammen 2019-26 løber omkring 4 år."},
    // EVIDENCE-OF: validation-rules.md R1: "Every delaftale has a full start date and a full end date. Its period lies within the strategic agreement's period and, by default, equals it."
    {"R1.sub_period_differs", Severity::kError, "/sub_agreements/0/period/end",
     "Delaftalen for \"Uddannelse og livschancer\" slutter 30.12.2026, 1 dag før samarbejdsaftalen (31.12.2026) (Delaftalen gælder fra - til). En delaftale følger som udgangspunkt samarbejdsaftalens periode; er det en skrivefejl?"},
    // EVIDENCE-OF: validation-rules.md R1: "Every delaftale has a full start date and a full end date. Its period lies within the strategic agreement's period and, by default, equals it."
    {"R1.sub_period_outside", Severity::kError, "/sub_agreements/0/period/end",
     "Delaftalen for \"Uddannelse og livschancer\" slutter 30.06.2027, 181 dage efter samarbejdsaftalen (31.12.2026) (Delaftalen gælder fra - til). En delaftale kan ikke gælde uden for samarbejdsaftalens periode."},
    // EVIDENCE-OF: validation-rules.md R10: "2019-26: Aktivitetsnavn, Formål, Målgruppe(r), Indhold og praksis and Ansvars- og rollefordeling are all non-empty ... Empty bullets and stray lines do not count as content."
    {"R10.activity_field_missing", Severity::kError, "/sub_agreements/1/activities/0/purpose",
     "Aktivitetsskemaet \"Jobcafé\" i delaftalen for \"Beskæftigelse\" mangler Formål, som er obligatorisk i støtterammen 2019-26."},
    // EVIDENCE-OF: validation-rules.md R11: "Flag instruction text, placeholders and sections whose only content is template text."
    {"R11.section_unfilled", Severity::kWarning, "/sub_agreements/2/revision_note",
     "Afsnittet Revision af delaftalen i delaftalen for \"Kriminalitetsforebyggelse\" er ikke udfyldt: det er tomt."},
    // EVIDENCE-OF: validation-rules.md R11: "Flag instruction text, placeholders and sections whose only content is template text."
    {"R11.template_text", Severity::kWarning, "/local_evaluation",
     "Feltet 7. Lokal evaluering indeholder skabelonens vejledning \"Udfyldes i samarbejde med Landsbyggefonden.\", som skulle have været erstattet af planens egen tekst."},
    // EVIDENCE-OF: validation-rules.md R12: "a function's total must not exceed 100 % (or its contracted hours, default 37 h/uge); a fully plan-funded function should reach exactly 100 %."
    {"R12.staff_over_allocated", Severity::kError, "/sub_agreements/0/staff/0/amount",
     "Funktionen \"Uddannelsesvejleder\" (Områdesekretariatet) er sat til 154,1 % af en fuld stilling i alt på tværs af delaftalerne (Uddannelse og livschancer: 37 timer/uge; Beskæftigelse: 20 timer/uge). Højst 100 % (37 timer/uge) pr. funktion; deles timerne mellem delaftaler, så angiv det med shared_with."},
    // EVIDENCE-OF: validation-rules.md R12: "a function's total must not exceed 100 % (or its contracted hours, default 37 h/uge); a fully plan-funded function should reach exactly 100 %."
    {"R12.staff_under_allocated", Severity::kWarning, "/sub_agreements/0/staff/0/amount",
     "Funktionen \"Uddannelsesvejleder\" (Områdesekretariatet) betales af Landsbyggefonden, men er kun sat til 54,1 % af en fuld stilling i alt (Uddannelse og livschancer: 20 timer/uge). En fuldt plan-finansieret funktion bør udgøre 100 %."},
    // EVIDENCE-OF: validation-rules.md R13: "Fredericia's budget is missing (48), so reconciliation is impossible. Report \"budget missing\" rather than pass."
    {"R13.budget_missing", Severity::kWarning, "/budget",
     "Planen har 4 medarbejderressourcer i 4 delaftaler, men intet budget; timer og beløb kan derfor ikke afstemmes med budgettet."},
    // EVIDENCE-OF: validation-rules.md R14: "The minimum applies to the whole plan, so this gives a WARN at area level."
    {"R14.cofinancing_area_low", Severity::kWarning, "/budget/lines/0",
     "Indsatsområdet \"Uddannelse og livschancer\" har kun 9,1 % lokal medfinansiering (100.000 kr. af 1.100.000 kr.). Kravet på 25 % (kravet er endnu ikke bekræftet) gælder hele planen, så tjek, at andre områder dækker forskellen."},
    // EVIDENCE-OF: validation-rules.md R14: "The local co-financing share meets the frame minimum at plan level"
    {"R14.cofinancing_below_minimum", Severity::kError, "/budget",
     "Den lokale medfinansiering er 11,8 % af budgettet (600.000 kr. af 5.100.000 kr.); støtterammen 2019-26 kræver mindst 25 % (kravet er endnu ikke bekræftet)."},
    // EVIDENCE-OF: validation-rules.md R14: "Per area: Landsbyggefonden + Lokal medfinansiering = Samlet budget for indsatsområdet, exactly. The area totals plus explicit cross-cutting lines ... equal the plan total."
    {"R14.line_sum", Severity::kError, "/budget/lines/0/stated_total_dkk",
     "Budgetlinjen \"Aktiviteter og personale\", Uddannelse og livschancer: Landsbyggefonden 1.000.000 kr. + lokal medfinansiering 400.000 kr. = 1.400.000 kr., men der står 1.499.000 kr. i alt (forskel 99.000 kr.)."},
    // EVIDENCE-OF: validation-rules.md R14: "Per area: Landsbyggefonden + Lokal medfinansiering = Samlet budget for indsatsområdet, exactly. The area totals plus explicit cross-cutting lines ... equal the plan total."
    {"R14.total_sum", Severity::kError, "/budget/stated_total_dkk",
     "Budgettets linjer giver tilsammen 6.300.000 kr., men budgettets samlede beløb er angivet til 6.301.000 kr. (forskel 1.000 kr.). En rest skal stå som en linje med sin egen betegnelse."},
    // EVIDENCE-OF: validation-rules.md R19: "Board members (role, organisation, voting right), chair, meeting frequency and secretariat agree between the strategic agreement and the kommissorium."
    {"R19.board_meetings_differ", Severity::kWarning, "/organisation/bodies/0/meetings_per_year",
     "Bestyrelsen mødes 4 gange om året ifølge afsnit 3 (Organisering), men 2 gange ifølge kommissoriet (Mødefrekvens)."},
    // EVIDENCE-OF: validation-rules.md R19: "Board members (role, organisation, voting right), chair, meeting frequency and secretariat agree between the strategic agreement and the kommissorium."
    {"R19.board_members_differ", Severity::kWarning, "/organisation/bodies/0/members",
     "Bestyrelsens medlemmer er ikke de samme i afsnit 3 (Organisering) og i kommissoriet: 3 mod 2 medlemmer. Kun i Organisering: Projektchef (Områdesekretariatet). Kun i kommissoriet: ingen."},
    // EVIDENCE-OF: validation-rules.md R2: "Names are matched through an alias table (R22)."
    {"R2.focus_area_alias", Severity::kInfo, "/sub_agreements/3/focus_area",
     "Delaftale nr. 4 skriver indsatsområdet \"Medborgerskab og sammenhængskraft\"; støtterammens navn er \"Sammenhængskraft og medborgerskab\". Brug gerne det officielle navn."},
    // EVIDENCE-OF: validation-rules.md R2: "Each delaftale belongs to exactly one indsatsområde of the plan's funding frame. There is at most one delaftale per area. Every area chosen in section 6 has a delaftale."
    {"R2.focus_area_duplicate", Severity::kError, "/sub_agreements/3/focus_area",
     "Der er flere delaftaler for indsatsområdet \"Beskæftigelse\" (nr. 2 og nr. 4); der må højst være én delaftale pr. indsatsområde."},
    // EVIDENCE-OF: validation-rules.md R2: "Names from the 2015-18 frame are valid only in 2015-18 plans."
    {"R2.focus_area_other_frame", Severity::kError, "/focus_areas/2/name",
     "Afsnit 6 (Indsatsområder): indsatsområdet \"Kriminalpræventiv indsats\" hører til støtterammen 2015-18 og kan ikke bruges i en plan under 2019-26. Gyldige indsatsområder: Uddannelse og livschancer, Beskæftigelse, Kriminalitetsforebyggelse, Sammenhængskraft og medborgerskab."},
    // EVIDENCE-OF: validation-rules.md R2: "Each delaftale belongs to exactly one indsatsområde of the plan's funding frame. There is at most one delaftale per area. Every area chosen in section 6 has a delaftale."
    {"R2.focus_area_unknown", Severity::kError, "/focus_areas/3/name",
     "Afsnit 6 (Indsatsområder): indsatsområdet \"Sundhed og trivsel\" findes ikke i støtterammen 2019-26. Gyldige indsatsområder: Uddannelse og livschancer, Beskæftigelse, Kriminalitetsforebyggelse, Sammenhængskraft og medborgerskab."},
    // EVIDENCE-OF: validation-rules.md R2: "Each delaftale belongs to exactly one indsatsområde of the plan's funding frame. There is at most one delaftale per area. Every area chosen in section 6 has a delaftale."
    {"R2.focus_area_without_sub", Severity::kError, "/focus_areas/3",
     "Indsatsområdet \"Sammenhængskraft og medborgerskab\" er valgt i afsnit 6 (Indsatsområder), men planen har ingen delaftale for det. Der skal være én delaftale pr. valgt indsatsområde."},
    // EVIDENCE-OF: validation-rules.md R2: "Each delaftale belongs to exactly one indsatsområde of the plan's funding frame. There is at most one delaftale per area. Every area chosen in section 6 has a delaftale."
    {"R2.sub_area_not_chosen", Severity::kWarning, "/sub_agreements/3/focus_area",
     "Delaftalen for \"Sammenhængskraft og medborgerskab\" hører til et indsatsområde, som ikke er beskrevet i afsnit 6 (Indsatsområder)."},
    // EVIDENCE-OF: validation-rules.md R20: "both activation paths ... each with participants ... and one responsible lead; numbered steps; an outreach target list; a crisis-communication matrix ...; signatures of all participants; an LBF approval date before tilsagn."
    {"R20.communication_missing", Severity::kError, "/preparedness_plan/communication",
     "Krisekommunikationen i beredskabsplanen mangler rækken \"Medier\"."},
    // EVIDENCE-OF: validation-rules.md R20: "both activation paths ... each with participants ... and one responsible lead; numbered steps; an outreach target list; a crisis-communication matrix ...; signatures of all participants; an LBF approval date before tilsagn."
    {"R20.lbf_approval_missing", Severity::kError, "/preparedness_plan/lbf_approval_date",
     "Beredskabsplanen har ingen dato for Landsbyggefondens godkendelse; den skal være godkendt før tilsagn."},
    // EVIDENCE-OF: validation-rules.md R20: "both activation paths ... each with participants ... and one responsible lead; numbered steps; an outreach target list; a crisis-communication matrix ...; signatures of all participants; an LBF approval date before tilsagn."
    {"R20.outreach_missing", Severity::kError, "/preparedness_plan/outreach_targets",
     "Beredskabsplanen har ingen liste over, hvem der kontaktes (Håndtering af omverdenen)."},
    // EVIDENCE-OF: validation-rules.md R20: "both activation paths ... each with participants ... and one responsible lead; numbered steps; an outreach target list; a crisis-communication matrix ...; signatures of all participants; an LBF approval date before tilsagn."
    {"R20.path_incomplete", Severity::kError, "/preparedness_plan/paths/0/lead",
     "Sporet \"med politisag\" (aktiveres på politiets foranledning) i beredskabsplanen har ingen ansvarlig leder."},
    // EVIDENCE-OF: validation-rules.md R20: "both activation paths ... each with participants ... and one responsible lead; numbered steps; an outreach target list; a crisis-communication matrix ...; signatures of all participants; an LBF approval date before tilsagn."
    {"R20.path_missing", Severity::kError, "/preparedness_plan/paths",
     "Beredskabsplanen mangler sporet \"uden politisag\" (aktiveres af kommune, boligorganisation eller områdesekretariat) med deltagerkreds og ansvarlig leder."},
    // EVIDENCE-OF: validation-rules.md R20: "both activation paths ... each with participants ... and one responsible lead; numbered steps; an outreach target list; a crisis-communication matrix ...; signatures of all participants; an LBF approval date before tilsagn."
    {"R20.steps_missing", Severity::kError, "/preparedness_plan/steps",
     "Beredskabsplanen har ingen nummererede trin for, hvad der gøres i en krise."},
    // EVIDENCE-OF: validation-rules.md R20: "both activation paths ... each with participants ... and one responsible lead; numbered steps; an outreach target list; a crisis-communication matrix ...; signatures of all participants; an LBF approval date before tilsagn."
    {"R20.unsigned", Severity::kError, "/preparedness_plan/signatures",
     "Beredskabsplanen er ikke underskrevet (6 Underskrift); alle deltagere skal skrive under."},
    // EVIDENCE-OF: validation-rules.md R21: "\"Navn på den boligsociale indsats\" equals the plan name (\"Områdets navn\"), up to aliases (ERROR)"
    {"R21.plan_name_differs", Severity::kError, "/sub_agreements/2/plan_name",
     "I delaftalen for \"Kriminalitetsforebyggelse\" står \"Kriminalitetsforebyggelse\" som navn på den boligsociale indsats, men planen hedder \"Boligsocial Helhedsplan Eksempelby\". Delaftalen skal nævne den plan, den hører til."},
    // EVIDENCE-OF: validation-rules.md R26: "Relative vs absolute change declared for every target (WARN)"
    {"R26.change_kind_missing", Severity::kWarning, "/sub_agreements/0/goals/0/indicators/0/target/change_kind",
     "Indikatoren \"Andel 18-29-årige uden uddannelse\": målet om en ændring på 10 (\"Andelen falder med 10 % af udgangspunktet\") siger ikke, om ændringen er relativ (procent af udgangspunktet) eller absolut (procentpoint)."},
    // EVIDENCE-OF: validation-rules.md R29: "Unit counts agree (INFO)"
    {"R29.count_mismatch", Severity::kInfo, "/housing_areas/0/residents",
     "Området \"Eksempelparken\" har 1.100 beboere, men dets 2 afdelinger har tilsammen 1.000."},
    // EVIDENCE-OF: validation-rules.md R3: "A document that is \"referenced but absent\" is reported separately from one that is \"not mentioned\"."
    {"R3.document_missing", Severity::kError, "/attachments",
     "Indberetningsskema mangler og er ikke nævnt i planen. Dokumentet er et krav i Landsbyggefondens tjekliste for støtterammen 2019-26."},
    // EVIDENCE-OF: validation-rules.md R3: "A document that is \"referenced but absent\" is reported separately from one that is \"not mentioned\"."
    {"R3.document_referenced", Severity::kError, "/attachments/2",
     "Milepælsplan er nævnt i planen (bilaget \"Milepælsplan\"), men findes ikke i plan-pakken. Landsbyggefonden kræver dokumentet uploadet."},
    // EVIDENCE-OF: validation-rules.md R4: "Each has Baseline boligområde, Baseline kommune (evt. andet), Baseline år and Datakilde."
    {"R4.baseline_incomplete", Severity::kError, "/overall_goals/2/indicators/1/baseline_year",
     "Den faste indikator F7 mangler Baseline år. Uden år kan udviklingen ikke følges fra et kendt udgangspunkt."},
    // EVIDENCE-OF: validation-rules.md R4: "All 9 fixed indicators F1-F9 are present under their 4 goals ... The goal and indicator texts match the fixed wording after normalisation. Known local suffixes are a WARN."
    {"R4.fixed_indicator_missing", Severity::kError, "/overall_goals",
     "Den faste indikator F7 (\"Andel beboere over 18 år, der føler sig grundlæggende trygge i boligområdet\") mangler i afsnit 5 (Overordnede mål og indikatorer)."},
    // EVIDENCE-OF: validation-rules.md R4: "All 9 fixed indicators F1-F9 are present under their 4 goals ... The goal and indicator texts match the fixed wording after normalisation. Known local suffixes are a WARN."
    {"R4.goal_wording_differs", Severity::kError, "/overall_goals/1/text",
     "Målet G2 er formuleret anderledes end det faste mål. Der står \"Flere kommer i arbejde\"; det faste mål lyder \"Flere bliver tilknyttet arbejdsmarkedet\"."},
    // EVIDENCE-OF: validation-rules.md R4: "All 9 fixed indicators F1-F9 are present under their 4 goals ... The goal and indicator texts match the fixed wording after normalisation. Known local suffixes are a WARN."
    {"R4.indicator_wording_differs", Severity::kError, "/overall_goals/0/indicators/0/name",
     "Den faste indikator F1 er formuleret anderledes end Landsbyggefondens faste indikator. Der står \"Andel børn i dagtilbud\"; den faste formulering er \"Andel 1-5-årige i dagtilbud\"."},
    // EVIDENCE-OF: validation-rules.md R4: "All 9 fixed indicators F1-F9 are present under their 4 goals ... The goal and indicator texts match the fixed wording after normalisation. Known local suffixes are a WARN."
    {"R4.indicator_wording_suffix", Severity::kWarning, "/overall_goals/3/indicators/0/name",
     "Den faste indikator F8 har en lokal tilføjelse til den faste formulering: \"Andel beboere over 18 år, der laver frivilligt arbejde, beboere som har svaret meget tit.\". Tjek, at målingen stadig er Landsbyggefondens indikator \"Andel beboere over 18 år, der laver frivilligt arbejde\"."},
    // EVIDENCE-OF: validation-rules.md R5: "A grade average must not carry \"%\"." (ERROR for impossible units)
    {"R5.unit_mismatch", Severity::kError, "/overall_goals/0/indicators/1/baselines/0/value/unit",
     "Baseline for \"Karaktergennemsnit i dansk og matematik for 9.-klasseselever\" er angivet som 7,2 % (andel (%)), men indikatoren måles som karaktergennemsnit (7-trinsskala)."},
    // EVIDENCE-OF: validation-rules.md R5: "A grade average must not carry \"%\"." (ERROR for impossible units)
    {"R5.value_out_of_range", Severity::kError, "/overall_goals/0/indicators/0/baselines/0/value",
     "Baseline for \"Andel 1-5-årige i dagtilbud\" er 120 %, men en andel ligger mellem 0 og 100 %."},
    // EVIDENCE-OF: validation-rules.md R6: "Every missing baseline needs a status."
    {"R6.baseline_missing", Severity::kWarning, "/sub_agreements/0/goals/0/indicators/0/baselines",
     "Indikatoren \"Andel 18-29-årige uden uddannelse\" i delaftalen for \"Uddannelse og livschancer\" har ingen baseline (Baseline boligområde/målgruppe). Angiv en værdi eller en status (not_available, suppressed, not_measured, pending eller not_applicable)."},
    // EVIDENCE-OF: validation-rules.md R7: "The value is not after the plan start ... It is not older than a configurable lag (default 3 years) ... It agrees with any date written inside the value cell."
    {"R7.baseline_after_start", Severity::kWarning, "/sub_agreements/0/goals/0/indicators/0/baseline_year",
     "Indikatoren \"Andel 18-29-årige uden uddannelse\": Baseline år 2024 ligger efter planens start (01.01.2023). En baseline måles før indsatsen begynder, medmindre en senere måling er aftalt (status pending eller remeasure)."},
    // EVIDENCE-OF: validation-rules.md R7: "The value is not after the plan start ... It is not older than a configurable lag (default 3 years) ... It agrees with any date written inside the value cell."
    {"R7.baseline_date_contradiction", Severity::kError, "/sub_agreements/1/goals/0/indicators/0/baselines/0/date",
     "Indikatoren \"Andel ledige 18-64-årige\": baseline er dateret 01.06.2002, men Baseline år er 2022. Den ene af dem er forkert."},
    // EVIDENCE-OF: validation-rules.md R7: "The value is not after the plan start ... It is not older than a configurable lag (default 3 years) ... It agrees with any date written inside the value cell."
    {"R7.baseline_too_old", Severity::kWarning, "/sub_agreements/0/goals/0/indicators/0/baseline_year",
     "Indikatoren \"Andel 18-29-årige uden uddannelse\": Baseline år 2018 er 5 år før planens start (01.01.2023); en baseline må højst være 3 år gammel."},
    // EVIDENCE-OF: validation-rules.md R7: "One value per cell: a year, a school year \"yyyy/yyyy\", or a date."
    {"R7.baseline_year_invalid", Severity::kError, "/sub_agreements/0/goals/0/indicators/0/baseline_year",
     "Indikatoren \"Andel 18-29-årige uden uddannelse\": Baseline år \"2021 og 2022\" kan ikke læses. Skriv ét år (2021), et skoleår (2020/2021) eller en dato (2022-06-01); et valg angives i feltet election med type og år."},
    // EVIDENCE-OF: validation-rules.md R7: "Election baselines need an election type and a year."
    {"R7.election_missing", Severity::kWarning, "/overall_goals/3/indicators/1/election",
     "Indikatoren F9 måler valgdeltagelse, men siger ikke, hvilket valg baseline gælder. Angiv valgtype (kommunalvalg eller folketingsvalg) og år."},
    // EVIDENCE-OF: validation-rules.md R8: "Also warn when a delmål copies a fixed goal verbatim"
    {"R8.goal_copies_fixed_goal", Severity::kWarning, "/sub_agreements/1/goals/0/text",
     "Delmål nr. 1 i delaftalen for \"Beskæftigelse\" gentager det faste overordnede mål G2 (\"Flere bliver tilknyttet arbejdsmarkedet\"). Et delmål er et konkret skridt på vejen mod målet; formulér det lokalt."},
    // EVIDENCE-OF: validation-rules.md R8: "Delmål and Indikator are non-empty ... Each row states direction (increase / decrease / hold), a target value or change"
    {"R8.goal_empty", Severity::kError, "/sub_agreements/0/goals/0/indicators",
     "Delmål nr. 1 i delaftalen for \"Uddannelse og livschancer\" (\"Flere unge gennemfører en ungdomsuddannelse\") har ingen indikator, så det kan ikke følges op."},
    // EVIDENCE-OF: validation-rules.md R8: "Delmål and Indikator are non-empty ... Each row states direction (increase / decrease / hold), a target value or change"
    {"R8.target_missing", Severity::kWarning, "/sub_agreements/0/goals/0/indicators/0/target",
     "Indikatoren \"Andel 18-29-årige uden uddannelse\" i delaftalen for \"Uddannelse og livschancer\" har intet mål: angiv retning (øge, mindske eller fastholde) og en ændring eller et niveau."},
    // EVIDENCE-OF: validation-rules.md R9: "Each activity in the list field ... has exactly one activity form, and each form has a list entry ... Report near-matches and order differences."
    {"R9.form_missing", Severity::kError, "/sub_agreements/0/activity_list/1",
     "Aktiviteten \"Forældrecafé\" står i aktivitetslisten i delaftalen for \"Uddannelse og livschancer\", men har intet aktivitetsskema."},
    // EVIDENCE-OF: validation-rules.md R9: "Each activity in the list field ... has exactly one activity form, and each form has a list entry ... Report near-matches and order differences."
    {"R9.list_entry_missing", Severity::kError, "/sub_agreements/0/activities/1/name",
     "Aktivitetsskemaet \"Forældrecafé\" i delaftalen for \"Uddannelse og livschancer\" står ikke i aktivitetslisten (Aktiviteter, som skal bidrage til indfrielsen af delmålene), som bestyrelsen godkender."},
    // EVIDENCE-OF: validation-rules.md R9: "Each activity in the list field ... has exactly one activity form, and each form has a list entry ... Report near-matches and order differences."
    {"R9.near_match", Severity::kWarning, "/sub_agreements/0/activities/0/name",
     "I delaftalen for \"Uddannelse og livschancer\" hedder aktiviteten \"Lektiecafé\" i aktivitetslisten, men \"Lektiekafé\" i aktivitetsskemaet. Skriv navnet ens begge steder."},
    // EVIDENCE-OF: validation-rules.md R9: "Each activity in the list field ... has exactly one activity form, and each form has a list entry ... Report near-matches and order differences."
    {"R9.order_differs", Severity::kInfo, "/sub_agreements/0/activities",
     "Aktivitetsskemaerne i delaftalen for \"Uddannelse og livschancer\" står i en anden rækkefølge end aktivitetslisten."},
  };
  return *cases;
}

class RuleMessageTest : public ::testing::TestWithParam<MessageCase> {};

TEST_P(RuleMessageTest, FirstFindingHasExactMessage) {
  const MessageCase& expected = GetParam();
  ASSERT_OK_AND_ASSIGN(const model::Plan plan,
                       planfile::ReadPlanFile(SourceDir() / "examples/rules" / (expected.code + ".json")));
  ASSERT_OK_AND_ASSIGN(const GrantFramePack pack, LoadGrantFramePack(SourceDir() / "data", plan.grant_frame));
  for (const Finding& finding : CheckPlan(plan, pack)) {
    if (finding.code != expected.code) continue;
    EXPECT_EQ(finding.severity, expected.severity);
    EXPECT_EQ(finding.pointer, expected.pointer);
    EXPECT_EQ(finding.message, expected.message);
    return;
  }
  ADD_FAILURE() << "no finding with code " << expected.code;
}

std::string CaseName(const ::testing::TestParamInfo<MessageCase>& info) {
  std::string name;
  for (char c : info.param.code) name += (std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(AllRules, RuleMessageTest, ::testing::ValuesIn(Cases()), CaseName);

}  // namespace
}  // namespace helhed::rules
