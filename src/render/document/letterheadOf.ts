/**
 * The letterhead of every document of a roadmap: the convention's logos that
 * were read from assets/ and are the image their extension says (an SVG only
 * once sanitised), the convention's title, and the secretariat that sends it.
 * Pure: the bytes come with the roadmap.
 */
import type { Lang, Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import type { Roadmap, Secretariat } from '../../model/types.js';
import { formatOfName, imageFormat } from '../../util/imageFormat.js';
import { sanitiseSvg } from '../svg/sanitiseSvg.js';
import type { Image, Letterhead } from './document.js';

const MESSAGES = {
  'letterhead/phone': { fr: 'Tél. {phone}', en: 'Tel. {phone}' },
  'letterhead/logo': { fr: 'Logo {name}', en: 'Logo {name}' },
} as const satisfies Record<string, Text>;

const word = messageTable(MESSAGES);

export function letterheadOf(roadmap: Roadmap, lang: Lang): Letterhead | undefined {
  const convention = roadmap.convention?.data;
  if (!convention) return undefined;
  return {
    logos: conventionLogos(roadmap, lang).map((logo) => logo.image),
    convention: convention.title,
    sender: convention.secretariat ? senderLines(convention.secretariat, roadmap, lang) : [],
  };
}

/**
 * The convention's logos the letterhead shows, in the convention's order, each with the
 * path it was read from (`assets/<file>`): the site writes them as files of its own.
 */
export function conventionLogos(roadmap: Roadmap, lang: Lang): { path: string; image: Image }[] {
  return (roadmap.convention?.data.logos ?? []).flatMap((path) => {
    const image = logoImage(path, roadmap.assets?.get(path), lang);
    return image ? [{ path, image }] : [];
  });
}

/** The secretariat's name, its organisation, its address (as written, line by line), e-mail and phone. */
export function senderLines(secretariat: Secretariat, roadmap: Roadmap, lang: Lang): string[] {
  const organisation = secretariat.organisation
    ? roadmap.partners.find((partner) => partner.data.id === secretariat.organisation)?.data.name
    : undefined;
  return [
    secretariat.name,
    ...(organisation && organisation !== secretariat.name ? [organisation] : []),
    ...(secretariat.address ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    ...(secretariat.email ? [secretariat.email] : []),
    ...(secretariat.phone ? [word('letterhead/phone', lang, { phone: secretariat.phone })] : []),
  ];
}

function logoImage(path: string, bytes: Uint8Array | undefined, lang: Lang): Image | undefined {
  if (!bytes) return undefined;
  const format = imageFormat(bytes);
  if (!format || format !== formatOfName(path)) return undefined;
  const name = path
    .slice(path.lastIndexOf('/') + 1)
    .replace(/\.[^.]+$/, '')
    .replace(/^logo[-_ ]+(?=.)/i, '');
  const alt = word('letterhead/logo', lang, { name: name.replace(/[-_]+/g, ' ') });
  if (format !== 'svg') return { format, bytes, alt };
  const clean = sanitiseSvg(Buffer.from(bytes).toString('utf8'));
  return clean === undefined ? undefined : { format, bytes: Buffer.from(clean), alt: svgTitle(clean) ?? alt };
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The SVG's own `<title>`, its author's words for it (« Comité territorial »), rather than a name made from the file's. */
function svgTitle(svg: string): string | undefined {
  const title = /<title(?:\s[^>]*)?>([^<]{1,300})<\/title>/.exec(svg)?.[1];
  const text = title
    ?.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text : undefined;
}
