import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import { schemaSources } from '../model/compileSchemas.js';
import { LAYOUT } from '../read/layout.js';
import {
  FRONT_MATTER_KINDS,
  SCHEMA_FOLDER,
  mergeSettings,
  modeline,
  yamlSchemasSetting,
} from '../scaffold/editorBinding.js';
import { planOverwrite } from '../write/planOverwrite.js';
import { resolveLang, resolveRoadmapDir } from './opening/roadmapFolder.js';
import { writeFiles, type PlannedWrite } from '../write/writeFiles.js';
import { terminalLine } from '../util/sanitize.js';

const SETTINGS = '.vscode/settings.json';

/**
 * `roadmap schema [--out <dir>]`: writes into the workspace folder (default:
 * the current one) the JSON Schemas `validate` uses, under `schemas/`, and
 * binds them in `.vscode/settings.json`; then prints the modeline that binds
 * the front matter of each kind of `.md` file.
 */
export async function run({ flags, io }: CommandInput<'schema'>): Promise<number> {
  const lang = resolveLang(flags.lang, 'fr');
  const roadmapDir = resolveRoadmapDir(io, flags.dir, flags.lang === undefined ? undefined : lang);
  const out = resolve(io.cwd, flags.out ?? '.');
  const roadmapPath = pathFrom(out, roadmapDir);
  // A label of the dry run's unified diff too (`+++ b/../.vscode/settings.json`): relative, as git writes them.
  const label = (rel: string) => terminalLine(relative(io.cwd, join(out, rel)) || rel);

  const writes: (PlannedWrite | undefined)[] = [];
  for (const source of schemaSources()) {
    if (!source.name.endsWith('.schema.json')) continue;
    const rel = `${SCHEMA_FOLDER}/${source.name}`;
    writes.push(
      planOverwrite(
        {
          root: out,
          rel,
          label: label(rel),
          after: source.text,
          isOurs: (current) => sameSchemaId(current, source.text),
        },
        lang,
      ),
    );
  }
  const settingsPath = join(out, SETTINGS);
  const existing = existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined;
  const yamlSchemas = yamlSchemasSetting(roadmapPath);
  const settings = mergeSettings(existing, yamlSchemas);
  if (settings === undefined) {
    const snippet = JSON.stringify({ 'yaml.schemas': yamlSchemas }, null, 2);
    io.stderr(`roadmap: ${message('schema/settings-not-json', lang, { file: label(SETTINGS), snippet })}\n`);
    return EXIT.usage;
  }
  // Settings are edited, not regenerated: they may hold anything else the team configured.
  writes.push(
    planOverwrite({ root: out, rel: SETTINGS, label: label(SETTINGS), after: settings, isOurs: () => true }, lang),
  );

  const planned = writes.filter((write): write is PlannedWrite => write !== undefined);
  writeFiles(io, lang, planned, flags.dryRun);
  if (planned.length === 0) io.stdout(`${message('write/no-change', lang, { file: label(SCHEMA_FOLDER) })}\n`);
  io.stdout(`\n${message('schema/modeline', lang)}\n`);
  for (const kind of FRONT_MATTER_KINDS) {
    const folder = LAYOUT.find((layout) => layout.kind === kind)!.folder;
    io.stdout(`  ${folder}/*.md  ${modeline(kind, pathFrom(join(roadmapDir, folder), join(out, SCHEMA_FOLDER)))}\n`);
  }
  return EXIT.ok;
}

/** `to` as seen from `from`, with forward slashes; '' when they are the same folder. */
function pathFrom(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

function sameSchemaId(current: string, ours: string): boolean {
  try {
    return (JSON.parse(current) as { $id?: unknown }).$id === (JSON.parse(ours) as { $id?: unknown }).$id;
  } catch {
    return false;
  }
}
