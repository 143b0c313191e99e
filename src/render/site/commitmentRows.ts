import type { CommitmentFigures } from '../../derive/types.js';
import { figureData } from './figureData.js';
import type { SiteContext } from './siteContext.js';
import type { Block } from './sitePage.js';

/** The table of commitments shared by the axis and partner pages. */
export function commitmentTable(ctx: SiteContext, caption: string, commitments: readonly CommitmentFigures[]): Block {
  const { word } = ctx;
  return {
    kind: 'table',
    caption,
    empty: word('noCommitments'),
    columns: [
      { label: word('commitment') },
      { label: word('lead') },
      { label: word('status') },
      { label: word('progress'), align: 'right' },
      { label: word('due') },
    ],
    rows: commitments.map((commitment) => [
      { content: ctx.commitmentLink(commitment.id) },
      { content: ctx.partnerLink(commitment.lead) },
      { content: ctx.brief.status[commitment.status], tone: commitment.status === 'blocked' ? 'red' : undefined },
      {
        content: ctx.commitmentProgress(commitment),
        align: 'right',
        data: { figure: 'commitment-progress', commitment: commitment.id, value: figureData(commitment.progress) },
      },
      {
        content: [
          ctx.date(commitment.due),
          commitment.late ? ` (${word('daysLate', { days: commitment.daysLate })})` : '',
        ].join(''),
        tone: commitment.late ? 'red' : undefined,
      },
    ]),
  };
}
