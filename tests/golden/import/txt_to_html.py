#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Turns a plan text file into HTML for pandoc: tab-separated lines become
# table rows (one table per run of rows, blank lines inside a run kept in the
# same table, as a page break would), "- " lines become list items, other
# lines paragraphs. HTML already in cells (<p>, <ul>, <i>) is passed through
# so pandoc makes real paragraphs and lists inside the cells.
import html
import sys


def cell_html(text):
    # Keep the source's own tags; escape only ampersands.
    return text.replace("&", "&amp;")


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>plan</title></head><body>"]
    i = 0
    in_list = False
    while i < len(lines):
        line = lines[i]
        if "\t" in line and line.strip():
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append("<table>")
            while i < len(lines):
                line = lines[i]
                if "\t" in line and line.strip():
                    cells = line.split("\t")
                    out.append("<tr>" + "".join("<td>" + cell_html(c.strip()) + "</td>" for c in cells) + "</tr>")
                    i += 1
                    continue
                if not line.strip():
                    j = i
                    while j < len(lines) and not lines[j].strip():
                        j += 1
                    if j < len(lines) and "\t" in lines[j]:
                        i = j
                        continue
                break
            out.append("</table>")
            continue
        stripped = line.strip()
        if not stripped:
            if in_list:
                out.append("</ul>")
                in_list = False
            i += 1
            continue
        if stripped.startswith("- ") or stripped == "-":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>" + html.escape(stripped[2:]) + "</li>")
        else:
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append("<p>" + html.escape(stripped) + "</p>")
        i += 1
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
