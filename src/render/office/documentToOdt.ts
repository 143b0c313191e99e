/**
 * A document as ODT, written by hand as a minimal valid OpenDocument package
 * (no maintained JavaScript writer exists): `mimetype` first and stored, the
 * manifest, meta (title, language), styles (A4 page, a footer with the page
 * number, heading styles with their outline level, the document's language)
 * and content — headings as `text:h` with `text:outline-level` (LibreOffice's
 * navigator shows the outline), tables whose header rows repeat on every page,
 * lists, and the letterhead's logos embedded under Pictures/.
 */
import type { Document, Image } from '../document/document.js';
import { logoBox } from '../document/imageSize.js';
import { officeBlocks, type OfficeBlock, type Run } from './officeBlocks.js';
import { odfLine, officeZip, xmlEscape, xmlSafeText, type ZipEntry } from './officeZip.js';

const MIME = 'application/vnd.oasis.opendocument.text';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xlink="http://www.w3.org/1999/xlink"',
  'dc="http://purl.org/dc/elements/1.1/"',
  'meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
]
  .map((name) => ` xmlns:${name}`)
  .join('');
const EXTENSION = { png: 'png', jpeg: 'jpg', svg: 'svg' } as const;
const MEDIA = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' } as const;

export function documentToOdt(doc: Document): Uint8Array {
  const [language, country] = doc.lang === 'fr' ? ['fr', 'FR'] : ['en', 'GB'];
  const pictures: { path: string; image: Image }[] = [];
  let tables = 0;
  let breakBefore = false;
  const body: string[] = [];
  for (const block of officeBlocks(doc)) {
    if (block.kind === 'page-break') {
      breakBefore = true;
      continue;
    }
    if (block.kind === 'table' || block.kind === 'signatures') tables += 1;
    body.push(odtBlock(block, { breakBefore, table: tables, pictures }));
    breakBefore = false;
  }
  const content =
    `${XML_HEAD}<office:document-content${NS} office:version="1.3">` +
    '<office:automatic-styles>' +
    '<style:style style:name="P-break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>' +
    [1, 2, 3, 4, 5, 6]
      .map(
        (level) =>
          `<style:style style:name="H${level}-break" style:family="paragraph" style:parent-style-name="Heading_20_${level}"><style:paragraph-properties fo:break-before="page"/></style:style>`,
      )
      .join('') +
    '<style:style style:name="P-right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>' +
    '<style:style style:name="P-muted" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:color="#5f6b7a"/></style:style>' +
    '<style:style style:name="T-bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="T-italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>' +
    '<style:style style:name="T-bold-italic" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>' +
    '<style:style style:name="T-red" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#b00020"/></style:style>' +
    '<style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>' +
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #8a96a3" fo:padding="0.1cm"/></style:style>' +
    '<style:style style:name="Cell-head" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #8a96a3" fo:padding="0.1cm" fo:background-color="#d9e2f3"/></style:style>' +
    '<style:style style:name="Cell-plain" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.1cm"/></style:style>' +
    '<style:style style:name="Row-sign" style:family="table-row"><style:table-row-properties style:min-row-height="1.2cm" fo:keep-together="always"/></style:style>' +
    '<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>' +
    '<style:style style:name="Logo" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="left"/></style:style>' +
    '</office:automatic-styles>' +
    `<office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`;
  const styles =
    `${XML_HEAD}<office:document-styles${NS} office:version="1.3">` +
    '<office:styles>' +
    `<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans', Arial, sans-serif" fo:font-size="11pt" fo:language="${language}" fo:country="${country}"/></style:default-style>` +
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
    '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="#1f3a5f"/></style:style>' +
    [20, 16, 13, 12, 11, 11]
      .map(
        (size, index) =>
          `<style:style style:name="Heading_20_${index + 1}" style:display-name="Heading ${index + 1}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="${index + 1}" style:class="text"><style:text-properties fo:font-size="${size}pt"/></style:style>`,
      )
      .join('') +
    '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" fo:color="#5f6b7a"/></style:style>' +
    `<text:outline-style style:name="Outline">${[1, 2, 3, 4, 5, 6].map((level) => `<text:outline-level-style text:level="${level}" style:num-format=""/>`).join('')}</text:outline-style>` +
    '</office:styles>' +
    '<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>' +
    '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>' +
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">' +
    `<style:footer><text:p text:style-name="Footer">${odfLine(doc.footer)}<text:tab/><text:page-number text:select-page="current">1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer>` +
    '</style:master-page></office:master-styles></office:document-styles>';
  const meta = `${XML_HEAD}<office:document-meta${NS} office:version="1.3"><office:meta><dc:title>${xmlEscape(xmlSafeText(doc.title))}</dc:title><dc:language>${language}-${country}</dc:language><meta:generator>roadmap</meta:generator></office:meta></office:document-meta>`;
  const entries: ZipEntry[] = [
    { name: 'mimetype', data: MIME, stored: true },
    {
      name: 'META-INF/manifest.xml',
      data:
        `${XML_HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
        `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MIME}"/>` +
        ['content.xml', 'styles.xml', 'meta.xml']
          .map((name) => `<manifest:file-entry manifest:full-path="${name}" manifest:media-type="text/xml"/>`)
          .join('') +
        pictures
          .map(
            ({ path, image }) =>
              `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${MEDIA[image.format]}"/>`,
          )
          .join('') +
        '</manifest:manifest>',
    },
    { name: 'meta.xml', data: meta },
    { name: 'styles.xml', data: styles },
    { name: 'content.xml', data: content },
    ...pictures.map(({ path, image }) => ({ name: path, data: image.bytes, stored: image.format !== 'svg' })),
  ];
  return officeZip(entries);
}

