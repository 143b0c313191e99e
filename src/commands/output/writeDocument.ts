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
import type { Attachment } from '../../render/mail/mailToEml.js';
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
  await writeDocumentSet(io, lang, [{ name: output.name, doc }], [], output);
}

/** One document of a set: its file name without extension. */
export interface NamedDocument {
  name: string;
  doc: Document;
}

/** A mail draft carrying one document of the set: its PDF when printed, else its HTML. */
export interface DocumentMail {
  /** File name without extension; written `<name>.eml`. */
  name: string;
  /** The document it carries (a NamedDocument's name). */
  carries: string;
  eml: (attachment: Attachment) => string;
}

/**
 * Several documents written as one: every target (markdown, HTML, PDF, mail
 * drafts) planned before the first write, every PDF printed before anything
 * is written, then one file at a time.
 */
export async function writeDocumentSet(
  io: Io,
  lang: Lang,
  docs: readonly NamedDocument[],
  mails: readonly DocumentMail[],
  output: Omit<DocumentOutput, 'name'>,
): Promise<void> {
  const extensions = [
    'md',
    'html',
    ...(output.chromium ? ['pdf'] : []),
    ...(output.docx ? ['docx'] : []),
    ...(output.odt ? ['odt'] : []),
  ];
  const names = [
    ...docs.flatMap(({ name }) => extensions.map((extension) => `${name}.${extension}`)),
    ...mails.map((mail) => `${mail.name}.eml`),
  ];
  const write = writeDocuments(io, lang, {
    root: output.root,
    folder: output.folder,
    names,
    dryRun: output.dryRun,
    roadmapDir: output.roadmapDir,
    // A DOCX or ODT is roadmap's when its properties name roadmap as their maker.
    isOurs: (name, current) => (/\.(docx|odt)$/.test(name) ? madeByRoadmap(current) : undefined),
  });
  if (output.dryRun) return;
  // Office documents are built before anything is written, like the PDF: a failure leaves every file as it was.
  const office = new Map<string, Uint8Array>();
  if (output.docx) {
    const { documentToDocx } = await import('../../render/office/documentToDocx.js');
    for (const { name, doc } of docs) office.set(`${name}.docx`, await documentToDocx(doc));
  }
  if (output.odt) {
    const { documentToOdt } = await import('../../render/office/documentToOdt.js');
    for (const { name, doc } of docs) office.set(`${name}.odt`, documentToOdt(doc));
  }
  // The browser needs the page whole, and prints before anything is written: a failed PDF
  // then leaves the previous markdown, HTML and PDF as they were, all of one run.
  const pages = new Map<string, Buffer>();
  const printed = new Map<string, Uint8Array>();
  const keepPage = docs.length > 1 || mails.length > 0 || output.chromium !== undefined;
  for (const { name, doc } of docs) {
    if (!keepPage) continue;
    const page = documentToHtml(doc);
    pages.set(name, page);
    if (output.chromium) printed.set(name, await printPdf(page, doc, output.chromium, output.asOf, lang));
  }
  // One file at a time, each streamed section by section when it can be: a large roadmap never holds a whole rendering twice.
  const scratch = new Uint8Array(64 * 1024);
  for (const { name, doc } of docs) {
    write(`${name}.md`, encodedPieces(documentMarkdownChunks(doc), scratch));
    write(`${name}.html`, pages.get(name) ?? encodedPieces(documentHtmlChunks(doc), scratch));
    const pdf = printed.get(name);
    if (pdf) write(`${name}.pdf`, pdf);
    for (const extension of ['docx', 'odt']) {
      const bytes = office.get(`${name}.${extension}`);
      if (bytes) write(`${name}.${extension}`, bytes);
    }
  }
  for (const mail of mails) {
    const pdf = printed.get(mail.carries);
    const attachment: Attachment = pdf
      ? { name: `${mail.carries}.pdf`, mime: 'application/pdf', bytes: pdf }
      : {
          name: `${mail.carries}.html`,
          mime: 'text/html; charset=UTF-8',
          bytes: pages.get(mail.carries) ?? Buffer.alloc(0),
        };
    write(`${mail.name}.eml`, Buffer.from(mail.eml(attachment)));
  }
}

async function printPdf(page: Buffer, doc: Document, chromium: string, asOf: string, lang: Lang): Promise<Uint8Array> {
  // playwright-core is heavy to load: only --pdf pays for it.
  const { renderPdf } = await import('../../pdf/renderPdf.js');
  const footerTemplate = `<div style="font-size:8px;width:100%;padding:0 15mm;color:#5f6b7a;display:flex;justify-content:space-between"><span>${escapeHtml(doc.footer)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;
  try {
    return await renderPdf(page.toString('utf8'), {
      executablePath: chromium,
      footerTemplate,
      asOf,
      generator: doc.generator ?? 'brief',
    });
  } catch (error) {
    throw new UsageError(
      briefWords(lang).messages.pdfFailed((error instanceof Error ? error.message : String(error)).split('\n')[0]!),
    );
  }
}
