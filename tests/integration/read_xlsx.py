#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Reads an .xlsx with Debian's python3-openpyxl, as a spreadsheet user's
# program would, and prints every sheet's rows as JSON for the C++ tests.
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
sheets = []
for sheet in workbook.worksheets:
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    sheets.append({"name": sheet.title, "rows": rows})
json.dump(sheets, sys.stdout, ensure_ascii=False)
