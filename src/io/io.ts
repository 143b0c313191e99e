import type { Lang } from '../i18n/lang.js';

/** Everything a command may touch of the outside world, injected so tests run in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, tables). */
  isTTY: boolean;
  /** The current instant; tests pin it. */
  now?: () => Date;
  /** The command line's language (`--lang`, else the roadmap's, else the environment's), for messages given before a roadmap's own language is known; main sets it. */
  lang?: Lang;
}

/** A mistake in how the command was called: exit code 2 and a one-line message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * 0 done; 1 the roadmap is invalid (or, with --strict, has warnings); 2 the
 * command was called wrongly; 70 a bug in roadmap itself (EX_SOFTWARE of
 * sysexits.h), so that CI tells a broken tool from a broken roadmap.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;
