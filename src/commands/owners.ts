import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError, type Io } from '../io/io.js';
import { changesSince } from '../git/changesSince.js';
import { locateRepository } from '../git/locateRepository.js';
import { isGeneratedCodeowners, renderCodeowners } from '../owners/renderCodeowners.js';
import { ownersMessage } from '../owners/ownersMessages.js';
import { ownership } from '../owners/ownership.js';
import { routeReview } from '../owners/routeReview.js';
import { renderRoutingJson } from '../render/owners/renderRoutingJson.js';
import { renderRoutingMarkdown } from '../render/owners/renderRoutingMarkdown.js';
import { renderRoutingText } from '../render/owners/renderRoutingText.js';
import { terminalLine } from '../util/sanitize.js';
import { openRevision } from './shared/openRevision.js';
import { openRoadmap, refuseInvalid, type OpenedRoadmap } from './shared/openRoadmap.js';
import { writeFiles } from './shared/writeFiles.js';

const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * `roadmap owners`: the CODEOWNERS file from partners' maintainers (printed,
 * or written with --write / shown with --dry-run); with --changed-since, who
 * must approve a change.
 */
export async function run({ options, io }: CommandInput): Promise<number> {
  const opened = openRoadmap(io, { dir: options.dir, lang: options.lang });
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  if (options.changedSince !== undefined) return routeChanges(io, opened, String(options.changedSince), options);
  const repo = locateRepository(opened.dir);
  const text = renderCodeowners(opened.loaded.roadmap, repo.prefix, opened.lang);
  if (options.write !== true && options.dryRun !== true) {
    io.stdout(text);
    return EXIT.ok;
  }
  const current = readIfPresent(join(repo.top, CODEOWNERS_PATH));
  if (current !== undefined && !isGeneratedCodeowners(current)) {
    throw new UsageError(terminalLine(ownersMessage('write/not-generated', opened.lang, { file: CODEOWNERS_PATH })));
  }
  if (current === text) {
    io.stdout(`${ownersMessage('write/up-to-date', opened.lang, { file: CODEOWNERS_PATH })}\n`);
    return EXIT.ok;
  }
  writeFiles(io, opened.lang, [{
    root: repo.top, rel: CODEOWNERS_PATH, label: CODEOWNERS_PATH, before: current, after: text,
    mode: current === undefined ? { kind: 'create' } : { kind: 'replace', expected: new TextEncoder().encode(current) },
  }], options.dryRun === true);
  return EXIT.ok;
}

/** Owners before and after the change both approve: a commitment handed to a new lead needs both leads. */
function routeChanges(io: Io, opened: OpenedRoadmap, rev: string, options: Record<string, unknown>): number {
  const changes = changesSince(opened.dir, rev);
  const base = openRevision(io, changes.repo, changes.base, { dir: options.dir, lang: options.lang, asOf: opened.asOf });
  const routing = routeReview(changes.files, ownership(base.opened.loaded.roadmap), ownership(opened.loaded.roadmap));
  const report = { rev, base: changes.base, label: opened.label, routing };
  const format = String(options.format);
  io.stdout(format === 'json' ? renderRoutingJson(report) : format === 'markdown' ? renderRoutingMarkdown(report, opened.lang) : renderRoutingText(report, opened.lang));
  return EXIT.ok;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read ${CODEOWNERS_PATH}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}
