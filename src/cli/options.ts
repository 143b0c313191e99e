/**
 * Every flag of every command, once: commander is configured from this table
 * and so is the README's reference (`npm run docs:options` prints it).
 */
export interface OptionSpec {
  flags: string;
  description: string;
}

export const OPTIONS = {
  dir: { flags: '--dir <path>', description: 'roadmap folder (default: ./roadmap if it holds convention.yaml, else the current folder)' },
  asOf: { flags: '--as-of <date>', description: 'compute as of this date, YYYY-MM-DD (default: today in Europe/Paris)' },
  lang: { flags: '--lang <lang>', description: 'language of messages and documents: fr or en (default: the convention\'s language)' },
  strict: { flags: '--strict', description: 'exit 1 on warnings too' },
  changedSince: { flags: '--changed-since <rev>', description: 'limit per-file checks to files changed since this git revision' },
  by: { flags: '--by <view>', description: 'axis, partner or all (all adds the axis × partner coverage)' },
  axis: { flags: '--axis <id>', description: 'only this axis' },
  partner: { flags: '--partner <id>', description: 'only this partner' },
  owner: { flags: '--owner <partner>', description: 'only actions owned by this partner' },
  status: { flags: '--status <status>', description: 'only actions with this status: open, done or cancelled' },
  overdue: { flags: '--overdue', description: 'only overdue actions' },
  meeting: { flags: '--meeting <id>', description: 'the meeting (default: the next planned one on or after the as-of date)' },
  out: { flags: '--out <dir>', description: 'output folder' },
  pdf: { flags: '--pdf', description: 'also render a PDF with a locally installed Chromium' },
  chromium: { flags: '--chromium <path>', description: 'Chromium executable for --pdf (default: $CHROMIUM_PATH, then the usual system locations)' },
  since: { flags: '--since <rev>', description: 'add a "changes since" section built from this git revision' },
  dryRun: { flags: '--dry-run', description: 'print the change as a unified diff and write nothing' },
  write: { flags: '--write', description: 'write the file instead of printing it' },
  on: { flags: '--on <date>', description: 'date of the change, YYYY-MM-DD (default: today in Europe/Paris)' },
  title: { flags: '--title <text>', description: 'title of the new entity (its id is derived from it)' },
  name: { flags: '--name <text>', description: 'name of the new partner' },
  shortName: { flags: '--short-name <text>', description: 'short name of the new partner' },
  kind: { flags: '--kind <kind>', description: 'kind of the new partner or meeting' },
  role: { flags: '--role <role>', description: 'role of the new partner: signatory, member, witness or observer' },
  lead: { flags: '--lead <partner>', description: 'lead partner of the new commitment' },
  partners: { flags: '--partners <ids>', description: 'contributing partners, comma-separated' },
  start: { flags: '--start <date>', description: 'start date, YYYY-MM-DD' },
  due: { flags: '--due <date>', description: 'due date, YYYY-MM-DD' },
  date: { flags: '--date <date>', description: 'date of the new meeting, YYYY-MM-DD' },
  place: { flags: '--place <text>', description: 'place of the new meeting' },
  id: { flags: '--id <id>', description: 'explicit id instead of the one derived from the title' },
  progress: { flags: '--progress <percent>', description: 'new progress, 0 to 100' },
  milestoneDone: { flags: '--milestone-done <index|title>', description: 'mark a milestone done (1-based index or title)' },
  measure: { flags: '--measure <indicator=value>', description: 'record a measure of an indicator' },
  note: { flags: '--note <text>', description: 'journal entry text' },
  output: { flags: '--output <file>', description: 'write to this file instead of standard output' },
  baseUrl: { flags: '--base-url <url>', description: 'the address the site will be published at (canonical links and the feed\'s absolute links)' },
  debug: { flags: '--debug', description: 'print stack traces of internal errors' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
