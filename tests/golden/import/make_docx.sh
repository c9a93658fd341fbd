#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the committed DOCX test files from the text plans with pandoc
# (Debian package `pandoc`, 2.17): text -> HTML (txt_to_html.py) -> DOCX.
# The .docx files are committed so the test suite does not need pandoc.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for txt in "$here"/plans/*.txt; do
  name="$(basename "$txt" .txt)"
  python3 "$here/txt_to_html.py" "$txt" > "/tmp/$name.html"
  pandoc -f html -t docx -o "$here/docx/$name.docx" "/tmp/$name.html"
  rm -f "/tmp/$name.html"
done
python3 "$here/make_handmade_docx.py" "$here/handmade"
