/**
 * A generated document (brief, convocation, attendance sheet, minutes) on
 * disk: `<out>/<meeting>/<name>.md`, a self-contained `<name>.html` and, with
 * a Chromium, `<name>.pdf` printed from that HTML — every target checked
 * before the first write, through the one document writer.
 */
import { UsageError, type Io } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import type { Document } from '../../render/document/document.js';
import { documentHtmlChunks, documentToHtml } from '../../render/document/documentToHtml.js';
import { documentMarkdownChunks } from '../../render/document/documentToMarkdown.js';
import { briefWords } from '../../render/brief/briefWords.js';
import { escapeHtml } from '../../render/escapeHtml.js';
import { encodedPieces } from '../../edit/encodedPieces.js';
import { writeDocuments } from '../../write/writeDocuments.js';
import { madeByRoadmap } from '../../parse/office/madeByRoadmap.js';

export interface DocumentOutput {
  root: string;
  /** The meeting id: one folder per meeting holds all its documents. */
  folder: string;
  /** File name without extension: `brief`, `convocation`, … */
  name: string;
  /** The roadmap folder: --out may not lie inside it. */
  roadmapDir?: string;
  /** Set when --pdf found a browser. */
  chromium?: string;
  /** The as-of date, stamped in the PDF so the same input gives the same bytes. */
  asOf: string;
  dryRun: boolean;
  /** Also the editable office documents (`--docx`, `--odt`), from the same model. */
  docx?: boolean;
  odt?: boolean;
}

export async function writeDocument(io: Io, lang: Lang, doc: Document, output: DocumentOutput): Promise<void> {
  const [md, html, pdf] = ['md', 'html', 'pdf'].map((extension) => `${output.name}.${extension}`) as [string, string, string];
  const [docx, odt] = [`${output.name}.docx`, `${output.name}.odt`];
  const names = [md, html, ...(output.chromium ? [pdf] : []), ...(output.docx ? [docx] : []), ...(output.odt ? [odt] : [])];
  const write = writeDocuments(io, lang, { root: output.root, folder: output.folder, names, dryRun: output.dryRun, roadmapDir: output.roadmapDir,
    // A DOCX or ODT is roadmap's when its properties name roadmap as their maker.
    isOurs: (name, current) => (/\.(docx|odt)$/.test(name) ? madeByRoadmap(current) : undefined) });
  if (output.dryRun) return;
  // Office documents are built before anything is written, like the PDF: a failure leaves every file as it was.
  const word = output.docx ? await (await import('../../render/office/documentToDocx.js')).documentToDocx(doc) : undefined;
  const text = output.odt ? (await import('../../render/office/documentToOdt.js')).documentToOdt(doc) : undefined;
  // The browser needs the page whole, and prints before anything is written: a failed PDF
  // then leaves the previous markdown, HTML and PDF as they were, all three of one run.
  const page = output.chromium ? documentToHtml(doc) : undefined;
  const printed = output.chromium ? await printPdf(page!, doc, output.chromium, output.asOf, lang) : undefined;
  // One file at a time, each streamed section by section when it can be: a large roadmap never holds a whole rendering twice.
  const scratch = new Uint8Array(64 * 1024);
  write(md, encodedPieces(documentMarkdownChunks(doc), scratch));
  write(html, page ?? encodedPieces(documentHtmlChunks(doc), scratch));
  if (printed) write(pdf, printed);
  if (word) write(docx, word);
  if (text) write(odt, text);
}

async function printPdf(page: Buffer, doc: Document, chromium: string, asOf: string, lang: Lang): Promise<Uint8Array> {
  // playwright-core is heavy to load: only --pdf pays for it.
  const { renderPdf } = await import('../../pdf/renderPdf.js');
  const footerTemplate = `<div style="font-size:8px;width:100%;padding:0 15mm;color:#5f6b7a;display:flex;justify-content:space-between"><span>${escapeHtml(doc.footer)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;
  try {
    return await renderPdf(page.toString('utf8'), { executablePath: chromium, footerTemplate, asOf, generator: doc.generator ?? 'brief' });
  } catch (error) {
    throw new UsageError(briefWords(lang).messages.pdfFailed((error instanceof Error ? error.message : String(error)).split('\n')[0]!));
  }
}
