/**
 * A roadmap's history in a throwaway repository, one commit per step, used by
 * the diff, owners and changed-files tests. Each step's content is written by
 * hand so that expectations can be too.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GitRepo } from './gitRepo.js';
import { roadmapFrom, tempDir } from './cli.js';

export const CMA =
  'id: cma\nname: Chambre de métiers\nshort_name: CMA\nkind: cma\nrole: member\nmaintainers: ["@test/cma"]\n';
export const REGION =
  'id: region\nname: Région Île-de-France\nshort_name: Région\nkind: region\nrole: member\njoined_on: 2026-10-15\n';

export const PLATEFORME = `---
id: plateforme
title: Plateforme emploi
axis: createurs
lead: cma
status: planned
due: 2028-12-31
---
Une plateforme.
`;

export const OBSERVATOIRE = (id: string) => `---
id: ${id}
title: Observatoire économique
axis: gouvernance
lead: ept
status: planned
due: 2027-06-30
---
Un observatoire.
`;

export const JUNE_MEETING = (closed: boolean) => `---
id: comite-2026-06-10
date: 2026-06-10
kind: committee
title: Comité de juin
status: held
chair: ept
decisions:
  - id: d-2
    text: Le guichet ouvre à l’automne.
${closed ? '  - id: d-3\n    text: L’observatoire est lancé.\n' : ''}actions:
  - id: a-2
    text: Chiffrer l’ouverture
    owner: cci
    due: 2026-09-30
${closed ? '    status: done\n    closed_on: 2026-10-20\n' : '    status: open\n'}---
Compte rendu.
`;

export const DECEMBER_MEETING = `---
id: comite-2026-12-10
date: 2026-12-10
kind: committee
title: Comité de décembre
status: planned
chair: ept
actions:
  - id: a-3
    text: Préparer le bilan <b>annuel</b>
    owner: ept
    due: 2027-01-31
    status: open
---
Ordre du jour à venir.
`;

export interface History {
  repo: GitRepo;
  /** The working roadmap folder. */
  dir: string;
  commits: Record<'a' | 'b', string>;
  cleanup: () => void;
}

/** The repository's files (`.git` included), read once per test process: its folder is gone at once, nothing is left behind. */
interface Original {
  folders: string[];
  files: { rel: string; bytes: Buffer; mode: number }[];
  repo: GitRepo;
  roadmap: string;
  commits: History['commits'];
}
let original: Original | undefined;

/**
 * Commit A: the base fixture plus a member partner, its commitment and a June
 * committee. Commit B: one of every change. Built once, then written out afresh
 * for each call (same commits, same ids), free to edit.
 */
export function diffHistory(): History {
  original ??= readOriginal();
  const { dir: top, cleanup } = tempDir('diff-history-');
  for (const folder of original.folders) mkdirSync(join(top, folder), { recursive: true });
  for (const file of original.files) writeFileSync(join(top, file.rel), file.bytes, { mode: file.mode });
  return {
    repo: new GitRepo(top, original.repo),
    dir: join(top, original.roadmap),
    commits: { ...original.commits },
    cleanup,
  };
}

function readOriginal(): Original {
  const history = buildHistory();
  try {
    const top = history.repo.top;
    const entries = readdirSync(top, { withFileTypes: true, recursive: true });
    return {
      folders: entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => relative(top, join(entry.parentPath, entry.name))),
      files: entries
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return { rel: relative(top, path), bytes: readFileSync(path), mode: statSync(path).mode & 0o777 };
        }),
      repo: history.repo,
      roadmap: relative(top, history.dir),
      commits: history.commits,
    };
  } finally {
    history.cleanup();
  }
}

function buildHistory(): History {
  const { dir: top, cleanup } = tempDir('diff-history-');
  const repo = new GitRepo(top);
  const dir = roadmapFrom(top, {
    'partners/cma.yaml': CMA,
    'commitments/plateforme.md': PLATEFORME,
    'meetings/comite-2026-06-10.md': JUNE_MEETING(false),
  });
  const a = repo.commit('A');
  const guichet = readFileSync(join(dir, 'commitments', 'guichet-unique.md'), 'utf8')
    .replace('title: Guichet unique des créateurs', 'title: Guichet unique des créateurs d’entreprise')
    .replace('due: 2030-06-30', 'due: 2030-09-30')
    .replace('    due: 2030-03-31\n', '    due: 2030-03-31\n    done_on: 2026-10-01\n')
    .replace(
      '      - { date: 2019-06-30, value: 180, source: CCI }\n',
      '      - { date: 2019-06-30, value: 180, source: CCI }\n      - { date: 2026-06-30, value: 260 }\n',
    )
    .replace(
      '    status: in_progress\n---',
      '    status: in_progress\n  - date: 2026-10-01\n    text: Ouverture du guichet\n---',
    );
  const reglement = readFileSync(join(dir, 'commitments', 'reglement.md'), 'utf8')
    .replace('axis: gouvernance', 'axis: createurs')
    .replace('lead: ept', 'lead: cci');
  const b = repo.commit('B', {
    'roadmap/partners/cma.yaml': null,
    'roadmap/partners/region.yaml': REGION,
    'roadmap/commitments/plateforme.md': null,
    'roadmap/commitments/observatoire.md': OBSERVATOIRE('observatoire'),
    'roadmap/commitments/guichet-unique.md': guichet,
    'roadmap/commitments/reglement.md': reglement,
    'roadmap/meetings/comite-2026-06-10.md': JUNE_MEETING(true),
    'roadmap/meetings/comite-2026-12-10.md': DECEMBER_MEETING,
  });
  return { repo, dir, commits: { a, b }, cleanup };
}
