import type { CommandInput } from './commandInput.js';
import { EXIT, type Io } from '../io/io.js';
import { changesSince } from '../git/changesSince.js';
import { locateRepository } from '../git/locateRepository.js';
import { isGeneratedCodeowners, renderCodeowners } from '../owners/renderCodeowners.js';
import { ownersMessage } from '../owners/ownersMessages.js';
import { ownership } from '../owners/ownership.js';
import { routeReview } from '../owners/routeReview.js';
import type { Lang } from '../i18n/lang.js';
import type { RoutingReport } from '../render/owners/routingReport.js';
import { routingToJson } from '../render/owners/routingToJson.js';
import { routingToMarkdown } from '../render/owners/routingToMarkdown.js';
import { routingToText } from '../render/owners/routingToText.js';
import { openRevision } from './shared/openRevision.js';
import { openRoadmap, refuseInvalid, type OpenedRoadmap } from './shared/openRoadmap.js';
import { resolveRoadmapFlags, type RoadmapFlags } from './shared/resolveOptions.js';
import { pickFormat } from './shared/pickFormat.js';
import { planOverwrite } from '../write/planOverwrite.js';
import { requireGit } from './shared/requireGit.js';
import { writeFiles } from '../write/writeFiles.js';

/** The formats of `roadmap owners --changed-since`, the first being the default (the command table declares the same list). */
export const OWNERS_FORMATS = {
  text: (report, lang) => routingToText(report, lang),
  markdown: (report, lang) => routingToMarkdown(report, lang),
  json: (report) => routingToJson(report),
} satisfies Record<string, (report: RoutingReport, lang: Lang) => string>;

const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * `roadmap owners`: the CODEOWNERS file from partners' maintainers (printed,
 * or written with --write / shown with --dry-run); with --changed-since, who
 * must approve a change.
 */
export async function run({ options, io }: CommandInput): Promise<number> {
  const flags = resolveRoadmapFlags(io, options);
  const opened = openRoadmap(io, flags);
  if (options.changedSince !== undefined) {
    // Who must approve is shown even for an invalid branch (its errors go to the log, once, from validate's summary):
    // a partner waiting on a review needs to know whom to ask, mistakes or not.
    const invalid = await refuseInvalid(io, opened);
    const code = routeChanges(io, opened, String(options.changedSince), flags, options.format);
    return invalid ? EXIT.invalid : code;
  }
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const repo = requireGit(io, locateRepository(opened.dir));
  const text = renderCodeowners(opened.loaded.roadmap, repo.prefix, opened.lang);
  if (options.write !== true && options.dryRun !== true) {
    io.stdout(text);
    return EXIT.ok;
  }
  const write = planOverwrite({
    root: repo.top, rel: CODEOWNERS_PATH, label: CODEOWNERS_PATH, after: text,
    isOurs: isGeneratedCodeowners,
    notOurs: ownersMessage('write/not-generated', opened.lang, { file: CODEOWNERS_PATH }),
  }, opened.lang);
  if (write) writeFiles(io, opened.lang, [write], options.dryRun === true);
  else io.stdout(`${ownersMessage('write/up-to-date', opened.lang, { file: CODEOWNERS_PATH })}\n`);
  return EXIT.ok;
}

/** Owners before and after the change both approve: a commitment handed to a new lead needs both leads. */
function routeChanges(io: Io, opened: OpenedRoadmap, rev: string, flags: RoadmapFlags, format: unknown): number {
  const changes = requireGit(io, changesSince(opened.dir, rev));
  const base = openRevision(io, changes.repo, changes.base, { dir: flags.dir, lang: flags.lang, asOf: opened.asOf });
  const routing = routeReview(changes.files, ownership(base.opened.loaded.roadmap), ownership(opened.loaded.roadmap));
  const report = { rev, base: changes.base, label: opened.label, routing };
  io.stdout(pickFormat(OWNERS_FORMATS, format, opened.lang)(report, opened.lang));
  return EXIT.ok;
}
