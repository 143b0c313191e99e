/**
 * `roadmap site`: the partnership's public website, a folder of static pages
 * built from the same figures as the report. Every target is planned and
 * checked before the first write; then each page is built, rendered and
 * streamed to disk one at a time, so a large roadmap never sits in memory
 * as a whole site.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError } from '../io/io.js';
import { derive } from '../derive/derive.js';
import type { Lang } from '../i18n/lang.js';
import { detachRoadmap } from '../model/detachRoadmap.js';
import type { Roadmap } from '../model/types.js';
import { findRepositoryTop } from '../git/findRepositoryTop.js';
import { atomFeed } from '../render/site/atomFeed.js';
import { datedFacts } from '../render/site/datedFacts.js';
import { pageToHtml } from '../render/site/pageToHtml.js';
import { searchRecords } from '../render/site/searchRecords.js';
import { siteContext } from '../render/site/siteContext.js';
import { MANIFEST_NAME, manifestText, parseManifest } from '../render/site/siteMarker.js';
import { pagePath } from '../render/site/sitePage.js';
import { pageRefs, sitePages } from '../render/site/sitePages.js';
import { SEARCH_SCRIPT, SITE_STYLE } from '../render/site/siteStyle.js';
import { siteWord } from '../render/site/siteWords.js';
import { terminalLine } from '../util/sanitize.js';
import { safeWrite, type WriteOutcome } from '../write/safeWrite.js';
import { usageError } from './shared/usageError.js';
import { buildSearchIndex, SEARCH_PART_CHARS } from './shared/buildSearchIndex.js';
import { openRoadmap, refuseInvalid } from './shared/openRoadmap.js';
import { resolveRoadmapFlags } from './shared/resolveOptions.js';

/** How many dated facts the feed carries: enough to follow, small enough to poll. */
const FEED_ENTRIES = 100;

/** `searchPartChars`: how much text each part of the search index holds (tests make it small to see several parts). */
export async function run({ options, io }: CommandInput, searchPartChars = SEARCH_PART_CHARS): Promise<number> {
  const opened = await openValid(io, options);
  if (opened === undefined) return EXIT.invalid;
  const { lang, roadmap } = opened;
  const baseUrl = checkBaseUrl(options.baseUrl, lang);
  const root = resolve(io.cwd, typeof options.out === 'string' ? options.out : 'public');
  const inRoot = relative(root, opened.dir);
  if (inRoot === '' || (!inRoot.startsWith('..') && !isAbsolute(inRoot))) throw new UsageError(terminalLine(siteWord('outInsideRoadmap', lang, { dir: root })));
  const shown = (path: string): string => terminalLine(relative(io.cwd, resolve(root, path)) || path);

  const figures = derive(roadmap, opened.asOf);
  const ctx = siteContext(roadmap, figures, lang, findRepositoryTop(opened.dir)?.prefix);
  const siteTitle = roadmap.convention?.data.title ?? siteWord('home', lang);
  const index = await buildSearchIndex(searchRecords(ctx), lang, searchPartChars);

  // The plan: every file of the site, known before anything is built.
  const targets = [
    ...pageRefs(ctx).map(pagePath),
    'feed.xml', 'assets/site.css',
    ...(index ? ['assets/search.js', ...index.files.map((file) => `pagefind/${file}`)] : []),
  ];
  try {
    return writeSite();
  } finally {
    index?.dispose();
  }

  function writeSite(): number {
    const previous = checkTargets(root, targets, lang, shown);
    if (options.dryRun) {
      for (const target of targets) io.stdout(`${shown(target)}\n`);
      io.stdout(`${shown(MANIFEST_NAME)}\n`);
      io.stderr(`${siteWord('wouldWrite', lang, { count: targets.length + 1, dir: terminalLine(root) })}\n`);
      return EXIT.ok;
    }

    mkdirSync(root, { recursive: true });
    const written = new Map<string, string>();
    const refuseUnlessWritten = (path: string, outcome: WriteOutcome): void => {
      if (!outcome.ok) throw usageError(lang, `write/${outcome.reason}`, { file: shown(path), root: terminalLine(root), detail: outcome.detail ?? '' });
    };
    // Pages are encoded through one reused buffer: a site of 10 000 pages would otherwise leave
    // hundreds of megabytes of short-lived buffers outside the heap for the collector to notice late.
    const scratch = new Uint8Array(64 * 1024);
    const encoder = new TextEncoder();
    const write = (path: string, chunks: Iterable<string | Uint8Array>): void => {
      const hash = createHash('sha256');
      const bytes = (function* () {
        for (const chunk of chunks) {
          if (typeof chunk !== 'string') {
            hash.update(chunk);
            yield chunk;
            continue;
          }
          // safeWrite writes each piece before asking for the next, so the buffer can be reused.
          for (let rest = chunk; rest.length > 0;) {
            const { read, written } = encoder.encodeInto(rest, scratch);
            const piece = scratch.subarray(0, written);
            hash.update(piece);
            yield piece;
            rest = rest.slice(read);
          }
        }
      })();
      const expected = previous.has(path) ? readFileSync(resolve(root, path)) : undefined;
      if (expected && sha256(expected) !== previous.get(path)) throw usageError(lang, 'write/changed-on-disk', { file: shown(path) });
      refuseUnlessWritten(path, safeWrite({ root, rel: path, bytes, mode: expected ? { kind: 'replace', expected } : { kind: 'create' }, flush: false }));
      written.set(path, hash.digest('hex'));
    };

    const frame = { siteTitle, asOf: figures.asOf, baseUrl };
    for (const page of sitePages(ctx, index)) write(pagePath(page.ref), pageToHtml(page, frame));
    write('feed.xml', [atomFeed({ lang, siteTitle, conventionId: roadmap.convention?.data.id ?? 'roadmap', asOf: figures.asOf, facts: datedFacts(ctx, FEED_ENTRIES), baseUrl })]);
    write('assets/site.css', [`/* generated by roadmap site */\n${SITE_STYLE}`]);
    if (index) {
      write('assets/search.js', [SEARCH_SCRIPT]);
      for (const file of index.files) write(`pagefind/${file}`, [readFileSync(join(index.folder, file))]);
    }
    const manifestPath = resolve(root, MANIFEST_NAME);
    const oldManifest = existsSync(manifestPath) ? readFileSync(manifestPath) : undefined;
    refuseUnlessWritten(MANIFEST_NAME, safeWrite({ root, rel: MANIFEST_NAME, bytes: Buffer.from(manifestText(written)), mode: oldManifest ? { kind: 'replace', expected: oldManifest } : { kind: 'create' } }));
    io.stdout(`${siteWord('wroteSite', lang, { count: written.size + 1, dir: terminalLine(relative(io.cwd, root) || '.') })}\n`);
    return EXIT.ok;
  }
}

