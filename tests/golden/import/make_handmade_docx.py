#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Writes hand-made DOCX files with real Word tables (python3 stdlib only):
# merged-delmaal.docx holds one 2019-26 delaftale whose delmål table uses a
# vertically merged delmål cell (w:vMerge) spanning two indicator rows, a
# horizontally merged note row (w:gridSpan), heading styles and list
# numbering, as Word writes them. Values are synthetic.
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(text, style=None, ilvl=None):
    ppr = ""
    if style or ilvl is not None:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if ilvl is not None:
            ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'
        ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def tc(paragraphs, vmerge=None, span=None):
    pr = ""
    if vmerge or span:
        pr = "<w:tcPr>"
        if span:
            pr += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == "restart":
            pr += '<w:vMerge w:val="restart"/>'
        elif vmerge == "continue":
            pr += "<w:vMerge/>"
        pr += "</w:tcPr>"
    body = "".join(p(t) for t in paragraphs) or "<w:p/>"
    return f"<w:tc>{pr}{body}</w:tc>"


def tr(cells):
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def merged_delmaal():
    header = ["Delmål", "Indikator", "Baseline boligområde/ målgruppe", "Evt. anden baseline", "Baseline år", "Datakilde"]
    rows = [
        tr([tc([h]) for h in header]),
        tr([tc(["Flere unge i uddannelse eller job"], vmerge="restart"),
            tc(["Andel 15-29-årige i restgruppen"]), tc(["Zone 1: 20,5 %", "Zone 2: 18,0 %"]),
            tc(["Kommunen: 12,0 %"]), tc(["2022"]), tc(["LBF"])]),
        tr([tc([], vmerge="continue"), tc(["Antal unge i fritidsjob"]), tc(["Zone 1: 14", "Zone 2: -"]),
            tc([]), tc(["2022/2023"]), tc(["Områdesekretariatet"])]),
        tr([tc(["Færre unge sigtes"]), tc(["Andel 15-29-årige, som er sigtet mindst én gang"]),
            tc(["Ingen data"]), tc(["2,6 %"]), tc(["2021"]), tc(["Boligsocial data"])]),
    ]
    table = "<w:tbl>" + "".join(rows) + "</w:tbl>"
    body = "".join([
        p("Delaftale for indsatsområdet Beskæftigelse", style="Heading1"),
        p("Navn på den boligsociale indsats, som delaftalen vedrører:"),
        p("Testby Helhedsplan 2024-2027"),
        p("Delaftalen gælder fra - til:"),
        p("1. januar 2024 – 31. december 2027"),
        p("Delaftalens parter:"),
        p("Jobcenter Testby", ilvl=0),
        p("Chef for Unge, Testby Kommune", ilvl=0),
        p("Delmål og indikatorer for indsatsområdet", style="Heading2"),
    ]) + table + "".join([
        p("Medarbejderressourcer for indsatsområdet:"),
        p("Jobkonsulent: 20 timer ugentligt", ilvl=0),
        p("Aktivitetsnavn:"),
        p("Jobcafé"),
        p("Formål:"),
        p("At flere unge får job."),
        p("Målgruppe(r):"),
        p("Unge 15-29 år"),
        p("Indhold og praksis:"),
        p("Ugentlig café med jobkonsulent."),
        p("Ansvars- og rollefordeling:"),
        p("Jobcentret leder caféen."),
    ])
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    return document


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')


def write(path, document):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    out = sys.argv[1]
    write(f"{out}/merged-delmaal.docx", merged_delmaal())
