/**
 * The CI files `roadmap init` writes at the root of a partnership's
 * repository: a GitHub Actions workflow, or a GitLab CI job, that installs the
 * tool at a pinned version, checks the files a pull request changed (the whole
 * roadmap on the default branch), and tells reviewers what changed and who
 * must approve. With `site`, a job also publishes the roadmap's website; with
 * `openData`, the same job publishes its open-data package beside it.
 * Written as text to keep the comments; the only values from the user (the
 * install spec, the branch) are quoted as YAML single-quoted scalars.
 */
import type { Lang } from '../i18n/lang.js';
import { initWord } from './initWords.js';

export interface CiOptions {
  lang: Lang;
  /** What `npm install --global` installs: `roadmap-governance@0.2.0`, a tarball, a git URL. */
  install: string;
  /** The tool that wrote the file, for its header: `roadmap-governance 0.2.0`. */
  tool: string;
  /** The branch pushes to which are checked in full (and publish the website). */
  branch: string;
  /** The roadmap folder from the repository's root. */
  roadmapPath: string;
  site: boolean;
  /** Publish the roadmap's open-data package (`export --format datapackage`) under `data/` of the pages. */
  openData?: boolean;
}

/** Where the published pages put the data package: `<pages>/data/datapackage.json`, the address a portfolio reads. */
export const OPEN_DATA_FOLDER = 'public/data';

export const GITHUB_WORKFLOW = '.github/workflows/roadmap.yml';
export const GITLAB_CI = '.gitlab-ci.yml';
export const CODE_QUALITY_REPORT = 'gl-code-quality-report.json';
export const JUNIT_REPORT = 'roadmap-junit.xml';

export function githubWorkflow(options: CiOptions): string {
  const say = (key: Parameters<typeof initWord>[0], params?: Record<string, string>) =>
    initWord(key, options.lang, params);
  const dir = options.roadmapPath;
  const paths = [`${dir}/**`, '.github/CODEOWNERS', GITHUB_WORKFLOW].map((path) => `      - ${quote(path)}`);
  const lines = [
    ...comment(say('ci/header', { branch: options.branch }), ''),
    ...comment(say('ci/made-by', { tool: options.tool }), ''),
    'name: roadmap',
    '',
    'on:',
    '  pull_request:',
    '    paths:',
    ...paths,
    '  push:',
    `    branches: [${quote(options.branch)}]`,
    '    paths:',
    ...paths,
    '',
    'permissions:',
    '  contents: read',
    '',
    'env:',
    ...comment(say('ci/tool'), '  '),
    `  ROADMAP_TOOL: ${quote(options.install)}`,
    '',
    'jobs:',
    '  roadmap:',
    '    runs-on: ubuntu-latest',
    '    env:',
    ...comment(say('ci/base'), '      '),
    '      BASE: origin/${{ github.base_ref }}',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    ...comment(say('ci/history'), '          '),
    '          fetch-depth: 0',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    `      - name: ${quote(say('step/install'))}`,
    '        run: npm install --global "$ROADMAP_TOOL"',
    `      - name: ${quote(say('step/validate-changed'))}`,
    "        if: github.event_name == 'pull_request'",
    `        run: roadmap validate --dir ${dir} --format github --changed-since "$BASE"`,
    `      - name: ${quote(say('step/validate-all'))}`,
    "        if: github.event_name != 'pull_request'",
    `        run: roadmap validate --dir ${dir} --format github`,
    `      - name: ${quote(say('step/diff'))}`,
    "        if: always() && github.event_name == 'pull_request'",
    ...comment(say('ci/report-only'), '        '),
    '        continue-on-error: true',
    `        run: roadmap diff "$BASE" --dir ${dir} --format markdown >> "$GITHUB_STEP_SUMMARY"`,
    `      - name: ${quote(say('step/owners'))}`,
    "        if: always() && github.event_name == 'pull_request'",
    '        continue-on-error: true',
    `        run: roadmap owners --dir ${dir} --changed-since "$BASE" --format markdown >> "$GITHUB_STEP_SUMMARY"`,
  ];
  if (options.site || options.openData) {
    lines.push(
      '',
      ...comment(say('ci/site', { branch: options.branch }), '  '),
      ...(options.openData ? comment(say('ci/open-data'), '  ') : []),
      '  site:',
      "    if: github.event_name == 'push'",
      '    needs: roadmap',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: read',
      '      pages: write',
      '      id-token: write',
      '    environment:',
      '      name: github-pages',
      '      url: ${{ steps.deployment.outputs.page_url }}',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@v4',
      '        with:',
      '          node-version: 20',
      `      - name: ${quote(say('step/install'))}`,
      '        run: npm install --global "$ROADMAP_TOOL"',
      ...(options.site
        ? [`      - name: ${quote(say('step/site'))}`, `        run: roadmap site --dir ${dir} --out public`]
        : []),
      ...(options.openData
        ? [
            `      - name: ${quote(say('step/open-data'))}`,
            `        run: roadmap export --dir ${dir} --format datapackage --out ${OPEN_DATA_FOLDER}`,
          ]
        : []),
      '      - uses: actions/upload-pages-artifact@v3',
      '        with:',
      '          path: public',
      '      - id: deployment',
      '        uses: actions/deploy-pages@v4',
    );
  }
  return `${lines.join('\n')}\n`;
}

