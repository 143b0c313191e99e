import { EXIT } from '../io/io.js';
import { measureSentence, message } from '../i18n/editingMessages.js';
import { commitmentStatusWord } from '../i18n/vocabulary.js';
import type { Lang } from '../i18n/lang.js';
import type { Commitment, Roadmap } from '../model/types.js';
import { closestMatch } from '../util/closestMatch.js';
import { updateCommitment, type CommitmentChange } from '../edit/updateCommitment.js';
import { writeEditedFile } from './output/writeEditedFile.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { isGiven, type Flags } from './flags/commandFlags.js';
import type { Occurrence } from './flags/occurrences.js';
import { dateFlag } from './flags/dateFlag.js';
import { factDate } from './flags/dateFlag.js';
import { usageError } from './flags/usageError.js';
import { setupMessage } from '../i18n/setupMessages.js';
import { echoArgument } from '../util/echoArgument.js';
import { kebabCase } from '../util/kebabCase.js';
import { dateValue, numberValue, setupError, textAtDate, textFlag, valueAtDate } from './setup/setupFlags.js';
import { budgetFlags, hasBudgetChange } from './money/budgetFlags.js';

/**
 * `roadmap update <commitment>`: edits the commitment's front matter in place
 * and adds a journal entry, in date order, never dated after today. The whole
 * roadmap is checked again with the edited file in memory; nothing is written
 * when the result has errors.
 */
export const run = roadmapCommand<'update'>(
  async ({ args, flags, io, opened, lang }) => {
    const id = args[0] ?? '';
    const rel = `commitments/${id}.md`;
    const commitment = opened.loaded.roadmap.commitments.find((candidate) => candidate.file === rel);
    const file = opened.files.find((candidate) => candidate.rel === rel);
    if (!commitment || !file) {
      // A file that is there but does not load (YAML errors, too large…): its diagnostics say why.
      const present = opened.loaded.diagnostics.some((diagnostic) => diagnostic.file === rel);
      if (present && (await refuseInvalid(io, opened))) return EXIT.invalid;
      const ids = [...opened.loaded.known.commitment];
      const guess = closestMatch(id, ids) ?? (id ? ids.find((candidate) => candidate.startsWith(id)) : undefined);
      throw usageError(lang, 'update/unknown-commitment', {
        id,
        suggestion: guess ? message('update/suggestion', lang, { id: guess }) : '',
      });
    }

    const on = factDate(io, '--on', flags.on, lang);
    const change = changeFrom(commitment.data, flags, on, lang);
    const money = budgetFlags(flags, {
      commitment: commitment.data.id,
      budget: commitment.data.budget,
      partners: opened.loaded.roadmap.partners.map(({ data }) => data),
      currency: opened.loaded.roadmap.convention?.data.currency ?? 'EUR',
      lang,
    });
    if (hasBudgetChange(money.change)) {
      change.budget = money.change;
      if (!(flags.note !== undefined && flags.note.trim() !== ''))
        change.journalText = [change.journalText, ...money.said]
          .filter(Boolean)
          .join(message('journal/separator', lang));
    }
    // A meeting file that does not load hides its decisions; an invalid roadmap would be refused below anyway.
    if (flags.decision.length > 0 && (await refuseInvalid(io, opened))) return EXIT.invalid;
    const decision = decisionFrom(opened.loaded.roadmap, flags.decision, on, lang);
    if (decision !== undefined) change.decision = decision;
    refuseSuperseded(commitment.data, change, lang);
    return writeEditedFile(io, lang, opened, file, (doc) => updateCommitment(doc, change), flags.dryRun);
  },
  { refuseInvalid: false },
);

/**
 * `--decision <id>`: a decision recorded in a meeting, taken on or before the
 * date of the change (a change cannot follow from a later decision).
 */
function decisionFrom(roadmap: Roadmap, given: readonly Occurrence[], on: string, lang: Lang): string | undefined {
  if (given.length === 0) return undefined;
  if (given.length > 1) throw usageError(lang, 'update/one-decision');
  const id = given[0]!.value.trim();
  const decisions = roadmap.meetings.flatMap((meeting) =>
    (meeting.data.decisions ?? []).map((decision) => ({ id: decision.id, date: meeting.data.date })),
  );
  const found = decisions.find((decision) => decision.id === id);
  if (!found) {
    const guess = closestMatch(
      id,
      decisions.map((decision) => decision.id),
    );
    throw usageError(lang, 'update/unknown-decision', {
      id,
      suggestion: guess ? message('update/suggestion', lang, { id: guess }) : '',
    });
  }
  if (found.date > on) throw usageError(lang, 'update/decision-later', { id, date: found.date, on });
  return id;
}

