import type { MeetingFigure } from '../../../derive/types.js';
import type { Meeting } from '../../../model/types.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Block, Section } from '../../document/document.js';

/**
 * The agenda: the approval of the previous committee's minutes first (when
 * one was held), then the meeting's items; under it, the decisions that
 * committee took, which the approval covers.
 */
export function agendaSection(ctx: BriefContext, meeting: Meeting, previous: MeetingFigure | null): Section {
  const words = ctx.words.agenda;
  const agenda = meeting.agenda ?? [];
  if (agenda.length === 0 && !previous) return emptySection('agenda', ctx.words.sections.agenda, words.empty);
  const rows = [
    ...(previous ? [{ title: words.approveMinutes(ctx.date(previous.date)), axis: '', commitments: '' }] : []),
    ...agenda.map((item) => ({
      title: item.title,
      axis: item.axis ? ctx.axisLabel(item.axis) : '',
      commitments: (item.commitments ?? []).map(ctx.commitmentTitle).join('\n'),
    })),
  ];
  const decisions = previous
    ? (ctx.roadmap.meetings.find((entity) => entity.data.id === previous.id)?.data.decisions ?? [])
    : [];
  const previousBlocks: Block[] = previous
    ? [
        {
          kind: 'paragraph',
          text:
            decisions.length > 0
              ? words.previousDecisions(ctx.date(previous.date))
              : words.noPreviousDecision(ctx.date(previous.date)),
          tone: decisions.length > 0 ? undefined : 'muted',
        },
        ...(decisions.length > 0 ? [{ kind: 'list' as const, items: decisions.map((decision) => decision.text) }] : []),
      ]
    : [];
  return {
    id: 'agenda',
    title: ctx.words.sections.agenda,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: words.number, align: 'right' },
          { label: ctx.words.sections.agenda },
          { label: words.axis },
          { label: words.commitments },
        ],
        rows: rows.map((row, index) => [
          cell(words.item(index + 1)),
          cell(row.title),
          cell(row.axis),
          cell(row.commitments),
        ]),
      },
      ...previousBlocks,
    ],
  };
}
