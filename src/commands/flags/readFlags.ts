import type { Lang } from '../../i18n/lang.js';
import { UsageError } from '../../io/io.js';
import { echoArgument } from '../../util/echoArgument.js';
import { declaredFlags, takesValue, type CommandName, type Flags } from './commandFlags.js';
import { flagMessage, suggestionText } from './flagMessages.js';
import { occurrences } from './occurrences.js';

/**
 * commander's parsed options as the command's typed flags: each declared flag
 * once, with the type its syntax gives (commandFlags.ts), and `--format`
 * checked against the command's formats — the only place it is checked.
 */
export function readFlags<Command extends CommandName>(
  command: Command,
  parsed: Readonly<Record<string, unknown>>,
  lang: Lang,
): Flags<Command> {
  const declared = declaredFlags(command);
  const flags: Record<string, unknown> = {};
  for (const name of declared.options) {
    const value = parsed[name];
    if (declared.repeatable?.includes(name)) flags[name] = occurrences(value);
    else if (takesValue(name)) flags[name] = value === undefined ? undefined : String(value);
    else flags[name] = value === true;
  }
  if (declared.formats) flags.format = checkedFormat(parsed.format, declared.formats, lang);
  return flags as Flags<Command>;
}

/** `--format`, one of the command's formats; its first one by default. */
function checkedFormat(value: unknown, formats: readonly string[], lang: Lang): string {
  if (value === undefined) return formats[0]!;
  if (formats.includes(String(value))) return String(value);
  const suggestion = suggestionText(String(value), formats, lang);
  throw new UsageError(
    flagMessage('choice', lang, {
      flag: '--format',
      choices: formats.join(' | '),
      value: echoArgument(String(value)),
      suggestion,
    }),
  );
}
