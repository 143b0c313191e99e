/**
 * `roadmap site`: the partnership's public website, a folder of static pages
 * built from the same figures as the report. Every target is planned and
 * checked before the first write; then each page is built, rendered and
 * streamed to disk one at a time, so a large roadmap never sits in memory
 * as a whole site, while Pagefind builds the search index in its own process.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError } from '../io/io.js';
import type { Lang } from '../i18n/lang.js';
import { findRepositoryTop } from '../git/findRepositoryTop.js';
import { atomFeed } from '../render/site/atomFeed.js';
import { datedFacts } from '../render/site/datedFacts.js';
import { pageToHtml } from '../render/site/pageToHtml.js';
import { searchRecords } from '../render/site/searchRecords.js';
import { siteContext } from '../render/site/siteContext.js';
import { MANIFEST_NAME, manifestText, parseManifest } from '../render/site/siteMarker.js';
import { pagePath } from '../render/site/sitePage.js';
import { pageRefs, sitePages } from '../render/site/sitePages.js';
import { searchPage } from '../render/site/searchPage.js';
import { SEARCH_SCRIPT, SITE_STYLE } from '../render/site/siteStyle.js';
import { siteWord } from '../render/site/siteWords.js';
import { terminalLine } from '../util/sanitize.js';
import { encodedPieces } from '../write/encodedPieces.js';
import { BATCH_LOCK_NAME, beginBatch, endBatch, safeRemove, safeWrite, whenInterrupted, type WriteBatch, type WriteOutcome } from '../write/safeWrite.js';
import { usageError } from './flags/usageError.js';
import { detachedRoadmapCommand, type RoadmapRun } from './opening/roadmapCommand.js';
import { buildSearchIndex, SEARCH_PART_CHARS } from '../search/buildSearchIndex.js';

/** How many dated facts the feed carries: enough to follow, small enough to poll. */
const FEED_ENTRIES = 100;
/** The search index's folder: Pagefind names its files after their content, so the folder is planned as a whole. */
const SEARCH_FOLDER = 'pagefind';
/** How long the pages are written before Pagefind's replies are read and its next records sent. */
const YIELD_EVERY_MS = 10;

/** `searchPartChars`: how much text each part of the search index holds (tests make it small to see several parts). */
export function run(input: CommandInput<'site'>, searchPartChars = SEARCH_PART_CHARS): Promise<number> {
  return detachedRoadmapCommand((site: RoadmapRun<'site'>) => buildSite(site, searchPartChars))(input);
}

/**
 * Opened detached: the raw files, their YAML trees and the diagnostics become
 * garbage before the pages are built, which keeps the heap (and so the
 * collector's headroom) small on a large roadmap.
 */
async function buildSite(site: RoadmapRun<'site'>, searchPartChars: number): Promise<number> {
  const { flags, io, lang, roadmap } = site;
  const baseUrl = checkBaseUrl(flags.baseUrl, lang);
  const root = resolve(io.cwd, flags.out ?? 'public');
  const inRoot = relative(root, site.dir);
  if (inRoot === '' || (!inRoot.startsWith('..') && !isAbsolute(inRoot))) throw new UsageError(terminalLine(siteWord('outInsideRoadmap', lang, { dir: root })));
  const shown = (path: string): string => terminalLine(relative(io.cwd, resolve(root, path)) || path);

  const { figures } = site;
  const ctx = siteContext(roadmap, figures, lang, findRepositoryTop(site.dir)?.prefix);
  const siteTitle = roadmap.convention?.data.title ?? siteWord('home', lang);

  // The plan: every file of the site known and checked before the first write; the search
  // index's files as one folder, every file of which must be the last run's.
  const targets = [...pageRefs(ctx).map(pagePath), 'feed.xml', 'assets/site.css', 'assets/search.js'];
  const previous = checkTargets(root, targets, lang, shown);
  if (flags.dryRun) {
    for (const target of [...targets, `${SEARCH_FOLDER}/`, MANIFEST_NAME]) io.stdout(`${shown(target)}\n`);
    io.stderr(`${siteWord('wouldWrite', lang, { count: targets.length + 1, dir: terminalLine(root) })}\n`);
    return EXIT.ok;
  }

  mkdirSync(root, { recursive: true });
  const begun = beginBatch(root);
  if (!begun.ok) throw usageError(lang, `write/${begun.reason}`, { file: shown(BATCH_LOCK_NAME), root: terminalLine(root), detail: begun.detail ?? '' });
  const { batch } = begun;
  const written = new Map<string, string>();
  const write = fileWriter({ root, batch, previous, written, lang, shown });
  // Interrupted (Ctrl-C), the command still lists what it wrote, so that the next run knows those files for its own.
  const stopListing = whenInterrupted(() => writeManifest(new Map([...previous.manifest, ...written]), previous.manifestBytes, { root, batch, lang, shown }));
  // Pagefind indexes in its own process while this one writes the pages; each part's files are written as they come.
  const stop = new AbortController();
  const indexing = buildSearchIndex(searchRecords(ctx), lang, { partChars: searchPartChars, signal: stop.signal, write: (file, content) => write(`${SEARCH_FOLDER}/${file}`, [content]) });
  // Settled between two pages when a write of the index is refused: seen when awaited, after the pages.
  indexing.catch(() => undefined);
  try {
    const frame = { siteTitle, asOf: figures.asOf, baseUrl };
    let since = performance.now();
    for (const page of sitePages(ctx)) {
      write(pagePath(page.ref), pageToHtml(page, frame));
      if (performance.now() - since >= YIELD_EVERY_MS) {
        await nextTurn();
        since = performance.now();
      }
    }
    write('feed.xml', [atomFeed({ lang, siteTitle, conventionId: roadmap.convention?.data.id ?? 'roadmap', asOf: figures.asOf, facts: datedFacts(ctx, FEED_ENTRIES), baseUrl })]);
    write('assets/site.css', [`/* generated by roadmap site */\n${SITE_STYLE}`]);
    const index = await indexing;
    write(pagePath({ kind: 'search' }), pageToHtml(searchPage(ctx, index), frame));
    if (index) write('assets/search.js', [SEARCH_SCRIPT]);
    // What the last run wrote and this one did not (a commitment removed, the search index's old
    // parts) goes, when it is still what that run wrote: the site shows the roadmap as it is.
    for (const [path, hash] of previous.manifest) {
      if (!written.has(path)) safeRemove({ root, rel: path, unchanged: (bytes) => sha256(bytes) === hash, batch });
    }
    writeManifest(written, previous.manifestBytes, { root, batch, lang, shown });
    io.stdout(`${siteWord('wroteSite', lang, { count: written.size + 1, dir: terminalLine(relative(io.cwd, root) || '.') })}\n`);
    return EXIT.ok;
  } finally {
    stopListing();
    // Pagefind stops at its next batch when a page could not be written.
    stop.abort();
    await indexing.catch(() => undefined);
    endBatch(batch);
  }
}

