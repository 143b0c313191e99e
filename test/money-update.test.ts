/**
 * `update --cost/--funder/--committed/--paid --ref` and `new commitment --cost --funder`: the
 * file edited in place with comments kept, a journal entry in words, amounts that read back to
 * the same cents, and every wrong flag refused with exit 2 before anything is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function moneyRoadmap(): string {
  const { dir, cleanup } = tempDir('money-update-');
  cleanups.push(cleanup);
  return roadmapFrom(dir, {}, join(FIXTURES, 'money', 'roadmap'));
}

const read = (root: string, id: string) => readFileSync(join(root, 'commitments', `${id}.md`), 'utf8');

describe('update with money flags', () => {
  it('records an amount committed, with its reference, and says it in words', async () => {
    const root = moneyRoadmap();
    const run = await runMain(
      [
        'update',
        'pepiniere',
        '--dir',
        root,
        '--committed',
        'region=15000',
        '--ref',
        'délibération 2026-045',
        '--on',
        '2026-04-02',
      ],
      { today: TODAY },
    );
    assertNoCrash(run);
    expect(run.code).toBe(0);
    const text = read(root, 'pepiniere');
    expect(text).toContain('        - { date: 2026-04-02, amount: 15000, ref: délibération 2026-045 }');
    expect(text).toContain('text: "Engagement de la Région : 15\u202f000\u202f€ (délibération 2026-045)"');
    const report = await runMain(
      ['report', '--dir', root, '--by', 'funding', '--format', 'json', '--as-of', '2026-04-02'],
      { today: TODAY },
    );
    const funding = JSON.parse(report.stdout).funding as { funders: { partner: string; committed: number }[] };
    expect(funding.funders.find((funder) => funder.partner === 'region')!.committed).toBe(30000);
  });

  it("sets the cost and a new funder's share, in English, and a payment in cents", async () => {
    const root = moneyRoadmap();
    const run = await runMain(
      [
        'update',
        'pepiniere',
        '--dir',
        root,
        '--cost',
        '35000',
        '--funder',
        'cci=5000.5',
        '--on',
        '2026-04-02',
        '--lang',
        'en',
      ],
      { today: TODAY },
    );
    expect(run.code).toBe(0);
    expect(read(root, 'pepiniere')).toContain(
      'text: "Planned cost changed from €30,000 to €35,000; Planned share of CCI: €5,000.50"',
    );
    const paid = await runMain(['update', 'pepiniere', '--dir', root, '--paid', 'cci=0,10', '--on', '2026-04-03'], {
      today: TODAY,
    });
    expect(paid.code).toBe(0);
    const text = read(root, 'pepiniere');
    expect(text).toMatch(
      /- partner: cci\n {6}planned: 5000\.5\n {6}paid:\n {8}- date: 2026-04-03\n {10}amount: 0\.1\n/,
    );
    expect(text).toContain('Paiement de la CCI : 0,10\u202f€');
  });

  it('prints the change and writes nothing with --dry-run', async () => {
    const root = moneyRoadmap();
    const before = read(root, 'guichet');
    const run = await runMain(['update', 'guichet', '--dir', root, '--paid', 'ept=100', '--dry-run'], { today: TODAY });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+        - { date: 2026-11-25, amount: 100 }');
    expect(read(root, 'guichet')).toBe(before);
  });

  it.each([
    [['--committed', 'bpi=10'], /« bpi » ne finance pas « pepiniere »/],
    [['--committed', 'regio=10'], /aucun partenaire « regio » dans partners\/ ; vouliez-vous dire « region » \?/],
    [['--paid', 'region=12.345'], /« 12.345 » n’est pas un montant/],
    [['--paid', 'region=-3'], /« -3 » n’est pas un montant/],
    [['--paid', 'region=1e3'], /« 1e3 » n’est pas un montant/],
    [['--paid', 'region=1000000000000'], /dépasse mille milliards/],
    [['--paid', 'region'], /--paid attend <partenaire>=<montant>/],
    [['--cost', '30000'], /déjà 30\u202f000\u202f€/],
    [['--ref', 'délibération'], /--ref accompagne --committed ou --paid/],
    [['--committed', 'region=10', '--on', '2026-11-26'], /--on/],
  ])('refuses %j with exit 2 and writes nothing', async (flags, message) => {
    const root = moneyRoadmap();
    const before = read(root, 'pepiniere');
    const run = await runMain(['update', 'pepiniere', '--dir', root, ...flags], { today: TODAY });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(read(root, 'pepiniere')).toBe(before);
  });
});

describe('new commitment with a financing plan', () => {
  it("writes the cost and each funder's planned share", async () => {
    const root = moneyRoadmap();
    const run = await runMain(
      [
        'new',
        'commitment',
        '--dir',
        root,
        '--title',
        'Salon des créateurs',
        '--axis',
        'createurs',
        '--lead',
        'cci',
        '--cost',
        '60000',
        '--funder',
        'cci=30000',
        '--funder',
        'ept=25000.50',
      ],
      { today: TODAY },
    );
    expect(run.code).toBe(0);
    expect(read(root, 'salon-des-createurs')).toContain(
      'budget:\n  cost: 60000\n  funders:\n    - partner: cci\n      planned: 30000\n    - partner: ept\n      planned: 25000.5\n---',
    );
    const validate = await runMain(['validate', '--dir', root], { today: TODAY });
    expect(validate.code).toBe(0);
  });
});
