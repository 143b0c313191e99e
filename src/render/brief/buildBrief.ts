import { attendance } from '../../derive/attendance.js';
import { changesBetween } from '../../derive/changesBetween.js';
import { previousHeldMeeting } from '../../derive/previousHeldMeeting.js';
import type { Figures } from '../../derive/types.js';
import { upcomingDeadlines } from '../../derive/upcomingDeadlines.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting, Roadmap } from '../../model/types.js';
import { letterheadOf } from '../document/letterheadOf.js';
import { briefContext } from './briefContext.js';
import type { Document } from '../document/document.js';
import { actionsSection } from './sections/actionsSection.js';
import { agendaSection } from './sections/agendaSection.js';
import { annexSections } from './sections/annexSections.js';
import { attendanceSection } from './sections/attendanceSection.js';
import { changesSection } from './sections/changesSection.js';
import { coverSection } from './sections/coverSection.js';
import { dashboardSection } from './sections/dashboardSection.js';
import { deadlinesSection } from './sections/deadlinesSection.js';
import { indicatorsSection } from './sections/indicatorsSection.js';
import { lateSection } from './sections/lateSection.js';
import { postponementsSection } from './sections/postponementsSection.js';
import { readinessSection } from './sections/readinessSection.js';
import { sinceSection, type SinceChanges } from './sections/sinceSection.js';
import { fundingSection } from '../money/fundingSection.js';

/** How many past committees the attendance table covers. */
const ATTENDANCE_MEETINGS = 4;
/** The look-ahead of the deadlines section. */
const DEADLINE_DAYS = 90;

export interface BriefRequest {
  roadmap: Roadmap;
  figures: Figures;
  meeting: Meeting;
  lang: Lang;
  /** Changes read from git by `--since`; the section is left out without them. */
  since?: SinceChanges;
}

/** The whole briefing pack as data (pure): every figure comes from `figures`. */
export function buildBrief(request: BriefRequest): Document {
  const { roadmap, figures, meeting, lang } = request;
  const ctx = briefContext(roadmap, figures, lang);
  const previous = previousHeldMeeting(figures, meeting);
  const cover = coverSection(ctx, meeting);
  return {
    lang,
    letterhead: letterheadOf(roadmap, lang),
    title: `${meeting.title} — ${ctx.date(meeting.date)}`,
    cover,
    contents: ctx.words.contents,
    sections: [
      attendanceSection(ctx, attendance(roadmap.meetings, roadmap.partners, figures.asOf, ATTENDANCE_MEETINGS)),
      agendaSection(ctx, meeting, previous),
      dashboardSection(ctx),
      changesSection(ctx, changesBetween(figures, previous?.date ?? null, meeting.date), previous),
      ...(request.since ? [sinceSection(ctx, request.since)] : []),
      actionsSection(ctx),
      lateSection(ctx),
      postponementsSection(ctx),
      ...[fundingSection(ctx, figures.funding, previous?.date ?? null)].filter((section) => section !== null),
      deadlinesSection(ctx, upcomingDeadlines(figures, DEADLINE_DAYS), DEADLINE_DAYS),
      indicatorsSection(
        ctx,
        figures.indicators,
        new Set((meeting.agenda ?? []).flatMap((item) => item.commitments ?? [])),
      ),
      readinessSection(ctx),
      ...annexSections(ctx),
    ],
    footer: ctx.words.footer(`${meeting.title}, ${ctx.date(meeting.date)}`),
  };
}
