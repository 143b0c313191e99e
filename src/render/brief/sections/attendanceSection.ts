import type { AttendanceFigures } from '../../../derive/attendance.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Cell, Section } from '../../document/document.js';

export function attendanceSection(ctx: BriefContext, figures: AttendanceFigures): Section {
  const words = ctx.words.attendance;
  const title = ctx.words.sections.attendance;
  if (figures.meetings.length === 0) return emptySection('attendance', title, words.noMeeting);
  const rows: Cell[][] = figures.partners.map((row) => [
    cell(ctx.partner(row.partner)),
    ...row.present.map((present) =>
      present === null
        ? cell(words.unlisted, 'muted')
        : present
          ? cell(words.present, 'green')
          : cell(words.absent, 'red'),
    ),
    cell(`${row.attended}/${row.listed}`),
  ]);
  rows.push([
    cell(words.quorum),
    ...figures.quorum.map((quorum) =>
      cell(words.quorumCell(quorum.present, quorum.members, quorum.reached), quorum.reached ? 'green' : 'red'),
    ),
    cell(''),
  ]);
  return {
    id: 'attendance',
    title,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: words.partner },
          ...figures.meetings.map((meeting) => ({ label: ctx.date(meeting.date), align: 'center' as const })),
          { label: words.rate, align: 'right' },
        ],
        rows,
      },
      { kind: 'paragraph', text: words.rule, tone: 'muted' },
    ],
  };
}