/**
 * A status or due date dated before a later one already in the journal would
 * be superseded at once and leave the file disagreeing with its journal: the
 * tool refuses rather than write what validate would then warn about.
 */
function refuseSuperseded(data: Commitment, change: CommitmentChange, lang: Lang): void {
  const later = (data.updates ?? []).filter((entry) => entry.date > change.on);
  const status = later.find((entry) => entry.status !== undefined);
  if (change.status !== undefined && status)
    throw usageError(lang, 'update/later-status', { id: data.id, date: status.date, on: change.on });
  const due = later.find((entry) => entry.due !== undefined && entry.milestone === undefined);
  if (change.due !== undefined && due) throw usageError(lang, 'update/later-due', { id: data.id, date: due.date });
}

/** The flags, checked against the commitment, as one change; the journal text says what changed unless --note does. */
function changeFrom(data: Commitment, flags: Flags<'update'>, on: string, lang: Lang): CommitmentChange {
  const said: string[] = [];
  const change: CommitmentChange = { on, journalText: '' };
  if (flags.status !== undefined && flags.status !== data.status) {
    change.status = flags.status;
    said.push(
      message('journal/status', lang, {
        from: commitmentStatusWord(data.status, lang),
        to: commitmentStatusWord(flags.status, lang),
      }),
    );
  }
  const due = dateFlag('--due', flags.due, lang);
  if (due !== undefined) {
    if (due === data.due) throw usageError(lang, 'update/same-due', { id: data.id, due });
    change.due = data.due === undefined ? { value: due } : { value: due, previous: data.due };
    const key =
      data.due === undefined ? 'journal/due-set' : due > data.due ? 'journal/due-later' : 'journal/due-earlier';
    said.push(message(key, lang, { from: data.due ?? '', to: due }));
  }
  if (flags.progress !== undefined) {
    change.progress = numberValue('--progress', flags.progress, lang);
    said.push(message('journal/progress', lang, { value: change.progress }));
  }
  if (flags.milestoneDone !== undefined) {
    change.milestone = milestoneIndex(data, flags.milestoneDone, lang);
    said.push(message('journal/milestone', lang, { name: data.milestones![change.milestone]!.title }));
  }
  const source = (flags.source ?? '').replace(/\s+/g, ' ').trim();
  if (source !== '' && flags.measure === undefined) throw usageError(lang, 'update/source-without-measure');
  if (flags.measure !== undefined) {
    change.measure = measureOf(data, flags.measure, lang);
    if (source !== '') change.measure.source = source;
    const indicator = data.indicators![change.measure.indicator]!;
    said.push(measureSentence(indicator.label, change.measure.value, indicator.unit ?? null, lang));
  }
  said.push(...setupChanges(data, flags, change, lang));
  const note = (flags.note ?? '').trim();
  const money = (['cost', 'funder', 'committed', 'paid', 'ref'] as const).some((flag) => isGiven(flags[flag]));
  if (said.length === 0 && note === '' && !money) throw usageError(lang, 'update/nothing');
  change.journalText = note || said.join(message('journal/separator', lang));
  return change;
}

/**
 * The set-up flags of `update`: milestones added (`--add-milestone "title@date"`),
 * a milestone re-dated (`--milestone-due <n|title>=<date>`, journaled with its
 * number like a postponement of the commitment), an indicator added. Each
 * says what it did in the journal sentence.
 */
function setupChanges(data: Commitment, flags: Flags<'update'>, change: CommitmentChange, lang: Lang): string[] {
  const said: string[] = [];
  const added = flags.addMilestone.map((occurrence) => textAtDate('--add-milestone', occurrence.value, lang));
  if (added.length > 0) {
    change.addMilestones = added.map((milestone) => ({ title: milestone.text, due: milestone.date! }));
    for (const milestone of added)
      said.push(setupMessage('journal/milestone-added', lang, { name: milestone.text, due: milestone.date! }));
  }
  if (flags.milestoneDue !== undefined) {
    if (change.due !== undefined) throw setupError(lang, 'update/due-and-milestone-due');
    const text = flags.milestoneDue;
    const equals = text.lastIndexOf('=');
    if (equals === -1) throw setupError(lang, 'update/bad-milestone-due', { value: echoArgument(text) });
    const index = milestoneIndex(data, text.slice(0, equals).trim(), lang);
    const value = dateValue('--milestone-due', text.slice(equals + 1), lang, true)!;
    const milestone = data.milestones![index]!;
    if (milestone.due === value)
      throw setupError(lang, 'update/same-milestone-due', { name: milestone.title, due: value });
    const later = (data.updates ?? []).find((entry) => entry.milestone === index + 1 && entry.date > change.on);
    if (later) throw setupError(lang, 'update/later-milestone-due', { name: milestone.title, date: later.date });
    change.milestoneDue = milestone.due === undefined ? { index, value } : { index, value, previous: milestone.due };
    const key =
      milestone.due === undefined
        ? 'journal/milestone-due-set'
        : value > milestone.due
          ? 'journal/milestone-due-later'
          : 'journal/milestone-due-earlier';
    said.push(setupMessage(key, lang, { name: milestone.title, from: milestone.due ?? '', to: value }));
  }
  const indicator = indicatorFrom(data, flags, lang);
  if (indicator) {
    change.addIndicator = indicator;
    said.push(setupMessage('journal/indicator-added', lang, { name: indicator.label }));
  }
  return said;
}

