import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoCrash, runMain } from './helpers/cli.js';
import { useTempRoadmap } from './helpers/tempRoadmap.js';

const TODAY = '2026-11-25';

const temp = useTempRoadmap('new-');

async function validates(): Promise<void> {
  const result = await runMain(['validate', '--dir', temp.root, '--format', 'json', '--as-of', TODAY], {
    today: TODAY,
  });
  expect(JSON.parse(result.stdout).errors).toBe(0);
}

describe('new', () => {
  it('scaffolds a commitment whose id is the title in kebab-case, accents folded', async () => {
    const result = await runMain(
      [
        'new',
        'commitment',
        '--dir',
        temp.root,
        '--title',
        'Guichet unique des créateurs',
        '--axis',
        'createurs',
        '--lead',
        'cci',
        '--partners',
        'ept',
        '--due',
        '2027-06-30',
      ],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Écrit : roadmap/commitments/guichet-unique-des-createurs.md\n');
    expect(readFileSync(join(temp.root, 'commitments', 'guichet-unique-des-createurs.md'), 'utf8')).toBe(
      [
        '---',
        'id: guichet-unique-des-createurs',
        'title: Guichet unique des créateurs',
        'axis: createurs',
        'lead: cci',
        'partners:',
        '  - ept',
        'status: planned',
        'due: 2027-06-30',
        '---',
        '',
        'Décrivez ici l’engagement : ce qui sera fait, pour qui, avec quels moyens.',
        '',
      ].join('\n'),
    );
    await validates();
  });

  it('scaffolds a committee meeting titled and chaired after the convention, the date in its id', async () => {
    const result = await runMain(
      ['new', 'meeting', '--dir', temp.root, '--date', '2027-03-18', '--place', 'Ivry : salle 1'],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(temp.root, 'meetings', 'comite-territorial-2027-03-18.md'), 'utf8')).toBe(
      [
        '---',
        'id: comite-territorial-2027-03-18',
        'date: 2027-03-18',
        'kind: committee',
        'title: Comité territorial',
        'status: planned',
        'place: "Ivry : salle 1"',
        'chair: ept',
        '---',
        '',
        'Compte rendu à rédiger après la réunion.',
        '',
      ].join('\n'),
    );
    await validates();
  });

  it('scaffolds a partner whose id comes from its short name', async () => {
    const result = await runMain(
      [
        'new',
        'partner',
        '--dir',
        temp.root,
        '--name',
        'Chambre de métiers et de l’artisanat',
        '--short-name',
        'CMA Essonne',
        '--kind',
        'cma',
      ],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(temp.root, 'partners', 'cma-essonne.yaml'), 'utf8')).toBe(
      'id: cma-essonne\nname: Chambre de métiers et de l’artisanat\nshort_name: CMA Essonne\nkind: cma\nrole: member\n',
    );
    await validates();
  });

  it('quotes a title that looks like YAML instead of letting it add fields', async () => {
    const result = await runMain(
      [
        'new',
        'commitment',
        '--dir',
        temp.root,
        '--title',
        'no: status: done\nlead: ept',
        '--axis',
        'createurs',
        '--lead',
        'cci',
      ],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    const text = readFileSync(join(temp.root, 'commitments', 'no-status-done-lead-ept.md'), 'utf8');
    expect(text).toContain('title: "no: status: done lead: ept"\naxis: createurs\nlead: cci\n');
    await validates();
  });

  it('prints the new file as a diff with --dry-run and creates nothing', async () => {
    const result = await runMain(['new', 'partner', '--dir', temp.root, '--name', 'Région', '--dry-run'], {
      today: TODAY,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '--- /dev/null',
        '+++ b/roadmap/partners/region.yaml',
        '@@ -0,0 +1,5 @@',
        '+id: region',
        '+name: Région',
        '+short_name: Région',
        '+kind: other',
        '+role: member',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(temp.root, 'partners', 'region.yaml'))).toBe(false);
  });

  it('never overwrites: an id in use is refused with a free one suggested', async () => {
    const before = readFileSync(join(temp.root, 'commitments', 'guichet-unique.md'));
    const result = await runMain(
      ['new', 'commitment', '--dir', temp.root, '--title', 'Guichet unique', '--axis', 'createurs', '--lead', 'cci'],
      { today: TODAY },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: L’identifiant « guichet-unique » est déjà pris (roadmap/commitments/guichet-unique.md). Rien n’a été écrit ; choisissez-en un autre, par exemple --id guichet-unique-2.\n',
    );
    expect(readFileSync(join(temp.root, 'commitments', 'guichet-unique.md'))).toEqual(before);
  });

  it('a new file that would be invalid is not written: its errors, exit 1', async () => {
    const result = await runMain(
      [
        'new',
        'commitment',
        '--dir',
        temp.root,
        '--title',
        'Marque',
        '--axis',
        'marketing',
        '--lead',
        'cci',
        '--due',
        '2027-02-28',
      ],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ref/unknown-axis');
    expect(readdirSync(join(temp.root, 'commitments')).sort()).toEqual(['guichet-unique.md', 'reglement.md']);
  });

  it.each([
    [['new', 'thing'], 'roadmap: Type inconnu « thing » : commitment, meeting, partner ou axis.\n'],
    [['new', 'commitment', '--title', 'X', '--lead', 'cci'], 'roadmap: Il manque --axis pour créer commitment.\n'],
    [['new', 'meeting', '--title', 'Atelier'], 'roadmap: Il manque --date pour créer meeting.\n'],
    [
      ['new', 'commitment', '--title', 'Marque', '--axis', 'createurs', '--lead', 'cci', '--due', '2027-02-30'],
      'roadmap: --due : « 2027-02-30 » n’est pas une date valide (ce mois n’a que 28 jours).\n',
    ],
    [
      ['new', 'partner', '--name', 'Région', '--joined-on', '2027-13-01'],
      'roadmap: --joined-on : « 2027-13-01 » n’est pas une date valide (il n’y a pas de mois 13).\n',
    ],
    [['new', 'axis', '--title', 'Numérique'], 'roadmap: Il manque --short-title pour créer axis.\n'],
    [
      ['new', 'axis', '--title', 'Numérique', '--short-title', 'Numérique', '--number', '0'],
      'roadmap: --number attend un nombre entier de 1 à 1000, pas « 0 ». Rien n’a été écrit.\n',
    ],
    [
      ['new', 'axis', '--title', 'Numérique', '--short-title', 'Numérique', '--number', '2'],
      'roadmap: Le numéro 2 est déjà celui de l’axe « createurs ». Rien n’a été écrit ; le prochain numéro libre est 3.\n',
    ],
    [
      ['new', 'partner', '--name', 'X', '--id', 'Bad_Id'],
      'roadmap: --id « Bad_Id » n’est pas un identifiant valide (minuscules, chiffres, tirets) ; essayez « bad-id ».\n',
    ],
  ])('usage errors exit 2: %j', async (argv, stderr) => {
    const result = await runMain([...argv, '--dir', temp.root], { today: TODAY });
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
  });

  it('scaffolds an axis numbered after the last one, its id from the short title', async () => {
    const result = await runMain(
      [
        'new',
        'axis',
        '--dir',
        temp.root,
        '--title',
        'Le numérique au service des TPE',
        '--short-title',
        'Numérique',
        '--leads',
        'cci,ept',
      ],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.stdout).toBe('Écrit : roadmap/axes/numerique.md\n');
    expect(readFileSync(join(temp.root, 'axes', 'numerique.md'), 'utf8')).toBe(
      [
        '---',
        'id: numerique',
        'number: 3',
        'title: Le numérique au service des TPE',
        'short_title: Numérique',
        'leads:',
        '  - cci',
        '  - ept',
        '---',
        '',
        'Décrivez ici l’axe : son ambition, ce qui relève de lui.',
        '',
      ].join('\n'),
    );
    await validates();
    const numbered = await runMain(
      ['new', 'axis', '--dir', temp.root, '--title', 'Emploi', '--short-title', 'Emploi', '--number', '7', '--dry-run'],
      { today: TODAY },
    );
    expect(numbered.stdout).toContain('+number: 7\n');
    expect(existsSync(join(temp.root, 'axes', 'emploi.md'))).toBe(false);
  });

  it('scaffolds a complete signatory: joining date, representative, maintainers — no warning left', async () => {
    const result = await runMain(
      [
        'new',
        'partner',
        '--dir',
        temp.root,
        '--name',
        'Chambre de métiers',
        '--short-name',
        'CMA',
        '--kind',
        'cma',
        '--role',
        'signatory',
        '--joined-on',
        '2026-11-20',
        '--representative',
        'Jeanne Martin, Présidente',
        '--maintainers',
        '@cma/projets, @cma/direction',
      ],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(temp.root, 'partners', 'cma.yaml'), 'utf8')).toBe(
      [
        'id: cma',
        'name: Chambre de métiers',
        'short_name: CMA',
        'kind: cma',
        'role: signatory',
        'joined_on: 2026-11-20',
        'representative:',
        '  name: Jeanne Martin',
        '  title: Présidente',
        'maintainers:',
        '  - "@cma/projets"',
        '  - "@cma/direction"',
        '',
      ].join('\n'),
    );
    const check = await runMain(['validate', '--dir', temp.root, '--format', 'json', '--as-of', TODAY], {
      today: TODAY,
    });
    expect(JSON.parse(check.stdout).diagnostics).toEqual([]);
  });

  it('scaffolds a workshop with --kind and --date', async () => {
    const result = await runMain([
      'new',
      'meeting',
      '--dir',
      temp.root,
      '--title',
      'Atelier numérique',
      '--kind',
      'workshop',
      '--date',
      '2027-01-12',
    ]);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(readFileSync(join(temp.root, 'meetings', 'atelier-numerique-2027-01-12.md'), 'utf8')).toContain(
      'kind: workshop\ntitle: Atelier numérique\nstatus: planned\n---\n',
    );
  });
});
