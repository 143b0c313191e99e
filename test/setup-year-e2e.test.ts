/**
 * A secretariat's whole first year with commands only (issue 24): `init`, the
 * example files replaced, four partners, five axes, twelve commitments with
 * milestones and indicators, three committees with agendas, guests, people,
 * decisions, actions and minutes, actions closed, a commitment and a
 * milestone postponed by committee decisions, a partner joining and one
 * leaving, a contact changed, a partner id renamed. After every step
 * `validate --strict` passes (only `meeting/past-planned` is tolerated,
 * between a meeting's day and its recording), and the comments `init` wrote
 * are still in every file that had one. Nothing here writes a roadmap file by
 * hand; the only files written directly are the minutes' prose (markdown the
 * secretariat writes) and the logo image.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertNoCrash, runMain, tempDir } from './helpers/cli.js';

const { dir, cleanup } = tempDir('setup-year-');
afterAll(() => cleanup());
const roadmap = join(dir, 'roadmap');

interface Diagnostic {
  rule: string;
  file: string;
  line: number;
  message: string;
}

/** One command on `today`, then `validate --strict`: only the listed rules may remain. */
async function step(today: string, argv: string[], tolerated: readonly string[] = []): Promise<string> {
  const result = await runMain([...argv, '--dir', roadmap], { today, cwd: dir });
  assertNoCrash(result);
  expect(result.code, `${argv.join(' ')}\n${result.stderr}`).toBe(0);
  const check = await runMain(['validate', '--strict', '--format', 'json', '--dir', roadmap], { today, cwd: dir });
  const diagnostics = (JSON.parse(check.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter(
    (diagnostic) => !tolerated.includes(diagnostic.rule),
  );
  expect(diagnostics, `after ${argv.join(' ')}`).toEqual([]);
  return result.stdout;
}

/** Every comment line of every roadmap file, by file (renamed files followed by the caller). */
function comments(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (folder: string, rel: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path, name);
      else
        found.set(
          name,
          yamlOf(readFileSync(path, 'utf8'), name)
            .split('\n')
            .filter((line) => /^\s*#/.test(line)),
        );
    }
  };
  walk(roadmap, '');
  return found;
}

/** The YAML of a file: a `.md` file's front matter (its body is markdown, where « # » is a heading). */
function yamlOf(text: string, name: string): string {
  return name.endsWith('.md') ? (text.split(/^---$/m)[1] ?? '') : text;
}

function read(rel: string): string {
  return readFileSync(join(roadmap, rel), 'utf8');
}

function idsIn(stdout: string, kind: 'Décision' | 'Action'): string[] {
  return [...stdout.matchAll(new RegExp(`^${kind} ([a-z0-9-]+)`, 'gm'))].map((match) => match[1]!);
}

const PARTNERS = [
  ['Chambre de commerce et d’industrie de l’Essonne', 'CCI Essonne', 'cci', 'signatory', '@cci/projets'],
  ['Chambre de métiers : Val-de-Marne', 'CMA 94', 'cma', 'signatory', '@cma/equipe'],
  ['Agence « Orly International »', 'Orly International', 'agency', 'member', '@orly/equipe'],
] as const;

const AXES = [
  'Créer et reprendre',
  'Emploi : compétences',
  'Foncier # et immobilier',
  '- Numérique',
  'Tourisme d’affaires',
];

describe('a whole year set up and run with commands only', () => {
  it('goes from init to the third committee, validate --strict passing after every step', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const init = await runMain(
      ['init', '--title', 'Convention de développement économique : Orly – Seine', '--signed-on', '2027-01-12'],
      { cwd: dir, today: '2027-01-12' },
    );
    expect(init.code, init.stderr).toBe(0);
    const before = comments();
    const kept = [...before].filter(([, lines]) => lines.length > 0);
    expect(kept.length).toBeGreaterThanOrEqual(5);
    const initialMeetings = readdirSync(join(roadmap, 'meetings'));
    const committee1 = initialMeetings.find((name) => name.startsWith('comite'))!.replace(/\.md$/, '');
    const committee1Date = committee1.slice(-10);
    // The first committee falls on a working day (2027-04-12 is a Monday).
    expect(committee1Date).toBe('2027-04-12');

    // — Set-up, January.
    let day = '2027-01-13';
    writeFileSync(
      join(dir, 'logo.png'),
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8,
        6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0,
        1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
      ]),
    );
    await step(day, ['rename', 'partner', 'territoire', 'ept']);
    await step(day, [
      'edit',
      'partner',
      'ept',
      '--name',
      'Établissement public territorial Grand-Orly Seine Bièvre',
      '--short-name',
      'EPT 12',
      '--representative',
      'Michel Leprêtre, Président',
      '--salutation',
      'Monsieur le Président',
      '--maintainers',
      '@ept/secretariat',
      '--add-contact',
      'Marie Dupont marie.dupont@ept.example, Chargée de mission : développement',
    ]);
    await step(day, [
      'edit',
      'convention',
      '--place',
      'Vitry-sur-Seine',
      '--territory',
      'Grand-Orly Seine Bièvre',
      '--horizon',
      '2030-12-31',
      '--summary',
      'Neuf axes : créer, employer, accueillir — « ensemble ».',
      '--chair',
      'ept',
      '--cadence',
      '4',
      '--repository',
      'https://github.com/exemple/orly-seine',
      '--branch',
      'main',
      '--secretariat',
      'Secrétariat du comité secretariat@ept.example',
      '--secretariat-phone',
      '01 02 03 04 05',
      '--secretariat-organisation',
      'ept',
      '--add-logo',
      join(dir, 'logo.png'),
      '--tolerance',
      '15',
      '--currency',
      'EUR',
    ]);
    for (const [name, short, kind, role, maintainers] of PARTNERS) {
      await step(day, [
        'new',
        'partner',
        '--name',
        name,
        '--short-name',
        short,
        '--kind',
        kind,
        '--role',
        role,
        '--joined-on',
        '2027-01-12',
        '--maintainers',
        maintainers,
      ]);
    }
    const partnerIds = readdirSync(join(roadmap, 'partners'))
      .map((name) => name.replace(/\.yaml$/, ''))
      .sort();
    expect(partnerIds).toEqual(['cci-essonne', 'cma-94', 'ept', 'orly-international']);
    await step(day, [
      'edit',
      'partner',
      'cci-essonne',
      '--representative',
      'Jeanne Martin, Présidente',
      '--add-contact',
      'Luc Petit luc.petit@cci.example',
    ]);
    for (const [index, title] of AXES.entries()) {
      await step(day, [
        'new',
        'axis',
        '--title',
        title,
        '--short-title',
        title
          .replace(/[^\p{L} ]/gu, '')
          .trim()
          .split(' ')[0]!,
        '--id',
        `axe-${index + 2}`,
        '--leads',
        partnerIds[index % 4]!,
      ]);
    }
    const commitments: string[] = [];
    for (let index = 0; index < 12; index++) {
      const id = `engagement-${index + 1}`;
      commitments.push(id);
      await step(day, [
        'new',
        'commitment',
        '--id',
        id,
        '--title',
        `Engagement ${index + 1} : « ${AXES[index % 5]} » # ${index}`,
        '--axis',
        `axe-${(index % 5) + 2}`,
        '--lead',
        partnerIds[index % 4]!,
        '--partners',
        partnerIds[(index + 1) % 4]!,
        '--start',
        '2027-01-15',
        '--due',
        '2028-12-31',
        '--milestone',
        `Lancement : phase ${index + 1}@2027-06-30`,
        '--milestone',
        'Bilan à mi-parcours@2028-01-31',
        '--description',
        `Ce que fait l’engagement ${index + 1} :\n\n- pour qui ;\n- avec quels moyens.`,
      ]);
    }
    await step(day, [
      'update',
      'engagement-1',
      '--add-indicator',
      'entreprises',
      '--label',
      'Entreprises accompagnées',
      '--unit',
      'entreprises',
      '--baseline',
      '0@2027-01-01',
      '--target',
      '120@2028-12-31',
      '--on',
      day,
    ]);
    await step(day, ['update', 'engagement-2', '--add-milestone', 'Signature des conventions@2027-09-30', '--on', day]);
    // The example files go: their commitment, its axis (the partner was renamed into ept above).
    await step(day, ['remove', 'commitment', 'premier-engagement']);
    await step(day, ['remove', 'axis', 'axe-1']);
    expect(existsSync(join(roadmap, 'commitments', 'premier-engagement.md'))).toBe(false);

    // — The first committee is prepared in March, held on its day.
    day = '2027-03-20';
    await step(day, [
      'edit',
      'meeting',
      committee1,
      '--place',
      'Hôtel de territoire : salle 2',
      '--time',
      '14:30',
      '--end-time',
      '17:00',
      '--add-agenda',
      'Approbation de l’ordre du jour : « point 1 »',
      '--add-agenda',
      'Axe 2 : créer et reprendre',
      '--agenda-axis',
      'axe-2',
      '--agenda-commitments',
      'engagement-1,engagement-6',
      '--add-agenda',
      'Questions diverses',
      '--add-guest',
      'Sophie Bernard, Direccte Île-de-France',
    ]);
    await step(day, ['edit', 'meeting', committee1, '--move-agenda', '3:2']);
    await step(day, [
      'update',
      'engagement-1',
      '--status',
      'in_progress',
      '--measure',
      'entreprises=12',
      '--source',
      'Tableau de bord : CCI',
      '--on',
      day,
    ]);
    day = committee1Date;
    writeFileSync(join(dir, 'pv-1.md'), '# Relevé du comité\n\nLe comité a examiné l’avancement : « tout va bien ».\n');
    const record1 = await step(day, [
      'meeting',
      'record',
      committee1,
      '--present',
      'ept,cci-essonne,cma-94',
      '--excused',
      'orly-international',
      '--people',
      'cci-essonne=Jeanne Martin, Paul Durand',
      '--people',
      'ept=Michel Leprêtre',
      '--guest-present',
      'Sophie Bernard',
      '--decision',
      'Le report de l’engagement 3 au 30 juin 2029 est accepté.',
      '--decision',
      'Le jalon « Lancement » de l’engagement 4 est reporté.',
      '--action',
      'Envoyer le tableau de bord : version 2',
      '--owner',
      'cci-essonne',
      '--due',
      '2027-05-15',
      '--action',
      'Réunir les financeurs',
      '--owner',
      'ept',
      '--chaired-by',
      'Michel Leprêtre',
      '--secretary',
      'Marie Dupont',
      '--minutes',
      join(dir, 'pv-1.md'),
    ]);
    const [decision1, decision2] = idsIn(record1, 'Décision');
    const [action1, action2] = idsIn(record1, 'Action');
    expect([decision1, decision2, action1, action2].every(Boolean)).toBe(true);
    await step(day, ['update', 'engagement-3', '--due', '2029-06-30', '--decision', decision1!, '--on', day]);
    await step(day, [
      'update',
      'engagement-4',
      '--milestone-due',
      '1=2027-12-15',
      '--decision',
      decision2!,
      '--on',
      day,
    ]);
    expect(read('commitments/engagement-4.md')).toMatch(
      /due: 2027-12-15[\s\S]*previous_due: 2027-06-30[\s\S]*decision: d-[\d-]+\n\s*milestone: 1/,
    );

    // — Between committees: actions closed, a partner joins, a contact changes, facts recorded.
    day = '2027-05-10';
    await step(day, ['close', action1!, '--on', day, '--note', 'Envoyé : version 2']);
    await step(day, [
      'new',
      'partner',
      '--name',
      'Région Île-de-France',
      '--short-name',
      'Région',
      '--kind',
      'region',
      '--role',
      'member',
      '--joined-on',
      '2027-05-10',
      '--maintainers',
      '@region/equipe',
    ]);
    await step(day, [
      'edit',
      'partner',
      'cci-essonne',
      '--remove-contact',
      'luc.petit@cci.example',
      '--add-contact',
      'Léa Morel lea.morel@cci.example, Chargée : relations',
    ]);
    await step(day, ['update', 'engagement-1', '--milestone-done', '1', '--on', day]);
    await step(day, ['update', 'engagement-1', '--measure', 'entreprises=40', '--on', day]);
    await step(day, [
      'new',
      'meeting',
      '--date',
      '2027-08-10',
      '--time',
      '09:30',
      '--place',
      'Orly : salle du conseil',
      '--agenda',
      'Approbation du relevé du comité d’avril',
      '--agenda',
      'Point d’étape # engagements',
      '--guest',
      'Sophie Bernard, Direccte Île-de-France',
    ]);
    const committee2 = readdirSync(join(roadmap, 'meetings'))
      .find((name) => name.includes('2027-08-10'))!
      .replace(/\.md$/, '');

    // — The second committee: recorded the day after (the past-planned warning is tolerated in between).
    day = '2027-08-10';
    await step(day, ['update', 'engagement-2', '--status', 'in_progress', '--progress', '35', '--on', day]);
    day = '2027-08-11';
    await step(
      day,
      ['update', 'engagement-5', '--note', 'Rien de neuf : en attente du comité.', '--on', day],
      ['meeting/past-planned'],
    );
    writeFileSync(join(dir, 'pv-2.md'), 'Le comité a approuvé le relevé d’avril et pris acte des avancées.\n');
    const record2 = await step(day, [
      'meeting',
      'record',
      committee2,
      '--present',
      'ept,cci-essonne,cma-94,region,orly-international',
      '--people',
      'region=Anne Roux',
      '--guest-present',
      'sophie bernard',
      '--approve-minutes',
      committee1,
      '--decision',
      'Le calendrier du second semestre est adopté.',
      '--action',
      'Préparer le bilan : tourisme',
      '--owner',
      'orly-international',
      '--due',
      '2027-10-31',
      '--chaired-by',
      'Michel Leprêtre',
      '--secretary',
      'Marie Dupont',
      '--minutes',
      join(dir, 'pv-2.md'),
    ]);
    const [action3] = idsIn(record2, 'Action');

    // — Autumn: a partner leaves, actions closed, an id renamed, the third committee.
    day = '2027-10-15';
    await step(day, ['close', action3!, '--on', day]);
    await step(day, [
      'close',
      action2!,
      '--cancelled',
      '--on',
      day,
      '--note',
      'Sans objet : financeurs réunis par la Région.',
    ]);
    await step(day, ['edit', 'partner', 'orly-international', '--left-on', '2027-10-15']);
    await step(day, ['rename', 'partner', 'cma-94', 'cma-val-de-marne']);
    await step(day, ['new', 'meeting', '--date', '2027-12-07', '--agenda', 'Bilan de l’année']);
    const committee3 = readdirSync(join(roadmap, 'meetings'))
      .find((name) => name.includes('2027-12-07'))!
      .replace(/\.md$/, '');
    await step(day, [
      'edit',
      'meeting',
      committee3,
      '--add-agenda',
      'Axe 4 : numérique',
      '--agenda-axis',
      'axe-5',
      '--remove-agenda',
      '1',
      '--add-agenda',
      'Bilan de l’année',
    ]);
    day = '2027-12-07';
    writeFileSync(join(dir, 'pv-3.md'), 'Bilan de la première année.\n');
    await step(day, [
      'meeting',
      'record',
      committee3,
      '--present',
      'ept,cci-essonne,cma-val-de-marne',
      '--excused',
      'region',
      '--people',
      'cma-val-de-marne=Yasmine Haddad',
      '--approve-minutes',
      committee2,
      '--decision',
      'Le bilan est adopté.',
      '--minutes',
      join(dir, 'pv-3.md'),
    ]);

    // The rename reached every reference, the generated files followed, and init's comments are all still there.
    const all = [...comments().keys()].map((rel) => read(rel)).join('\n');
    expect(all).not.toMatch(/\bcma-94\b/);
    expect(read(`meetings/${committee1}.md`)).toContain('partner: cma-val-de-marne');
    expect(readFileSync(join(dir, '.github', 'CODEOWNERS'), 'utf8')).toContain(
      '/roadmap/partners/cma-val-de-marne.yaml @cma/equipe',
    );
    expect(readFileSync(join(dir, 'docs', 'guide-partenaire.md'), 'utf8')).toContain('`cma-val-de-marne`');
    const after = comments();
    for (const [rel, lines] of kept) {
      const now = rel === 'partners/territoire.yaml' ? after.get('partners/ept.yaml') : after.get(rel);
      if (rel.startsWith('commitments/premier') || rel.startsWith('axes/axe-1')) continue;
      expect(now, rel).toEqual(lines);
    }
    expect(read('convention.yaml')).toContain('logos:\n  - "assets/logo.png"');
    expect(readFileSync(join(roadmap, 'assets', 'logo.png'))).toEqual(readFileSync(join(dir, 'logo.png')));
  }, 300_000);
});
