import { readdirSync, readFileSync, statSync } from 'node:fs';
import { ensureFolder } from '../write/ensureFolder.js';
import { requireFolder } from './shared/folderMessages.js';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';
import { loadRoadmap } from '../model/loadRoadmap.js';
import { SchemaValidator } from '../model/schemaValidator.js';
import { skeleton } from '../scaffold/skeleton.js';
import { packageRoot } from '../util/packageRoot.js';
import { terminalLine } from '../util/sanitize.js';
import { fromLoaded, refuseInvalid } from './shared/openRoadmap.js';
import { resolveLang, today } from './shared/resolveOptions.js';
import { usageError } from './shared/usageError.js';
import { writeFiles } from './shared/writeFiles.js';

const TEMPLATES = join(packageRoot(), 'templates', 'init');
const PARTNER_FILES = ['docs/guide-partenaire.md', '.github/pull_request_template.md'];

/**
 * `roadmap init <dir>`: a new, valid roadmap skeleton in an empty or absent
 * folder; a folder with anything in it is refused, so nothing is overwritten.
 */
export async function run({ args, options, io }: CommandInput): Promise<number> {
  const lang = resolveLang(options.lang, 'fr');
  const given = args[0] ?? '';
  const dir = resolve(io.cwd, given);
  const label = terminalLine(given);
  refuseUnlessEmpty(dir, label, lang);

  const todayDate = today(io);
  const files = skeleton({
    lang,
    today: todayDate,
    ciDir: ciPath(io.cwd, dir),
    workflowTemplate: readFileSync(join(TEMPLATES, 'roadmap.yml'), 'utf8'),
  });
  // The partner guide and the pull-request template, ready to copy to the repository root like the workflow.
  for (const rel of PARTNER_FILES) files.push({ rel, text: readFileSync(join(TEMPLATES, rel), 'utf8') });
  // The skeleton is checked like any write (SPEC §8), before the folder is even created.
  const raw = files.map((file) => ({ rel: file.rel, bytes: new TextEncoder().encode(file.text) }));
  const checked = fromLoaded(dir, raw, loadRoadmap(raw, new SchemaValidator()), { asOf: todayDate, today: todayDate, lang, explicitLang: true });
  if (await refuseInvalid(io, checked)) return EXIT.invalid;

  const dryRun = options.dryRun === true;
  if (!dryRun) requireFolder(ensureFolder(dir), label, lang);
  writeFiles(io, lang, files.map((file) => ({ root: dir, rel: file.rel, label: `${label}/${file.rel}`, after: file.text, mode: { kind: 'create' as const } })), dryRun);
  if (!dryRun) io.stdout(`${message('init/done', lang, { dir: label })}\n`);
  return EXIT.ok;
}

function refuseUnlessEmpty(dir: string, label: string, lang: Lang): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    return; // Absent: init creates it.
  }
  if (!isDirectory) throw usageError(lang, 'init/not-a-folder', { dir: label });
  if (readdirSync(dir).length > 0) throw usageError(lang, 'init/not-empty', { dir: label });
}

/** The folder as the workflow names it from the repository root (assumed to be where init runs). */
function ciPath(cwd: string, dir: string): string {
  const path = relative(cwd, dir).split('\\').join('/');
  // Anything a shell or YAML could misread falls back to the usual name; the workflow says to check it.
  return path !== '' && !isAbsolute(path) && !path.startsWith('..') && /^[\w./-]+$/.test(path) ? path : 'roadmap';
}
