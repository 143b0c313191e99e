import { join, resolve } from 'node:path';
import { environmentLang } from '../i18n/environmentLang.js';
import { isLang, type Lang } from '../i18n/lang.js';
import type { Io } from '../io/io.js';
import { readConventionLanguage } from '../read/readConventionLanguage.js';

/**
 * The language of the command line itself (help, commander's errors, flag
 * checks): `--lang`, else the language of the roadmap found without searching
 * (`--dir`, else ./roadmap, else the current folder), else LC_ALL / LC_MESSAGES
 * / LANG, else English. `invalid` is a `--lang` value that is neither fr nor en.
 */
export function commandLineLang(argv: readonly string[], io: Io): { lang: Lang; invalid?: string } {
  const given = flagValue(argv, '--lang');
  if (isLang(given)) return { lang: given };
  const dir = flagValue(argv, '--dir');
  const folders = dir !== undefined ? [resolve(io.cwd, dir)] : [join(io.cwd, 'roadmap'), io.cwd];
  const lang = readConventionLanguage(folders) ?? environmentLang(io.env) ?? 'en';
  return given === undefined ? { lang } : { lang, invalid: given };
}

/** `--flag value` or `--flag=value`, the last one winning as commander does. */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === flag && index + 1 < argv.length) value = argv[index + 1];
    else if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1);
  }
  return value;
}
