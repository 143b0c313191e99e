import type { Lang } from '../../i18n/lang.js';
import { requireChoice } from './requireKnown.js';

/**
 * The renderer of a `--format` from a command's registry, whose keys are the
 * formats it declares (the first is the default). An unknown format is a
 * usage error naming the known ones, never a silent fallback.
 */
export function pickFormat<Format extends string, Renderer>(registry: Readonly<Record<Format, Renderer>>, format: unknown, lang: Lang): Renderer {
  const formats = Object.keys(registry) as Format[];
  return registry[requireChoice('--format', format, formats, formats[0]!, lang)];
}
