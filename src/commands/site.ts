/**
 * `roadmap site`: the partnership's public website, a folder of static pages
 * built from the same figures as the report. Every target is planned and
 * checked before the first write; then each page is built, rendered and
 * streamed to disk one at a time, so a large roadmap never sits in memory
 * as a whole site, while Pagefind builds the search index in its own process.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
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
import { MANIFEST_NAME, manifestHashes, manifestLine, manifestText } from '../render/site/siteMarker.js';
import { pagePath } from '../render/site/sitePage.js';
import { pageRefs, sitePages } from '../render/site/sitePages.js';
import { searchPage } from '../render/site/searchPage.js';
import { isSiteLogoPath, siteLogos } from '../render/site/siteLogos.js';
import { SEARCH_SCRIPT, SITE_LOGO_STYLE, SITE_STYLE } from '../render/site/siteStyle.js';
import { siteWord } from '../render/site/siteWords.js';
import { terminalLine } from '../util/sanitize.js';
import { encodedPieces } from '../edit/encodedPieces.js';
import { whenInterrupted } from '../write/signals.js';
import { cleanRel, openWriter, planWrites, type WritePlan, type WriteRefusal, type Writer } from '../write/writer.js';
import { outcomeRefusal, refusalError, type RefusalContext } from '../write/writeMessages.js';
import { buildSearchIndex, SEARCH_PART_CHARS } from '../search/buildSearchIndex.js';
import { detachedRoadmapCommand, type RoadmapRun } from './opening/roadmapCommand.js';
import { shownPath } from '../util/shownPath.js';

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
  if (inRoot === '' || (!inRoot.startsWith('..') && !isAbsolute(inRoot)))
    throw new UsageError(terminalLine(siteWord('outInsideRoadmap', lang, { dir: root })));
  const shown = (path: string): string => shownPath(io.cwd, resolve(root, path));

  const { figures } = site;
  const ctx = siteContext(roadmap, figures, lang, findRepositoryTop(site.dir)?.prefix);
  const siteTitle = roadmap.convention?.data.title ?? siteWord('home', lang);
  // The letterhead's logos, written once under assets/logos/ and shown in every page's header.
  const logos = siteLogos(roadmap, lang);

  // The plan: every file of the site known and checked before the first write, with every
  // folder it needs; the search index's files as one folder, every file of which must be the last run's.
  const targets = [
    ...pageRefs(ctx).map(pagePath),
    'feed.xml',
    'assets/site.css',
    ...logos.map((logo) => logo.path),
    'assets/search.js',
  ];
  const context: RefusalContext = { lang, root, shown };
  const planned = planSite(root, targets, site.dir);
  if (!planned.ok) throw refusalError(planned.refusal, context);
  const { plan, previous } = planned;
  if (flags.dryRun) {
    for (const target of [...targets, `${SEARCH_FOLDER}/`, MANIFEST_NAME]) io.stdout(`${shown(target)}\n`);
    io.stderr(`${siteWord('wouldWrite', lang, { count: targets.length + 1, dir: terminalLine(root) })}\n`);
    return EXIT.ok;
  }

  const opening = openWriter(plan, { flush: false });
  if (!opening.ok) throw refusalError(opening.refusal, context);
  const { writer } = opening;
  const written = new Map<string, string>();
  // The manifest first lists the last run's files, then each file of this run as it is written:
  // even killed (kill -9, a power cut), the run leaves a folder the next one knows for its own.
  const log = writer.openLog(MANIFEST_NAME, Buffer.from(manifestText(pairs(previous))));
  if (!log.ok) {
    writer.close();
    throw refusalError(outcomeRefusal(MANIFEST_NAME, log)!, context);
  }
  const write = fileWriter(writer, written, context, log.append);
  let listed = false;
  // Whatever ends the run — a refused write, a full disk, Ctrl-C — the manifest lists what this
  // run wrote beside what the last one did, so that the next run knows those files for its own.
  const listSoFar = (): void => {
    if (listed || written.size === 0) return;
    listed = true;
    writer.write(MANIFEST_NAME, Buffer.from(manifestText([...pairs(previous, written), ...written])));
  };
  const stopListing = whenInterrupted(listSoFar);
  // Pagefind indexes in its own process while this one writes the pages; each part's files are written as they come.
  const stop = new AbortController();
  const indexing = buildSearchIndex(searchRecords(ctx), lang, {
    partChars: searchPartChars,
    signal: stop.signal,
    write: (file, content) => write(`${SEARCH_FOLDER}/${file}`, [content]),
  });
  // Settled between two pages when a write of the index is refused: seen when awaited, after the pages.
  indexing.catch(() => undefined);
  try {
    const frame = { siteTitle, asOf: figures.asOf, baseUrl, logos };
    // Before the pages that show them.
    for (const logo of logos) write(logo.path, [logo.bytes]);
    let since = performance.now();
    for (const page of sitePages(ctx)) {
      write(pagePath(page.ref), pageToHtml(page, frame));
      if (performance.now() - since >= YIELD_EVERY_MS) {
        await nextTurn();
        since = performance.now();
      }
    }
    write('feed.xml', [
      atomFeed({
        lang,
        siteTitle,
        conventionId: roadmap.convention?.data.id ?? 'roadmap',
        asOf: figures.asOf,
        facts: datedFacts(ctx, FEED_ENTRIES),
        baseUrl,
      }),
    ]);
    write('assets/site.css', [
      `/* generated by roadmap site */\n${SITE_STYLE}${logos.length > 0 ? SITE_LOGO_STYLE : ''}`,
    ]);
    const index = await indexing;
    write(pagePath({ kind: 'search' }), pageToHtml(searchPage(ctx, index), frame));
    if (index) write('assets/search.js', [SEARCH_SCRIPT]);
    // What the last run wrote and this one did not (a commitment removed, the search index's old
    // parts) goes, when it is still what that run wrote: the site shows the roadmap as it is.
    for (const [path, hashes] of previous) {
      if (!written.has(path)) writer.remove(path, (bytes) => hashes.has(sha256(bytes)));
    }
    listed = true;
    const manifest = outcomeRefusal(MANIFEST_NAME, writer.write(MANIFEST_NAME, Buffer.from(manifestText(written))));
    if (manifest) throw refusalError(manifest, context, written.size);
    io.stdout(`${siteWord('wroteSite', lang, { count: written.size + 1, dir: shownPath(io.cwd, root) })}\n`);
    return EXIT.ok;
  } finally {
    stopListing();
    // Pagefind stops at its next batch when a page could not be written.
    stop.abort();
    await indexing.catch(() => undefined);
    try {
      listSoFar();
    } finally {
      writer.close();
    }
  }
}

/**
 * Writes one file of the site and records its hash for the manifest. A file the last run
 * wrote is replaced only if it is still what that run wrote (checked by the plan, and again
 * by the writer right before its rename).
 */
function fileWriter(
  writer: Writer,
  written: Map<string, string>,
  context: RefusalContext,
  list: ((line: Uint8Array) => void) | undefined,
): (path: string, chunks: Iterable<string | Uint8Array>) => void {
  const scratch = new Uint8Array(64 * 1024);
  return (path, chunks) => {
    const hash = createHash('sha256');
    let digest = '';
    // Listed before the rename: killed between the two, the next run still knows the file (by either hash).
    const listIt = (): void => {
      digest = hash.digest('hex');
      list?.(Buffer.from(manifestLine(path, digest)));
    };
    const refused = outcomeRefusal(path, writer.write(path, encodedPieces(chunks, scratch, hash), listIt));
    if (refused) throw refusalError(refused, context, written.size);
    written.set(path, digest);
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

/**
 * The plan of the site: every target either does not exist yet, or is a file the last run
 * wrote and nobody changed since (its hash in the manifest); so is every file already in the
 * search index's folder; every folder is one or can be made one. `previous` is the last run's
 * manifest, keeping only what the site can recognise as its own output (siteOutput).
 */
function planSite(
  root: string,
  targets: readonly string[],
  roadmapDir: string,
): { ok: true; plan: WritePlan; previous: Map<string, Set<string>> } | { ok: false; refusal: WriteRefusal } {
  const forbidden = [roadmapDir];
  const manifestPlan = planWrites(
    root,
    [
      {
        rel: MANIFEST_NAME,
        claim: { kind: 'ours', isOurs: (bytes) => manifestHashes(Buffer.from(bytes).toString('utf8')) !== undefined },
      },
    ],
    { forbidden },
  );
  if (!manifestPlan.ok) return manifestPlan;
  const manifestBytes = manifestPlan.plan.files.get(MANIFEST_NAME)?.existing;
  const previous = new Map<string, Set<string>>();
  for (const [path, hashes] of manifestBytes ? manifestHashes(Buffer.from(manifestBytes).toString('utf8'))! : []) {
    const clean = cleanRel(path);
    if (isSiteOutput(clean)) previous.set(clean, new Set([...(previous.get(clean) ?? []), ...hashes]));
  }
  const ours = (path: string) => ({
    rel: path,
    claim: {
      kind: 'ours' as const,
      isOurs: (bytes: Uint8Array) => previous.get(cleanRel(path))?.has(sha256(bytes)) === true,
    },
  });
  const index = existingIndexFiles(root);
  const planned = planWrites(
    root,
    [{ rel: MANIFEST_NAME, claim: { kind: 'ours', isOurs: () => true } }, ...targets.map(ours), ...index.map(ours)],
    { forbidden, folders: [SEARCH_FOLDER] },
  );
  if (!planned.ok) return planned;
  return { ok: true, plan: planned.plan, previous };
}

/** The files already in the search index's folder (each must be the last run's), with forward slashes. */
function existingIndexFiles(root: string): string[] {
  const folder = resolve(root, SEARCH_FOLDER);
  let entries: Dirent[];
  try {
    if (!lstatSync(folder).isDirectory()) return [];
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The kinds of file the site writes: pages, the feed, its style and script, the logos, and Pagefind's index in its folder. */
const PAGE_KINDS = /\.(html|xml|css|js)$/;
const INDEX_KINDS = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind|json|js|css)$/;

/**
 * What a manifest may name for removal or replacement: a normalised path inside the folder,
 * no dot file nor anything in a dot folder (`.git/HEAD`, `.nojekyll`), and a kind of file the
 * site writes (never `CNAME`; an image only as a logo of `assets/logos/`). A forged manifest can
 * name anything; only these are believed.
 */
export function isSiteOutput(clean: string): boolean {
  if (
    clean.startsWith('../') ||
    clean === '..' ||
    clean.startsWith('/') ||
    clean.split('/').some((segment) => segment.startsWith('.') || segment === '')
  )
    return false;
  return clean.startsWith(`${SEARCH_FOLDER}/`)
    ? INDEX_KINDS.test(clean)
    : PAGE_KINDS.test(clean) || isSiteLogoPath(clean);
}

/** The last run's entries as manifest lines, leaving out the paths this run has written (`except`). */
function pairs(
  previous: ReadonlyMap<string, ReadonlySet<string>>,
  except: ReadonlyMap<string, string> = new Map(),
): [string, string][] {
  return [...previous]
    .filter(([path]) => !except.has(path))
    .flatMap(([path, hashes]) => [...hashes].map((hash): [string, string] => [path, hash]));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
