// SPDX-License-Identifier: Apache-2.0
// The stylesheet, compiled into the binary. Colours: text #1b1b1b and links
// #0b4f8a on white (contrast above 7:1); errors #8a1111 on #fdecec.
#include "helhed/web/internal/assets.h"

namespace helhed::web::internal {

std::string_view StylesheetText() {
  return R"css(
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
       color: #1b1b1b; background: #fff; }
a { color: #0b4f8a; }
a:hover { color: #06325a; }
:focus-visible { outline: 3px solid #e0a100; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: .75rem 1.5rem;
             background: #0b3a5e; color: #fff; }
header.top a { color: #fff; }
header.top .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; margin-right: 1rem; }
header.top nav { flex: 1; }
header.top .logout { display: flex; align-items: center; gap: .5rem; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
footer { max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; color: #4a4a4a; font-size: .875rem; }
h1 { font-size: 1.75rem; margin-top: 0; }
h2 { font-size: 1.35rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
th { background: #eef2f6; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
.notice { padding: .75rem 1rem; border-left: 6px solid; margin: 1rem 0; }
.notice.fejl { background: #fdecec; border-color: #8a1111; color: #5c0b0b; }
.notice.ok { background: #e9f5ec; border-color: #1e6b34; color: #123f1f; }
.notice.info { background: #eaf1f8; border-color: #0b4f8a; color: #0b2f52; }
ul.findings { list-style: none; padding: 0; margin: .5rem 0; }
li.finding { padding: .35rem .6rem; margin: .25rem 0; border-left: 4px solid #8a1111; background: #fdf3f3; }
li.finding.warning { border-color: #8a5a00; background: #fdf7e8; }
li.finding.info { border-color: #0b4f8a; background: #eef4fa; }
.code { color: #4a4a4a; font-size: .85em; }
form.stack { max-width: 40rem; }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
input[type=text], input[type=password], input[type=date], textarea {
  width: 100%; font: inherit; padding: .5rem; border: 2px solid #5a5a5a; border-radius: 3px; background: #fff; }
textarea { min-height: 6rem; }
select { font: inherit; padding: .45rem; border: 2px solid #5a5a5a; border-radius: 3px; background: #fff; max-width: 100%; }
.field-error { color: #8a1111; font-weight: 600; margin: .25rem 0; }
input[aria-invalid=true], select[aria-invalid=true], textarea[aria-invalid=true] { border-color: #8a1111; }
form.inline { display: inline; margin: 0; }
form.inline button { margin-top: 0; padding: .25rem .75rem; }
fieldset { border: 1px solid #8a8a8a; margin: 1rem 0; padding: .5rem 1rem 1rem; }
legend { font-weight: 700; padding: 0 .25rem; }
button { font: inherit; padding: .5rem 1.1rem; border: 2px solid #0b3a5e; border-radius: 3px; background: #0b3a5e;
         color: #fff; cursor: pointer; margin-top: 1rem; }
header.top button { margin-top: 0; background: #fff; color: #0b3a5e; border-color: #fff; padding: .25rem .75rem; }
.hint { color: #4a4a4a; font-size: .9rem; margin: .2rem 0; }
.goal { border: 1px solid #c8c8c8; padding: .75rem 1rem; margin: 1rem 0; }
figure.diagram { margin: 1rem 0; }
figure.diagram svg { max-width: 100%; height: auto; }
table.tal td.tal { text-align: right; font-variant-numeric: tabular-nums; }
table.tal td.diskretioneret { font-style: italic; color: #4a4a4a; }
section.indikator { border-top: 1px solid #c8c8c8; margin-top: 2rem; }
@media (max-width: 50rem) {
  main { padding: 1rem; }
  th, td { padding: .4rem; font-size: .95rem; }
  table.wide { display: block; overflow-x: auto; }
}
@media print {
  header.top, footer, form, .skip, button { display: none !important; }
  body { color: #000; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .notice, li.finding { border: 1px solid #000; background: none; color: #000; }
  table, .goal, figure.diagram { page-break-inside: avoid; }
}
)css";
}

}  // namespace helhed::web::internal
