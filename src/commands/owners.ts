import { EXIT } from '../io/io.js';
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
import { openRevision } from './opening/openRevision.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { requireGit } from './opening/requireGit.js';
import { roadmapCommand, type OpenedRun } from './opening/roadmapCommand.js';
import { planOverwrite } from '../write/planOverwrite.js';
import { writeFiles } from '../write/writeFiles.js';

/** The formats of `roadmap owners --changed-since`, the first being the default (declared in flags/commandFlags.ts: a missing one does not compile). */
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
export const run = roadmapCommand<'owners'>(
  async (run) => {
    const { flags, io, roadmap, lang, opened } = run;
    if (flags.changedSince !== undefined) {
      // Who must approve is shown even for an invalid branch (its errors go to the log, once, from validate's summary):
      // a partner waiting on a review needs to know whom to ask, mistakes or not.
      const invalid = await refuseInvalid(io, opened);
      const code = routeChanges(run, flags.changedSince);
      return invalid ? EXIT.invalid : code;
    }
    if (await refuseInvalid(io, opened)) return EXIT.invalid;
    const repo = requireGit(io, locateRepository(run.dir));
    const text = renderCodeowners(roadmap, repo.prefix, lang);
    if (!flags.write && !flags.dryRun) {
      io.stdout(text);
      return EXIT.ok;
    }
    const write = planOverwrite(
      {
        root: repo.top,
        rel: CODEOWNERS_PATH,
        label: CODEOWNERS_PATH,
        after: text,
        isOurs: isGeneratedCodeowners,
        notOurs: ownersMessage('write/not-generated', lang, { file: CODEOWNERS_PATH }),
      },
      lang,
    );
    if (write) writeFiles(io, lang, [write], flags.dryRun);
    else io.stdout(`${ownersMessage('write/up-to-date', lang, { file: CODEOWNERS_PATH })}\n`);
    return EXIT.ok;
  },
  { refuseInvalid: false },
);

/** Owners before and after the change both approve: a commitment handed to a new lead needs both leads. */
function routeChanges(
  { io, flags, folder, roadmap, dir, asOf, label, lang }: OpenedRun<'owners'>,
  rev: string,
): number {
  const changes = requireGit(io, changesSince(dir, rev));
  const base = openRevision(io, changes.repo, changes.base, { dir: folder.dir, lang: folder.lang, asOf });
  const routing = routeReview(changes.files, ownership(base.opened.loaded.roadmap), ownership(roadmap));
  const report = { rev, base: changes.base, label, routing };
  io.stdout(OWNERS_FORMATS[flags.format](report, lang));
  return EXIT.ok;
}
