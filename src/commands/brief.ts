/**
 * `roadmap brief`: the committee briefing pack for one meeting, as markdown,
 * self-contained HTML and, with --pdf, a PDF printed by a local Chromium.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError, type Io } from '../io/io.js';
import { derive } from '../derive/derive.js';
import type { Meeting } from '../model/types.js';
import { findChromium } from '../pdf/findChromium.js';
import { briefHtmlChunks, briefToHtml } from '../render/brief/briefToHtml.js';
import { briefMarkdownChunks } from '../render/brief/briefToMarkdown.js';
import { briefWords, type BriefWords } from '../render/brief/briefWords.js';
import { buildBrief } from '../render/brief/buildBrief.js';
import { isGeneratedBrief } from '../render/brief/generatedMarker.js';
import { escapeHtml } from '../render/escapeHtml.js';
import { closestMatch } from '../util/closestMatch.js';
import { terminalLine } from '../util/sanitize.js';
import { formatDate } from '../i18n/formatDate.js';
import { safeWrite } from '../write/safeWrite.js';
import { openRoadmap, refuseInvalid } from './shared/openRoadmap.js';

export async function run({ options, io }: CommandInput): Promise<number> {
  const opened = openRoadmap(io, { dir: options.dir, asOf: options.asOf, lang: options.lang });
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const words = briefWords(opened.lang);
  const { roadmap } = opened.loaded;
  const figures = derive(roadmap, opened.asOf);
  const meeting = pickMeeting(roadmap.meetings.map((entity) => entity.data), options.meeting, figures.meetings.next?.id, words, formatDate(opened.asOf, opened.lang));
  // Found before anything is written: a missing browser must not leave a brief without its PDF.
  const chromium = options.pdf ? chromiumPath(typeof options.chromium === 'string' ? options.chromium : undefined, io, words) : undefined;

  const since = typeof options.since === 'string'
    ? (await import('./shared/briefSince.js')).briefSince(io, opened, options.since, options)
    : undefined;
  const doc = buildBrief({ roadmap, figures, meeting, lang: opened.lang, since });
  const root = typeof options.out === 'string' ? resolve(io.cwd, options.out) : join(dirname(opened.dir), 'briefs');
  const write = briefWriter(io, root, meeting.id, chromium ? ['brief.md', 'brief.html', 'brief.pdf'] : ['brief.md', 'brief.html'], words);
  // One file at a time, each streamed section by section: a large roadmap never holds a whole rendering in memory.
  write('brief.md', (function* () {
    for (const chunk of briefMarkdownChunks(doc)) yield Buffer.from(chunk);
  })());
  if (!chromium) write('brief.html', briefHtmlChunks(doc));
  else {
    // The browser needs the page whole.
    const html = briefToHtml(doc);
    write('brief.html', html);
    // playwright-core is heavy to load: only --pdf pays for it.
    const { renderPdf } = await import('../pdf/renderPdf.js');
    const footerTemplate = `<div style="font-size:8px;width:100%;padding:0 15mm;color:#5f6b7a;display:flex;justify-content:space-between"><span>${escapeHtml(doc.footer)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;
    let pdf: Uint8Array;
    try {
      pdf = await renderPdf(html.toString('utf8'), { executablePath: chromium, footerTemplate, asOf: opened.asOf });
    } catch (error) {
      throw new UsageError(words.messages.pdfFailed(firstLine(error)));
    }
    write('brief.pdf', pdf);
  }
  return EXIT.ok;
}

function pickMeeting(meetings: readonly Meeting[], requested: unknown, nextId: string | undefined, words: BriefWords, asOfText: string): Meeting {
  if (typeof requested === 'string') {
    const meeting = meetings.find((candidate) => candidate.id === requested);
    if (!meeting) throw new UsageError(words.messages.unknownMeeting(terminalLine(requested), closestMatch(requested, meetings.map((candidate) => candidate.id))));
    return meeting;
  }
  const next = meetings.find((candidate) => candidate.id === nextId);
  if (!next) throw new UsageError(words.messages.noUpcoming(asOfText));
  return next;
}

function chromiumPath(flag: string | undefined, io: Io, words: BriefWords): string {
  const lookup = findChromium(flag, io.env);
  if (lookup.found) return lookup.path;
  if (lookup.named) throw new UsageError(words.messages.namedChromium(lookup.named.path, lookup.named.source));
  throw new UsageError(words.messages.noChromium(lookup.tried.join(', ')));
}

/**
 * Checks every target before the first write (a hand-written file in the way
 * stops the command with nothing written), then writes each file through a
 * temporary file and a rename, replacing only an earlier brief.
 */
function briefWriter(io: Io, root: string, meetingId: string, names: readonly string[], words: BriefWords): (name: string, bytes: Uint8Array | Iterable<Uint8Array>) => void {
  const shown = (name: string): string => {
    const path = join(root, meetingId, name);
    const fromCwd = relative(io.cwd, path);
    return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
  };
  const existing = new Map<string, Buffer>();
  for (const name of names) {
    const path = join(root, meetingId, name);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    // A PDF carries no marker of its own: it belongs to the brief when the HTML beside it does.
    const ours = name === 'brief.pdf' ? existing.has('brief.html') || !existsSync(join(root, meetingId, 'brief.html')) : isGeneratedBrief(bytes.toString('utf8', 0, 1000));
    if (!ours) throw new UsageError(words.messages.notOurs(shown(name)));
    existing.set(name, bytes);
  }
  mkdirSync(root, { recursive: true });
  return (name, bytes) => {
    const expected = existing.get(name);
    const outcome = safeWrite({ root, rel: `${meetingId}/${name}`, bytes, mode: expected ? { kind: 'replace', expected } : { kind: 'create' } });
    if (!outcome.ok) throw new UsageError(words.messages.writeFailed(shown(name), outcome.detail ?? outcome.reason));
    existing.delete(name);
    io.stdout(`${words.messages.wrote(shown(name))}\n`);
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
