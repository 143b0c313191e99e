/**
 * `roadmap export --format datapackage --out <dir>`: the roadmap as a
 * Frictionless Data Package (docs/reference/open-data.md), one CSV per table and its
 * datapackage.json. Every target is checked before the first write; a file
 * in the way is replaced only when the datapackage.json beside it is one
 * roadmap wrote; --dry-run lists the files and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { EXIT, UsageError } from '../io/io.js';
import { csvLines } from '../render/datapackage/csvText.js';
import { isOurPackage, packageDescriptor } from '../render/datapackage/packageDescriptor.js';
import { openDataWord } from '../render/datapackage/openDataWords.js';
import { roadmapTables } from '../render/datapackage/roadmapTables.js';
import { terminalLine } from '../util/sanitize.js';
import { encodedPieces } from '../write/encodedPieces.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { writeDocuments } from '../write/writeDocuments.js';

export const DESCRIPTOR_NAME = 'datapackage.json';

export const run = roadmapCommand<'export'>((run) => {
  const { flags: options, io, opened } = run;
  const { lang } = opened;
  const { roadmap } = opened.loaded;
  if (options.out === undefined) throw new UsageError(openDataWord('outRequired', lang));
  const root = resolve(io.cwd, options.out);
  const inRoot = relative(opened.dir, root);
  if (inRoot === '' || (!inRoot.startsWith('..') && !isAbsolute(inRoot)))
    throw new UsageError(terminalLine(openDataWord('outInsideRoadmap', lang, { dir: root })));

  const tables = roadmapTables(roadmap, run.figures);
  const convention = roadmap.convention!.data;
  const descriptor = packageDescriptor(
    {
      name: convention.id,
      title: convention.title,
      asOf: opened.asOf,
      lang,
      description: openDataWord('packageDescription', lang, { title: convention.title, date: opened.asOf }),
    },
    tables.map((table) => table.spec),
  );

  // The CSVs belong to roadmap when the descriptor beside them does.
  const descriptorOurs = ((): boolean => {
    try {
      return isOurPackage(readFileSync(join(root, DESCRIPTOR_NAME), 'utf8'));
    } catch {
      return false;
    }
  })();
  const names = [...tables.map((table) => `${table.spec.name}.csv`), DESCRIPTOR_NAME];
  const write = writeDocuments(io, lang, {
    root,
    folder: '',
    names,
    dryRun: options.dryRun,
    roadmapDir: opened.dir,
    isOurs: () => descriptorOurs,
  });
  const scratch = new Uint8Array(64 * 1024);
  for (const table of tables) write(`${table.spec.name}.csv`, encodedPieces(csvLines(table), scratch));
  write(DESCRIPTOR_NAME, new TextEncoder().encode(`${JSON.stringify(descriptor, null, 2)}\n`));
  return EXIT.ok;
});
