/**
 * The portfolio's static site: an index with every table of the report, and
 * one page per convention with its figures, the dates of its last update and
 * last committee, and a link to its own website. The site's stylesheet,
 * security policy and page frame (skip link, header, main, footer) are the
 * roadmap site's; no page loads anything from elsewhere, none needs
 * JavaScript, every text is escaped and every link is relative (the
 * convention's own site excepted, which is an http(s) address or nothing).
 */
import { formatDate } from '../../i18n/formatDate.js';
import { formatPercent } from '../../i18n/formatNumber.js';
import type { Lang } from '../../i18n/lang.js';
import { escapeHtml } from '../escapeHtml.js';
import { typeset } from '../document/typeset.js';
import { htmlMarker } from '../document/generatedMarker.js';
import { cellText, type Sheet, type Tone } from '../sheet/sheet.js';
import { SITE_CSP } from '../site/pageToHtml.js';
import { portfolioSheets } from './portfolioSheets.js';
import { HEALTH_WORDS } from '../../i18n/vocabulary.js';
import { portfolioWord } from './portfolioWords.js';
import { fitLabel } from '../svg/svgFrame.js';
import type { PortfolioLine, PortfolioResult } from './portfolioResult.js';

export const PORTFOLIO_STYLE_PATH = 'assets/site.css';
export const conventionPagePath = (id: string): string => `conventions/${encodeURIComponent(id)}.html`;

const TONE_CLASS: Record<Tone, string> = { good: 'tone-green', warn: 'tone-amber', bad: 'tone-red' };

/**
 * The <title>: at most 70 characters as written in the file, entities
 * included (html-validate's long-title counts them so), cut on a whole
 * character with an ellipsis.
 */
function pageTitle(title: string, text: (value: string) => string): string {
  for (let chars = 70; chars > 1; chars--) {
    const escaped = text(fitLabel(title, chars));
    if (escaped.length <= 70) return escaped;
  }
  return '…';
}

function frame(lang: Lang, title: string, depth: number, portfolioTitle: string, body: string[]): string {
  const up = '../'.repeat(depth);
  const text = (value: string) => escapeHtml(typeset(value, lang));
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    htmlMarker('portfolio'),
    `<meta http-equiv="Content-Security-Policy" content="${SITE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${pageTitle(title, text)}</title>`,
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${up}${PORTFOLIO_STYLE_PATH}">`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${text(portfolioWord('skip', lang))}</a>`,
    '<header class="site">',
    `<p class="site-title"><a href="${up}index.html">${text(portfolioTitle)}</a></p>`,
    '</header>',
    '<main id="main">',
    ...body,
    '</main>',
    '<footer class="site">',
    `<p>${text(portfolioWord('generated', lang))}</p>`,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A sheet as an HTML table; `link` turns the first cell of a row into a link. */
function sheetTable(sheet: Sheet, lang: Lang, link?: (row: number) => string | undefined): string {
  const text = (value: string) => escapeHtml(typeset(value, lang));
  if (sheet.rows.length === 0) return `<h2>${text(sheet.title)}</h2>\n<p>${text(sheet.empty)}</p>`;
  const head = sheet.columns
    .map((column) => `<th scope="col"${column.numeric ? ' class="r"' : ''}>${text(column.label)}</th>`)
    .join('');
  const rows = sheet.rows
    .map(
      (row, index) =>
        `<tr>${row
          .map((cell, column) => {
            const classes = [
              sheet.columns[column]?.numeric ? 'r' : '',
              'tone' in cell && cell.tone ? TONE_CLASS[cell.tone] : '',
            ].filter(Boolean);
            const content = text(cellText(cell, lang));
            const href = column === 0 ? link?.(index) : undefined;
            return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${href ? `<a href="${escapeHtml(href)}">${content}</a>` : content}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  const notes = (sheet.notes ?? []).map((note) => `<p class="tone-muted">${text(note)}</p>`).join('\n');
  return `<h2>${text(sheet.title)}</h2>\n<table><caption class="visually-hidden">${text(sheet.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>${notes ? `\n${notes}` : ''}`;
}

export function portfolioIndexPage(result: PortfolioResult): string {
  const { lang } = result;
  const sheets = portfolioSheets(result);
  const valid = result.lines.filter((line) => line.summary !== null);
  const heading = portfolioWord('heading', lang, { title: result.title, date: result.asOf });
  const body = [
    `<h1>${escapeHtml(typeset(heading, lang))}</h1>`,
    sheetTable(sheets[0]!, lang, (row) => conventionPagePath(valid[row]!.entry.id)),
    ...sheets.slice(1).map((sheet) => sheetTable(sheet, lang)),
  ];
  return frame(lang, heading, 0, result.title, body);
}

/** Only an http(s) address becomes a link: a portfolio file or a package cannot slip in `javascript:`. */
function safeSite(site: string | null): string | null {
  if (site === null) return null;
  try {
    const url = new URL(site);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function conventionPage(result: PortfolioResult, line: PortfolioLine): string {
  const { lang } = result;
  const summary = line.summary!;
  const text = (value: string) => escapeHtml(typeset(value, lang));
  const word = (key: Parameters<typeof portfolioWord>[0]) => text(portfolioWord(key as never, lang));
  const when = (value: string | null) => (value === null ? '—' : text(formatDate(value, lang)));
  const site = safeSite(line.site);
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, lang));
  const facts: [string, string][] = [
    [word('territory'), summary.territory === null ? '—' : text(summary.territory)],
    [word('commitments'), String(summary.commitments)],
    [word('done'), String(summary.done)],
    [word('late'), String(summary.late)],
    [word('unknown'), String(summary.unknown)],
    [word('progress'), text(percent(summary.progress))],
    [word('health'), text(HEALTH_WORDS[summary.health][lang])],
    [word('lastUpdate'), when(summary.lastUpdate)],
    [word('lastCommittee'), when(summary.lastCommittee)],
    [word('site'), site === null ? '—' : `<a href="${escapeHtml(site)}">${word('ownSite')}</a>`],
  ];
  const axes: Sheet = {
    title: portfolioWord('axes', lang),
    columns: [
      { label: portfolioWord('axisTitle', lang) },
      { label: portfolioWord('commitments', lang), numeric: true },
      { label: portfolioWord('done', lang), numeric: true },
      { label: portfolioWord('late', lang), numeric: true },
      { label: portfolioWord('progress', lang), numeric: true },
      { label: portfolioWord('health', lang) },
    ],
    rows: summary.axes.map((axis) => [
      { kind: 'text', text: `${axis.number}. ${axis.title}` },
      { kind: 'count', value: axis.commitments },
      { kind: 'count', value: axis.done },
      { kind: 'count', value: axis.late },
      { kind: 'percent', value: axis.progress },
      {
        kind: 'text',
        text: HEALTH_WORDS[axis.health][lang],
        tone: axis.health === 'green' ? 'good' : axis.health === 'amber' ? 'warn' : 'bad',
      },
    ]),
    empty: portfolioWord('none', lang),
  };
  const body = [
    `<h1>${text(summary.title)}</h1>`,
    `<p class="lead">${text(portfolioWord('heading', lang, { title: line.entry.id, date: summary.asOf }))}</p>`,
    `<dl class="facts">${facts.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`,
    sheetTable(axes, lang),
    `<p><a href="../index.html">${word('backToPortfolio')}</a></p>`,
  ];
  return frame(lang, summary.title, 1, result.title, body);
}
