// The floor the CLI is measured against: read every file of a roadmap and YAML-parse
// its front matter with the same `yaml` package, and nothing else.
//   node bench/floor.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

function frontMatter(text) {
  const start = text.indexOf('\n') + 1;
  const end = text.indexOf('\n---', start - 1);
  return end < 0 ? '' : text.slice(start, end + 1);
}

const dir = process.argv[2];
let parsed = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const text = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8');
  if (entry.name.endsWith('.md')) YAML.parse(frontMatter(text));
  else if (entry.name.endsWith('.yaml')) YAML.parse(text);
  else continue;
  parsed++;
}
console.log(`${parsed} files parsed`);
