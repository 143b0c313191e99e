/** The flags of every command that reads a roadmap, checked once: its folder and the language to speak. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type Io } from '../../io/io.js';
import { isLang, type Lang } from '../../i18n/lang.js';
import { rootMessage } from '../../i18n/rootMessages.js';
import { findRoadmapRoot, roadmapIn } from '../../read/findRoadmapRoot.js';
import { echoArgument } from '../../util/echoArgument.js';
import { terminalLine } from '../../util/sanitize.js';
import { flagMessage } from '../flags/flagMessages.js';

/**
 * The roadmap folder: `--dir`, else the nearest folder at or above the current
 * one (up to the git repository's top) that holds `convention.yaml` or
 * `roadmap/convention.yaml`. Not found: a usage error in `--lang`, else the
 * command line's language (no roadmap has been read to say which).
 */
export function resolveRoadmapDir(io: Io, dir: string | undefined, lang: Lang | undefined): string {
  const sayIn = lang ?? io.lang ?? 'en';
  const say = (key: Parameters<typeof rootMessage>[0], params: Record<string, string>) =>
    new UsageError(terminalLine(rootMessage(key, sayIn, params)));
  if (dir === undefined) {
    const search = findRoadmapRoot(io.cwd);
    if (search.found) return search.dir;
    if (search.top === undefined) throw say('root/not-found', { cwd: echoArgument(io.cwd) });
    throw say('root/not-found-in-repository', { cwd: echoArgument(io.cwd), top: echoArgument(search.top) });
  }
  const candidate = resolve(io.cwd, dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(candidate).isDirectory();
  } catch {
    throw say('root/dir-missing', { dir: echoArgument(dir) });
  }
  if (!isDirectory) throw say('root/dir-not-folder', { dir: echoArgument(dir) });
  return roadmapIn(candidate);
}

/** `--dir`, `--lang` and `--as-of` of a command that reads a roadmap, checked once at the command's top. */
export interface RoadmapFlags {
  /** The roadmap folder, absolute (checked to exist). */
  dir: string;
  /** `--lang` when given; otherwise the roadmap's language decides. */
  lang: Lang | undefined;
  /**
   * `--as-of` as typed: it is checked once the roadmap is read (openRoadmap),
   * so that a wrong date is refused in the roadmap's language.
   */
  asOf: string | undefined;
}

export function resolveRoadmapFlags(
  io: Io,
  flags: { readonly dir?: string; readonly lang?: string; readonly asOf?: string },
): RoadmapFlags {
  const lang = flags.lang === undefined ? undefined : resolveLang(flags.lang, 'fr');
  return { dir: resolveRoadmapDir(io, flags.dir, lang), lang, asOf: flags.asOf };
}

/** `--lang`, else the fallback; an unknown language is refused in the fallback's language. */
export function resolveLang(value: string | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  // main refuses a wrong --lang before any command runs; this guards commands called another way.
  if (!isLang(value))
    throw new UsageError(
      flagMessage('choice', fallback, {
        flag: '--lang',
        choices: 'fr | en',
        value: echoArgument(value),
        suggestion: '',
      }),
    );
  return value;
}
