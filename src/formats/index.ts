import type { Formatter } from './context.js';

/** Formatters by --format name, imported only when chosen. */
export const FORMATTERS = {
  pretty: async () => (await import('./pretty.js')).pretty,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  junit: async () => (await import('./junit.js')).junit,
  markdown: async () => (await import('./markdown.js')).markdown,
  sarif: async () => (await import('./sarif.js')).sarif,
} satisfies Record<string, () => Promise<Formatter>>;
