import type { Change } from '../../derive/changesBetween.js';
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
  type Source =
    | { date: string; change: Change; meeting?: undefined }
    | { date: string; change?: undefined; meeting: { id: string; title: string } };
  const sources: Source[] = ctx.changes().map((change) => ({ date: change.date, change }));
  for (const meeting of ctx.figures.meetings.held) sources.push({ date: meeting.date, meeting });
  // Newest first; a stable sort keeps the engine's order among facts of one day. Only the kept ones are worded.
  const kept = sources.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, limit);
  const seen = new Map<string, number>();
  const unique = (key: string): string => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}/${count}`;
  };
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch returns for every kind of change, which TypeScript checks.
  return kept.map(({ date, change, meeting }): DatedFact => {
    if (!change)
      return {
        date,
        text: ctx.word('changeMeeting', { title: meeting.title }),
        to: { kind: 'meeting', id: meeting.id },
        key: unique(`meeting/${meeting.id}`),
      };
    switch (change.kind) {
      case 'journal':
        return {
          date,
          text: ctx.word('changeJournal', { commitment: ctx.commitmentTitle(change.commitment), text: change.text }),
          to: { kind: 'commitment', id: change.commitment },
          key: unique(`journal/${change.commitment}/${date}`),
        };
      case 'milestone':
        return {
          date,
          text: ctx.word('changeMilestone', {
            commitment: ctx.commitmentTitle(change.commitment),
            title: change.title,
          }),
          to: { kind: 'commitment', id: change.commitment },
          key: unique(`milestone/${change.commitment}/${date}`),
        };
      case 'measure':
        return {
          date,
          text: ctx.word('changeMeasure', {
            commitment: ctx.commitmentTitle(change.commitment),
            ...measureWords(ctx, change.commitment, change.indicator, change.value),
          }),
          to: { kind: 'commitment', id: change.commitment },
          key: unique(`measure/${change.commitment}/${change.indicator}/${date}`),
        };
      case 'action':
        return {
          date,
          text: ctx.word('changeAction', {
            action: ctx.figures.actions.find((action) => action.id === change.action)?.text ?? change.action,
            meeting: ctx.date(ctx.figures.actions.find((action) => action.id === change.action)?.meetingDate ?? null),
            status: ctx.brief.actionStatus[change.status],
          }),
          to: { kind: 'meeting', id: change.meeting },
          key: unique(`action/${change.meeting}/${change.action}`),
        };
    }
  });
}

/** An indicator by its label, its value with its unit: « Implantations accompagnées, 172 entreprises », never its id. */
function measureWords(
  ctx: SiteContext,
  commitment: string,
  id: string,
  value: number,
): { indicator: string; value: string } {
  const indicator = ctx.figures.indicators.find(
    (candidate) => candidate.commitment === commitment && candidate.id === id,
  );
  return { indicator: indicator?.label ?? id, value: [ctx.number(value), indicator?.unit].filter(Boolean).join(' ') };
}
