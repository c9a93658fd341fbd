#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Writes examples/rules/clean.json (a fictional, complete 2019-26 plan with no
# findings) and one <code>.json per rule code: clean.json with one small
# change that triggers that code. Run from anywhere: python3 generate.py.
# tests in src/helhed/rules/examples_test.cc check every file.
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Boligsocial Helhedsplan Eksempelby"
PERIOD = {"start": "2023-01-01", "end": "2026-12-31"}
AREAS = ["Uddannelse og livschancer", "Beskæftigelse", "Kriminalitetsforebyggelse",
         "Sammenhængskraft og medborgerskab"]

def share(v, scope="plan", **kw):
    b = {"scope": scope, "value": {"unit": "share", "value": v}}
    b.update(kw)
    return b

def fixed(fid, name, unit, base, other, **kw):
    ind = {"indicator_id": fid, "name": name, "unit": unit,
           "baselines": [{"scope": "plan", "value": {"unit": unit, "value": base}}],
           "other_baselines": [{"scope": "kommune", "value": {"unit": unit, "value": other}}],
           "baseline_year": "2021", "source": "Boligsocial data"}
    ind.update(kw)
    return ind

def sub(area, goal, indicator, activity, staff_function):
    return {
        "focus_area": area,
        "plan_name": NAME,
        "period": dict(PERIOD),
        "parties": [{"name": "Eksempelby Kommune", "kind": "municipality"},
                    {"name": "Boligselskabet Eksempel", "kind": "housing_org"}],
        "goals": [{"text": goal, "indicators": [{
            "name": indicator, "unit": "share",
            "baselines": [share(30.0)], "other_baselines": [share(20.0, "kommune")],
            "baseline_year": "2022", "source": "LBF Beboerdata",
            "target": {"direction": "decrease", "change": 10, "change_kind": "relative",
                       "text": "Andelen falder med 10 % af udgangspunktet"}}]}],
        "activity_list": [activity],
        "activities": [{
            "name": activity,
            "purpose": "At styrke målgruppens muligheder, så flere når delmålet.",
            "target_groups": "Beboere i boligområdet, som aktiviteten er rettet mod.",
            "content": "Ugentlige forløb med faste medarbejdere og frivillige.",
            "responsibilities": "Områdesekretariatet leder aktiviteten; kommunen stiller fagpersoner til rådighed."}],
        "staff": [{"function": staff_function, "organisation": "Områdesekretariatet",
                   "amount": {"unit": "hours_per_week", "value": 37}, "financing": "lbf"}],
        "municipal_alignment": "Aktiviteterne bygger oven på kommunens almindelige tilbud i området.",
        "revision_note": "Ændringer i delaftalen godkendes af bestyrelsen.",
    }

BOARD = [{"role": "Direktør", "organisation": "Boligselskabet Eksempel", "voting": True, "chair": True},
         {"role": "Direktør", "organisation": "Eksempelby Kommune", "voting": True, "chair": False},
         {"role": "Projektchef", "organisation": "Områdesekretariatet", "voting": False, "chair": False}]

def budget_lines(locals_):
    lines = []
    for area, local in zip(AREAS, locals_):
        lines.append({"year": 2023, "focus_area": area, "label": "Aktiviteter og personale", "category": "activities",
                      "lbf_dkk": 1000000, "local_dkk": local, "stated_total_dkk": 1000000 + local})
    lines.append({"label": "Sekretariat", "category": "secretariat", "lbf_dkk": 500000, "local_dkk": 200000,
                  "stated_total_dkk": 700000})
    return lines

