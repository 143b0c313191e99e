/**
 * Properties of editFrontMatter over every commitment of the base fixture
 * and the bundled roadmap, in LF, CRLF and BOM variants: an edit keeps the
 * body and the BOM byte for byte, keeps the line endings, and keeps every
 * original line (it only adds or replaces the lines it must).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/parse/parseYaml.js';
import { splitFrontMatter } from '../src/parse/splitFrontMatter.js';
import { editFrontMatter } from '../src/edit/editFrontMatter.js';
import { updateCommitment } from '../src/edit/updateCommitment.js';
import { FIXTURES, ROOT } from './helpers/cli.js';

const FILES = [join(FIXTURES, 'base', 'roadmap', 'commitments'), join(ROOT, 'roadmap', 'commitments')].flatMap(
  (folder) => readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8')),
);

const BOM = '\ufeff';

/** Is `part` a subsequence of `whole` (every line kept, in order)? */
function keepsInOrder(whole: string[], part: string[]): boolean {
  let index = 0;
  for (const line of whole) if (line === part[index]) index++;
  return index === part.length;
}

describe('editFrontMatter', () => {
  it('has files to work on', () => expect(FILES.length).toBeGreaterThanOrEqual(17));

  it('keeps body, BOM, line endings and untouched lines for any journal entry', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILES),
        fc.boolean(),
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== ''),
        fc.constantFrom(undefined, 'planned', 'blocked', 'done'),
        (source, crlf, bom, note, status) => {
          const text = (bom ? BOM : '') + (crlf ? source.replace(/\n/g, '\r\n') : source);
          const edited = editFrontMatter(Buffer.from(text, 'utf8'), true, (doc) =>
            updateCommitment(doc, { on: '2026-01-01', journalText: note, status }),
          );
          expect(edited.ok).toBe(true);
          if (!edited.ok) return;
          const after = Buffer.from(edited.bytes).toString('utf8');
          expect(after.startsWith(BOM)).toBe(bom);
          const body = (value: string) => value.slice(value.indexOf('\n---', 4));
          expect(body(after)).toBe(body(text));
          if (crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
          else expect(after).not.toContain('\r\n');
          const kept = text.split('\n').filter((line) => !/^status:/.test(line));
          expect(keepsInOrder(after.split('\n'), kept)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes any note so that it reads back exactly as given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.string({ minLength: 1, maxLength: 40 }), (source, note) => {
        const edited = editFrontMatter(Buffer.from(source), true, (doc) =>
          updateCommitment(doc, { on: '2026-01-01', journalText: note }),
        );
        expect(edited.ok).toBe(true);
        if (!edited.ok) return;
        const split = splitFrontMatter(edited.text);
        expect(split.ok).toBe(true);
        if (!split.ok) return;
        const updates = (parseYaml(split.yaml).value as { updates: { date: string }[] }).updates;
        // Inserted in date order: after every earlier entry, before every later one.
        const at = updates.findIndex((entry) => entry.date === '2026-01-01');
        expect(updates[at]).toEqual({ date: '2026-01-01', text: note });
        expect(updates.slice(0, at).every((entry) => entry.date <= '2026-01-01')).toBe(true);
        expect(updates.slice(at + 1).every((entry) => entry.date > '2026-01-01')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses what it cannot edit safely', () => {
    expect(editFrontMatter(Buffer.from('no front matter'), true, () => {})).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(editFrontMatter(Buffer.from('---\nid: [x\n---\n'), true, () => {})).toEqual({
      ok: false,
      reason: 'yaml-errors',
    });
    expect(editFrontMatter(Buffer.from([0xff, 0xfe, 0x41]), true, () => {})).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });
});
