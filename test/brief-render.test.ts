/** The brief's building blocks on their own: markdown rendering, typography, charts. */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../src/i18n/formatNumber.js';
import { markdownToHtml } from '../src/render/document/markdownToHtml.js';
import { typeset } from '../src/render/document/typeset.js';
import { progressBars } from '../src/render/svg/progressBars.js';
import { statusBreakdown } from '../src/render/svg/statusBreakdown.js';
import { trendLine } from '../src/render/svg/trendLine.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe>';

describe('markdownToHtml', () => {
  it('shows raw HTML as text', () => {
    const html = markdownToHtml(`Avant ${HOSTILE} après`, 'en', 2);
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe src=&quot;https://evil.example&quot;&gt;');
  });

  it('keeps only http(s) and mailto links', () => {
    const html = markdownToHtml(
      '[a](javascript:alert(1)) [b](https://x.fr/p?q=1) [c](JaVaScRiPt:x) [d](data:text/html,x) [e](mailto:a@b.fr) [f](../commitments/x.md) [g](vbscript:x) <javascript:alert(3)>',
      'en',
      2,
    );
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toContain('<a href="https://x.fr/p?q=1" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="mailto:a@b.fr" rel="noopener noreferrer">e</a>');
    expect(html).not.toMatch(/href="(javascript|data|vbscript|\.\.)/i);
  });

  it('loads no image: an image becomes a link or text', () => {
    const html = markdownToHtml('![logo](https://evil.example/x.png) ![x](javascript:y)', 'en', 2);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript/);
    expect(html).toContain('![x](javascript:y)');
  });

  it('moves headings under the quoting heading, never skipping a level', () => {
    expect(markdownToHtml('# Un\n\n## Deux\n\n###### Six\n\n# Sept', 'en', 2)).toBe(
      '<h3>Un</h3>\n<h4>Deux</h4>\n<h5>Six</h5>\n<h3>Sept</h3>\n',
    );
    expect(markdownToHtml('### Trois\n\n##### Cinq', 'en', 3)).toBe('<h4>Trois</h4>\n<h5>Cinq</h5>\n');
  });

  it('sets French spacing in text but not in code', () => {
    expect(markdownToHtml('Objectif : 3 ! `a :b`', 'fr', 2)).toBe(
      '<p>Objectif\u00a0: 3\u202f! <code>a :b</code></p>\n',
    );
  });
});

describe('typeset', () => {
  it('binds French punctuation to the word before it', () => {
    expect(typeset('Axe 9 : « numérique » ; vraiment ? oui !', 'fr')).toBe(
      'Axe 9\u00a0: «\u00a0numérique\u00a0»\u202f; vraiment\u202f? oui\u202f!',
    );
  });
  it('leaves URLs and English alone', () => {
    expect(typeset('https://x.fr/?a=1', 'fr')).toBe('https://x.fr/?a=1');
    expect(typeset('Axis 9 : x', 'en')).toBe('Axis 9 : x');
  });
});

describe('charts', () => {
  it('escapes labels and draws a bar per row, proportional to the figure', () => {
    const svg = progressBars(
      [
        { label: HOSTILE, percent: 50, valueText: '50 %', tone: 'green' },
        { label: 'Vide', percent: null, valueText: '—', tone: 'amber' },
      ],
      'Avancement <par> axe',
    );
    expect(svg).not.toMatch(/<script|<img|<iframe/);
    expect(svg).toContain('<title>Avancement &lt;par&gt; axe</title>');
    // A 420-wide track: 50 % fills 210.
    expect(svg).toContain('width="210" height="10"');
    expect(svg.match(/<rect /g)).toHaveLength(3);
  });

  it('stacks statuses in proportion and prints their counts', () => {
    const svg = statusBreakdown(
      [
        { status: 'done', label: 'Réalisé', count: 1 },
        { status: 'in_progress', label: 'En cours', count: 3 },
        { status: 'blocked', label: 'Bloqué', count: 0 },
      ],
      'Statuts',
    );
    // 420 wide: 1 of 4 is 105, 3 of 4 is 315, starting at 105.
    expect(svg).toContain('<rect x="0" y="4" width="105"');
    expect(svg).toContain('<rect x="105" y="4" width="315"');
    expect(svg).toContain('Bloqué (0)');
  });

  it('draws measures, the planned path and the target', () => {
    const svg = trendLine({
      title: '<b>Créations</b>',
      baseline: { date: '2018-01-01', value: 100 },
      target: { date: '2020-12-31', value: 300 },
      series: [{ date: '2019-06-30', value: 180 }],
      formatValue: (value) => `#${value}`,
      words: { target: 'cible', baseline: 'référence' },
    });
    expect(svg).toContain('<title>&lt;b&gt;Créations&lt;/b&gt;</title>');
    expect(svg).toContain('#300');
    expect(svg).toContain('#180');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    for (const year of ['2018', '2019', '2020']) expect(svg).toContain(`>${year}</text>`);
  });
});

describe('numbers', () => {
  it('groups thousands and rounds half away from zero', () => {
    expect(formatNumber(2560, 'fr')).toBe('2\u202f560');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(-0.125, 'fr')).toBe('−0,13');
    expect(formatPercent(44.5, 'fr')).toBe('45\u202f%');
    expect(formatPercent(-2.5, 'en')).toBe('−3%');
    expect(formatPercent(0.4, 'en')).toBe('0%');
  });
});