interface Shown {
  root: string;
  lang: Lang;
  shown: (path: string) => string;
}

function refuseUnlessWritten(outcome: WriteOutcome, path: string, { root, lang, shown }: Shown): void {
  if (!outcome.ok) throw usageError(lang, `write/${outcome.reason}`, { file: shown(path), root: terminalLine(root), detail: outcome.detail ?? '' });
}

/** The manifest: every file written, with its hash (siteMarker.ts); it replaces the one the plan read, if any. */
function writeManifest(entries: ReadonlyMap<string, string>, planned: Uint8Array | undefined, context: Shown & { batch: WriteBatch }): void {
  const bytes = Buffer.from(manifestText(entries));
  refuseUnlessWritten(safeWrite({ root: context.root, rel: MANIFEST_NAME, bytes, mode: planned ? { kind: 'replace', expected: planned } : { kind: 'create' }, batch: context.batch }), MANIFEST_NAME, context);
}

/**
 * Writes one file of the site and records its hash for the manifest. A file the
 * last run wrote is replaced only if it is still what that run wrote.
 */
function fileWriter(context: Shown & { batch: WriteBatch; previous: PlannedSite; written: Map<string, string> }): (path: string, chunks: Iterable<string | Uint8Array>) => void {
  const { root, batch, previous, written, lang, shown } = context;
  const scratch = new Uint8Array(64 * 1024);
  return (path, chunks) => {
    const hash = createHash('sha256');
    const kept = previous.kept.get(path);
    const expected = kept === undefined ? undefined : readFileSync(resolve(root, path));
    if (expected && sha256(expected) !== kept) throw usageError(lang, 'write/changed-on-disk', { file: shown(path) });
    refuseUnlessWritten(safeWrite({ root, rel: path, bytes: encodedPieces(chunks, scratch, hash), mode: expected ? { kind: 'replace', expected } : { kind: 'create' }, flush: false, batch }), path, context);
    written.set(path, hash.digest('hex'));
  };
}

function checkBaseUrl(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Reported below, with the value given.
  }
  throw new UsageError(terminalLine(siteWord('badBaseUrl', lang, { value })));
}

interface PlannedSite {
  /** The last run's manifest: every file it wrote, with its hash. */
  manifest: Map<string, string>;
  /** That manifest as read, for its replacement to check against. */
  manifestBytes?: Uint8Array;
  /** The files of this run that exist already, each unchanged since the last run wrote it. */
  kept: Map<string, string>;
}

/**
 * Every target either does not exist yet, or is a file the last run wrote and
 * nobody changed since (its hash in the manifest); so is every file already in
 * the search index's folder. Otherwise nothing is written.
 */
function checkTargets(root: string, targets: readonly string[], lang: Lang, shown: (path: string) => string): PlannedSite {
  const manifestPath = resolve(root, MANIFEST_NAME);
  let manifest = new Map<string, string>();
  let manifestBytes: Uint8Array | undefined;
  if (existsSync(manifestPath)) {
    manifestBytes = lstatSync(manifestPath).isFile() ? readFileSync(manifestPath) : undefined;
    const parsed = manifestBytes && parseManifest(Buffer.from(manifestBytes).toString('utf8'));
    if (!parsed) throw usageError(lang, 'write/not-ours', { file: shown(MANIFEST_NAME) });
    manifest = parsed;
  }
  const kept = new Map<string, string>();
  const keepIfOurs = (target: string): void => {
    const path = resolve(root, target.split('/').join(sep));
    if (!existsSync(path)) return;
    const hash = manifest.get(target);
    const ours = hash !== undefined && lstatSync(path).isFile() && sha256(readFileSync(path)) === hash;
    if (!ours) throw usageError(lang, 'write/not-ours', { file: shown(target) });
    kept.set(target, hash);
  };
  for (const target of targets) keepIfOurs(target);
  const searchFolder = resolve(root, SEARCH_FOLDER);
  if (existsSync(searchFolder)) {
    if (!lstatSync(searchFolder).isDirectory()) throw usageError(lang, 'write/not-ours', { file: shown(SEARCH_FOLDER) });
    for (const entry of readdirSync(searchFolder, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      keepIfOurs(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  }
  return { manifest, manifestBytes, kept };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