def clean():
    lines = budget_lines([400000] * 4)
    return {
        "format": "helhed/plan@1",
        "name": NAME,
        "grant_frame": "2019-26",
        "municipality": {"code": "999", "name": "Eksempelby"},
        "period": dict(PERIOD),
        "parties": [{"name": "Boligselskabet Eksempel", "kind": "housing_org",
                     "signature": {"signed_by": "Direktør", "date": "2022-11-15"}},
                    {"name": "Eksempelby Kommune", "kind": "municipality",
                     "signature": {"signed_by": "Kommunaldirektør", "date": "2022-11-20"}}],
        "housing_areas": [{"id": "omr-1", "name": "Eksempelparken", "kind": "boligomraade",
                           "afdelinger": [{"id": "AFD-1", "name": "Afdeling 1", "housing_org": "Boligselskabet Eksempel",
                                           "households": 300, "residents": 600},
                                          {"id": "AFD-2", "name": "Afdeling 2", "housing_org": "Boligselskabet Eksempel",
                                           "households": 200, "residents": 400}],
                           "households": 500, "residents": 1000}],
        "description": "Eksempelparken er et alment boligområde med 1.000 beboere i to afdelinger.",
        "vision": "Et trygt område, hvor flere er i uddannelse og job.",
        "organisation": {"bodies": [{"name": "Bestyrelsen", "kind": "board", "meetings_per_year": 4,
                                     "members": copy.deepcopy(BOARD)}]},
        "municipal_interplay": "Indsatsen arbejder tæt sammen med kommunens skoler og jobcenter.",
        "overall_goals": [
            {"goal_id": "G1", "text": "Der skal ske et fagligt løft af børn og unge, så flere bliver skoleparate, og flere tager en uddannelse",
             "focus_area": AREAS[0], "indicators": [
                fixed("F1", "Andel 1-5-årige i dagtilbud", "share", 81.7, 77.0),
                fixed("F2", "Karaktergennemsnit i dansk og matematik for 9.-klasseselever", "grade", 5.4, 7.5),
                fixed("F3", "Andel 18-29-årige, der har grundskole som højst fuldførte uddannelse, og som ikke er i gang med en uddannelse", "share", 26.9, 17.0)]},
            {"goal_id": "G2", "text": "Flere bliver tilknyttet arbejdsmarkedet", "focus_area": AREAS[1], "indicators": [
                fixed("F4", "Andel 15-29-årige, der hverken er i gang med en uddannelse eller er i beskæftigelse (restgruppen)", "share", 22.3, 14.8),
                fixed("F5", "Andel 18-64-årige, der er uden tilknytning til arbejdsmarked og uddannelse", "share", 35.7, 17.6)]},
            {"goal_id": "G3", "text": "Børn og unge skal støttes i et liv uden kriminalitet, og områderne skal opleves trygge",
             "focus_area": AREAS[2], "indicators": [
                fixed("F6", "Andel 15-29-årige, som er sigtet mindst én gang", "share", 3.1, 2.6),
                fixed("F7", "Andel beboere over 18 år, der føler sig grundlæggende trygge i boligområdet", "share", 74.2, 84.2,
                      source="Politiets tryghedsundersøgelse")]},
            {"goal_id": "G4", "text": "Flere er en del af fællesskabet og deltager aktivt i samfundet", "focus_area": AREAS[3], "indicators": [
                fixed("F8", "Andel beboere over 18 år, der laver frivilligt arbejde", "share", 10.0, 17.0),
                fixed("F9", "Andel stemmeberettigede, der har stemt ved seneste kommunalvalg/folketingsvalg", "share", 72.0, 81.7,
                      election={"type": "kommunalvalg", "year": 2021})]},
        ],
        "focus_areas": [{"name": a, "problem_statement": "Områdets egne tal viser en tydelig udfordring på dette område."} for a in AREAS],
        "local_evaluation": "Vi følger op på delmålene hvert år sammen med bestyrelsen.",
        "revision": "Ændringer i samarbejdsaftalen sendes til Landsbyggefonden til godkendelse.",
        "sub_agreements": [
            sub(AREAS[0], "Flere unge gennemfører en ungdomsuddannelse", "Andel 18-29-årige uden uddannelse", "Lektiecafé", "Uddannelsesvejleder"),
            sub(AREAS[1], "Flere ledige kommer i job", "Andel ledige 18-64-årige", "Jobcafé", "Jobkonsulent"),
            sub(AREAS[2], "Færre unge bliver sigtet", "Andel sigtede 15-29-årige", "Gadeplansarbejde", "Gadeplansmedarbejder"),
            sub(AREAS[3], "Flere deltager i foreningslivet", "Andel beboere i foreninger", "Foreningsguide", "Foreningskonsulent"),
        ],
        "budget": {"lines": lines, "stated_total_dkk": sum(l["lbf_dkk"] + l["local_dkk"] for l in lines)},
        "milestones": [{"date": "2023-06-30", "title": "Alle aktiviteter er i gang", "status": "planned"}],
        "preparedness_plan": {
            "paths": [{"kind": "with_police_case", "lead": "Politiet",
                       "participants": [{"role": "Projektchef", "organisation": "Områdesekretariatet"},
                                        {"role": "Lokalpolitileder", "organisation": "Politiet"}]},
                      {"kind": "without_police_case", "lead": "Projektchef",
                       "participants": [{"role": "Projektchef", "organisation": "Områdesekretariatet"},
                                        {"role": "Driftschef", "organisation": "Boligselskabet Eksempel"}]}],
            "steps": [{"number": 1, "text": "Beredskabsgruppen indkaldes."},
                      {"number": 2, "text": "Situationen vurderes, og opgaver fordeles."}],
            "outreach_targets": ["Afdelingsbestyrelser", "Skoler og klubber"],
            "communication": [{"audience": "medier", "responsible": "Kommunens pressechef"},
                              {"audience": "beboere", "responsible": "Projektchef"},
                              {"audience": "samarbejdspartnere", "responsible": "Projektchef"}],
            "signatures": [{"signed_by": "Projektchef", "date": "2022-12-01"}],
            "lbf_approval_date": "2022-12-15"},
        "terms_of_reference": {"purpose": "Bestyrelsen har ansvaret for indsatsen.", "members": copy.deepcopy(BOARD),
                               "meetings_per_year": 4, "decision_rule": "konsensus", "secretariat": "Områdesekretariatet",
                               "adopted_by_consensus": True, "lbf_approval_date": "2022-12-15"},
        "attachments": [{"kind": "reporting_form", "title": "Indberetningsskema", "status": "present"},
                        {"kind": "organisation_diagram", "title": "Organisationsdiagram", "status": "present"}],
    }

