/** The portfolio's report in the terminal's format, and every file it writes under --out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../../io/io.js';
import { PORTFOLIO_TABLE_SPECS } from '../../model/openData/portfolioTableSpecs.js';
import { isGeneratedDocument, markdownMarker } from '../../render/document/generatedMarker.js';
import { csvLines } from '../../render/datapackage/csvText.js';
import { packageDescriptor } from '../../render/datapackage/packageDescriptor.js';
import {
  conventionPage,
  conventionPagePath,
  portfolioIndexPage,
  PORTFOLIO_STYLE_PATH,
} from '../../render/portfolio/portfolioPages.js';
import type { PortfolioResult } from '../../render/portfolio/portfolioResult.js';
import { portfolioSheets } from '../../render/portfolio/portfolioSheets.js';
import { portfolioTables } from '../../render/portfolio/portfolioTables.js';
import { portfolioToJson } from '../../render/portfolio/portfolioToJson.js';
import { portfolioWord } from '../../render/portfolio/portfolioWords.js';
import { sheetsToCsv } from '../../render/sheet/sheetsToCsv.js';
import { sheetsToMarkdown } from '../../render/sheet/sheetsToMarkdown.js';
import { sheetsToTerminal } from '../../render/sheet/sheetsToTerminal.js';
import { SITE_STYLE } from '../../render/site/siteStyle.js';
import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import { terminalLine } from '../../util/sanitize.js';
import { encodedPieces } from '../../write/encodedPieces.js';
import { writeDocuments } from '../../write/writeDocuments.js';
import type { WorkbookFormat } from '../output/writeWorkbook.js';
import { sheetsToWorkbook } from '../../render/workbook/sheetsToWorkbook.js';
import { workbookToOds } from '../../render/workbook/workbookToOds.js';
import { workbookToXlsx } from '../../render/workbook/workbookToXlsx.js';

const REPORT_FILES = { markdown: 'portfolio.md', json: 'portfolio.json', csv: 'portfolio.csv' } as const;

export function render(result: PortfolioResult, format: string, color: boolean): string {
  const heading = portfolioWord('heading', result.lang, { title: result.title, date: result.asOf });
  switch (format) {
    case 'json':
      return portfolioToJson(result);
    case 'csv':
      return sheetsToCsv(portfolioSheets(result), result.lang);
    case 'markdown':
      return `${markdownMarker('portfolio')}\n\n# ${escapeMarkdown(heading)}\n\n${sheetsToMarkdown(portfolioSheets(result), result.lang, '##')}`;
    default:
      return `${terminalLine(heading)}\n\n${sheetsToTerminal(portfolioSheets(result), { lang: result.lang, color })}`;
  }
}

/**
 * The report in three formats, the site and the data package, under --out.
 * The folder is ours when its portfolio.md is (it carries the generated
 * marker): only then is a file in the way replaced.
 */
export function writeOutputs(
  io: Io,
  result: PortfolioResult,
  root: string,
  dryRun: boolean,
  workbook: WorkbookFormat | undefined,
): void {
  let ours = false;
  try {
    ours = isGeneratedDocument(readFileSync(join(root, REPORT_FILES.markdown), 'utf8').slice(0, 1000));
  } catch {
    // No report there yet: nothing in the folder is ours.
  }
  const valid = result.lines.filter((line) => line.summary !== null);
  const tables = portfolioTables(result);
  const names = [
    ...Object.values(REPORT_FILES),
    ...(workbook === undefined ? [] : [`portfolio.${workbook}`]),
    'site/index.html',
    `site/${PORTFOLIO_STYLE_PATH}`,
    ...valid.map((line) => `site/${conventionPagePath(line.entry.id)}`),
    ...tables.map((table) => `data/${table.spec.name}.csv`),
    'data/datapackage.json',
  ];
  // The report is written last: until it is, a rerun does not take the folder for ours.
  names.push(names.shift()!);
  // What was written is said on standard error: standard output is the report (JSON or CSV a program reads).
  const write = writeDocuments({ ...io, stdout: io.stderr }, result.lang, {
    root,
    folder: '',
    names,
    dryRun,
    isOurs: () => ours,
  });
  if (dryRun) return;
  const encode = (text: string) => new TextEncoder().encode(text);
  write(REPORT_FILES.json, encode(portfolioToJson(result)));
  write(REPORT_FILES.csv, encode(render(result, 'csv', false)));
  if (workbook !== undefined) {
    const heading = portfolioWord('heading', result.lang, { title: result.title, date: result.asOf });
    const book = sheetsToWorkbook(portfolioSheets(result), result.lang, heading);
    write(`portfolio.${workbook}`, workbook === 'xlsx' ? workbookToXlsx(book) : workbookToOds(book));
  }
  write('site/index.html', encode(portfolioIndexPage(result)));
  write(`site/${PORTFOLIO_STYLE_PATH}`, encode(SITE_STYLE));
  for (const line of valid) write(`site/${conventionPagePath(line.entry.id)}`, encode(conventionPage(result, line)));
  const scratch = new Uint8Array(64 * 1024);
  for (const table of tables) write(`data/${table.spec.name}.csv`, encodedPieces(csvLines(table), scratch));
  const descriptor = packageDescriptor(
    {
      name: result.id,
      title: result.title,
      asOf: result.asOf,
      lang: result.lang,
      description: portfolioWord('packageDescription', result.lang, { title: result.title, date: result.asOf }),
    },
    PORTFOLIO_TABLE_SPECS,
  );
  write('data/datapackage.json', encode(`${JSON.stringify(descriptor, null, 2)}\n`));
  write(REPORT_FILES.markdown, encode(render(result, 'markdown', false)));
}
