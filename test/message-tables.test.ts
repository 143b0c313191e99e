/**
 * Walks every fr/en message table of src/ (each made with `messageTable`):
 * every sentence exists in both languages, was translated, names the same
 * placeholders in both, and the French follows French typography.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../src/i18n/formatTemplate.js';
import { MESSAGE_TABLES } from '../src/i18n/messageTable.js';
import { ROOT } from './helpers/cli.js';

const SRC = join(ROOT, 'src');
const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && file !== join('i18n', 'messageTable.ts'))
  .filter((file) => /\bmessageTable\(/.test(readFileSync(join(SRC, file), 'utf8')));

const names = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((match) => `${match[1]}${match[2] ?? ''}`).sort();

describe('message tables', () => {
  beforeAll(async () => {
    for (const file of modules) await import(pathToFileURL(join(SRC, file)).href);
  });

  it('are found: every module making one registered it', () => {
    expect(modules.length).toBeGreaterThanOrEqual(5);
    expect(MESSAGE_TABLES.length).toBe(modules.length);
  });

  it('say every sentence in French and English, translated, with the same placeholders', () => {
    const faults: string[] = [];
    for (const table of MESSAGE_TABLES) {
      for (const [key, text] of Object.entries(table)) {
        if (text.fr.trim() === '' || text.en.trim() === '') faults.push(`${key}: empty`);
        else if (text.fr === text.en && !/^[\s\p{P}{}\w@/-]*$/u.test(text.fr.replace(PLACEHOLDER, '')))
          faults.push(`${key}: not translated`);
        if (names(text.fr).join() !== names(text.en).join())
          faults.push(`${key}: fr {${names(text.fr)}} ≠ en {${names(text.en)}}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('write French with « », ’ and no straight quotes outside code', () => {
    const faults: string[] = [];
    for (const table of MESSAGE_TABLES) {
      for (const [key, text] of Object.entries(table)) {
        const prose = text.fr.replace(/`[^`]*`/g, '');
        if (/["']/.test(prose)) faults.push(`${key}: ${text.fr}`);
      }
    }
    expect(faults).toEqual([]);
  });
});