def ind(p, sub_idx=0):
    return p["sub_agreements"][sub_idx]["goals"][0]["indicators"][0]

def fixed_ind(p, fid):
    for g in p["overall_goals"]:
        for i in g["indicators"]:
            if i["indicator_id"] == fid:
                return i
    raise KeyError(fid)

def set_budget(p, locals_):
    p["budget"]["lines"] = budget_lines(locals_)
    p["budget"]["stated_total_dkk"] = sum(l["lbf_dkk"] + l["local_dkk"] for l in p["budget"]["lines"])

def m(fn):
    def apply(p):
        fn(p)
        return p
    return apply

def set_all_ends(p, end):
    p["period"]["end"] = end
    for s in p["sub_agreements"]:
        s["period"]["end"] = end

def add_second_activity_reversed(p):
    s = p["sub_agreements"][0]
    extra = copy.deepcopy(s["activities"][0])
    extra["name"] = "Forældrecafé"
    s["activities"].append(extra)
    s["activity_list"] = ["Forældrecafé", "Lektiecafé"]

def partial(p):
    for key in ["period", "parties", "housing_areas", "description", "vision", "organisation", "municipal_interplay",
                "overall_goals", "focus_areas", "local_evaluation", "revision", "budget", "milestones",
                "preparedness_plan", "terms_of_reference", "attachments"]:
        del p[key]
    p["sub_agreements"] = p["sub_agreements"][2:3]

