import { join, relative, resolve, sep } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError, type Io } from '../io/io.js';
import { escapeMarkdown } from '../formats/markdown.js';
import { formatTemplate } from '../i18n/formatTemplate.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { enclosingRepository } from '../git/enclosingRepository.js';
import { loadRoadmap } from '../model/loadRoadmap.js';
import { schemaSources } from '../model/compileSchemas.js';
import { SchemaValidator } from '../model/schemaValidator.js';
import type { Roadmap } from '../model/types.js';
import { renderCodeowners } from '../owners/renderCodeowners.js';
import { existingPaths } from '../read/existingPaths.js';
import { ROADMAP_FOLDER } from '../read/findRoadmapRoot.js';
import { folderState } from '../read/folderState.js';
import { readPackageFile } from '../read/readPackageFile.js';
import { GITHUB_WORKFLOW, GITLAB_CI, githubWorkflow, gitlabCi } from '../scaffold/ciFiles.js';
import { mergeSettings, SCHEMA_FOLDER, yamlSchemasSetting } from '../scaffold/editorBinding.js';
import { initWord } from '../scaffold/initWords.js';
import { skeleton } from '../scaffold/skeleton.js';
import { checkLoaded } from '../check/checkFiles.js';
import { terminalLine } from '../util/sanitize.js';
import type { Flags } from './flags/commandFlags.js';
import { dateFlag, today } from './flags/dateFlag.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { resolveLang } from './opening/roadmapFolder.js';
import { GUIDE_PATH, partnerGuideFor } from '../render/guide/partnerGuideFor.js';
import { writeFiles } from '../write/writeFiles.js';
import { shownPath } from '../util/shownPath.js';

type Host = 'github' | 'gitlab';

interface HostFiles {
  ci: string;
  codeowners: string;
  template: string;
}

/** Where each host reads its files from the repository's root. */
const HOST_FILES: Readonly<Record<Host, HostFiles>> = {
  github: { ci: GITHUB_WORKFLOW, codeowners: '.github/CODEOWNERS', template: '.github/pull_request_template.md' },
  gitlab: { ci: GITLAB_CI, codeowners: '.gitlab/CODEOWNERS', template: '.gitlab/merge_request_templates/Default.md' },
};

interface PlannedFile {
  rel: string;
  text: string;
}

/**
 * `roadmap init [dir]`: sets up `dir` (default: the current folder, which may
 * already be a git repository with other files) as a partnership's
 * repository. Every file is planned and checked first; if any already exists,
 * all of them are listed and nothing is written.
 */
export async function run({ args, flags, io }: CommandInput<'init'>): Promise<number> {
  const language = fileLanguage(flags);
  const lang = resolveLang(flags.lang, language);
  const host = pickHost(flags.ci, lang);
  const root = resolve(io.cwd, args[0] ?? '.');
  const label = (rel: string) => shownPath(io.cwd, join(root, rel));
  const place = folderState(root);
  if (place.state === 'other') throw refusal(lang, 'refuse/not-a-folder', { dir: label('.') });

  const todayDate = today(io);
  const roadmapFiles = skeleton({
    lang: language,
    today: todayDate,
    title: flags.title,
    signedOn: dateFlag('--signed-on', flags.signedOn, lang),
    schemasFromEntity: `../../${SCHEMA_FOLDER}`,
  });
  // The skeleton is checked like any write, before anything is planned from it.
  const raw = roadmapFiles.map((file) => ({ rel: file.rel, bytes: new TextEncoder().encode(file.text) }));
  const checked = checkLoaded(join(root, ROADMAP_FOLDER), raw, loadRoadmap(raw, new SchemaValidator()), {
    asOf: todayDate,
    today: todayDate,
    lang,
    explicitLang: true,
  });
  if (await refuseInvalid(io, checked)) return EXIT.invalid;
  const roadmap = checked.loaded.roadmap;

  const repository = enclosingRepository(root);
  const branch = safeBranch(repository?.branch) ?? 'main';
  const tool = JSON.parse(readPackageFile('package.json')) as { name: string; version: string };
  const install = installSpec(flags.install, `${tool.name}@${tool.version}`, lang);
  const files = HOST_FILES[host];
  const ciOptions = {
    lang: language,
    install,
    tool: `${tool.name} ${tool.version}`,
    branch,
    roadmapPath: ROADMAP_FOLDER,
    site: flags.site,
    openData: flags.openData,
  };
  const planned: PlannedFile[] = [
    ...roadmapFiles.map((file) => ({ rel: `${ROADMAP_FOLDER}/${file.rel}`, text: file.text })),
    { rel: files.ci, text: host === 'github' ? githubWorkflow(ciOptions) : gitlabCi(ciOptions) },
    { rel: files.template, text: readPackageFile(`templates/init/pull_request_template.${language}.md`) },
    { rel: files.codeowners, text: renderCodeowners(roadmap, `${ROADMAP_FOLDER}/`, language) },
    ...schemaSources()
      .filter((source) => source.name.endsWith('.schema.json'))
      .map((source) => ({ rel: `${SCHEMA_FOLDER}/${source.name}`, text: source.text })),
    { rel: '.vscode/settings.json', text: mergeSettings(undefined, yamlSchemasSetting(ROADMAP_FOLDER))! },
    { rel: GUIDE_PATH[language], text: partnerGuideFor(roadmap, language) },
    {
      rel: 'README.md',
      text: readme(language, { roadmap, install, files, example: roadmap.commitments[0]?.file ?? '' }),
    },
  ];

  // A repository that already ignores files keeps its own .gitignore; a new one gets roadmap's.
  if (place.state !== 'folder' || existingPaths(root, ['.gitignore']).length === 0)
    planned.push({ rel: '.gitignore', text: gitignore(language) });
  const existing =
    place.state === 'folder'
      ? existingPaths(
          root,
          planned.map((file) => file.rel),
        )
      : [];
  if (existing.length > 0) throw refusal(lang, 'refuse/exists', { files: existing.map(label).join(', ') });

  const base = place.nearest;
  const { dryRun } = flags;
  writeFiles(
    io,
    lang,
    planned.map((file) => ({
      root: base,
      rel: relative(base, join(root, file.rel)).split(sep).join('/'),
      label: label(file.rel),
      after: file.text,
      mode: { kind: 'create' as const },
    })),
    dryRun,
  );
  if (!dryRun)
    nextSteps(io, lang, {
      dir: terminalLine(root),
      host,
      branch,
      files,
      guide: GUIDE_PATH[language],
      site: flags.site,
      top: repository?.top,
      root,
    });
  return EXIT.ok;
}

