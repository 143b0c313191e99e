import type { PageRef } from './sitePage.js';
import type { SiteContext } from './siteContext.js';

/** One dated fact as the home page and the Atom feed list it. */
export interface DatedFact {
  date: string;
  text: string;
  to: PageRef;
  /** Unique and stable across runs: the feed's entry id. */
  key: string;
}

/**
 * The newest `limit` facts up to the as-of date, newest first: journal
 * entries, milestones done, measures, actions closed (as the brief counts
 * them) and meetings held.
 */
export function datedFacts(ctx: SiteContext, limit: number): DatedFact[] {
  const facts: DatedFact[] = [];
  const seen = new Map<string, number>();
  const unique = (key: string): string => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}/${count}`;
  };
  for (const change of ctx.changes()) {
    switch (change.kind) {
      case 'journal':
        facts.push({ date: change.date, text: ctx.word('changeJournal', { commitment: ctx.commitmentTitle(change.commitment), text: change.text }), to: { kind: 'commitment', id: change.commitment }, key: unique(`journal/${change.commitment}/${change.date}`) });
        break;
      case 'milestone':
        facts.push({ date: change.date, text: ctx.word('changeMilestone', { commitment: ctx.commitmentTitle(change.commitment), title: change.title }), to: { kind: 'commitment', id: change.commitment }, key: unique(`milestone/${change.commitment}/${change.date}`) });
        break;
      case 'measure':
        facts.push({ date: change.date, text: ctx.word('changeMeasure', { commitment: ctx.commitmentTitle(change.commitment), indicator: change.indicator, value: ctx.number(change.value) }), to: { kind: 'commitment', id: change.commitment }, key: unique(`measure/${change.commitment}/${change.indicator}/${change.date}`) });
        break;
      case 'action':
        facts.push({ date: change.date, text: ctx.word('changeAction', { action: change.action, meeting: change.meeting, status: ctx.brief.actionStatus[change.status] }), to: { kind: 'meeting', id: change.meeting }, key: unique(`action/${change.meeting}/${change.action}`) });
        break;
    }
  }
  for (const meeting of ctx.figures.meetings.held) {
    facts.push({ date: meeting.date, text: ctx.word('changeMeeting', { title: meeting.title }), to: { kind: 'meeting', id: meeting.id }, key: unique(`meeting/${meeting.id}`) });
  }
  // Newest first; a stable sort keeps the engine's order among facts of one day.
  return facts.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, limit);
}
