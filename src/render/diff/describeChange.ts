/** One change as a sentence, in the report's language; partner text goes through `safe` (escaping for the output). */
import type { ProgressSource } from '../../derive/types.js';
import type {
  AxisChange,
  CommitmentChange,
  ConventionChange,
  FieldValue,
  GenericChange,
  MeetingChange,
  PartnerChange,
} from '../../diff/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatNumber, formatPercent } from '../../i18n/formatNumber.js';
import type { Lang } from '../../i18n/lang.js';
import type { PartnerRole } from '../../model/types.js';
import { actionStatusWord, commitmentStatusWord, meetingStatusWord } from '../../i18n/vocabulary.js';
import { diffMessage, type DateClauseKey } from './diffMessages.js';
import { fieldLabel } from './fieldLabels.js';
import { describeMoneyChange } from '../money/describeMoneyChange.js';
import { PARTNER_ROLE_WORDS } from '../../i18n/vocabulary.js';

export type SectionChange =
  | { section: 'convention'; change: ConventionChange }
  | { section: 'axes'; change: AxisChange }
  | { section: 'commitments'; change: CommitmentChange }
  | { section: 'meetings'; change: MeetingChange }
  | { section: 'partners'; change: PartnerChange };

/** Helpers shared by every sentence: dates, statuses and partner text in the report's language. */
interface Phrasing {
  lang: Lang;
  safe: (text: string) => string;
  date: (value: string) => string;
  /** A status word agreeing with what it is the status of: a commitment, a meeting (`meetings` section) or an action (`actions.status`). */
  status: (value: string, field?: string) => string;
  /** An optional clause such as ", due 30 June 2030": empty when there is no date. */
  optional: (key: DateClauseKey, value: string | null) => string;
}

export function describeChange(item: SectionChange, lang: Lang, safe: (text: string) => string): string {
  const date = (value: string) => formatDate(value, lang);
  const phrasing: Phrasing = {
    lang,
    safe,
    date,
    status: (value, field) =>
      field?.startsWith('actions.')
        ? actionStatusWord(value, lang)
        : item.section === 'meetings'
          ? meetingStatusWord(value, lang)
          : commitmentStatusWord(value, lang),
    optional: (key, value) => (value ? diffMessage(key, lang, { date: date(value) }) : ''),
  };
  if (isGeneric(item.change)) return describeGenericChange(item.change, phrasing);
  switch (item.section) {
    case 'convention':
      return describeGenericChange(item.change, phrasing);
    case 'axes':
      return describeAxisChange(item.change as Exclude<AxisChange, GenericChange>, phrasing);
    case 'partners':
      return describePartnerChange(item.change as Exclude<PartnerChange, GenericChange>, phrasing);
    case 'meetings':
      return describeMeetingChange(item.change as Exclude<MeetingChange, GenericChange>, phrasing);
    case 'commitments':
      return describeCommitmentChange(item.change as Exclude<CommitmentChange, GenericChange>, phrasing);
  }
}

const GENERIC_KINDS = new Set(['field', 'item-added', 'item-removed', 'description']);

function isGeneric(change: { kind: string }): change is GenericChange {
  return GENERIC_KINDS.has(change.kind);
}

/** Longer values (a summary, a journal text) are cut: the diff says what changed, the file says it all. */
const VALUE_LIMIT = 160;

function describeGenericChange(change: GenericChange, { lang, safe, date, status }: Phrasing): string {
  if (change.kind === 'description') return diffMessage('description', lang);
  const label = fieldLabel(change.field, lang);
  if (change.kind !== 'field') return diffMessage(change.kind, lang, { label, item: safe(clip(change.item)) });
  const leaf = change.field.split('.').pop()!;
  const shown = (value: FieldValue): string => {
    if (value === null) return diffMessage('field/none', lang);
    if (Array.isArray(value)) return value.map((word) => safe(clip(word))).join(', ');
    if (typeof value === 'boolean') return diffMessage(value ? 'field/yes' : 'field/no', lang);
    if (typeof value === 'number') return formatNumber(value, lang, 4);
    const text = value as string;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return date(text);
    if (leaf === 'status') return status(text, change.field);
    if (leaf === 'role' && ROLES.has(text)) return PARTNER_ROLE_WORDS[text as PartnerRole][lang];
    return diffMessage('field/quoted', lang, { text: safe(clip(text)) });
  };
  return diffMessage('field', lang, {
    label,
    item: change.item === null ? '' : diffMessage('field/item', lang, { item: safe(clip(change.item)) }),
    before: shown(change.before),
    after: shown(change.after),
  });
}

const ROLES: ReadonlySet<string> = new Set<PartnerRole>(['signatory', 'member', 'witness', 'observer']);

function clip(text: string): string {
  return text.length <= VALUE_LIMIT ? text : `${text.slice(0, VALUE_LIMIT - 1)}…`;
}

function describeAxisChange(change: Exclude<AxisChange, GenericChange>, { lang, safe }: Phrasing): string {
  return change.kind === 'added'
    ? diffMessage('axis/added', lang, { number: formatNumber(change.number, lang), title: safe(change.title) })
    : diffMessage('axis/removed', lang);
}

function describePartnerChange(change: Exclude<PartnerChange, GenericChange>, { lang, optional }: Phrasing): string {
  return change.kind === 'joined'
    ? diffMessage('partner/joined', lang, {
        role: PARTNER_ROLE_WORDS[change.role][lang],
        on: optional('partner/on', change.on),
      })
    : diffMessage('partner/left', lang, { on: optional('partner/left-on', change.on) });
}

