/**
 * A document as DOCX, through the `docx` library: real heading styles
 * (Heading 1–6, so Word's navigation pane shows the outline), real tables
 * whose header rows repeat on every page, numbered and bulleted lists, A4
 * pages with the footer and page numbers, the document's language on every
 * run (French spelling checked in French), and the letterhead's PNG and JPEG
 * logos embedded. Text is stripped of what XML cannot carry first.
 */
import {
  AlignmentType,
  BorderStyle,
  Document as DocxDocument,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { Document } from '../document/document.js';
import { logoBox } from '../document/imageSize.js';
import { strFromU8, unzipSync } from 'fflate';
import { officeZip, xmlSafeText } from './officeZip.js';
import { officeBlocks, type OfficeBlock, type Run } from './officeBlocks.js';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
/** A4 in twentieths of a point, and margins of 2 cm. */
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = 1_134;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export async function documentToDocx(doc: Document): Promise<Uint8Array> {
  const language = doc.lang === 'fr' ? 'fr-FR' : 'en-GB';
  let lists = 0;
  const children: (Paragraph | Table)[] = [];
  let breakBefore = false;
  for (const block of officeBlocks(doc)) {
    if (block.kind === 'page-break') {
      breakBefore = true;
      continue;
    }
    if (block.kind === 'list') lists += 1;
    children.push(...docxBlock(block, lists, breakBefore));
    breakBefore = false;
  }
  const document = new DocxDocument({
    title: clean(doc.title),
    creator: 'roadmap',
    styles: { default: { document: { run: { language: { value: language }, font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
        {
          reference: 'numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: A4.width - 2 * MARGIN }],
                children: [
                  new TextRun({ text: clean(doc.footer), size: 16 }),
                  new TextRun({ children: ['\t', PageNumber.CURRENT], size: 16 }),
                  new TextRun({ text: ' / ', size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return reproducible(new Uint8Array(await Packer.toBuffer(document)));
}

/**
 * The package with the same bytes for the same document: the library stamps the time of
 * writing in the properties and the zip; both are left out (the properties' dates are
 * optional) or pinned (officeZip), as for every file roadmap generates.
 */
function reproducible(packed: Uint8Array): Uint8Array {
  const parts = unzipSync(packed);
  return officeZip(
    Object.entries(parts).map(([name, data]) => ({
      name,
      data:
        name === 'docProps/core.xml'
          ? strFromU8(data).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '')
          : data,
    })),
  );
}

function docxBlock(
  block: Exclude<OfficeBlock, { kind: 'page-break' }>,
  list: number,
  pageBreakBefore: boolean,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      // The outline level on the paragraph too: every reader (Word's navigation pane, LibreOffice's navigator, PDF bookmarks) finds the outline.
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(block.level, 6) - 1],
          outlineLevel: Math.min(block.level, 6) - 1,
          pageBreakBefore,
          children: [new TextRun(clean(block.text))],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          pageBreakBefore,
          alignment: block.align === 'right' ? AlignmentType.RIGHT : undefined,
          children: runs(block.runs, block.muted ? '5F6B7A' : undefined),
        }),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0, instance: list },
            children: runs([{ text: item }]),
          }),
      );
    case 'images':
      return [
        new Paragraph({
          children: block.images.flatMap((image, index) => {
            // Word needs a PNG stand-in for an SVG; with no rasteriser here, an SVG logo is named by its text alternative instead.
            if (image.format === 'svg')
              return [new TextRun({ text: `${index > 0 ? '  ' : ''}${clean(image.alt)}`, italics: true })];
            const box = logoBox(image, 48);
            return [
              ...(index > 0 ? [new TextRun('  ')] : []),
              new ImageRun({
                type: image.format === 'png' ? 'png' : 'jpg',
                data: image.bytes,
                transformation: { width: box.width, height: box.height },
                altText: { name: clean(image.alt), title: clean(image.alt), description: clean(image.alt) },
              }),
            ];
          }),
        }),
      ];
    case 'signatures':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
          rows: [
            new TableRow({
              children: block.items.map(
                (item) =>
                  new TableCell({
                    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                    children: [
                      new Paragraph({ children: [new TextRun({ text: clean(item.role), bold: true })] }),
                      new Paragraph({ children: [new TextRun(clean(item.name))] }),
                      ...(item.title ? [new Paragraph({ children: [new TextRun(clean(item.title))] })] : []),
                      ...(item.box ? [new Paragraph(''), new Paragraph(''), new Paragraph('')] : []),
                    ],
                  }),
              ),
            }),
          ],
        }),
      ];
    case 'table': {
      const headerCell = (text: string, span?: number) =>
        new TableCell({
          columnSpan: span,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' },
          children: [new Paragraph({ children: [new TextRun({ text: clean(text), bold: true })] })],
        });
      const header = [
        ...(block.header
          ? [
              new TableRow({
                tableHeader: true,
                cantSplit: true,
                children: [headerCell(block.header, block.columns.length)],
              }),
            ]
          : []),
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.columns.map((column) => headerCell(column.label)),
        }),
      ];
      const body = block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            // A signature box is a tall empty cell (the attendance sheet).
            height: block.columns.some((column) => column.signature) ? { value: 680, rule: 'atLeast' } : undefined,
            children: block.columns.map((column, index) => {
              const cell = row[index] ?? { text: '' };
              return new TableCell({
                children: [
                  new Paragraph({
                    alignment:
                      column.align === 'right'
                        ? AlignmentType.RIGHT
                        : column.align === 'center'
                          ? AlignmentType.CENTER
                          : undefined,
                    children: runs(
                      [{ text: cell.text, bold: cell.badge === true || cell.tone === 'red' }],
                      cell.tone === 'muted' ? '5F6B7A' : cell.tone === 'red' ? 'B00020' : undefined,
                    ),
                  }),
                ],
              });
            }),
          }),
      );
      return [
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...header, ...body] }),
        new Paragraph(''),
      ];
    }
  }
}

/** Runs with their line breaks (a `\n` in a run's text). */
function runs(given: readonly Run[], color?: string): TextRun[] {
  return given.flatMap((run) =>
    clean(run.text)
      .split('\n')
      .map(
        (part, index) =>
          new TextRun({ text: part, bold: run.bold, italics: run.italic, color, break: index > 0 ? 1 : undefined }),
      ),
  );
}

/** Text XML can carry (no control characters, no lone surrogates). */
const clean = (text: string): string => xmlSafeText(text);
