/**
 * `roadmap site` in-process: the figures printed on the pages are those of
 * `report --format json`; the plan is checked before any write (a file the
 * command did not make stops it with nothing written); --dry-run writes
 * nothing; edit links follow the git host's pattern; bad flags exit 2.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editLink } from '../src/render/site/editLink.js';
import { SITE_STYLE } from '../src/render/site/siteStyle.js';
import { buildSearchIndex } from '../src/search/buildSearchIndex.js';
import { encodedPieces } from '../src/edit/encodedPieces.js';
import { safeWrite } from '../src/write/safeWrite.js';
import { FIXTURES, ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-29';
const AS_OF = '2026-11-25';

/** Every `data-figure` cell of a folder's pages: figure, subject and value as the page carries them. */
function pageFigures(site: string): Map<string, string> {
  const figures = new Map<string, string>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.name.endsWith('.html')) continue;
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of html.matchAll(/<td[^>]*\sdata-figure="([^"]+)"([^>]*)>/g)) {
      const attributes = Object.fromEntries(
        [...match[2]!.matchAll(/data-([a-z-]+)="([^"]*)"/g)].map((pair) => [pair[1]!, pair[2]!]),
      );
      const subject = [attributes.axis, attributes.partner, attributes.commitment, attributes.indicator]
        .filter(Boolean)
        .join('/');
      const key = `${match[1]}:${subject}`;
      const value = attributes.value ?? '';
      // The same figure shown on two pages must read the same on both.
      if (figures.has(key)) expect(figures.get(key), key).toBe(value);
      figures.set(key, value);
    }
  }
  return figures;
}

/** Every page's visible words, tags stripped, one entry per page. */
function pageTexts(site: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.name.endsWith('.html')) continue;
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    texts.set(join(entry.parentPath, entry.name), html.replace(/<[^>]*>/g, ' '));
  }
  return texts;
}

const asText = (value: unknown): string => (value === null ? '' : String(value));