def extra_form(p):
    extra = copy.deepcopy(p["sub_agreements"][0]["activities"][0])
    extra["name"] = "Forældrecafé"
    p["sub_agreements"][0]["activities"].append(extra)

def over_allocated(p):
    line = copy.deepcopy(p["sub_agreements"][0]["staff"][0])
    line["amount"]["value"] = 20
    p["sub_agreements"][1]["staff"].append(line)

def budget_as_attachment(p):
    del p["budget"]
    p["attachments"].append({"kind": "budget", "title": "Budget 2023-2026", "status": "present"})

def milestone_referenced(p):
    del p["milestones"]
    p["attachments"].append({"kind": "milestone_plan", "title": "Milepælsplan", "status": "referenced"})

def drop_medier(p):
    p["preparedness_plan"]["communication"] = p["preparedness_plan"]["communication"][1:]

MUTATIONS = {
    "R1.period_incomplete": m(lambda p: p["sub_agreements"][2].__setitem__("period", {"as_written": "2023-2026"})),
    "R1.sub_period_outside": m(lambda p: p["sub_agreements"][0]["period"].__setitem__("end", "2027-06-30")),
    "R1.sub_period_differs": m(lambda p: p["sub_agreements"][0]["period"].__setitem__("end", "2026-12-30")),
    "R1.plan_duration": m(lambda p: set_all_ends(p, "2024-12-31")),
    "R2.focus_area_unknown": m(lambda p: (p["sub_agreements"][3].__setitem__("focus_area", "Sundhed og trivsel"),
                                          p["focus_areas"][3].__setitem__("name", "Sundhed og trivsel"))),
    "R2.focus_area_other_frame": m(lambda p: (p["sub_agreements"][2].__setitem__("focus_area", "Kriminalpræventiv indsats"),
                                              p["focus_areas"][2].__setitem__("name", "Kriminalpræventiv indsats"))),
    "R2.focus_area_alias": m(lambda p: p["sub_agreements"][3].__setitem__("focus_area", "Medborgerskab og sammenhængskraft")),
    "R2.focus_area_duplicate": m(lambda p: (p["sub_agreements"][3].__setitem__("focus_area", "Beskæftigelse"),
                                            p["focus_areas"].pop(3))),
    "R2.focus_area_without_sub": m(lambda p: p["sub_agreements"].pop(3)),
    "R2.sub_area_not_chosen": m(lambda p: p["focus_areas"].pop(3)),
    "R3.document_referenced": m(milestone_referenced),
    "R3.document_missing": m(lambda p: p["attachments"].pop(0)),
    "R4.fixed_indicator_missing": m(lambda p: p["overall_goals"][2]["indicators"].pop(1)),
    "R4.goal_wording_differs": m(lambda p: p["overall_goals"][1].__setitem__("text", "Flere kommer i arbejde")),
    "R4.indicator_wording_differs": m(lambda p: fixed_ind(p, "F1").__setitem__("name", "Andel børn i dagtilbud")),
    "R4.indicator_wording_suffix": m(lambda p: fixed_ind(p, "F8").__setitem__(
        "name", "Andel beboere over 18 år, der laver frivilligt arbejde, beboere som har svaret meget tit.")),
    "R4.baseline_incomplete": m(lambda p: fixed_ind(p, "F7").pop("baseline_year")),
    "R5.unit_mismatch": m(lambda p: fixed_ind(p, "F2")["baselines"][0].__setitem__("value", {"unit": "share", "value": 7.2})),
    "R5.value_out_of_range": m(lambda p: fixed_ind(p, "F1")["baselines"][0]["value"].__setitem__("value", 120)),
    "R6.baseline_missing": m(lambda p: ind(p).pop("baselines")),
    "R7.baseline_year_invalid": m(lambda p: ind(p).__setitem__("baseline_year", "2021 og 2022")),
    "R7.baseline_after_start": m(lambda p: ind(p).__setitem__("baseline_year", "2024")),
    "R7.baseline_too_old": m(lambda p: ind(p).__setitem__("baseline_year", "2018")),
    "R7.baseline_date_contradiction": m(lambda p: ind(p, 1)["baselines"][0].__setitem__("date", "2002-06-01")),
    "R7.election_missing": m(lambda p: fixed_ind(p, "F9").pop("election")),
    "R8.goal_empty": m(lambda p: p["sub_agreements"][0]["goals"][0].__setitem__("indicators", [])),
    "R8.goal_copies_fixed_goal": m(lambda p: p["sub_agreements"][1]["goals"][0].__setitem__(
        "text", "Flere bliver tilknyttet arbejdsmarkedet")),
    "R8.target_missing": m(lambda p: ind(p).pop("target")),
    "R9.form_missing": m(lambda p: p["sub_agreements"][0]["activity_list"].append("Forældrecafé")),
    "R9.list_entry_missing": m(extra_form),
    "R9.near_match": m(lambda p: p["sub_agreements"][0]["activities"][0].__setitem__("name", "Lektiekafé")),
    "R9.order_differs": m(add_second_activity_reversed),
    "R10.activity_field_missing": m(lambda p: p["sub_agreements"][1]["activities"][0].__setitem__("purpose", "-")),
    "R11.template_text": m(lambda p: p.__setitem__(
        "local_evaluation", p["local_evaluation"] + " Udfyldes i samarbejde med Landsbyggefonden.")),
    "R11.section_unfilled": m(lambda p: p["sub_agreements"][2].__setitem__("revision_note", "")),
    "R12.staff_over_allocated": m(over_allocated),
    "R12.staff_under_allocated": m(lambda p: p["sub_agreements"][0]["staff"][0]["amount"].__setitem__("value", 20)),
    "R12.staff_persons_missing": m(lambda p: p["sub_agreements"][0]["staff"][0]["amount"].__setitem__("value", 74)),
    "R13.budget_missing": m(budget_as_attachment),
    "R14.line_sum": m(lambda p: p["budget"]["lines"][0].__setitem__("stated_total_dkk", 1499000)),
    "R14.total_sum": m(lambda p: p["budget"].__setitem__("stated_total_dkk", p["budget"]["stated_total_dkk"] + 1000)),
    "R14.cofinancing_below_minimum": m(lambda p: set_budget(p, [100000] * 4)),
    "R14.cofinancing_area_low": m(lambda p: set_budget(p, [100000, 700000, 400000, 400000])),
    "R19.board_members_differ": m(lambda p: p["terms_of_reference"]["members"].pop(2)),
    "R19.board_meetings_differ": m(lambda p: p["terms_of_reference"].__setitem__("meetings_per_year", 2)),
    "R20.path_missing": m(lambda p: p["preparedness_plan"]["paths"].pop(1)),
    "R20.path_incomplete": m(lambda p: p["preparedness_plan"]["paths"][0].pop("lead")),
    "R20.steps_missing": m(lambda p: p["preparedness_plan"].__setitem__("steps", [])),
    "R20.outreach_missing": m(lambda p: p["preparedness_plan"].pop("outreach_targets")),
    "R20.communication_missing": m(drop_medier),
    "R20.unsigned": m(lambda p: p["preparedness_plan"].pop("signatures")),
    "R20.lbf_approval_missing": m(lambda p: p["preparedness_plan"].pop("lbf_approval_date")),
    "R21.plan_name_differs": m(lambda p: p["sub_agreements"][2].__setitem__("plan_name", "Kriminalitetsforebyggelse")),
    "R26.change_kind_missing": m(lambda p: ind(p)["target"].pop("change_kind")),
    "R29.count_mismatch": m(lambda p: p["housing_areas"][0].__setitem__("residents", 1100)),
    "PARTIAL.parent_missing": m(partial),
}

def write(name, plan):
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, indent=2)
        f.write("\n")

write("clean", clean())
for code, mutate in MUTATIONS.items():
    write(code, mutate(clean()))
print(len(MUTATIONS), "examples")
