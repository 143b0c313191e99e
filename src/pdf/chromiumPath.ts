import { UsageError, type Io } from '../io/io.js';
import type { Lang } from '../i18n/lang.js';
import { findChromium } from './findChromium.js';
import { briefWords } from '../render/brief/briefWords.js';
import { echoArgument } from '../util/echoArgument.js';

/**
 * The Chromium that `--pdf` will use, found before anything is written: a
 * missing browser must not leave a document without its PDF.
 */
export function chromiumPath(flag: unknown, io: Io, lang: Lang): string {
  const words = briefWords(lang);
  const lookup = findChromium(typeof flag === 'string' ? flag : undefined, io.env);
  if (lookup.found) return lookup.path;
  if (lookup.named)
    throw new UsageError(words.messages.namedChromium(echoArgument(lookup.named.path), lookup.named.source));
  throw new UsageError(words.messages.noChromium(lookup.tried.join(', ')));
}