describe('roadmap site', () => {
  const { dir, cleanup } = tempDir('site-');
  afterAll(cleanup);

  it('prints the same figures as report --format json for the same as-of date', async () => {
    const out = join(dir, 'bundled');
    const built = await runMain(['site', '--dir', join(ROOT, 'roadmap'), '--as-of', AS_OF, '--out', out], {
      today: TODAY,
    });
    expect(built.code).toBe(0);
    const report = JSON.parse(
      (
        await runMain(['report', '--dir', join(ROOT, 'roadmap'), '--as-of', AS_OF, '--format', 'json'], {
          today: TODAY,
        })
      ).stdout,
    );
    const figures = pageFigures(out);
    const expected = new Map<string, string>();
    for (const axis of report.axes) {
      expected.set(`axis-progress:${axis.id}`, asText(axis.progress));
      expected.set(`axis-health:${axis.id}`, axis.health);
      expected.set(`axis-commitments:${axis.id}`, asText(axis.commitments));
      expected.set(`axis-done:${axis.id}`, asText(axis.done));
      expected.set(`axis-late:${axis.id}`, asText(axis.late));
    }
    for (const partner of report.partners) {
      expected.set(`partner-led:${partner.id}`, asText(partner.led));
      expected.set(`partner-contributed:${partner.id}`, asText(partner.contributed));
      expected.set(`partner-late:${partner.id}`, asText(partner.late));
      expected.set(`partner-progress:${partner.id}`, asText(partner.progress));
      expected.set(`partner-open-actions:${partner.id}`, asText(partner.openActions));
      expected.set(`partner-overdue-actions:${partner.id}`, asText(partner.overdueActions));
    }
    for (const indicator of report.indicators) {
      expected.set(`indicator-latest:${indicator.commitment}/${indicator.id}`, asText(indicator.latest));
      expected.set(`indicator-attainment:${indicator.commitment}/${indicator.id}`, asText(indicator.attainment));
      expected.set(`indicator-expected:${indicator.commitment}/${indicator.id}`, asText(indicator.expected));
    }
    expect(expected.size).toBeGreaterThan(80);
    for (const [key, value] of expected) expect(figures.get(key), key).toBe(value);
    // A commitment's weight is an internal weighting: the public pages never show it.
    const texts = pageTexts(out);
    expect([...texts.keys()].some((page) => page.includes('commitments'))).toBe(true);
    for (const [page, text] of texts) expect(text, page).not.toMatch(/\bPoids\b/);
    // And the visible text agrees with the data: the home page shows each axis's progress rounded to a whole percent.
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    for (const axis of report.axes) {
      const cell = new RegExp(
        `data-figure="axis-progress" data-axis="${axis.id}" data-value="[^"]*" data-unknown="(\\d+)">([^<]*)<`,
      ).exec(home);
      expect(cell?.[1], axis.id).toBe(String(axis.unknown));
      expect(cell?.[2], axis.id).toBe(axis.progress === null ? '—' : `${Math.round(axis.progress)}\u202f%`);
    }
  });

  it('writes nothing with --dry-run and lists every file it would write', async () => {
    const out = join(dir, 'dry');
    const result = await runMain(
      ['site', '--dir', join(FIXTURES, 'site', 'roadmap'), '--as-of', AS_OF, '--out', out, '--dry-run'],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(false);
    const listed = result.stdout.trim().split('\n');
    expect(listed).toEqual(
      expect.arrayContaining(
        [
          join(out, 'index.html'),
          join(out, 'commitments', 'guichet-unique.html'),
          join(out, 'feed.xml'),
          join(out, '.roadmap-site'),
        ].map((path) => expect.stringContaining(path.slice(out.length))),
      ),
    );
    expect(result.stderr).toMatch(/simulation/);
  });

  it('rebuilds its own files, and refuses, with nothing written, a file it did not make or one edited since', async () => {
    const out = join(dir, 'owned');
    const args = ['site', '--dir', join(FIXTURES, 'site', 'roadmap'), '--as-of', AS_OF, '--out', out];
    expect((await runMain(args, { today: TODAY })).code).toBe(0);
    expect((await runMain(args, { today: TODAY })).code).toBe(0);
    const home = join(out, 'index.html');
    writeFileSync(home, `${readFileSync(home, 'utf8')}<!-- edited by hand -->`);
    const before = readFileSync(join(out, 'meetings.html'));
    const refused = await runMain(args, { today: TODAY });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/index\.html existe et n’a pas été créé par roadmap/);
    expect(readFileSync(home, 'utf8')).toMatch(/edited by hand/);
    expect(readFileSync(join(out, 'meetings.html'))).toEqual(before);

    const mine = join(dir, 'mine');
    await runMain(['site', '--dir', join(FIXTURES, 'site', 'roadmap'), '--as-of', AS_OF, '--out', mine], {
      today: TODAY,
    });
    writeFileSync(join(mine, '.roadmap-site'), 'my own notes\n');
    const noManifest = await runMain(
      ['site', '--dir', join(FIXTURES, 'site', 'roadmap'), '--as-of', AS_OF, '--out', mine],
      { today: TODAY },
    );
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toMatch(/\.roadmap-site existe et n’a pas été créé par roadmap/);
  });

  it('removes what the last run wrote and this one does not, unless it changed since, and never a file outside the folder', async () => {
    const out = join(dir, 'leftovers');
    const args = ['site', '--dir', join(FIXTURES, 'site', 'roadmap'), '--as-of', AS_OF, '--out', out];
    expect((await runMain(args, { today: TODAY })).code).toBe(0);
    // As if the last run had written a page for a commitment removed since, an old part of the index, and one edited by hand.
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
    writeFileSync(join(out, 'commitments', 'retire.html'), 'old page');
    mkdirSync(join(out, 'pagefind', 'part-9'), { recursive: true });
    writeFileSync(join(out, 'pagefind', 'part-9', 'pagefind-entry.json'), '{}');
    writeFileSync(join(out, 'commitments', 'edited.html'), 'edited since');
    writeFileSync(join(dir, 'outside.txt'), 'not the site');
    const manifest = readFileSync(join(out, '.roadmap-site'), 'utf8');
    writeFileSync(
      join(out, '.roadmap-site'),
      `${manifest}${sha('old page')}  commitments/retire.html\n${sha('{}')}  pagefind/part-9/pagefind-entry.json\n${sha('as written')}  commitments/edited.html\n${sha('not the site')}  ../outside.txt\n`,
    );
    expect((await runMain(args, { today: TODAY })).code).toBe(0);
    expect(existsSync(join(out, 'commitments', 'retire.html'))).toBe(false);
    expect(existsSync(join(out, 'pagefind', 'part-9'))).toBe(false);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readFileSync(join(out, 'commitments', 'edited.html'), 'utf8')).toBe('edited since');
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('not the site');
    expect(readFileSync(join(out, '.roadmap-site'), 'utf8')).not.toMatch(/retire|part-9|edited|outside/);
  });

  it("refuses, with nothing written, a file in the search index's folder that it did not make, and a folder another run is writing", async () => {
    const out = join(dir, 'planted');
    const args = ['site', '--dir', join(FIXTURES, 'site', 'roadmap'), '--as-of', AS_OF, '--out', out];
    expect((await runMain(args, { today: TODAY })).code).toBe(0);
    writeFileSync(join(out, 'pagefind', 'planted.js'), 'alert(1)');
    const before = readFileSync(join(out, 'index.html'));
    const refused = await runMain(args, { today: TODAY });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pagefind\/planted\.js existe et n’a pas été créé par roadmap/);
    expect(readFileSync(join(out, 'index.html'))).toEqual(before);
    rmSync(join(out, 'pagefind', 'planted.js'));

    writeFileSync(join(out, '.roadmap-write.lock'), `${process.pid}\n`);
    const busy = await runMain(args, { today: TODAY });
    expect(busy.code).toBe(2);
    expect(busy.stderr).toMatch(/Une autre commande roadmap écrit en ce moment dans .*planted/);
    expect(readFileSync(join(out, 'index.html'))).toEqual(before);
    rmSync(join(out, '.roadmap-write.lock'));
    expect((await runMain(args, { today: TODAY })).code).toBe(0);
    expect(existsSync(join(out, '.roadmap-write.lock'))).toBe(false);
  });

  it("refuses a --base-url that is not an http(s) address, in the convention's language (exit 2)", async () => {
    const result = await runMain(
      [
        'site',
        '--dir',
        join(FIXTURES, 'site', 'roadmap'),
        '--as-of',
        AS_OF,
        '--out',
        join(dir, 'bad'),
        '--base-url',
        'javascript:alert(1)',
      ],
      { today: TODAY },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--base-url attend une adresse http\(s\)/);
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  });

  it('with --base-url, pages carry a canonical link and the feed absolute ones; without, everything stays relative', async () => {
    const out = join(dir, 'based');
    expect(
      (
        await runMain(
          [
            'site',
            '--dir',
            join(FIXTURES, 'site', 'roadmap'),
            '--as-of',
            AS_OF,
            '--out',
            out,
            '--base-url',
            'https://grand-orly.gitlab.io/feuille',
          ],
          { today: TODAY },
        )
      ).code,
    ).toBe(0);
    expect(readFileSync(join(out, 'commitments', 'guichet-unique.html'), 'utf8')).toContain(
      '<link rel="canonical" href="https://grand-orly.gitlab.io/feuille/commitments/guichet-unique.html">',
    );
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain(
      'href="https://grand-orly.gitlab.io/feuille/commitments/guichet-unique.html"',
    );
    const relative = readFileSync(join(dir, 'owned', 'commitments', 'guichet-unique.html'), 'utf8');
    expect(relative).not.toMatch(/href="\//);
    expect(relative).toContain('href="../index.html"');
  });

  it('shows a postponement from the journal, the decision behind it, and the meeting that mentions the commitment', () => {
    const page = readFileSync(join(dir, 'owned', 'commitments', 'guichet-unique.html'), 'utf8');
    // The decision by its meeting and its number there, linked; never its id (d-2).
    expect(page).toMatch(
      /<td[^>]*>21 mars 2019<\/td><td[^>]*>31 décembre 2019<\/td><td[^>]*>30 juin 2030<\/td><td[^>]*><a href="\.\.\/meetings\/comite-2019-03-21\.html">décision du comité du 21 mars 2019<\/a><\/td>/,
    );
    expect(page).toMatch(/décision 1\u00a0: L’échéance du guichet unique est repoussée à 2030\./);
    expect(page).not.toContain('d-2');
  });

  it('writes English pages with --lang en', async () => {
    const out = join(dir, 'english');
    expect(
      (
        await runMain(
          ['site', '--dir', join(FIXTURES, 'site', 'roadmap'), '--as-of', AS_OF, '--out', out, '--lang', 'en'],
          { today: TODAY },
        )
      ).code,
    ).toBe(0);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="en">');
    expect(home).toContain('Edit this page');
    expect(home).toContain('25 November 2026');
    const texts = pageTexts(out);
    expect(texts.size).toBeGreaterThan(5);
    for (const [page, text] of texts) expect(text, page).not.toMatch(/\bWeight\b/);
  });
});

