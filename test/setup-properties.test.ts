/**
 * Every write quotes what it writes (issue 24): any string set through the
 * field edits reads back equal, the file's comments and other lines staying
 * as they were; and any one-line text given to the new flags of the set-up
 * commands reads back equal from the file the command wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { editEntity } from '../src/edit/editEntity.js';
import type { FieldEdit } from '../src/edit/fieldEdits.js';
import { KEY_ORDERS } from '../src/edit/keyOrders.js';
import { YAML_OPTIONS } from '../src/parse/parseYaml.js';
import { splitFrontMatter } from '../src/parse/splitFrontMatter.js';
import { roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const MEETING = [
  '---',
  '# Comité de printemps : gardez ce commentaire',
  'id: comite-2027-04-12',
  'date: 2027-04-12 # le jour',
  'kind: committee',
  'title: Comité',
  'status: planned',
  'agenda:',
  '  - { title: Ouverture }',
  '---',
  '',
  'Compte rendu.',
  '',
].join('\n');

/** Characters that break hand-written YAML, and any other printable or control character. */
const TRICKY = fc.constantFrom(
  ':',
  ' : ',
  '#',
  ' #',
  '- ',
  '"',
  "'",
  '«',
  '»',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '---',
  '...',
  '\t',
  'no',
  'true',
  '~',
  'null',
  '0x1F',
  '1e3',
  ' ',
  '東京',
  'مرحبا',
  '\u202e',
  '\u0007',
  '\u0085',
  '\u2028',
);
const ANY_TEXT = fc
  .array(fc.oneof(TRICKY, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

function frontMatter(text: string): ReturnType<typeof parseDocument> {
  const split = splitFrontMatter(text);
  if (!split.ok) throw new Error('front matter lost');
  return parseDocument(split.yaml, YAML_OPTIONS);
}

describe('field edits: any string reads back equal', () => {
  it('set, appended in a list, or nested in a new mapping', () => {
    fc.assert(
      fc.property(ANY_TEXT, ANY_TEXT, (title, guest) => {
        const edits: FieldEdit[] = [
          { op: 'set', path: ['place'], value: title },
          { op: 'append', path: ['agenda'], item: { title } },
          { op: 'append', path: ['guests'], item: { name: guest, organisation: title } },
          { op: 'set', path: ['chaired_by'], value: guest },
        ];
        const edited = editEntity(
          new TextEncoder().encode(MEETING),
          'meetings/comite-2027-04-12.md',
          edits,
          KEY_ORDERS.meeting,
        );
        if (!edited.ok) throw new Error(edited.reason);
        const doc = frontMatter(edited.text);
        expect(doc.errors).toEqual([]);
        expect(doc.get('place')).toBe(title);
        expect(doc.getIn(['agenda', 1, 'title'])).toBe(title);
        expect(doc.getIn(['guests', 0, 'name'])).toBe(guest);
        expect(doc.getIn(['guests', 0, 'organisation'])).toBe(title);
        expect(doc.get('chaired_by')).toBe(guest);
        // What the edit did not touch is byte for byte what it was.
        expect(edited.text).toContain(
          '# Comité de printemps : gardez ce commentaire\nid: comite-2027-04-12\ndate: 2027-04-12 # le jour\n',
        );
        expect(edited.text).toContain('  - { title: Ouverture }\n');
        expect(edited.text.endsWith('---\n\nCompte rendu.\n')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('puts a new key where the schema puts it', () => {
    const edited = editEntity(
      new TextEncoder().encode(MEETING),
      'meetings/x.md',
      [
        { op: 'set', path: ['place'], value: 'Salle : 2' },
        { op: 'set', path: ['time'], value: '14:30' },
      ],
      KEY_ORDERS.meeting,
    );
    expect(edited.ok && edited.text).toContain('status: planned\nplace: "Salle : 2"\ntime: 14:30\nagenda:');
  });
});

const { dir, cleanup } = tempDir('setup-properties-');
afterAll(() => cleanup());
const TODAY = '2026-11-25';

/** A one-line text as a shell passes it: no line break, no surrounding space, not empty, within the schema's 200 characters. */
const ONE_LINE = ANY_TEXT.map((text) => text.replace(/[\s\u0085\u2028\u2029]+/g, ' ').trim()).filter(
  (text) => text !== '' && [...text].length <= 200 && !/[\u0000-\u001f\u007f]/.test(text),
);

describe('through the commands: a one-line text reads back equal', () => {
  let run = 0;
  it('edit, new, update and meeting record', async () => {
    await fc.assert(
      fc.asyncProperty(ONE_LINE, async (text) => {
        const root = roadmapFrom(join(dir, String(run++)));
        const say = async (argv: string[]) => {
          const result = await runMain([...argv, '--dir', root], { today: TODAY });
          expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
        };
        // A people list is names between commas: the text without the list's own separators, spaces folded as for every one-line text.
        const noAt =
          text
            .replace(/[@<>,]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim() || 'x';
        await say([
          'edit',
          'partner',
          'cci',
          '--name',
          text,
          '--territory',
          text,
          '--add-contact',
          `${noAt} a@b.fr, ${text}`,
        ]);
        await say([
          'edit',
          'meeting',
          'comite-2018-11-15',
          '--add-agenda',
          text,
          '--add-guest',
          `${noAt.replace(/,/g, ' ')}, ${text}`,
        ]);
        await say([
          'new',
          'commitment',
          '--id',
          'nouveau',
          '--title',
          text,
          '--axis',
          'createurs',
          '--lead',
          'cci',
          '--milestone',
          `${text}@2027-01-31`,
        ]);
        await say(['update', 'reglement', '--add-milestone', `${text}@2027-06-30`, '--note', text, '--on', TODAY]);
        await say([
          'meeting',
          'record',
          'comite-2018-11-15',
          '--people',
          `ept=${noAt}`,
          '--chaired-by',
          text,
          '--secretary',
          text,
        ]);
        const yaml = (rel: string) => {
          const source = readFileSync(join(root, rel), 'utf8');
          return rel.endsWith('.md') ? frontMatter(source).toJS() : parseDocument(source, YAML_OPTIONS).toJS();
        };
        const partner = yaml('partners/cci.yaml');
        expect([partner.name, partner.territory, partner.contacts.at(-1).role]).toEqual([text, text, text]);
        const meeting = yaml('meetings/comite-2018-11-15.md');
        expect([
          meeting.agenda.at(-1).title,
          meeting.guests.at(-1).organisation,
          meeting.chaired_by,
          meeting.secretary,
        ]).toEqual([text, text, text, text]);
        expect(meeting.attendees.find((line: { partner: string }) => line.partner === 'ept').people).toEqual([
          noAt.split(',')[0]!.trim(),
        ]);
        const created = yaml('commitments/nouveau.md');
        expect([created.title, created.milestones[0].title]).toEqual([text, text]);
        const updated = yaml('commitments/reglement.md');
        expect([updated.milestones.at(-1).title, updated.updates.at(-1).text]).toEqual([text, text]);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
