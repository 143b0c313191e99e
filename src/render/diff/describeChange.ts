/** One change as a sentence, in the report's language; partner text goes through `safe` (escaping for the output). */
import type { CommitmentChange, MeetingChange, PartnerChange } from '../../diff/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatNumber, formatPercent } from '../../i18n/formatNumber.js';
import type { Lang } from '../../i18n/lang.js';
import { statusLabel } from '../../i18n/editingMessages.js';
import { diffMessage, type DateClauseKey } from './diffMessages.js';

export type SectionChange =
  | { section: 'commitments'; change: CommitmentChange }
  | { section: 'meetings'; change: MeetingChange }
  | { section: 'partners'; change: PartnerChange };

/** Helpers shared by every sentence: dates, statuses and partner text in the report's language. */
interface Phrasing {
  lang: Lang;
  safe: (text: string) => string;
  date: (value: string) => string;
  status: (value: string) => string;
  /** An optional clause such as ", due 30 June 2030": empty when there is no date. */
  optional: (key: DateClauseKey, value: string | null) => string;
}

export function describeChange(item: SectionChange, lang: Lang, safe: (text: string) => string): string {
  const date = (value: string) => formatDate(value, lang);
  const phrasing: Phrasing = {
    lang, safe, date,
    status: (value) => statusLabel(value, lang),
    optional: (key, value) => (value ? diffMessage(key, lang, { date: date(value) }) : ''),
  };
  switch (item.section) {
    case 'partners': return describePartnerChange(item.change, phrasing);
    case 'meetings': return describeMeetingChange(item.change, phrasing);
    case 'commitments': return describeCommitmentChange(item.change, phrasing);
  }
}

function describePartnerChange(change: PartnerChange, { lang, optional }: Phrasing): string {
  return change.kind === 'joined'
    ? diffMessage('partner/joined', lang, { role: diffMessage(change.role, lang), on: optional('partner/on', change.on) })
    : diffMessage('partner/left', lang, { on: optional('partner/left-on', change.on) });
}

function describeMeetingChange(change: MeetingChange, { lang, safe, date, status, optional }: Phrasing): string {
  switch (change.kind) {
    case 'added': return diffMessage('meeting/added', lang, { date: date(change.date), status: status(change.status) });
    case 'removed': return diffMessage('meeting/removed', lang, { date: date(change.date) });
    case 'status': return diffMessage('meeting/status', lang, { before: status(change.before), after: status(change.after) });
    case 'decision-recorded': return diffMessage('meeting/decision-recorded', lang, { decision: safe(change.decision), text: safe(change.text) });
    case 'action-opened':
      return diffMessage('meeting/action-opened', lang, { action: safe(change.action), owner: safe(change.owner), due: optional('meeting/action-due', change.due), text: safe(change.text) });
    case 'action-closed':
      return diffMessage('meeting/action-closed', lang, {
        action: safe(change.action), owner: safe(change.owner), status: status(change.status), on: optional('meeting/action-on', change.closedOn), text: safe(change.text),
      });
    case 'action-reopened': return diffMessage('meeting/action-reopened', lang, { action: safe(change.action), owner: safe(change.owner), text: safe(change.text) });
  }
}

function describeCommitmentChange(change: CommitmentChange, { lang, safe, date, status, optional }: Phrasing): string {
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, lang));
  switch (change.kind) {
    case 'added':
      return diffMessage('commitment/added', lang, {
        axis: safe(change.axis), lead: safe(change.lead), status: status(change.status), due: optional('commitment/added-due', change.due),
      });
    case 'removed': return diffMessage('commitment/removed', lang);
    case 'title': return diffMessage('commitment/title', lang, { before: safe(change.before), after: safe(change.after) });
    case 'axis': return diffMessage('commitment/axis', lang, { before: safe(change.before), after: safe(change.after) });
    case 'lead': return diffMessage('commitment/lead', lang, { before: safe(change.before), after: safe(change.after) });
    case 'status': return diffMessage('commitment/status', lang, { before: status(change.before), after: status(change.after) });
    case 'progress': {
      const shown = (value: number | null) => (value === null ? diffMessage('commitment/progress-excluded', lang) : formatPercent(value, lang));
      return diffMessage('commitment/progress', lang, { before: shown(change.before), after: shown(change.after) });
    }
    case 'due': {
      if (!change.before) return diffMessage('commitment/due-set', lang, { after: date(change.after!) });
      if (!change.after) return diffMessage('commitment/due-removed', lang, { before: date(change.before) });
      const days = Math.abs(change.days ?? 0);
      return diffMessage(change.days! > 0 ? 'commitment/due-later' : 'commitment/due-earlier', lang, {
        days: diffMessage(days === 1 ? 'day' : 'days', lang, { n: formatNumber(days, lang) }),
        before: date(change.before), after: date(change.after),
      });
    }
    case 'milestone-done': return diffMessage('commitment/milestone-done', lang, { date: date(change.doneOn), milestone: safe(change.milestone) });
    case 'measures-added': {
      const unit = change.unit ? ` ${safe(change.unit)}` : '';
      const measures = change.measures
        .map((measure) => diffMessage('commitment/measure', lang, { value: `${formatNumber(measure.value, lang)}${unit}`, date: date(measure.date) }))
        .join(', ');
      return diffMessage('commitment/measures-added', lang, {
        label: safe(change.label), measures, before: percent(change.attainmentBefore), after: percent(change.attainmentAfter),
      });
    }
    case 'journal-added':
      return diffMessage('commitment/journal-added', lang, {
        date: date(change.date), text: safe(change.text),
        status: change.status ? diffMessage('commitment/journal-status', lang, { status: status(change.status) }) : '',
      });
  }
}
