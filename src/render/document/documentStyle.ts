import { HEALTH_COLOURS, INK } from '../svg/palette.js';

/**
 * The brief's only stylesheet, inlined in the page (the CSP allows inline
 * styles and nothing else). Screen first, then A4 print, then phones.
 */
export const DOCUMENT_STYLE = `
:root { --ink: ${INK.text}; --muted: ${INK.muted}; --rule: ${INK.grid}; --wash: #f4f6f8; --accent: ${INK.accent};
  --green: ${HEALTH_COLOURS.green}; --amber: ${HEALTH_COLOURS.amber}; --red: ${HEALTH_COLOURS.red};
  /* The charts' amber is too light for text (3.4:1 on white): amber text is darker, the amber badge light with dark text (WCAG AA 4.5:1). */
  --amber-text: #8a5800; --amber-wash: #f6d38f; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 "Source Sans 3", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-variant-numeric: tabular-nums; hyphens: auto; overflow-wrap: break-word; }
.brief { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 1.35rem; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .25rem; margin: 2.5rem 0 1rem; }
h3 { font-size: 1.08rem; margin: 1.6rem 0 .5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .4rem; }
p { margin: .5rem 0; }
a { color: var(--accent); }
.cover { border-top: 6px solid var(--accent); padding-top: 1.5rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 700; color: var(--accent); margin: 0; }
.cover h1 { font-size: 2rem; margin: .4rem 0 .2rem; }
.subtitle { font-size: 1.15rem; color: var(--muted); margin: 0 0 1.5rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.cover dl.facts { background: var(--wash); border-radius: 6px; padding: 1rem 1.25rem; }
.note { color: var(--muted); font-style: italic; }
.tone-muted { color: var(--muted); }
nav.contents h2 { border: 0; font-size: 1rem; color: var(--ink); margin: 2rem 0 .5rem; }
nav.contents ol { margin: 0; padding-left: 1.5rem; columns: 2; column-gap: 2rem; }
nav.contents li { break-inside: avoid; margin: .1rem 0; }
table { width: 100%; border-collapse: collapse; margin: .75rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); border-bottom: 2px solid var(--rule); }
td.r, th.r { text-align: right; width: 1%; }
th.r, th.c { white-space: nowrap; }
td.c, th.c { text-align: center; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
tbody.kept { break-inside: avoid; page-break-inside: avoid; }
th.signature, td.signature { width: 32%; }
td.signature { height: 13mm; border: 1px solid var(--ink); }
tr.banner th { text-transform: none; letter-spacing: 0; font-size: .85rem; color: var(--ink); }
td.tone-red { color: var(--red); font-weight: 600; }
td.tone-green { color: var(--green); }
td.tone-amber { color: var(--amber-text); font-weight: 600; }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 700; color: #fff; white-space: nowrap; }
.badge.tone-green { background: var(--green); }
.badge.tone-amber { background: var(--amber-wash); color: var(--ink); }
.badge.tone-red { background: var(--red); }
.badge.tone-muted { background: var(--muted); }
p.tone-red { border-left: 4px solid var(--red); padding-left: .75rem; font-weight: 600; }
p.tone-green { border-left: 4px solid var(--green); padding-left: .75rem; }
.charts { display: grid; gap: 1rem; margin: 1rem 0; }
.charts.many { grid-template-columns: repeat(2, minmax(0, 1fr)); }
figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
.charts:not(.many) figure svg { max-width: 34rem; margin: 0 auto; }
figcaption { font-size: .82rem; color: var(--muted); margin-top: .3rem; }
.commitment { border-top: 1px solid var(--rule); margin-top: 1.25rem; }
.commitment h3 .status { font-size: .8rem; font-weight: 600; color: var(--muted); margin-left: .5rem; white-space: nowrap; }
.prose { max-width: 44rem; }
.prose blockquote { margin: .5rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
.prose code, .prose pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; background: var(--wash); }
.prose pre { padding: .5rem; overflow-x: auto; white-space: pre-wrap; }
.letterhead { display: flex; align-items: center; gap: 1.25rem; border-bottom: 1px solid var(--rule); padding-bottom: .75rem; margin-bottom: 1.25rem; }
.letterhead .logos { display: flex; gap: .75rem; align-items: center; flex: 0 0 auto; }
.letterhead img { display: block; height: 3.2rem; width: auto; max-width: 10rem; object-fit: contain; }
.letterhead .identity { font-size: .85rem; color: var(--muted); }
.letterhead .convention { font-weight: 600; color: var(--ink); margin: 0 0 .2rem; }
.letterhead .sender { margin: 0; }
address { font-style: normal; margin: .5rem 0; }
address.recipient { margin: .75rem 0 .75rem 55%; }
.dateline { margin: 1rem 0 1rem 55%; }
h1.subject, p.subject { font-size: 1rem; font-weight: 400; margin: 1rem 0; }
h1.subject span { font-weight: 700; }
.salutation, .closing { margin-top: 1rem; }
.list-label { margin: .5rem 0 .2rem; font-weight: 600; }
ul.compact { columns: 2; column-gap: 2rem; margin: 0 0 .5rem; padding-left: 1.1rem; font-size: .85rem; }
ul.compact li { break-inside: avoid; }
section.untitled > :first-child { margin-top: 0; }
.signatures { display: flex; justify-content: flex-end; gap: 2rem; margin-top: 1.5rem; break-inside: avoid; page-break-inside: avoid; }
.signatures.many { justify-content: space-between; }
.signatory { min-width: 14rem; max-width: 48%; }
.signatory p { margin: 0; }
.signatory .role { font-weight: 600; }
.sign-here { height: 18mm; border-bottom: 1px solid var(--ink); margin: .4rem 0; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  html { font-size: 9pt; }
  body { font-size: 9.5pt; }
  #dashboard td { padding-top: .25rem; padding-bottom: .25rem; }
  #dashboard td:last-child { font-size: 7.5pt; }
  #dashboard table { margin-top: .25rem; }
  .brief { max-width: none; padding: 0; }
  .cover { break-after: page; page-break-after: always; }
  .letter .cover { break-after: auto; page-break-after: auto; }
  #dashboard, section.annex { break-before: page; page-break-before: always; }
  #dashboard { break-after: page; page-break-after: always; }
  h2 { margin-top: 0; }
  section + section:not(.annex):not(#dashboard) h2 { margin-top: 1.5rem; }
  a { color: inherit; text-decoration: none; }
  .charts.many { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* Letters and meeting documents: tighter, so a convocation to a dozen members holds on one page. */
  .letter { font-size: 9pt; line-height: 1.38; }
  .letter p { margin: .25rem 0; }
  .letter .letterhead { padding-bottom: .4rem; margin-bottom: .6rem; }
  .letter .letterhead img { height: 2.6rem; }
  .letter h2 { font-size: 1.05rem; border-bottom-width: 1px; margin: .9rem 0 .35rem; }
  .letter section + section:not(.annex) h2 { margin-top: .9rem; }
  .letter address { margin: .2rem 0; }
  .letter address.recipient { margin: .3rem 0 .3rem 55%; }
  .letter .dateline { margin: .4rem 0 .4rem 55%; }
  .letter h1.subject { margin: .5rem 0; }
  .letter ol, .letter ul { margin: .2rem 0; }
  .letter .salutation, .letter .closing { margin-top: .6rem; }
  .letter .signatures { margin-top: .8rem; }
  .letter .cover { padding-top: .6rem; }
  .letter .cover h1 { font-size: 1.5rem; }
  .letter .cover dl.facts { padding: .5rem .9rem; margin: .5rem 0; }
  /* The reply, the closing formula and the signature go over a page together, never split. */
  .letter section.untitled:last-child { break-inside: avoid; page-break-inside: avoid; }
  /* A paragraph never leaves fewer than three of its lines at a page foot or head. */
  p, li { orphans: 3; widows: 3; }
}
@media screen and (max-width: 640px) {
  body { font-size: 16px; }
  .brief { padding: 1rem .9rem 3rem; }
  .cover h1 { font-size: 1.5rem; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: .5rem; }
  nav.contents ol { columns: 1; }
  .charts.many { grid-template-columns: 1fr; }
  table, thead, tbody, tr, th, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid var(--rule); border-radius: 6px; padding: .4rem .6rem; margin-bottom: .6rem; }
  td { border: 0; padding: .15rem 0; display: flex; gap: .75rem; }
  td.r, td.c { text-align: left; white-space: normal; }
  td[data-label]::before { content: attr(data-label); flex: 0 0 38%; font-size: .8rem; color: var(--muted); font-weight: 600; }
}
`.trim();