/**
 * The roadmap and what the site needs of its opening, and nothing else: the raw files,
 * their YAML trees and the diagnostics become garbage before the pages are built, which
 * keeps the heap (and so the collector's headroom) small on a large roadmap.
 */
async function openValid(io: CommandInput['io'], options: CommandInput['options']): Promise<{ roadmap: Roadmap; dir: string; asOf: string; lang: Lang } | undefined> {
  const opened = openRoadmap(io, resolveRoadmapFlags(io, options));
  if (await refuseInvalid(io, opened)) return undefined;
  return { roadmap: detachRoadmap(opened.loaded.roadmap), dir: opened.dir, asOf: opened.asOf, lang: opened.lang };
}

function checkBaseUrl(value: unknown, lang: Lang): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Reported below, with the value given.
  }
  throw new UsageError(terminalLine(siteWord('badBaseUrl', lang, { value })));
}

/**
 * Every target either does not exist yet, or is a file the last run wrote and
 * nobody changed since (its hash in the manifest): otherwise nothing is written.
 */
function checkTargets(root: string, targets: readonly string[], lang: Lang, shown: (path: string) => string): Map<string, string> {
  const manifestPath = resolve(root, MANIFEST_NAME);
  let previous = new Map<string, string>();
  if (existsSync(manifestPath)) {
    const parsed = lstatSync(manifestPath).isFile() ? parseManifest(readFileSync(manifestPath, 'utf8')) : undefined;
    if (!parsed) throw usageError(lang, 'write/not-ours', { file: shown(MANIFEST_NAME) });
    previous = parsed;
  }
  const kept = new Map<string, string>();
  for (const target of targets) {
    const path = resolve(root, target.split('/').join(sep));
    if (!existsSync(path)) continue;
    const hash = previous.get(target);
    const ours = hash !== undefined && lstatSync(path).isFile() && sha256(readFileSync(path)) === hash;
    if (!ours) throw usageError(lang, 'write/not-ours', { file: shown(target) });
    kept.set(target, hash);
  }
  return kept;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
