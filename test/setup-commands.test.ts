/**
 * The set-up commands one by one (issue 24): `edit convention|partner|axis|
 * meeting`, `remove`, `rename`, `guide`, the new flags of `update` and
 * `meeting record`, and what `init` now writes. Each: the file written as a
 * person would (comments, key order, quoting), --dry-run writing nothing, a
 * wrong value refused with exit 2 and the file untouched.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { milestoneFigures } from '../src/derive/milestoneFigures.js';
import type { Commitment } from '../src/model/types.js';
import { easterSunday, isFrenchWorkingDay, nextFrenchWorkingDay } from '../src/util/frenchHolidays.js';
import { assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';

let dir: string;
let cleanup: () => void;
let root: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('setup-commands-'));
  root = roadmapFrom(dir);
});
afterEach(() => cleanup());

async function run(argv: string[], options: { lang?: string; today?: string } = {}) {
  const result = await runMain([...argv, '--dir', root, ...(options.lang ? ['--lang', options.lang] : [])], {
    today: options.today ?? TODAY,
    cwd: dir,
  });
  assertNoCrash(result);
  return result;
}

function read(rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}

async function validate(): Promise<string[]> {
  const result = await runMain(['validate', '--format', 'json', '--dir', root], { today: TODAY, cwd: dir });
  return (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string; line: number }[] }).diagnostics.map(
    (d) => `${d.file}:${d.line} ${d.rule}`,
  );
}

describe('edit partner', () => {
  it('changes reference data in place: quoted text, keys where the schema puts them, comments kept', async () => {
    writeFileSync(join(root, 'partners', 'cci.yaml'), `# La CCI : gardez ce commentaire\n${read('partners/cci.yaml')}`);
    const result = await run([
      'edit',
      'partner',
      'cci',
      '--name',
      'CCI : Essonne # 91',
      '--joined-on',
      '2018-06-25',
      '--left-on',
      '2026-10-01',
      '--representative',
      'Jeanne Martin, Présidente',
      '--salutation',
      'Madame la Présidente',
      '--add-contact',
      'Léa Morel <lea@cci.example>, Chargée : relations',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(read('partners/cci.yaml')).toBe(
      [
        '# La CCI : gardez ce commentaire',
        'id: cci',
        'name: "CCI : Essonne # 91"',
        'short_name: CCI',
        'kind: cci',
        'role: signatory',
        'joined_on: 2018-06-25',
        'left_on: 2026-10-01',
        'representative:',
        '  name: "Jeanne Martin"',
        '  title: "Présidente"',
        '  salutation: "Madame la Présidente"',
        'maintainers: ["@test/cci"]',
        'contacts:',
        '  - name: "Léa Morel"',
        '    email: "lea@cci.example"',
        '    role: "Chargée : relations"',
        '',
      ].join('\n'),
    );
    const removed = await run([
      'edit',
      'partner',
      'cci',
      '--remove-contact',
      'LEA@cci.example',
      '--representative',
      '',
    ]);
    expect(removed.code).toBe(0);
    expect(read('partners/cci.yaml')).not.toMatch(/contacts|representative/);
  });

  it('refuses a wrong value with one line, exit 2, the file untouched; --dry-run prints the diff only', async () => {
    const before = read('partners/cci.yaml');
    for (const [argv, message] of [
      [['--role', 'signataire'], /--role doit valoir signatory \| member \| witness \| observer/],
      [['--joined-on', '2026-02-30'], /--joined-on : « 2026-02-30 » n’est pas une date valide/],
      [['--remove-contact', 'nobody@x.fr'], /« cci » n’a pas de contact « nobody@x\.fr »/],
      [['--salutation', 'Madame'], /« cci » n’a pas de représentant : donnez --representative avec --salutation/],
      [[], /Rien à modifier : roadmap edit partner --help/],
    ] as const) {
      const result = await run(['edit', 'partner', 'cci', ...argv]);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const dry = await run(['edit', 'partner', 'cci', '--territory', 'Essonne', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+territory: "Essonne"');
    expect(read('partners/cci.yaml')).toBe(before);
  });

  it('speaks English with --lang en', async () => {
    const result = await run(['edit', 'partner', 'ccci', '--name', 'x'], { lang: 'en' });
    expect(result.stderr).toBe('roadmap: Not found: partner "ccci" (did you mean "cci"?). Nothing was written.\n');
  });
});

describe('edit convention', () => {
  it('sets the committee, repository, secretariat, tolerance and currency, and copies a logo into assets/', async () => {
    writeFileSync(join(dir, 'Logo EPT.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const result = await run([
      'edit',
      'convention',
      '--chair',
      'cci',
      '--cadence',
      '6',
      '--repository',
      'https://git.example/orly',
      '--branch',
      'trunk',
      '--secretariat',
      'Secrétariat du comité secretariat@ept.example',
      '--secretariat-city',
      'Vitry-sur-Seine',
      '--tolerance',
      '12,5',
      '--currency',
      'xpf',
      '--add-logo',
      join(dir, 'Logo EPT.svg'),
    ]);
    expect(result.stderr).toBe('');
    const text = read('convention.yaml');
    expect(text).toMatch(/committee:\n {2}name: .*\n {2}chair: cci\n {2}cadence_months: 6\n/);
    expect(text).toContain('repository:\n  url: "https://git.example/orly"\n  branch: trunk\n');
    expect(text).toContain(
      'secretariat:\n  name: "Secrétariat du comité"\n  email: "secretariat@ept.example"\n  city: "Vitry-sur-Seine"\n',
    );
    expect(text).toContain('logos:\n  - "assets/logo-ept.svg"\ncurrency: XPF\nhealth:\n  tolerance: 12.5\n');
    expect(read('assets/logo-ept.svg')).toContain('<svg');
    const removed = await run(['edit', 'convention', '--remove-logo', 'logo-ept.svg', '--secretariat', '']);
    expect(removed.code).toBe(0);
    expect(read('convention.yaml')).not.toMatch(/logos|secretariat/);
  });

  it('refuses a mistyped chair with the nearest id', async () => {
    const result = await run(['edit', 'convention', '--chair', 'eptt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/« eptt ».*« ept »/);
  });
});

describe('edit axis and edit meeting', () => {
  it('replaces an axis description and its leads', async () => {
    const result = await run([
      'edit',
      'axis',
      'createurs',
      '--leads',
      'cci,ept',
      '--description',
      'Nouvelle description :\n\n- un ;\n- deux.',
    ]);
    expect(result.code).toBe(0);
    expect(read('axes/createurs.md')).toMatch(
      /leads: \[cci, ept\]\n---\n\nNouvelle description :\n\n- un ;\n- deux\.\n$/,
    );
  });

  it('builds, reorders and prunes the agenda, linked to axes and commitments; adds and removes guests', async () => {
    const added = await run([
      'edit',
      'meeting',
      'comite-2018-11-15',
      '--add-agenda',
      'Créateurs : point d’étape',
      '--agenda-axis',
      'createurs',
      '--agenda-commitments',
      'guichet-unique',
      '--add-agenda',
      '- Questions diverses',
      '--add-guest',
      'Sophie Bernard, Direccte Île-de-France',
      '--add-guest',
      'Paul Roux',
    ]);
    expect(added.stderr).toBe('');
    const moved = await run([
      'edit',
      'meeting',
      'comite-2018-11-15',
      '--remove-agenda',
      '1',
      '--move-agenda',
      '2:1',
      '--remove-guest',
      'paul roux',
    ]);
    expect(moved.stderr).toBe('');
    const text = read('meetings/comite-2018-11-15.md');
    expect(text).toContain(
      [
        'agenda:',
        '  - title: "- Questions diverses"',
        '  - title: "Créateurs : point d’étape"',
        '    axis: createurs',
        '    commitments: [guichet-unique]',
      ].join('\n'),
    );
    expect(text).toContain('guests:\n  - name: "Sophie Bernard"\n    organisation: "Direccte Île-de-France"\n');
    expect(text).not.toContain('Paul Roux');
    const stray = await run([
      'edit',
      'meeting',
      'comite-2018-11-15',
      '--agenda-axis',
      'createurs',
      '--add-agenda',
      'x',
    ]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/--agenda-axis se place après l’--add-agenda qu’il complète/);
  });
});

describe('remove', () => {
  it('refuses while anything refers to the entity, listing each reference at file:line', async () => {
    const result = await run(['remove', 'partner', 'cci']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        '« cci » (partenaire) est encore cité (2) : rien n’a été supprimé. Modifiez ou renommez d’abord ces références :',
        '  roadmap/commitments/guichet-unique.md:5:7  lead',
        '  roadmap/meetings/comite-2018-11-15.md:10:16  attendees.1.partner',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(root, 'partners', 'cci.yaml'))).toBe(true);
  });

  it('deletes an entity nothing refers to; --dry-run only says so', async () => {
    await run(['new', 'axis', '--title', 'Un axe de trop', '--short-title', 'De trop']);
    const dry = await run(['remove', 'axis', 'de-trop', '--dry-run']);
    expect(dry.stdout).toBe('Serait supprimé : roadmap/axes/de-trop.md\n');
    expect(existsSync(join(root, 'axes', 'de-trop.md'))).toBe(true);
    const done = await run(['remove', 'axis', 'de-trop']);
    expect(done.code).toBe(0);
    expect(existsSync(join(root, 'axes', 'de-trop.md'))).toBe(false);
  });
});

describe('rename', () => {
  it('renames the file and every reference in one batch, comments kept, the generated CODEOWNERS and guide with them', async () => {
    expect(spawnSync('git', ['init', '-q', dir]).status).toBe(0);
    const owners = await runMain(['owners', '--write', '--dir', root], { today: TODAY, cwd: dir });
    expect(owners.code).toBe(0);
    const guide = await runMain(['guide', '--write', '--dir', root], { today: TODAY, cwd: dir });
    expect(guide.stdout).toBe('Écrit : docs/guide-partenaire.md\n');
    writeFileSync(
      join(root, 'commitments', 'guichet-unique.md'),
      read('commitments/guichet-unique.md').replace('lead: cci', 'lead: cci # la chambre'),
    );
    const dry = await run(['rename', 'partner', 'cci', 'cci-essonne', '--dry-run']);
    expect(dry.stdout).toContain('-lead: cci # la chambre\n+lead: cci-essonne # la chambre');
    expect(existsSync(join(root, 'partners', 'cci-essonne.yaml'))).toBe(false);
    const result = await run(['rename', 'partner', 'cci', 'cci-essonne']);
    expect(result.code).toBe(0);
    expect(existsSync(join(root, 'partners', 'cci.yaml'))).toBe(false);
    expect(read('partners/cci-essonne.yaml')).toMatch(/^id: cci-essonne\n/);
    expect(read('commitments/guichet-unique.md')).toContain('lead: cci-essonne # la chambre\n');
    expect(read('meetings/comite-2018-11-15.md')).toContain('  - { partner: ept, present: true }\n');
    expect(readFileSync(join(dir, '.github', 'CODEOWNERS'), 'utf8')).toContain(
      '/roadmap/partners/cci-essonne.yaml @test/cci',
    );
    expect(readFileSync(join(dir, 'docs', 'guide-partenaire.md'), 'utf8')).toContain('`cci-essonne`');
    expect(await validate()).toEqual([]);
  });

  it('refuses a taken id or one that is no id, writing nothing', async () => {
    for (const [target, message] of [
      ['ept', /L’identifiant « ept » est déjà pris/],
      ['CCI Essonne', /n’est pas un identifiant valide .* essayez « cci-essonne »/],
    ] as const) {
      const result = await run(['rename', 'partner', 'cci', target]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(existsSync(join(root, 'partners', 'cci.yaml'))).toBe(true);
  });

  it('plans the deletion with the writes: an old file it may not delete stops it before any write', async () => {
    const before = read('commitments/guichet-unique.md');
    chmodSync(join(root, 'partners', 'cci.yaml'), 0o444);
    const result = await run(['rename', 'partner', 'cci', 'cci-essonne']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: roadmap\/partners\/cci\.yaml est en lecture seule\. Rien n’a été écrit/);
    expect(existsSync(join(root, 'partners', 'cci-essonne.yaml'))).toBe(false);
    expect(read('commitments/guichet-unique.md')).toBe(before);
    chmodSync(join(root, 'partners', 'cci.yaml'), 0o644);
    const done = await run(['rename', 'partner', 'cci', 'cci-essonne']);
    expect(done.stdout).toMatch(
      /^Écrit : roadmap\/partners\/cci-essonne\.yaml\n[\s\S]*Supprimé : roadmap\/partners\/cci\.yaml\n$/,
    );
  });
});

describe('guide and guide/out-of-date', () => {
  it('prints the guide; validate warns once the committed guide no longer matches the data', async () => {
    mkdirSync(join(dir, '.git'));
    const printed = await run(['guide']);
    expect(printed.stdout).toContain('| `cci` |');
    await run(['guide', '--write']);
    expect(await validate()).toEqual([]);
    writeFileSync(
      join(root, 'partners', 'ept.yaml'),
      read('partners/ept.yaml').replace('name: Établissement public territorial', 'name: EPT Grand-Orly'),
    );
    expect(await validate()).toEqual(['roadmap/convention.yaml:2 guide/out-of-date']);
    const again = await run(['guide', '--write']);
    expect(again.code).toBe(0);
    expect(await validate()).toEqual([]);
  });
});

describe('update: milestones and indicators', () => {
  it('adds milestones and an indicator, re-dates a milestone with the decision behind it', async () => {
    const added = await run([
      'update',
      'guichet-unique',
      '--add-milestone',
      'Phase 2 : déploiement@2027-06-30',
      '--add-indicator',
      'emplois',
      '--label',
      'Emplois créés : total',
      '--unit',
      'emplois',
      '--baseline',
      '0@2018-09-01',
      '--target',
      '150@2030-12-31',
      '--on',
      '2019-01-10',
    ]);
    expect(added.stderr).toBe('');
    const moved = await run([
      'update',
      'guichet-unique',
      '--milestone-due',
      'phase 2 : déploiement=2027-12-31',
      '--decision',
      'd-1',
      '--on',
      '2019-01-10',
    ]);
    expect(moved.stderr).toBe('');
    const text = read('commitments/guichet-unique.md');
    expect(text).toContain('  - title: "Phase 2 : déploiement"\n    due: 2027-12-31\n');
    expect(text).toContain(
      '  - id: emplois\n    label: "Emplois créés : total"\n    unit: emplois\n    baseline:\n      value: 0\n      date: 2018-09-01\n',
    );
    expect(text).toMatch(
      /- date: 2019-01-10\n {4}text: "Jalon « Phase 2 : déploiement » reporté du 30 juin 2027 au 31 décembre 2027"\n {4}due: 2027-12-31\n {4}previous_due: 2027-06-30\n {4}decision: d-1\n {4}milestone: 3\n/,
    );
    expect(await validate()).toEqual([]);
    const both = await run(['update', 'guichet-unique', '--due', '2032-01-01', '--milestone-due', '2=2028-01-31']);
    expect(both.code).toBe(2);
  });

  it('judges a re-dated milestone by the date in force on each day', () => {
    const commitment = {
      id: 'c',
      title: 'C',
      axis: 'a',
      lead: 'p',
      status: 'in_progress',
      milestones: [{ title: 'Lancement', due: '2027-03-31' }],
      updates: [{ date: '2027-01-10', text: 'Reporté', due: '2027-03-31', previous_due: '2026-12-31', milestone: 1 }],
      due: '2028-12-31',
    } as Commitment;
    expect(milestoneFigures(commitment, 'in_progress', '2027-01-05')[0]).toMatchObject({
      due: '2026-12-31',
      late: true,
    });
    expect(milestoneFigures(commitment, 'in_progress', '2027-02-01')[0]).toMatchObject({
      due: '2027-03-31',
      late: false,
    });
  });
});

describe('meeting record: people, guests, signatories, approved minutes, minutes', () => {
  it('records who represented each partner and who attended', async () => {
    await run(['edit', 'meeting', 'comite-2018-11-15', '--add-guest', 'Sophie Bernard, Direccte']);
    writeFileSync(join(dir, 'pv.md'), '# Relevé\n\nLe comité : tout est adopté.\n');
    const result = await run([
      'meeting',
      'record',
      'comite-2018-11-15',
      '--people',
      'ept=Michel Leprêtre, Anne Roux',
      '--guest-present',
      'Sophie Bernard',
      '--chaired-by',
      'Michel Leprêtre',
      '--secretary',
      'Marie Dupont',
      '--minutes',
      join(dir, 'pv.md'),
    ]);
    expect(result.stderr).toBe('');
    const text = read('meetings/comite-2018-11-15.md');
    expect(text).toContain('chair: ept\nchaired_by: "Michel Leprêtre"\nsecretary: "Marie Dupont"\nattendees:\n');
    expect(text).toMatch(/partner: ept, people: \[ ?"Michel Leprêtre", "Anne Roux" ?\], present: true/);
    expect(text).toContain('present: true');
    expect(text.endsWith('---\n\n# Relevé\n\nLe comité : tout est adopté.\n')).toBe(true);
    const approve = await run(['meeting', 'record', 'comite-2018-11-15', '--approve-minutes', 'comite-2018-11-15']);
    expect(approve.code).toBe(2);
    expect(approve.stderr).toMatch(/« comite-2018-11-15 » n’est pas une réunion tenue avant le 15 novembre 2018/);
  });
});

describe('init', () => {
  it('ignores what commands write, records the signature held, plans the first committee on a working day', async () => {
    const target = join(dir, 'nouveau');
    const result = await runMain(['init', target, '--signed-on', '2026-11-20'], { today: '2026-12-26', cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(target, '.gitignore'), 'utf8')).toMatch(
      /^briefs\/$[\s\S]*^public\/$[\s\S]*^\*\.ics$[\s\S]*^\*\.eml$/m,
    );
    const signature = readFileSync(join(target, 'roadmap', 'meetings', 'signature-2026-11-20.md'), 'utf8');
    expect(signature).toMatch(/kind: signature\ntitle: Signature de la convention\nstatus: held\n/);
    // 2026-12-26 + 90 days is Thursday 26 March 2027, a working day.
    expect(existsSync(join(target, 'roadmap', 'meetings', 'comite-de-pilotage-2027-03-26.md'))).toBe(true);
  });

  it('keeps a .gitignore the folder already has', async () => {
    const target = join(dir, 'existant');
    mkdirSync(target);
    writeFileSync(join(target, '.gitignore'), 'node_modules/\n');
    const result = await runMain(['init', target], { today: TODAY, cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(target, '.gitignore'), 'utf8')).toBe('node_modules/\n');
  });

  it('knows the French public holidays, Easter-based ones included', () => {
    expect([2024, 2025, 2026, 2027].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
    ]);
    expect(
      ['2027-03-29', '2027-05-06', '2027-05-17', '2026-07-14', '2026-11-11', '2026-12-25'].map(isFrenchWorkingDay),
    ).toEqual([false, false, false, false, false, false]);
    expect(nextFrenchWorkingDay('2027-05-08')).toBe('2027-05-10');
    expect(nextFrenchWorkingDay('2026-12-24')).toBe('2026-12-24');
    expect(nextFrenchWorkingDay('2026-12-25')).toBe('2026-12-28');
  });
});

describe('help', () => {
  it('lists the edit sub-commands and their flags in French and English', async () => {
    const fr = await runMain(['edit', '--help', '--lang', 'fr'], {});
    expect(fr.stdout).toMatch(
      /convention \[options\][\s\S]*partner \[options\] <id>[\s\S]*axis \[options\] <id>[\s\S]*meeting \[options\] <id>/,
    );
    const en = await runMain(['edit', 'meeting', '--help', '--lang', 'en'], {});
    expect(en.stdout).toContain('--move-agenda <n:m>');
    expect(en.stdout).toContain('move agenda item n to position m');
    const record = await runMain(['meeting', 'record', '--help', '--lang', 'fr'], {});
    expect(record.stdout).toContain('qui représentait ce partenaire');
  });
});