function describeMeetingChange(
  change: Exclude<MeetingChange, GenericChange>,
  { lang, safe, date, optional }: Phrasing,
): string {
  switch (change.kind) {
    case 'added':
      return diffMessage('meeting/added', lang, {
        date: date(change.date),
        status: meetingStatusWord(change.status, lang),
      });
    case 'removed':
      return diffMessage('meeting/removed', lang, { date: date(change.date) });
    case 'status':
      return diffMessage('meeting/status', lang, {
        before: meetingStatusWord(change.before, lang),
        after: meetingStatusWord(change.after, lang),
      });
    case 'decision-recorded':
      return diffMessage('meeting/decision-recorded', lang, {
        decision: safe(change.decision),
        text: safe(change.text),
      });
    case 'action-opened':
      return diffMessage('meeting/action-opened', lang, {
        action: safe(change.action),
        owner: safe(change.owner),
        due: optional('meeting/action-due', change.due),
        text: safe(change.text),
      });
    case 'action-closed':
      return diffMessage('meeting/action-closed', lang, {
        action: safe(change.action),
        owner: safe(change.owner),
        status: actionStatusWord(change.status, lang),
        on: optional('meeting/action-on', change.closedOn),
        text: safe(change.text),
      });
    case 'action-reopened':
      return diffMessage('meeting/action-reopened', lang, {
        action: safe(change.action),
        owner: safe(change.owner),
        text: safe(change.text),
      });
  }
}

function describeCommitmentChange(
  change: Exclude<CommitmentChange, GenericChange>,
  { lang, safe, date, status, optional }: Phrasing,
): string {
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, lang));
  switch (change.kind) {
    case 'added':
      return diffMessage('commitment/added', lang, {
        axis: safe(change.axis),
        lead: safe(change.lead),
        status: status(change.status),
        due: optional('commitment/added-due', change.due),
      });
    case 'removed':
      return diffMessage('commitment/removed', lang);
    case 'title':
      return diffMessage('commitment/title', lang, { before: safe(change.before), after: safe(change.after) });
    case 'axis':
      return diffMessage('commitment/axis', lang, { before: safe(change.before), after: safe(change.after) });
    case 'lead':
      return diffMessage('commitment/lead', lang, { before: safe(change.before), after: safe(change.after) });
    case 'status':
      return diffMessage('commitment/status', lang, { before: status(change.before), after: status(change.after) });
    case 'progress':
      return describeProgress(change, lang);
    case 'due': {
      if (!change.before) return diffMessage('commitment/due-set', lang, { after: date(change.after!) });
      if (!change.after) return diffMessage('commitment/due-removed', lang, { before: date(change.before) });
      const days = Math.abs(change.days ?? 0);
      const dayCount = (n: number) =>
        diffMessage(Math.abs(n) === 1 ? 'day' : 'days', lang, { n: formatNumber(n, lang) });
      const recorded =
        change.moves > 0
          ? diffMessage('commitment/due-moves', lang, {
              moves: diffMessage(change.moves === 1 ? 'commitment/move' : 'commitment/moves', lang, {
                n: change.moves,
              }),
              total: dayCount(change.totalDays),
            })
          : '';
      return (
        diffMessage(change.days! > 0 ? 'commitment/due-later' : 'commitment/due-earlier', lang, {
          days: dayCount(days),
          before: date(change.before),
          after: date(change.after),
        }) + recorded
      );
    }
    case 'milestone-done':
      return diffMessage('commitment/milestone-done', lang, {
        date: date(change.doneOn),
        milestone: safe(change.milestone),
      });
    case 'measures-added': {
      const unit = change.unit ? ` ${safe(change.unit)}` : '';
      const measures = change.measures
        .map((measure) =>
          diffMessage('commitment/measure', lang, {
            value: `${formatNumber(measure.value, lang)}${unit}`,
            date: date(measure.date),
          }),
        )
        .join(', ');
      return diffMessage('commitment/measures-added', lang, {
        label: safe(change.label),
        measures,
        before: percent(change.attainmentBefore),
        after: percent(change.attainmentAfter),
      });
    }
    case 'money':
      return describeMoneyChange(change, lang, safe, date);
    case 'journal-added':
      return diffMessage('commitment/journal-added', lang, {
        date: date(change.date),
        text: safe(change.text),
        status: change.status ? diffMessage('commitment/journal-status', lang, { status: status(change.status) }) : '',
      });
  }
}

/**
 * Which progress changed, not only its value: a partner typing 45 % where the figure was derived from
 * milestones (50 %) reads « avancement renseigné : 45 % (jusque-là déduit des jalons : 50 %) », not a fall.
 */
function describeProgress(change: Extract<CommitmentChange, { kind: 'progress' }>, lang: Lang): string {
  const source = (kind: ProgressSource) => diffMessage(`progress-source/${kind}`, lang);
  const value = (percent: number | null) => (percent === null ? '' : formatPercent(percent, lang));
  if (change.sourceBefore === change.sourceAfter) {
    return diffMessage('commitment/progress-same-source', lang, {
      source: source(change.sourceAfter),
      before: value(change.before),
      after: value(change.after),
    });
  }
  const side = (kind: ProgressSource, percent: number | null) =>
    percent === null
      ? source(kind)
      : diffMessage('commitment/progress-side', lang, { source: source(kind), value: value(percent) });
  return diffMessage('commitment/progress-new-source', lang, {
    after: side(change.sourceAfter, change.after),
    before: side(change.sourceBefore, change.before),
  });
}
