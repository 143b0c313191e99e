/**
 * The letterhead's pieces, pure: the SVG allow-list (what a hostile logo
 * loses, what a plain one keeps), the format told from bytes, and the
 * letterhead built from a roadmap's assets.
 */
import { describe, expect, it } from 'vitest';
import { letterheadOf } from '../src/render/document/letterheadOf.js';
import { sanitiseSvg } from '../src/render/svg/sanitiseSvg.js';
import { imageFormat } from '../src/util/imageFormat.js';
import type { Roadmap } from '../src/model/types.js';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('sanitiseSvg', () => {
  it('keeps a plain drawing, gradients and internal references', () => {
    const svg = `<svg ${NS} viewBox="0 0 4 4"><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><rect fill="url(#g)" width="4" height="4"/><use href="#g"/></svg>`;
    expect(sanitiseSvg(svg)).toBe(svg);
  });

  it('drops scripts, event attributes, foreign content, styles that fetch and references that leave the file', () => {
    const hostile =
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY boom "x">]><svg ${NS} onload="alert(1)"><script>alert(2)</script>` +
      '<style>@import url(http://evil/a.css);</style><foreignObject><div>x</div></foreignObject>' +
      '<rect width="1" height="1" style="fill:url(http://evil/x)" onclick="alert(3)"/><image href="http://evil/p.png"/>' +
      '<use xlink:href="http://evil/s.svg#a"/><a href="javascript:alert(4)"><text>t</text></a><text>&amp; &boom;</text></svg>';
    const clean = sanitiseSvg(hostile)!;
    expect(clean).toBeDefined();
    for (const gone of [
      'script',
      'alert',
      'onload',
      'onclick',
      'evil',
      'foreignObject',
      'style',
      'javascript',
      'ENTITY',
      '<image',
      '<a ',
    ])
      expect(clean).not.toContain(gone);
    expect(clean).toContain('<rect width="1" height="1"/>');
    expect(clean).toContain('<text>&amp; &amp;boom;</text>');
  });

  it('gives up on what it cannot read with certainty', () => {
    expect(sanitiseSvg('<svg><script>if (a<b) run()</script></svg>')).toBeUndefined();
    expect(sanitiseSvg(`<svg ${NS}><g></svg>`)).toBeUndefined();
    expect(sanitiseSvg('<html><svg/></html>')).toBeUndefined();
    expect(sanitiseSvg(`<svg ${NS}><rect width="1`)).toBeUndefined();
    expect(sanitiseSvg('plain text')).toBeUndefined();
  });

  it('stays linear on a deep or long input', () => {
    const deep = `<svg ${NS}>${'<g>'.repeat(15_000)}${'</g>'.repeat(15_000)}</svg>`;
    const started = Date.now();
    expect(sanitiseSvg(deep)).toBeUndefined(); // over the tag cap
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('imageFormat', () => {
  it('tells PNG, JPEG and SVG from their first bytes', () => {
    expect(imageFormat(PNG)).toBe('png');
    expect(imageFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageFormat(Buffer.from(`\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg ${NS}/>`))).toBe('svg');
    expect(imageFormat(Buffer.from('%PDF-1.4'))).toBeUndefined();
  });
});

describe('letterheadOf', () => {
  const roadmap = (assets: Map<string, Uint8Array>): Roadmap => ({
    convention: {
      file: 'convention.yaml',
      body: '',
      data: {
        id: 'c',
        title: 'Convention de test',
        signed_on: '2018-06-25',
        language: 'fr',
        committee: { name: 'Comité' },
        logos: ['assets/logo-epci.svg', 'assets/cci.png', 'assets/faux.png', 'assets/absent.svg'],
        secretariat: {
          name: 'Service économie',
          organisation: 'ept',
          address: '1 rue A\n29600 Morlaix',
          email: 's@exemple.fr',
          phone: '02 98 00 00 00',
        },
      },
    },
    partners: [
      {
        file: 'partners/ept.yaml',
        body: '',
        data: { id: 'ept', name: 'Morlaix Communauté', short_name: 'MC', kind: 'territory', role: 'signatory' },
      },
    ],
    axes: [],
    commitments: [],
    meetings: [],
    assets,
  });

  it('keeps the logos that are what they claim, sanitised, and names the secretariat', () => {
    const letterhead = letterheadOf(
      roadmap(
        new Map([
          ['assets/logo-epci.svg', Buffer.from(`<svg ${NS}><script>alert(1)</script><circle r="1"/></svg>`)],
          ['assets/cci.png', PNG],
          ['assets/faux.png', Buffer.from('GIF89a')],
        ]),
      ),
      'fr',
    )!;
    expect(letterhead.convention).toBe('Convention de test');
    expect(letterhead.logos.map((logo) => [logo.format, logo.alt])).toEqual([
      ['svg', 'Logo epci'],
      ['png', 'Logo cci'],
    ]);
    expect(Buffer.from(letterhead.logos[0]!.bytes).toString()).toBe(`<svg ${NS}><circle r="1"/></svg>`);
    expect(letterhead.sender).toEqual([
      'Service économie',
      'Morlaix Communauté',
      '1 rue A',
      '29600 Morlaix',
      's@exemple.fr',
      'Tél. 02 98 00 00 00',
    ]);
  });

  it('names an SVG logo by its own title when it has one, markup in it left out', () => {
    const titled = `<svg ${NS}><title>Comité &amp; territoire <b>x</b></title><circle r="1"/></svg>`;
    const plain = `<svg ${NS}><title>Comité &amp; territoire</title><circle r="1"/></svg>`;
    const alts = (svg: string) =>
      letterheadOf(roadmap(new Map([['assets/logo-epci.svg', Buffer.from(svg)]])), 'fr')!.logos.map((logo) => logo.alt);
    expect(alts(plain)).toEqual(['Comité & territoire']);
    // Markup inside the title is gone with the sanitiser: only its text can reach an alt text.
    expect(alts(titled)).toEqual(['Comité & territoire']);
  });
});
