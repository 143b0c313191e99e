import { message } from '../i18n/editingMessages.js';
import { echoArgument } from '../util/echoArgument.js';
import { appendToFile } from '../write/appendToFile.js';
import { plainCause } from '../write/folderMessages.js';
import { useColor } from '../io/color.js';
import { EXIT, type Io } from '../io/io.js';
import { FORMATTERS } from '../formats/index.js';
import type { FormatContext } from '../formats/context.js';
import type { OpenedRoadmap } from './opening/openRoadmap.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { findCodeowners } from '../git/findCodeowners.js';
import { committedGuide } from './setup/generatedFiles.js';
import { findRepositoryTop, type RepositoryTop } from '../git/findRepositoryTop.js';

/** `roadmap validate`: every problem of the six validation stages in one run; exit 1 on errors (or warnings with --strict). */
export const run = roadmapCommand<'validate'>(
  async ({ flags, io, opened }) => {
    // The paths CI formats print start from the repository's top, as the committed files read when opening did.
    const repository = findRepositoryTop(opened.dir);
    const results = opened.results();
    const context: FormatContext = {
      lang: opened.lang,
      color: useColor(io),
      files: opened.files.map((file) => `${opened.label}/${file.rel}`),
      excerpt: excerpts(opened),
      repositoryPath: repositoryPaths(opened, repository),
      partners: opened.loaded.roadmap.partners
        .map((partner) => partner.data.id)
        .filter((id) => typeof id === 'string')
        .sort(),
    };
    const formatter = await FORMATTERS[flags.format]();
    io.stdout(formatter(results, context));
    const summaryPath = io.env.GITHUB_STEP_SUMMARY;
    if (summaryPath && flags.format !== 'markdown') {
      const markdown = await FORMATTERS.markdown();
      const appended = appendToFile(summaryPath, markdown(results, context));
      // The job summary is an extra: the diagnostics are printed and keep their exit code.
      if (!appended.ok)
        io.stderr(
          `${message('write/summary-failed', opened.lang, { file: echoArgument(summaryPath), detail: plainCause(appended.detail, opened.lang) })}\n`,
        );
    }
    return opened.errors > 0 || (flags.strict && opened.warnings > 0) ? EXIT.invalid : EXIT.ok;
  },
  {
    refuseInvalid: false,
    onlyFiles: ({ io, flags, folder }) =>
      flags.changedSince === undefined ? Promise.resolve(undefined) : changedFiles(io, folder.dir, flags.changedSince),
    committed: (folder) => {
      const repository = findRepositoryTop(folder.dir);
      return { codeowners: findCodeowners(repository), guide: committedGuide(repository) };
    },
  },
);

/**
 * CI formats name files from the repository's top folder, as the git host
 * does, whatever `--dir` and the current folder are; outside a repository,
 * paths stay as displayed (from the roadmap folder's parent).
 */
function repositoryPaths(
  opened: OpenedRoadmap,
  repository: RepositoryTop | undefined,
): ((file: string) => string) | undefined {
  if (!repository) return undefined;
  const displayed = `${opened.label}/`;
  return (file) => (file.startsWith(displayed) ? `${repository.prefix}${file.slice(displayed.length)}` : file);
}

/** Only with --changed-since: git is not loaded (nor needed) otherwise. */
async function changedFiles(io: Io, dir: string, rev: string): Promise<ReadonlySet<string>> {
  const [{ changedRoadmapFiles }, { requireGit }] = await Promise.all([
    import('../git/changedRoadmapFiles.js'),
    import('./opening/requireGit.js'),
  ]);
  return requireGit(io, changedRoadmapFiles(dir, rev));
}

/** Two lines either side of a line, numbered, for the pull-request summary; each file split once. */
function excerpts(opened: OpenedRoadmap): (file: string, line: number) => string[] | undefined {
  const linesOf = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!linesOf.has(file))
      linesOf.set(file, opened.loaded.sources.get(file.slice(opened.label.length + 1))?.text.split(/\r?\n/));
    const lines = linesOf.get(file);
    if (!lines) return undefined;
    const from = Math.max(1, line - 2);
    const to = Math.min(lines.length, line + 2);
    const width = String(to).length;
    const out: string[] = [];
    for (let n = from; n <= to; n++)
      out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]!.slice(0, 200)}`);
    return out;
  };
}