/** `--add-indicator <id> --label <text> [--unit <text>] --baseline <value>@<date> --target <value>@<date>`. */
function indicatorFrom(data: Commitment, flags: Flags<'update'>, lang: Lang): CommitmentChange['addIndicator'] {
  const parts = ['label', 'unit', 'baseline', 'target'] as const;
  if (flags.addIndicator === undefined) {
    const stray = parts.find((part) => flags[part] !== undefined);
    if (stray) throw setupError(lang, 'update/indicator-part-alone', { flag: `--${stray}` });
    return undefined;
  }
  const id = flags.addIndicator.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw setupError(lang, 'update/bad-indicator-id', { id: echoArgument(id), suggestion: kebabCase(id) || '…' });
  if ((data.indicators ?? []).some((indicator) => indicator.id === id))
    throw setupError(lang, 'update/indicator-exists', { id, commitment: data.id });
  const label = textFlag('--label', flags.label, lang, true);
  const baseline = valueAtDate('--baseline', flags.baseline, lang);
  const target = valueAtDate('--target', flags.target, lang);
  const missing = [
    ['--label', label],
    ['--baseline', baseline],
    ['--target', target],
  ].find(([, value]) => value === undefined);
  if (missing) throw setupError(lang, 'update/indicator-missing', { flag: String(missing[0]) });
  const unit = textFlag('--unit', flags.unit, lang);
  return { id, label: label!, ...(unit ? { unit } : {}), baseline: baseline!, target: target! };
}

/** `--milestone-done 2` (1-based) or `--milestone-done "Ouverture"` (title, any case). */
function milestoneIndex(data: Commitment, wanted: string, lang: Lang): number {
  const milestones = data.milestones ?? [];
  const byNumber = /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
  const byTitle = milestones.flatMap((milestone, position) =>
    milestone.title.trim().toLowerCase() === wanted.trim().toLowerCase() ? [position] : [],
  );
  if (!(byNumber >= 0 && byNumber < milestones.length) && byTitle.length > 1) {
    const known = byTitle
      .map(
        (position) =>
          `${position + 1}. ${milestones[position]!.title}${milestones[position]!.due ? ` (${milestones[position]!.due})` : ''}`,
      )
      .join(', ');
    throw usageError(lang, 'update/ambiguous-milestone', { id: data.id, name: wanted, known, first: byTitle[0]! + 1 });
  }
  const index = byNumber >= 0 && byNumber < milestones.length ? byNumber : (byTitle[0] ?? -1);
  if (index === -1) {
    const known =
      milestones.map((milestone, position) => `${position + 1}. ${milestone.title}`).join(', ') ||
      message('update/none', lang);
    throw usageError(lang, 'update/unknown-milestone', { id: data.id, name: wanted, known });
  }
  const doneOn = milestones[index]!.done_on;
  if (doneOn !== undefined)
    throw usageError(lang, 'update/milestone-done', { name: milestones[index]!.title, date: doneOn });
  return index;
}

function measureOf(data: Commitment, flag: string, lang: Lang): { indicator: number; value: number; source?: string } {
  const match = /^([^=]+)=(.+)$/.exec(flag);
  if (!match) throw usageError(lang, 'update/bad-measure', { value: flag });
  const name = match[1]!.trim();
  const indicators = data.indicators ?? [];
  const indicator = indicators.findIndex((candidate) => candidate.id === name);
  if (indicator === -1) {
    const known = indicators.map((candidate) => candidate.id).join(', ') || message('update/none', lang);
    throw usageError(lang, 'update/unknown-indicator', { id: data.id, name, known });
  }
  return { indicator, value: numberValue('--measure', match[2]!, lang) };
}
