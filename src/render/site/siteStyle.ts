import { HEALTH_COLOURS, INK } from '../svg/palette.js';

/**
 * The site's one stylesheet (`assets/site.css`, the CSP allows no inline
 * style): readable from a 390 px phone to a wide screen and on paper, where
 * the navigation gives way to the content.
 */
export const SITE_STYLE = `
:root { --ink: ${INK.text}; --muted: ${INK.muted}; --rule: ${INK.grid}; --wash: #f4f6f8; --accent: ${INK.accent};
  --green: ${HEALTH_COLOURS.green}; --amber: #8a5a00; --red: ${HEALTH_COLOURS.red}; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.55 "Source Sans 3", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 0; z-index: 1; }
header.site, main, footer.site { max-width: 64rem; margin: 0 auto; padding: 0 1.5rem; }
header.site { border-top: 6px solid var(--accent); padding-top: 1rem; padding-bottom: .5rem; border-bottom: 1px solid var(--rule); }
.site-title { margin: 0 0 .5rem; font-weight: 700; }
.site-title a { color: var(--ink); text-decoration: none; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--ink); }
main { padding-top: 1rem; padding-bottom: 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 1rem 0 .5rem; }
h2 { font-size: 1.3rem; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin: 2.2rem 0 .8rem; }
h3, h4, h5, h6 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.lead { font-size: 1.1rem; color: var(--muted); margin-top: 0; }
.tone-muted { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; margin: 1rem 0; background: var(--wash); border-radius: 6px; padding: 1rem 1.25rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: .75rem 0 1.25rem; font-size: .95rem; }
caption.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
caption { text-align: left; font-weight: 600; color: var(--muted); padding-bottom: .25rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
/* A cell wraps between words, never inside one (« Vigilanc/e » at 1280 px): the table grows, its section scrolls. */
td { overflow-wrap: normal; word-break: normal; hyphens: manual; }
section:has(> table) { overflow-x: auto; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); border-bottom: 2px solid var(--rule); overflow-wrap: normal; hyphens: auto; }
td.r, th.r { text-align: right; }
td.tone-red { color: var(--red); font-weight: 600; }
td.tone-amber { color: var(--amber); font-weight: 600; }
td.tone-green { color: var(--green); }
figure.chart { margin: 1rem 0; max-width: 36rem; }
figure.chart svg { display: block; width: 100%; height: auto; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
ol.timeline { list-style: none; padding: 0; margin: .5rem 0; border-left: 3px solid var(--rule); }
ol.timeline li { position: relative; padding: .2rem 0 .7rem 1rem; }
ol.timeline li::before { content: ""; position: absolute; left: -7px; top: .55rem; width: 11px; height: 11px; border-radius: 50%; background: var(--accent); }
ol.timeline time { display: block; font-weight: 600; font-size: .9rem; color: var(--muted); }
ol.timeline .note { display: block; font-size: .9rem; color: var(--muted); }
ul.links { padding-left: 1.25rem; }
.prose { max-width: 46rem; }
.prose blockquote { margin: .5rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
.prose pre { padding: .5rem; white-space: pre-wrap; background: var(--wash); }
footer.site { border-top: 1px solid var(--rule); padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem; }
footer.site .edit a { font-weight: 700; }
.search { margin: 1rem 0 2rem; min-height: 1rem; }
@media screen and (max-width: 640px) {
  header.site, main, footer.site { padding-left: .9rem; padding-right: .9rem; }
  h1 { font-size: 1.5rem; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: .5rem; }
  table, thead, tbody, tr, th, td, caption { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid var(--rule); border-radius: 6px; padding: .4rem .6rem; margin-bottom: .6rem; }
  td { border: 0; padding: .15rem 0; display: flex; gap: .75rem; }
  td.r { text-align: left; }
  td[data-label]::before { content: attr(data-label); flex: 0 0 38%; font-size: .8rem; color: var(--muted); font-weight: 600; }
}
@media print {
  .skip, nav, .search, footer.site .edit { display: none; }
  header.site, main, footer.site { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  section, tr, figure, li { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trimStart();

/**
 * Appended to the stylesheet when the convention has logos (a site without
 * stays byte for byte what it was): beside the title on a wide screen, above
 * it when the header is narrow, a fixed height whatever the image's own size,
 * never wider than the header; printed with the header.
 */
export const SITE_LOGO_STYLE = `
.site-brand { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; margin: 0 0 .5rem; }
.site-brand .site-title { margin: 0; }
.site-logos { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; max-width: 100%; }
.site-logos img { display: block; height: 3.5rem; width: auto; max-width: 100%; object-fit: contain; }
@media screen and (max-width: 640px) {
  .site-logos img { height: 2.5rem; }
}
@media print {
  .site-logos img { height: 3rem; }
}
`.trimStart();

/** Starts Pagefind's search box, when scripts run; the CSP forbids inline scripts, hence a file. */
export const SEARCH_SCRIPT = `// generated by roadmap site
window.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('search');
  if (!box || typeof PagefindUI !== 'function') return;
  var label = box.getAttribute('data-label') || '';
  var baseUrl = new URL('./', document.baseURI).pathname;
  // A large index comes in parts (data-parts): Pagefind searches them as one.
  var parts = (box.getAttribute('data-parts') || '').split(' ').filter(Boolean).map(function (part) {
    return { bundlePath: new URL(part, document.baseURI).pathname, baseUrl: baseUrl };
  });
  new PagefindUI({ element: '#search', baseUrl: baseUrl, mergeIndex: parts, showSubResults: false, showImages: false, translations: { placeholder: label } });
  // Pagefind names its box by a title only; a label proper is what screen readers announce.
  var input = box.querySelector('input');
  if (input) input.setAttribute('aria-label', label);
  // The box works: the notice that search needs JavaScript no longer applies.
  var notice = document.getElementById('search-notice');
  if (notice) notice.hidden = true;
});
`;