describe("the convention's logos", () => {
  const { dir, cleanup } = tempDir('site-logos-');
  afterAll(cleanup);
  const SITE = join(FIXTURES, 'site', 'roadmap');
  const PNG = readFileSync(join(SITE, 'assets', 'Logo CCI Été.png'));
  const SVG = readFileSync(join(SITE, 'assets', 'logo-ept.svg'));
  // The fixture's convention without its logos, and with the ones a case names instead.
  const [bare, logosBlock] = readFileSync(join(SITE, 'convention.yaml'), 'utf8').split('\n# Two logos');
  const withLogos = (logos: readonly string[]): string =>
    `${bare}\n${logos.length > 0 ? `logos:\n${logos.map((logo) => `  - ${JSON.stringify(logo)}\n`).join('')}` : ''}`;
  const site = async (roadmap: string, out: string) =>
    runMain(['site', '--dir', roadmap, '--as-of', AS_OF, '--out', out], { today: TODAY });
  const edit = async (roadmap: string, ...flags: string[]) =>
    runMain(['edit', 'convention', '--dir', roadmap, ...flags], { today: TODAY });
  /** Every file of a folder (path → bytes), its manifest included. */
  const filesOf = (folder: string): Map<string, Buffer> =>
    new Map(
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [
          join(entry.parentPath, entry.name).slice(folder.length + 1),
          readFileSync(join(entry.parentPath, entry.name)),
        ]),
    );

  it('the fixture names two logos', () => {
    expect(logosBlock).toMatch(/^[^\n]*\nlogos:\n {2}- assets\/logo-ept\.svg\n {2}- "assets\/Logo CCI Été\.png"\n$/);
  });

  it('writes each logo once under assets/logos/, shows it on every page, and removes it with the convention', async () => {
    const roadmap = roadmapFrom(join(dir, 'lifecycle'), {}, SITE);
    const out = join(dir, 'lifecycle', 'public');
    expect((await site(roadmap, out)).code).toBe(0);
    const logos = join(out, 'assets', 'logos');
    expect(readdirSync(logos).sort()).toEqual(['logo-cci-ete.png', 'logo-ept.svg']);
    expect(readFileSync(join(logos, 'logo-cci-ete.png'))).toEqual(PNG);
    const svg = readFileSync(join(logos, 'logo-ept.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 120 60"/);
    expect(svg).not.toMatch(/script|alert|onload|onclick|tracker/);
    const manifest = readFileSync(join(out, '.roadmap-site'), 'utf8');
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}assets\/logos\/logo-cci-ete\.png$/m);
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}assets\/logos\/logo-ept\.svg$/m);
    // Every page, relative to where it sits; the stylesheet sizes them.
    for (const [page, up] of [
      ['index.html', ''],
      ['meetings.html', ''],
      ['search.html', ''],
      [join('commitments', 'guichet-unique.html'), '../'],
      [join('partners', 'cci.html'), '../'],
    ] as const)
      expect(readFileSync(join(out, page), 'utf8'), page).toContain(
        `<div class="site-brand"><div class="site-logos"><img src="${up}assets/logos/logo-ept.svg" alt="Logo ept" width="120" height="60"><img src="${up}assets/logos/logo-cci-ete.png" alt="Logo CCI Été" width="48" height="24"></div>\n<p class="site-title">`,
      );
    expect(readFileSync(join(out, 'assets', 'site.css'), 'utf8')).toMatch(
      /\.site-logos img \{[^}]*height: 3\.5rem; width: auto;/,
    );

    // A rebuild replaces them as its own; a logo the convention drops goes with its file and its line.
    expect((await site(roadmap, out)).code).toBe(0);
    expect((await edit(roadmap, '--remove-logo', 'Logo CCI Été.png')).code).toBe(0);
    expect((await site(roadmap, out)).code).toBe(0);
    expect(readdirSync(logos)).toEqual(['logo-ept.svg']);
    expect(readFileSync(join(out, '.roadmap-site'), 'utf8')).not.toContain('logo-cci-ete');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('logo-cci-ete');

    // The last one dropped: no logo, no folder, and the site is what it is without logos.
    expect((await edit(roadmap, '--remove-logo', 'logo-ept.svg')).code).toBe(0);
    expect((await site(roadmap, out)).code).toBe(0);
    expect(existsSync(logos)).toBe(false);
    expect(readFileSync(join(out, 'assets', 'site.css'), 'utf8')).toBe(
      `/* generated by roadmap site */\n${SITE_STYLE}`,
    );
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).not.toMatch(/<img|site-brand|site-logos/);
    expect(home).toContain('\n<header class="site">\n<p class="site-title"><a href="index.html">');

    // Added back the documented way: `edit convention --add-logo` copies it into assets/, the site shows it.
    writeFileSync(join(dir, 'lifecycle', 'Logo Région.png'), PNG);
    expect((await edit(roadmap, '--add-logo', join(dir, 'lifecycle', 'Logo Région.png'))).code).toBe(0);
    expect((await site(roadmap, out)).code).toBe(0);
    expect(readdirSync(logos)).toEqual(['logo-region.png']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
      '<img src="assets/logos/logo-region.png" alt="Logo region" width="48" height="24">',
    );
  });

  it('refuses, with nothing written, a logo edited by hand since, and believes no manifest about other images', async () => {
    const roadmap = roadmapFrom(join(dir, 'owned'), {}, SITE);
    const out = join(dir, 'owned', 'public');
    expect((await site(roadmap, out)).code).toBe(0);
    const logo = join(out, 'assets', 'logos', 'logo-ept.svg');
    const written = readFileSync(logo);
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg"><!-- redrawn --></svg>');
    const before = readFileSync(join(out, 'index.html'));
    const refused = await site(roadmap, out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/logo-ept\.svg existe et n’a pas été créé par roadmap/);
    expect(readFileSync(logo, 'utf8')).toMatch(/redrawn/);
    expect(readFileSync(join(out, 'index.html'))).toEqual(before);
    rmSync(logo);

    // A forged manifest names images the site never writes, with their right hashes: they stay.
    const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
    for (const path of ['photo.png', 'assets/photo.png', 'assets/logos/Photo.PNG', 'assets/logos/sub/x.svg']) {
      mkdirSync(join(out, path, '..'), { recursive: true });
      writeFileSync(join(out, path), PNG);
    }
    writeFileSync(
      join(out, '.roadmap-site'),
      `${readFileSync(join(out, '.roadmap-site'), 'utf8')}${['photo.png', 'assets/photo.png', 'assets/logos/Photo.PNG', 'assets/logos/sub/x.svg'].map((path) => `${sha(PNG)}  ${path}\n`).join('')}`,
    );
    expect((await site(roadmap, out)).code).toBe(0);
    for (const path of ['photo.png', 'assets/photo.png', 'assets/logos/Photo.PNG', 'assets/logos/sub/x.svg'])
      expect(readFileSync(join(out, path)), path).toEqual(PNG);
    // And the logo removed by hand is written again.
    expect(readFileSync(logo)).toEqual(written);
  });

  it('hostile logos: markup, spaces and accents in a name, a script in an SVG; the names written are safe and unique', async () => {
    const names = [
      'assets/<img src=x onerror=alert(1)> Été.svg',
      'assets/Logo EPT.svg',
      'assets/logo-ept.svg',
      'assets/" onload="x.png',
      'assets/@@.png',
    ];
    const roadmap = roadmapFrom(
      join(dir, 'hostile'),
      {
        'convention.yaml': withLogos(names),
        assets: null,
        [names[0]!]: `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><image href="https://tracker.example/p.png"/><a href="javascript:alert(3)"><rect width="9" height="9"/></a><circle r="3" style="fill:url(https://tracker.example/f)"/></svg>`,
        [names[1]!]: SVG,
        [names[2]!]: SVG,
        [names[3]!]: PNG,
        [names[4]!]: PNG,
      },
      SITE,
    );
    const out = join(dir, 'hostile', 'public');
    const built = await site(roadmap, out);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(readdirSync(join(out, 'assets', 'logos')).sort()).toEqual([
      'img-src-x-onerror-alert-1-ete.svg',
      'logo-ept-2.svg',
      'logo-ept.svg',
      'onload-x.png',
      // A name of symbols only (`@@.png`) still gets a name of letters.
      'x.png',
    ]);
    for (const file of readdirSync(join(out, 'assets', 'logos')))
      expect(readFileSync(join(out, 'assets', 'logos', file), 'utf8')).not.toMatch(
        /script|alert|onload=|onclick|tracker|javascript/,
      );
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const header = home.slice(home.indexOf('<header'), home.indexOf('</header>'));
    expect(header).toContain(
      '<img src="assets/logos/img-src-x-onerror-alert-1-ete.svg" alt="Logo &lt;img src=x onerror=alert(1)&gt; Été" width="200" height="100">',
    );
    expect(header).toContain(
      '<img src="assets/logos/onload-x.png" alt="Logo &quot; onload=&quot;x" width="48" height="24">',
    );
    expect(header.match(/<img /g)).toHaveLength(5);
    expect(home).not.toMatch(/<img src=x|" onload="/);
  });

  it('a logo that is not what its extension says stops the site with nothing written; one the sanitiser cannot read is left out', async () => {
    const faux = roadmapFrom(
      join(dir, 'faux'),
      {
        'convention.yaml': withLogos(['assets/faux.png']),
        assets: null,
        'assets/faux.png': 'GIF89a<script>alert(1)</script>',
      },
      SITE,
    );
    const refused = await site(faux, join(dir, 'faux', 'public'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/logo\/format/);
    expect(existsSync(join(dir, 'faux', 'public'))).toBe(false);

    // An SVG whose tags do not close: valid for the rules, but not sanitised with certainty, so not shown;
    // the site is then byte for byte the one of the same roadmap without logos.
    const unreadable = roadmapFrom(
      join(dir, 'unreadable'),
      {
        'convention.yaml': withLogos(['assets/logo.svg']),
        assets: null,
        'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><g><rect width="1"/></svg>',
      },
      SITE,
    );
    const none = roadmapFrom(join(dir, 'none'), { 'convention.yaml': withLogos([]), assets: null }, SITE);
    expect((await site(unreadable, join(dir, 'unreadable', 'public'))).code).toBe(0);
    expect((await site(none, join(dir, 'none', 'public'))).code).toBe(0);
    const withUnreadable = filesOf(join(dir, 'unreadable', 'public'));
    expect([...withUnreadable.keys()].some((path) => path.includes('logos'))).toBe(false);
    expect(withUnreadable).toEqual(filesOf(join(dir, 'none', 'public')));
  });
});