/** What the commands write beside the roadmap, never committed: documents, the site, calendars, reminder drafts (they hold e-mail addresses). */
function gitignore(lang: Lang): string {
  return [
    `# ${initWord('gitignore/header', lang)}`,
    `# ${initWord('gitignore/briefs', lang)}`,
    'briefs/',
    `# ${initWord('gitignore/site', lang)}`,
    'public/',
    `# ${initWord('gitignore/calendar', lang)}`,
    '*.ics',
    '*.eml',
    '.roadmap-write.lock',
    '',
  ].join('\n');
}

/** The language of the files: `--language`, else `--lang`, else French. */
function fileLanguage(flags: Flags<'init'>): Lang {
  if (flags.language !== undefined) {
    if (!isLang(flags.language))
      throw refusal(isLang(flags.lang) ? flags.lang : 'en', 'refuse/language', { value: flags.language });
    return flags.language;
  }
  return isLang(flags.lang) ? flags.lang : 'fr';
}

function pickHost(value: string | undefined, lang: Lang): Host {
  if (value === undefined || value === 'github') return 'github';
  if (value === 'gitlab') return 'gitlab';
  throw refusal(lang, 'refuse/ci', { value });
}

/**
 * What `npm install` is given in the CI files (quoted in YAML and in a shell variable): one
 * line, and nothing the CI or a shell would still expand (`${{ … }}`, `$VAR`, backticks) nor a
 * leading `-` that npm would read as an option.
 */
function installSpec(spec: string | undefined, fallback: string, lang: Lang): string {
  if (spec === undefined) return fallback;
  if (spec.trim() === '' || /^\s*-/.test(spec) || /[\u0000-\u001f\u007f-\u009f`$]/.test(spec))
    throw refusal(lang, 'refuse/install');
  return spec;
}

/** A branch name the CI files can name as is; anything unusual falls back to main. */
function safeBranch(branch: string | undefined): string | undefined {
  return branch !== undefined && /^[\w./-]+$/.test(branch) ? branch : undefined;
}

function readme(lang: Lang, facts: { roadmap: Roadmap; install: string; files: HostFiles; example: string }): string {
  const convention = facts.roadmap.convention?.data;
  return formatTemplate(
    readPackageFile(`templates/init/README.${lang}.md`),
    {
      title: escapeMarkdown(terminalLine(convention?.title ?? '')),
      committee: escapeMarkdown(terminalLine(convention?.committee.name ?? '')),
      guide: GUIDE_PATH[lang],
      ci: facts.files.ci,
      codeowners: facts.files.codeowners,
      example: facts.example,
      install: facts.install,
    },
    lang,
  );
}

function nextSteps(
  io: Io,
  lang: Lang,
  facts: {
    dir: string;
    host: Host;
    branch: string;
    files: HostFiles;
    guide: string;
    site: boolean;
    top: string | undefined;
    root: string;
  },
): void {
  const say = (key: Parameters<typeof initWord>[0], params?: Record<string, string>) =>
    terminalLine(initWord(key, lang, params));
  const steps = [
    say('next/facts'),
    say(facts.host === 'github' ? 'next/owners' : 'next/owners-gitlab', { codeowners: facts.files.codeowners }),
    say('next/commit'),
    say(facts.host === 'github' ? 'next/github' : 'next/gitlab', { branch: facts.branch }),
    ...(facts.site && facts.host === 'github' ? [say('next/site-github')] : []),
    say('next/partners', { guide: facts.guide }),
  ];
  const lines = [say('next/title', { dir: facts.dir }), ...steps.map((step, index) => `  ${index + 1}. ${step}`)];
  if (facts.top !== undefined && facts.top !== facts.root)
    lines.push(say('next/not-top', { dir: facts.dir, top: facts.top, ci: facts.files.ci }));
  io.stdout(`\n${lines.join('\n')}\n`);
}

function refusal(lang: Lang, key: Parameters<typeof initWord>[0], params?: Record<string, string>): UsageError {
  return new UsageError(terminalLine(initWord(key, lang, params)));
}
