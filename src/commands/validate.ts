import type { CommandInput } from './commandInput.js';
import { useColor } from '../io/color.js';
import { EXIT, type Io } from '../io/io.js';
import { FORMATTERS } from '../formats/index.js';
import type { FormatContext } from '../formats/context.js';
import { openRoadmap, type OpenedRoadmap } from './shared/openRoadmap.js';
import { pickFormat } from './shared/pickFormat.js';
import { resolveRoadmapFlags } from './shared/resolveOptions.js';
import { findCodeowners } from '../git/findCodeowners.js';
import { committedGuide } from './setup/generatedFiles.js';
import { findRepositoryTop, type RepositoryTop } from '../git/findRepositoryTop.js';
import { message } from '../i18n/editingMessages.js';
import { echoArgument } from '../util/echoArgument.js';
import { appendToFile } from '../write/appendToFile.js';
import { plainCause } from '../write/folderMessages.js';

/** `roadmap validate`: every problem of the six validation stages in one run; exit 1 on errors (or warnings with --strict). */
export async function run({ options, io }: CommandInput): Promise<number> {
  const flags = resolveRoadmapFlags(io, options);
  const onlyFiles = options.changedSince === undefined ? undefined : await changedFiles(io, flags.dir, String(options.changedSince));
  // Found once: the committed CODEOWNERS and the paths CI formats print both start from it.
  const repository = findRepositoryTop(flags.dir);
  const opened = openRoadmap(io, { ...flags, onlyFiles, codeowners: findCodeowners(repository), guide: committedGuide(repository) });
  const results = opened.results();
  const context: FormatContext = {
    lang: opened.lang,
    color: useColor(io),
    files: opened.files.map((file) => `${opened.label}/${file.rel}`),
    excerpt: excerpts(opened),
    repositoryPath: repositoryPaths(opened, repository),
    partners: opened.loaded.roadmap.partners.map((partner) => partner.data.id).filter((id) => typeof id === 'string').sort(),
  };
  const format = String(options.format);
  const formatter = await pickFormat(FORMATTERS, format, opened.lang)();
  io.stdout(formatter(results, context));
  const summaryPath = io.env.GITHUB_STEP_SUMMARY;
  if (summaryPath && format !== 'markdown') {
    const markdown = await FORMATTERS.markdown!();
    const appended = appendToFile(summaryPath, markdown(results, context));
    // The job summary is an extra: the diagnostics are printed and keep their exit code.
    if (!appended.ok) io.stderr(`${message('write/summary-failed', opened.lang, { file: echoArgument(summaryPath), detail: plainCause(appended.detail, opened.lang) })}\n`);
  }
  return opened.errors > 0 || (options.strict === true && opened.warnings > 0) ? EXIT.invalid : EXIT.ok;
}

/**
 * CI formats name files from the repository's top folder, as the git host
 * does, whatever `--dir` and the current folder are; outside a repository,
 * paths stay as displayed (from the roadmap folder's parent).
 */
function repositoryPaths(opened: OpenedRoadmap, repository: RepositoryTop | undefined): ((file: string) => string) | undefined {
  if (!repository) return undefined;
  const displayed = `${opened.label}/`;
  return (file) => (file.startsWith(displayed) ? `${repository.prefix}${file.slice(displayed.length)}` : file);
}

/** Only with --changed-since: git is not loaded (nor needed) otherwise. */
async function changedFiles(io: Io, dir: string, rev: string): Promise<ReadonlySet<string>> {
  const [{ changedRoadmapFiles }, { requireGit }] = await Promise.all([import('../git/changedRoadmapFiles.js'), import('./shared/requireGit.js')]);
  return requireGit(io, changedRoadmapFiles(dir, rev));
}

/** Two lines either side of a line, numbered, for the pull-request summary; each file split once. */
function excerpts(opened: OpenedRoadmap): (file: string, line: number) => string[] | undefined {
  const linesOf = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!linesOf.has(file)) linesOf.set(file, opened.loaded.sources.get(file.slice(opened.label.length + 1))?.text.split(/\r?\n/));
    const lines = linesOf.get(file);
    if (!lines) return undefined;
    const from = Math.max(1, line - 2);
    const to = Math.min(lines.length, line + 2);
    const width = String(to).length;
    const out: string[] = [];
    for (let n = from; n <= to; n++) out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]!.slice(0, 200)}`);
    return out;
  };
}