export function gitlabCi(options: CiOptions): string {
  const say = (key: Parameters<typeof initWord>[0], params?: Record<string, string>) =>
    initWord(key, options.lang, params);
  const dir = options.roadmapPath;
  const changed = '${CI_MERGE_REQUEST_DIFF_BASE_SHA:+--changed-since "$CI_MERGE_REQUEST_DIFF_BASE_SHA"}';
  const lines = [
    ...comment(say('ci/header', { branch: options.branch }), ''),
    ...comment(say('ci/made-by', { tool: options.tool }), ''),
    'variables:',
    ...comment(say('ci/tool'), '  '),
    `  ROADMAP_TOOL: ${quote(options.install)}`,
    '',
    'roadmap:',
    '  image: node:20',
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
    '      changes:',
    ...[`${dir}/**/*`, '.gitlab/CODEOWNERS', GITLAB_CI].map((path) => `        - ${quote(path)}`),
    `    - if: $CI_COMMIT_BRANCH == ${quote(options.branch)}`,
    '  variables:',
    ...comment(say('ci/history'), '    '),
    '    GIT_DEPTH: 0',
    '  script:',
    '    - npm install --global "$ROADMAP_TOOL"',
    ...comment(say('ci/gitlab-changed'), '    '),
    `    - roadmap validate --dir ${dir} --format gitlab ${changed} > ${CODE_QUALITY_REPORT} || true`,
    `    - roadmap validate --dir ${dir} --format junit ${changed} > ${JUNIT_REPORT} || true`,
    ...comment(say('ci/report-only'), '    '),
    `    - if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then roadmap diff "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --dir ${dir} || true; roadmap owners --dir ${dir} --changed-since "$CI_MERGE_REQUEST_DIFF_BASE_SHA" || true; fi`,
    `    - roadmap validate --dir ${dir} ${changed}`,
    '  artifacts:',
    ...comment(say('ci/gitlab-reports'), '    '),
    '    when: always',
    '    reports:',
    `      codequality: ${CODE_QUALITY_REPORT}`,
    `      junit: ${JUNIT_REPORT}`,
  ];
  if (options.site || options.openData) {
    lines.push(
      '',
      ...comment(say('ci/site', { branch: options.branch }), ''),
      ...(options.openData ? comment(say('ci/open-data'), '') : []),
      'pages:',
      '  image: node:20',
      '  rules:',
      `    - if: $CI_COMMIT_BRANCH == ${quote(options.branch)}`,
      '  script:',
      '    - npm install --global "$ROADMAP_TOOL"',
      ...(options.site ? [`    - roadmap site --dir ${dir} --out public`] : []),
      ...(options.openData ? [`    - roadmap export --dir ${dir} --format datapackage --out ${OPEN_DATA_FOLDER}`] : []),
      '  artifacts:',
      '    paths:',
      '      - public',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A YAML single-quoted scalar: nothing in it is read as YAML syntax or shell. */
function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A comment wrapped at about 88 columns, each line at `indent`. */
function comment(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > 88) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((part) => `${indent}# ${part}`);
}
