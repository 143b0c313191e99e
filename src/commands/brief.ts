/**
 * `roadmap brief`: the committee briefing pack for one meeting, as markdown,
 * self-contained HTML and, with --pdf, a PDF printed by a local Chromium.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CommandInput } from '../cli/commands.js';
import { EXIT, UsageError, type Io } from '../cli/io.js';
import { derive } from '../derive/derive.js';
import type { Meeting } from '../model/types.js';
import { findChromium } from '../pdf/findChromium.js';
import { briefToHtml } from '../render/brief/briefToHtml.js';
import { briefToMarkdown } from '../render/brief/briefToMarkdown.js';
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
  const html = briefToHtml(doc);
  const files: { name: string; bytes: Uint8Array }[] = [
    { name: 'brief.md', bytes: Buffer.from(briefToMarkdown(doc)) },
    { name: 'brief.html', bytes: Buffer.from(html) },
  ];
  if (chromium) {
    // playwright-core is heavy to load: only --pdf pays for it.
    const { renderPdf } = await import('../pdf/renderPdf.js');
    try {
      const footerTemplate = `<div style="font-size:8px;width:100%;padding:0 15mm;color:#5f6b7a;display:flex;justify-content:space-between"><span>${escapeHtml(doc.footer)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;
      files.push({ name: 'brief.pdf', bytes: await renderPdf(html, { executablePath: chromium, footerTemplate, asOf: opened.asOf }) });
    } catch (error) {
      throw new UsageError(words.messages.pdfFailed(firstLine(error)));
    }
  }

  const root = typeof options.out === 'string' ? resolve(io.cwd, options.out) : join(dirname(opened.dir), 'briefs');
  writeBriefFiles(io, root, meeting.id, files, words);
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

/** Each file replaces only an earlier brief (never a hand-written file), through a temporary file and a rename. */
function writeBriefFiles(io: Io, root: string, meetingId: string, files: readonly { name: string; bytes: Uint8Array }[], words: BriefWords): void {
  const shown = (name: string): string => {
    const path = join(root, meetingId, name);
    const fromCwd = relative(io.cwd, path);
    return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
  };
  const existing = new Map<string, Buffer>();
  for (const file of files) {
    const path = join(root, meetingId, file.name);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    // A PDF carries no marker of its own: it belongs to the brief when the HTML beside it does.
    const ours = file.name === 'brief.pdf' ? existing.has('brief.html') || !existsSync(join(root, meetingId, 'brief.html')) : isGeneratedBrief(bytes.toString('utf8'));
    if (!ours) throw new UsageError(words.messages.notOurs(shown(file.name)));
    existing.set(file.name, bytes);
  }
  mkdirSync(root, { recursive: true });
  for (const file of files) {
    const expected = existing.get(file.name);
    const outcome = safeWrite({ root, rel: `${meetingId}/${file.name}`, bytes: file.bytes, mode: expected ? { kind: 'replace', expected } : { kind: 'create' } });
    if (!outcome.ok) throw new UsageError(words.messages.writeFailed(shown(file.name), outcome.detail ?? outcome.reason));
    io.stdout(`${words.messages.wrote(shown(file.name))}\n`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
