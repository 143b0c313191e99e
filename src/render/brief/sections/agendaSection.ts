import type { Meeting } from '../../../model/types.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Section } from '../briefDocument.js';

export function agendaSection(ctx: BriefContext, meeting: Meeting): Section {
  const words = ctx.words.agenda;
  const agenda = meeting.agenda ?? [];
  if (agenda.length === 0) return emptySection('agenda', ctx.words.sections.agenda, words.empty);
  return {
    id: 'agenda',
    title: ctx.words.sections.agenda,
    blocks: [{
      kind: 'table',
      columns: [{ label: words.number, align: 'right' }, { label: ctx.words.sections.agenda }, { label: words.axis }, { label: words.commitments }],
      rows: agenda.map((item, index) => [
        cell(words.item(index + 1)),
        cell(item.title),
        cell(item.axis ? ctx.axisLabel(item.axis) : ''),
        cell((item.commitments ?? []).map(ctx.commitmentTitle).join('\n')),
      ]),
    }],
  };
}
