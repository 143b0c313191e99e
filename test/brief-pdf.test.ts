/** Finding a local Chromium and pinning the PDF's dates: no browser needed. */
import { describe, expect, it } from 'vitest';
import { findChromium } from '../src/pdf/findChromium.js';
import { pinPdfDates } from '../src/pdf/pinPdfDates.js';
import { pinStructureIds } from '../src/pdf/pinStructureIds.js';

// Any executable stands in for a browser here: the node binary running the tests.
const EXECUTABLE = process.execPath;

describe('findChromium', () => {
  it('takes --chromium first, then CHROMIUM_PATH', () => {
    expect(findChromium(EXECUTABLE, { CHROMIUM_PATH: '/nowhere/chromium' })).toEqual({ found: true, path: EXECUTABLE });
    expect(findChromium(undefined, { CHROMIUM_PATH: EXECUTABLE })).toEqual({ found: true, path: EXECUTABLE });
  });

  it('refuses a named path that is not an executable instead of falling back to another browser', () => {
    expect(findChromium('/nowhere/chromium', {})).toEqual({
      found: false,
      named: { path: '/nowhere/chromium', source: '--chromium' },
      tried: ['/nowhere/chromium'],
    });
    expect(findChromium(undefined, { CHROMIUM_PATH: '/tmp' })).toEqual({
      found: false,
      named: { path: '/tmp', source: 'CHROMIUM_PATH' },
      tried: ['/tmp'],
    });
  });
});

describe('pinPdfDates', () => {
  it('replaces the print time with the as-of date, keeping every byte offset', () => {
    const pdf = Buffer.from(
      "%PDF-1.4\n<< /CreationDate (D:20261125091538+00'00')\n/ModDate (D:20261125091538+00'00') >>\n",
      'latin1',
    );
    const pinned = Buffer.from(pinPdfDates(pdf, '2019-09-15'));
    expect(pinned.toString('latin1')).toBe(
      "%PDF-1.4\n<< /CreationDate (D:20190915000000+00'00')\n/ModDate (D:20190915000000+00'00') >>\n",
    );
    expect(pinned.length).toBe(pdf.length);
  });
});

describe('pinStructureIds', () => {
  it('renumbers structure ids by rank, keeping their order and every byte offset', () => {
    const pdf = Buffer.from(
      '<< /ID (node00000161) >>\n<< /Headers [(node00000200)] >>\n/Names [(node00000161) 1 0 R (node00000200) 2 0 R]\n',
      'latin1',
    );
    const pinned = Buffer.from(pinStructureIds(pdf));
    expect(pinned.toString('latin1')).toBe(
      '<< /ID (node00000001) >>\n<< /Headers [(node00000002)] >>\n/Names [(node00000001) 1 0 R (node00000002) 2 0 R]\n',
    );
    expect(pinned.length).toBe(pdf.length);
    const shifted = Buffer.from(
      pdf
        .toString('latin1')
        .replace(/00000161/g, '00000073')
        .replace(/00000200/g, '00000112'),
      'latin1',
    );
    expect(Buffer.from(pinStructureIds(shifted)).equals(pinned)).toBe(true);
  });
});
