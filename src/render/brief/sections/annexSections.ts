import type { AxisFigures, CommitmentFigures } from '../../../derive/types.js';
import { cell, type BriefContext } from '../briefContext.js';
import type { Block, Section } from '../../document/document.js';

/** One annex per axis, on its own printed page: the axis, then each of its commitments in full. */
export function annexSections(ctx: BriefContext): Section[] {
  const axisBodies = new Map(ctx.roadmap.axes.map((entity) => [entity.data.id, entity.body]));
  const commitmentBodies = new Map(ctx.roadmap.commitments.map((entity) => [entity.data.id, entity.body]));
  return ctx.figures.axes.map((axis, index) => ({
    id: `annex-${axis.id}`,
    title: ctx.words.sections.annex(annexLetter(index), axis.number, axis.title),
    shortTitle: ctx.words.sections.annex(annexLetter(index), axis.number, axis.shortTitle),
    annex: true,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: ctx.words.annex.leads, value: axis.leads.map(ctx.partner).join(', ') || ctx.words.none },
          { label: ctx.words.annex.progress, value: ctx.groupProgress(axis) },
          { label: ctx.words.annex.health, value: ctx.words.health[axis.health] },
        ],
      },
      ...markdown(axisBodies.get(axis.id)),
      ...commitmentsOf(ctx, axis).flatMap((commitment) =>
        commitmentBlocks(ctx, commitment, commitmentBodies.get(commitment.id)),
      ),
    ],
  }));
}

function commitmentsOf(ctx: BriefContext, axis: AxisFigures): CommitmentFigures[] {
  return axis.commitmentIds.flatMap((id) => ctx.commitment(id) ?? []);
}

function commitmentBlocks(ctx: BriefContext, commitment: CommitmentFigures, body: string | undefined): Block[] {
  const words = ctx.words.annex;
  const blocks: Block[] = [
    { kind: 'heading', text: commitment.title, note: ctx.words.status[commitment.status] },
    {
      kind: 'facts',
      items: [
        { label: words.lead, value: ctx.partner(commitment.lead) },
        ...(commitment.partners.length > 0
          ? [{ label: words.partners, value: commitment.partners.map(ctx.partner).join(', ') }]
          : []),
        {
          label: words.due,
          value:
            ctx.date(commitment.due) +
            (commitment.late ? ` (${ctx.words.late.days(ctx.number(commitment.daysLate))})` : ''),
        },
        { label: words.progress, value: ctx.commitmentProgress(commitment) },
      ],
    },
  ];
  if (commitment.milestones.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [{ label: words.milestone }, { label: words.milestoneDue }, { label: words.milestoneDone }],
      rows: commitment.milestones.map((milestone) => [
        cell(milestone.title),
        cell(ctx.date(milestone.due), milestone.late ? 'red' : undefined),
        milestone.done
          ? cell(ctx.date(milestone.doneOn), 'green')
          : cell(milestone.late ? words.milestoneLate : ctx.words.none, milestone.late ? 'red' : 'muted'),
      ]),
    });
  }
  return [...blocks, ...markdown(body)];
}

function markdown(body: string | undefined): Block[] {
  return body?.trim() ? [{ kind: 'markdown', source: body }] : [];
}

/** A, B, … Z, then AA, AB…: annexes stay lettered past 26 axes. */
function annexLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : annexLetter(Math.floor(index / 26) - 1) + letter;
}