interface Place {
  breakBefore: boolean;
  table: number;
  pictures: { path: string; image: Image }[];
}

function odtBlock(block: Exclude<OfficeBlock, { kind: 'page-break' }>, place: Place): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, block.level);
      return `<text:h text:style-name="${place.breakBefore ? `H${level}-break` : `Heading_20_${level}`}" text:outline-level="${level}">${spans([{ text: block.text }])}</text:h>`;
    }
    case 'paragraph': {
      const style = place.breakBefore
        ? 'P-break'
        : block.align === 'right'
          ? 'P-right'
          : block.muted
            ? 'P-muted'
            : 'Standard';
      return `<text:p text:style-name="${style}">${spans(block.runs)}</text:p>`;
    }
    case 'list': {
      const items = block.items.map(
        (item, index) =>
          `<text:list-item><text:p text:style-name="Standard">${block.ordered ? `${index + 1}. ` : '• '}${spans([{ text: item }])}</text:p></text:list-item>`,
      );
      return `<text:list>${items.join('')}</text:list>`;
    }
    case 'images': {
      const frames = block.images.map((image) => {
        const path = `Pictures/logo${place.pictures.length + 1}.${EXTENSION[image.format]}`;
        place.pictures.push({ path, image });
        // Pixels at 96 per inch, as a browser shows them.
        const box = logoBox(image, 48);
        const cm = (pixels: number): string => `${((pixels * 2.54) / 96).toFixed(2)}cm`;
        return `<draw:frame draw:style-name="Logo" draw:name="logo${place.pictures.length}" text:anchor-type="as-char" svg:width="${cm(box.width)}" svg:height="${cm(box.height)}"><draw:image xlink:href="${path}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><svg:title>${xmlEscape(xmlSafeText(image.alt))}</svg:title></draw:frame>`;
      });
      return `<text:p text:style-name="Standard">${frames.join('<text:s/>')}</text:p>`;
    }
    case 'signatures': {
      const columns = `<table:table-column table:number-columns-repeated="${block.items.length}"/>`;
      const cells = block.items.map(
        (item) =>
          `<table:table-cell table:style-name="Cell-plain" office:value-type="string">` +
          `<text:p text:style-name="Standard"><text:span text:style-name="T-bold">${odfLine(item.role)}</text:span></text:p>` +
          `<text:p text:style-name="Standard">${odfLine(item.name)}</text:p>` +
          (item.title ? `<text:p text:style-name="Standard">${odfLine(item.title)}</text:p>` : '') +
          (item.box
            ? '<text:p text:style-name="Standard"/><text:p text:style-name="Standard"/><text:p text:style-name="Standard"/>'
            : '') +
          '</table:table-cell>',
      );
      return `<table:table table:name="Signatures${place.table}" table:style-name="Table">${columns}<table:table-row>${cells.join('')}</table:table-row></table:table>`;
    }
    case 'table': {
      const span = block.columns.length;
      const head = (text: string, columns?: number): string =>
        `<table:table-cell table:style-name="Cell-head" office:value-type="string"${columns ? ` table:number-columns-spanned="${columns}"` : ''}><text:p text:style-name="Standard"><text:span text:style-name="T-bold">${odfLine(text)}</text:span></text:p></table:table-cell>${columns ? '<table:covered-table-cell/>'.repeat(columns - 1) : ''}`;
      const header = `<table:table-header-rows>${block.header ? `<table:table-row>${head(block.header, span)}</table:table-row>` : ''}<table:table-row>${block.columns.map((column) => head(column.label)).join('')}</table:table-row></table:table-header-rows>`;
      const signed = block.columns.some((column) => column.signature);
      const rows = block.rows.map(
        (row) =>
          `<table:table-row table:style-name="${signed ? 'Row-sign' : 'Row'}">${block.columns
            .map((column, index) => {
              const cell = row[index] ?? { text: '' };
              const style = cell.tone === 'red' ? 'T-red' : cell.badge ? 'T-bold' : undefined;
              const text = cell.text
                .split('\n')
                .map(
                  (line) =>
                    `<text:p text:style-name="${column.align === 'right' ? 'P-right' : 'Standard'}">${style ? `<text:span text:style-name="${style}">${odfLine(line)}</text:span>` : odfLine(line)}</text:p>`,
                )
                .join('');
              return `<table:table-cell table:style-name="Cell" office:value-type="string">${text}</table:table-cell>`;
            })
            .join('')}</table:table-row>`,
      );
      return `<table:table table:name="Table${place.table}" table:style-name="Table"><table:table-column table:number-columns-repeated="${span}"/>${header}${rows.join('')}</table:table>`;
    }
  }
}

/** Runs as spans (bold, italic), a `\n` inside one as a line break. */
function spans(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      const text = run.text.split('\n').map(odfLine).join('<text:line-break/>');
      const style =
        run.bold && run.italic ? 'T-bold-italic' : run.bold ? 'T-bold' : run.italic ? 'T-italic' : undefined;
      return style ? `<text:span text:style-name="${style}">${text}</text:span>` : text;
    })
    .join('');
}
