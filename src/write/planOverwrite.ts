/**
 * For commands that regenerate a file they made before (schemas, editor
 * settings, a calendar): create it when absent, skip it when unchanged,
 * replace it when it is recognisably ours, and refuse otherwise: never
 * overwrite a file the command did not create.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../io/io.js';
import type { Lang } from '../i18n/lang.js';
import { terminalLine } from '../util/sanitize.js';
import { message } from '../i18n/editingMessages.js';
import type { PlannedWrite } from './writeFiles.js';

export interface Regenerated {
  root: string;
  rel: string;
  label: string;
  after: string;
  /** Whether the current text was made by this command (an older version of it). */
  isOurs: (current: string) => boolean;
  /** What to say when it is not ours, if the command has more to say than « not made by roadmap ». */
  notOurs?: string;
}

export function planOverwrite(file: Regenerated, lang: Lang): PlannedWrite | undefined {
  const path = join(file.root, file.rel);
  let current: Buffer;
  try {
    // lstat first: a link is refused by the write itself, not followed here.
    if (!lstatSync(path).isFile()) return { ...file, mode: { kind: 'create' } };
    current = readFileSync(path);
  } catch {
    return { ...file, mode: { kind: 'create' } };
  }
  const before = current.toString('utf8');
  if (before === file.after) return undefined;
  if (!file.isOurs(before))
    throw new UsageError(
      terminalLine(file.notOurs ?? message('write/not-ours', lang, { file: terminalLine(file.label) })),
    );
  return {
    root: file.root,
    rel: file.rel,
    label: file.label,
    before,
    after: file.after,
    mode: { kind: 'replace', expected: current },
  };
}
