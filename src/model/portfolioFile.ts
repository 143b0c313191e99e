/**
 * `portfolio.yaml` (docs/reference/open-data.md): `id`, `title`, `conventions: [{ id, source,
 * territory?, site? }]`, and `stale_months?` (how old a last update or a
 * last committee may be before the convention is listed as quiet). Checked
 * here, in full, before any source is fetched; each problem names the key.
 */
import { parseYaml } from '../parse/parseYaml.js';

export interface PortfolioEntry {
  id: string;
  source: string;
  territory: string | null;
  /** The convention's own website, when the portfolio names it. */
  site: string | null;
}

export interface PortfolioFile {
  id: string;
  title: string;
  staleMonths: number | null;
  conventions: PortfolioEntry[];
}

/** Each a key path and what is wrong there: `conventions[3].source: missing`. */
export type PortfolioFileProblem = {
  path: string;
  problem:
    | 'missing'
    | 'not-text'
    | 'not-an-id'
    | 'duplicate'
    | 'not-a-list'
    | 'not-a-number'
    | 'too-many'
    | 'unknown-key'
    | 'yaml';
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_CONVENTIONS = 100_000;
const TOP_KEYS = new Set(['id', 'title', 'stale_months', 'conventions']);
const ENTRY_KEYS = new Set(['id', 'source', 'territory', 'site']);

export function portfolioFile(
  text: string,
): { ok: true; file: PortfolioFile } | { ok: false; problems: PortfolioFileProblem[] } {
  const parsed = parseYaml(text);
  if (parsed.value === undefined) return { ok: false, problems: [{ path: '', problem: 'yaml' }] };
  const problems: PortfolioFileProblem[] = [];
  const root = parsed.value as Record<string, unknown>;
  if (typeof root !== 'object' || root === null || Array.isArray(root))
    return { ok: false, problems: [{ path: '', problem: 'missing' }] };
  for (const key of Object.keys(root))
    if (!TOP_KEYS.has(key) && !key.startsWith('x-')) problems.push({ path: key, problem: 'unknown-key' });
  const textAt = (value: unknown, path: string, required: boolean): string | null => {
    if (value === undefined || value === null) {
      if (required) problems.push({ path, problem: 'missing' });
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '' || value.length > 4000) {
      problems.push({ path, problem: 'not-text' });
      return null;
    }
    return value;
  };
  const idAt = (value: unknown, path: string): string | null => {
    const id = textAt(value, path, true);
    if (id !== null && !ID.test(id)) {
      problems.push({ path, problem: 'not-an-id' });
      return null;
    }
    return id;
  };
  const id = idAt(root.id, 'id');
  const title = textAt(root.title, 'title', true);
  let staleMonths: number | null = null;
  if (root.stale_months !== undefined) {
    if (
      typeof root.stale_months === 'number' &&
      Number.isInteger(root.stale_months) &&
      root.stale_months >= 0 &&
      root.stale_months <= 1200
    )
      staleMonths = root.stale_months;
    else problems.push({ path: 'stale_months', problem: 'not-a-number' });
  }
  const conventions: PortfolioEntry[] = [];
  if (!Array.isArray(root.conventions))
    problems.push({ path: 'conventions', problem: root.conventions === undefined ? 'missing' : 'not-a-list' });
  else if (root.conventions.length > MAX_CONVENTIONS) problems.push({ path: 'conventions', problem: 'too-many' });
  else {
    const seen = new Set<string>();
    for (const [index, raw] of (root.conventions as unknown[]).entries()) {
      const at = `conventions[${index + 1}]`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push({ path: at, problem: 'missing' });
        continue;
      }
      const entry = raw as Record<string, unknown>;
      for (const key of Object.keys(entry))
        if (!ENTRY_KEYS.has(key) && !key.startsWith('x-'))
          problems.push({ path: `${at}.${key}`, problem: 'unknown-key' });
      const entryId = idAt(entry.id, `${at}.id`);
      const source = textAt(entry.source, `${at}.source`, true);
      const territory = textAt(entry.territory, `${at}.territory`, false);
      const site = textAt(entry.site, `${at}.site`, false);
      if (entryId !== null && seen.has(entryId)) problems.push({ path: `${at}.id`, problem: 'duplicate' });
      if (entryId !== null) seen.add(entryId);
      if (entryId !== null && source !== null) conventions.push({ id: entryId, source, territory, site });
    }
  }
  if (problems.length > 0 || id === null || title === null) return { ok: false, problems };
  return { ok: true, file: { id, title, staleMonths, conventions } };
}

export type SourceKind =
  | { kind: 'http'; url: string }
  | { kind: 'git'; url: string; commit: string }
  | { kind: 'local'; path: string };

/** What a `source` names: an http(s) address of a package, a git repository at a pinned commit (`<url>#<commit>`), or a local folder. */
export function sourceKind(source: string): SourceKind {
  if (/^https?:\/\//i.test(source)) return { kind: 'http', url: source };
  const hash = source.lastIndexOf('#');
  if (hash > 0) return { kind: 'git', url: source.slice(0, hash), commit: source.slice(hash + 1) };
  return { kind: 'local', path: source };
}
