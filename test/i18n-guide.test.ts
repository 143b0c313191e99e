/**
 * The partner's documents stay true: the guide is the one `roadmap init`
 * would write for the bundled roadmap and explains every field the schemas
 * define (with the schemas' French titles), the pull-request template is the
 * one `init` writes, and the CI transcript in docs/exemple-ci.md is what
 * validate prints today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { partnerGuideFor } from '../src/render/guide/partnerGuideFor.js';
import { loadRoadmap } from '../src/model/loadRoadmap.js';
import { SchemaValidator } from '../src/model/schemaValidator.js';
import { readFolder } from '../src/read/readFolder.js';
import { githubWorkflow, gitlabCi } from '../src/scaffold/ciFiles.js';

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');
type Schema = { properties: Record<string, Schema & { title?: string }>; items?: Schema; required?: string[] };
const schema = (name: string) => JSON.parse(read('schemas', `${name}.schema.json`)) as Schema;

describe('docs/guide-partenaire.md', () => {
  const guide = read('docs', 'guide-partenaire.md');

  it("is generated from roadmap/ as roadmap init generates a new partnership's (npm run docs:guide rewrites it)", () => {
    const { roadmap } = loadRoadmap(readFolder(join(ROOT, 'roadmap')).files, new SchemaValidator());
    expect(partnerGuideFor(roadmap, 'fr'), 'docs/guide-partenaire.md is out of date: run npm run docs:guide').toBe(
      guide,
    );
  });

  it('is what init writes, as is the pull-request template', () => {
    expect(read('templates', 'init', 'pull_request_template.fr.md')).toBe(read('.github', 'pull_request_template.md'));
  });

  const commitment = schema('commitment');
  const indicator = commitment.properties.indicators!.items!;
  const tables: [string, Schema][] = [
    ['commitment', commitment],
    ['milestone', commitment.properties.milestones!.items!],
    ['indicator', indicator],
    ['measure', indicator.properties.measures!.items!],
    ['journal entry', commitment.properties.updates!.items!],
    ['action', schema('meeting').properties.actions!.items!],
    ['partner', schema('partner')],
  ];
  for (const [name, node] of tables) {
    it(`explains every ${name} field under its French title, saying whether it is required`, () => {
      for (const [field, property] of Object.entries(node.properties)) {
        const required = node.required?.includes(field) ? 'oui' : 'non';
        expect(guide, field).toContain(`| \`${field}\` | ${required} | **${property.title}.** `);
      }
    });
  }
});

describe('.github/pull_request_template.md', () => {
  it('asks the secretariat’s questions, and its instructions stay hidden', () => {
    const template = read('.github', 'pull_request_template.md');
    for (const question of [
      '## Qui propose ce changement ?',
      "## Qu'est-ce qui change ?",
      "## Sur quoi s'appuie-t-il ?",
      'Le comité en a-t-il décidé ?',
    ]) {
      expect(template).toContain(question);
    }
    // One comment, opened once and closed once: nothing of the instructions leaks into the page.
    expect(template.match(/<!--/g)).toHaveLength(1);
    expect(template.match(/-->/g)).toHaveLength(1);
  });
});

describe('docs/exemple-ci.md', () => {
  it('shows the GitHub workflow and the GitLab job roadmap init writes', () => {
    const { name, version } = JSON.parse(read('package.json')) as { name: string; version: string };
    const options = {
      lang: 'fr' as const,
      install: `${name}@${version}`,
      tool: `${name} ${version}`,
      branch: 'main',
      roadmapPath: 'roadmap',
      site: false,
    };
    const blocks = [...read('docs', 'exemple-ci.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(blocks).toContain(githubWorkflow(options));
    expect(blocks).toContain(gitlabCi(options));
  });

  it('shows the annotations validate prints for the three typical mistakes', async () => {
    const transcript = read('docs', 'exemple-ci.md');
    const shown = transcript.split('\n').filter((line) => line.startsWith('::error '));
    expect(shown).toHaveLength(3);
    const original = read('roadmap', 'commitments', 'accompagnement-implantation.md');
    const broken = original
      .replace('  - cci-val-de-marne\nstatus', '  - cci-val-de-marne\n  - cma-essone\nstatus')
      .replace('    due: 2026-06-30\nindicators', '    due: 2026-06-30\n    done-on: 2026-06-24\nindicators')
      .replace(
        '        value: 139\n        source: "Suivi des implantations, Essonne Développement"\n',
        '        value: 139\n        source: "Suivi des implantations, Essonne Développement"\n      - date: 2025-06-31\n        value: 151\n        source: "Suivi des implantations, Essonne Développement"\n',
      );
    const { dir, cleanup } = tempDir('transcript-');
    try {
      const root = roadmapFrom(dir, { 'commitments/accompagnement-implantation.md': broken }, join(ROOT, 'roadmap'));
      const result = await runMain(['validate', '--dir', root, '--format', 'github'], { today: '2026-11-25' });
      expect(result.code).toBe(1);
      expect(result.stdout.split('\n').filter((line) => line.startsWith('::error '))).toEqual(shown);
    } finally {
      cleanup();
    }
  });
});
