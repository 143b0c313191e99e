import { measureSentence, message } from '../i18n/editingMessages.js';
import { LANGS } from '../i18n/lang.js';
import { commitmentStatusWord } from '../i18n/vocabulary.js';
import { COMMITMENT_STATUSES, type CommitmentStatus, type IsoDate } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import type { Figures } from './types.js';

/** One recorded fact, as a briefing pack lists what happened between two meetings. */
export type Change =
  /** `text` is empty when all the entry said is its status change or facts listed on their own. */
  | { kind: 'journal'; date: IsoDate; commitment: string; text: string; status: CommitmentStatus | null }
  | { kind: 'milestone'; date: IsoDate; commitment: string; title: string }
  | { kind: 'measure'; date: IsoDate; commitment: string; indicator: string; value: number }
  | { kind: 'action'; date: IsoDate; action: string; meeting: string; status: 'done' | 'cancelled' };

const KIND_ORDER: Record<Change['kind'], number> = { journal: 0, milestone: 1, measure: 2, action: 3 };

/**
 * What the files record from `from` (the previous meeting's date, included:
 * a fact of that day was not in its papers) up to `until` included: journal
 * entries (status changes among them), milestones done, measures, actions
 * closed. Figures already hold only facts dated on or before as-of. Each fact
 * once: the journal sentences `roadmap update` writes for a milestone, a
 * measure or a status change are left out of the entry, since the fact
 * itself is listed. Oldest first; same date: journal, milestones, measures,
 * actions, then by id.
 */
export function changesBetween(figures: Figures, from: IsoDate | null, until: IsoDate): Change[] {
  const inWindow = (date: IsoDate | null): date is IsoDate =>
    date !== null && (from === null || date >= from) && date <= until;
  const changes: Change[] = [];
  const measuresOf = new Map(
    figures.indicators.map((indicator) => [
      indicator.commitment,
      [] as { id: string; label: string; unit: string | null; date: IsoDate; value: number }[],
    ]),
  );
  for (const indicator of figures.indicators) {
    for (const point of indicator.series) {
      if (!inWindow(point.date)) continue;
      changes.push({
        kind: 'measure',
        date: point.date,
        commitment: indicator.commitment,
        indicator: indicator.id,
        value: point.value,
      });
      measuresOf
        .get(indicator.commitment)!
        .push({ id: indicator.id, label: indicator.label, unit: indicator.unit, date: point.date, value: point.value });
    }
  }
  for (const commitment of figures.commitments) {
    const milestones = commitment.milestones.filter((milestone) => inWindow(milestone.doneOn));
    for (const milestone of milestones)
      changes.push({ kind: 'milestone', date: milestone.doneOn!, commitment: commitment.id, title: milestone.title });
    for (const entry of commitment.journal) {
      if (!inWindow(entry.date)) continue;
      const listed = [
        ...milestones
          .filter((milestone) => milestone.doneOn === entry.date)
          .flatMap((milestone) => LANGS.map((lang) => message('journal/milestone', lang, { name: milestone.title }))),
        ...(measuresOf.get(commitment.id) ?? [])
          .filter((measure) => measure.date === entry.date)
          .flatMap((measure) =>
            LANGS.flatMap((lang) => [
              measureSentence(measure.label, measure.value, measure.unit, lang),
              message('journal/measure-by-id', lang, { name: measure.id, value: String(measure.value) }),
            ]),
          ),
      ];
      // The status change is a fact of the entry (`status`): the sentence `update` wrote for it, whatever the status before.
      if (entry.status !== null) listed.push(...statusSentences(entry.status));
      const text = withoutListedFacts(entry.text, new Set(listed));
      if (text !== '' || entry.status !== null || entry.text.trim() === '') {
        changes.push({ kind: 'journal', date: entry.date, commitment: commitment.id, text, status: entry.status });
      }
    }
  }
  for (const action of figures.actions) {
    if (action.status !== 'open' && inWindow(action.closedOn))
      changes.push({
        kind: 'action',
        date: action.closedOn,
        action: action.id,
        meeting: action.meeting,
        status: action.status,
      });
  }
  // A stable sort keeps file order (journal newest last) among equal keys.
  return changes.sort(
    (a, b) =>
      compareText(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(subject(a), subject(b)),
  );
}

/** `Statut : prévu → en cours` and its English twin, as `roadmap update` writes them for a change to `to`, from any status. */
function statusSentences(to: CommitmentStatus): string[] {
  return LANGS.flatMap((lang) =>
    COMMITMENT_STATUSES.filter((from) => from !== to).map((from) =>
      message('journal/status', lang, { from: commitmentStatusWord(from, lang), to: commitmentStatusWord(to, lang) }),
    ),
  );
}

const SEPARATORS = new RegExp(LANGS.map((lang) => escapeRegExp(message('journal/separator', lang))).join('|'));

/** The entry's text without the sentences that only repeat a fact listed on its own; a hand-written text is kept whole. */
function withoutListedFacts(text: string, listed: ReadonlySet<string>): string {
  const parts = text.split(SEPARATORS).map((part) => part.trim());
  const kept = parts.filter((part) => !listed.has(part));
  return kept.length === parts.length ? text : kept.join(text.includes(' ; ') ? ' ; ' : '; ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function subject(change: Change): string {
  return change.kind === 'action' ? change.action : change.commitment;
}
