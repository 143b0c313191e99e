// `prepare` runs on `npm ci` / `npm install` in a checkout and when npm installs the
// package from git: there the sources and TypeScript are present, and the CLI is built.
// `npm pack` and `npm publish` build in `prepack` instead (no second build here), and an
// installed tarball never builds: it ships dist/ and has no TypeScript.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const command = process.env.npm_command;
if (command === 'pack' || command === 'publish') process.exit(0);
try {
  createRequire(import.meta.url).resolve('typescript/package.json');
} catch {
  console.log('roadmap: TypeScript is not installed, nothing to build (dist/ is used as shipped).');
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(build.status ?? 1);
