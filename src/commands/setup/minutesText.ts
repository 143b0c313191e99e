import { resolve } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { readUserFile } from '../../read/readUserFile.js';
import { echoArgument } from '../../util/echoArgument.js';
import { setupError } from './setupFlags.js';

/** `--minutes <file.md>`: the minutes' markdown, from a file the secretariat wrote. */
export function minutesText(value: string | undefined, lang: Lang, cwd: string): string | undefined {
  if (value === undefined) return undefined;
  const read = readUserFile(resolve(cwd, value), 1024 * 1024);
  if (!read.ok) throw setupError(lang, 'record/minutes-unreadable', { value: echoArgument(value) });
  const text = new TextDecoder('utf-8', { fatal: false }).decode(read.bytes).replace(/^\ufeff/, '');
  return text;
}