describe('edit links', () => {
  it("follow GitHub's /edit/<branch>/<path> and GitLab's /-/edit/<branch>/<path>, main by default", () => {
    expect(editLink({ url: 'https://github.com/grand-orly/feuille-de-route.git' }, 'roadmap/commitments/x.md')).toEqual(
      { url: 'https://github.com/grand-orly/feuille-de-route/edit/main/roadmap/commitments/x.md', host: 'GitHub' },
    );
    expect(
      editLink({ url: 'https://gitlab.com/grand-orly/feuille-de-route/', branch: 'prod' }, 'commitments/x.md'),
    ).toEqual({ url: 'https://gitlab.com/grand-orly/feuille-de-route/-/edit/prod/commitments/x.md', host: 'GitLab' });
    expect(editLink({ url: 'javascript:alert(1)' }, 'x.md')).toBeUndefined();
    expect(editLink(undefined, 'x.md')).toBeUndefined();
  });
});

describe('buildSearchIndex', () => {
  const records = ['Guichet unique', 'Parcours créateur', 'Zones d’activité'].map((title, index) => ({
    path: `commitments/c${index}.html`,
    title,
    content: `${title} : description ${index}`,
  }));

  it('hands every file to the writer, the parts after the first trimmed to what a merged index reads', async () => {
    const files: string[] = [];
    const index = await buildSearchIndex(records, 'fr', {
      partChars: 1,
      write: (file, content) => {
        expect(content.length).toBeGreaterThan(0);
        files.push(file);
      },
    });
    expect(index?.extraBundles).toEqual(['part-2/', 'part-3/']);
    expect(index?.files).toEqual(files);
    expect(files).toContain('pagefind.js');
    expect(
      files
        .filter((file) => file.startsWith('part-3/'))
        .every((file) => /^part-3\/(pagefind-entry\.json|[^/]+\.pf_meta|(index|fragment|filter)\/)/.test(file)),
    ).toBe(true);
    expect(files.some((file) => file.startsWith('part-3/fragment/'))).toBe(true);
  });

  it('throws a refused write again rather than taking it for Pagefind failing, and stops when told to', async () => {
    const refusal = new Error('refused: pagefind.js');
    await expect(
      buildSearchIndex(records, 'fr', {
        write: (file) => {
          if (file === 'pagefind.js') throw refusal;
        },
      }),
    ).rejects.toBe(refusal);
    const stop = new AbortController();
    stop.abort();
    const written: string[] = [];
    expect(
      await buildSearchIndex(records, 'fr', { signal: stop.signal, write: (file) => void written.push(file) }),
    ).toBeUndefined();
    expect(written).toEqual([]);
  });
});

