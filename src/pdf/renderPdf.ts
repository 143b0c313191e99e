import { chromium } from 'playwright-core';
import { markPdfCreator } from './markPdfCreator.js';
import { pinPdfDates } from './pinPdfDates.js';
import { pinStructureIds } from './pinStructureIds.js';

/** Flags that keep a headless Chromium quiet: no network chatter, no updates, no GPU, no first-run UI. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PdfOptions {
  executablePath: string;
  /** Trusted HTML for the page footer (Chromium fills `.pageNumber` and `.totalPages`). */
  footerTemplate: string;
  /** Stamped as the creation date, so that the same brief gives the same bytes. */
  asOf: string;
  /** The command that printed it, in the PDF's Creator (markPdfCreator): `brief`, `meeting sheet`… */
  generator: string;
}

/**
 * Prints a self-contained HTML page to an A4 PDF with a local Chromium:
 * scripts off and every request refused, so the document is all there is.
 * Tagged, with an outline, so that a PDF reader's accessibility tree and
 * bookmarks follow the brief's headings.
 */
export async function renderPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: options.footerTemplate,
      // A structure tree for screen readers (headings, tables, lists in reading order) and bookmarks from the headings.
      tagged: true,
      outline: true,
    });
    return markPdfCreator(pinStructureIds(pinPdfDates(new Uint8Array(pdf), options.asOf)), options.generator);
  } finally {
    await browser.close();
  }
}