describe('safeWrite with chunks', () => {
  it('writes the pieces one after the other, pulled lazily, and the file holds exactly their concatenation', () => {
    const { dir, cleanup } = tempDir('chunks-');
    try {
      const pulled: number[] = [];
      const pieces = (function* () {
        for (let index = 0; index < 3; index++) {
          pulled.push(index);
          yield Buffer.from(`part ${index} — é\n`);
        }
      })();
      expect(pulled).toEqual([]);
      expect(safeWrite({ root: dir, rel: 'a/b.txt', bytes: pieces, mode: { kind: 'create' } })).toEqual({ ok: true });
      expect(pulled).toEqual([0, 1, 2]);
      expect(readFileSync(join(dir, 'a', 'b.txt'), 'utf8')).toBe('part 0 — é\npart 1 — é\npart 2 — é\n');
    } finally {
      cleanup();
    }
  });

  it('encodes text through a small reused buffer without splitting a character, and hashes exactly the bytes written', () => {
    const { dir, cleanup } = tempDir('pieces-');
    try {
      // A 4-byte emoji straddles every 7-byte boundary; a Uint8Array passes through as it is.
      const text = `${'é😀'.repeat(50)}\n`;
      const chunks = ['<p>', text, Buffer.from('<b>bytes</b>'), '', text, '</p>'];
      const hash = createHash('sha256');
      expect(
        safeWrite({
          root: dir,
          rel: 'page.html',
          bytes: encodedPieces(chunks, new Uint8Array(7), hash),
          mode: { kind: 'create' },
        }),
      ).toEqual({ ok: true });
      const written = readFileSync(join(dir, 'page.html'));
      expect(written.toString('utf8')).toBe(`<p>${text}<b>bytes</b>${text}</p>`);
      expect(hash.digest('hex')).toBe(createHash('sha256').update(written).digest('hex'));
    } finally {
      cleanup();
    }
  });
});
