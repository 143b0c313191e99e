import type { ActionFigures, AxisFigures, CommitmentFigures, Figures, IndicatorFigures } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatNumber, formatPercent } from '../../i18n/formatNumber.js';
import type { Lang } from '../../i18n/lang.js';
import type { Roadmap } from '../../model/types.js';
import type { Cell, Section, Tone } from '../document/document.js';
import { commitmentProgressText, groupProgressText } from '../progressText.js';
import { briefWords, type BriefWords } from './briefWords.js';

/** What every section needs: the figures, the words, and lookups that turn ids into names. */
export interface BriefContext {
  lang: Lang;
  words: BriefWords;
  roadmap: Roadmap;
  figures: Figures;
  date(value: string | null): string;
  percent(value: number | null): string;
  /** « 45 % », « non renseigné », or a dash for a cancelled commitment. */
  commitmentProgress(commitment: CommitmentFigures): string;
  /** An axis's or partner's progress with its unknowns counted beside it. */
  groupProgress(group: { progress: number | null; unknown: number }): string;
  number(value: number): string;
  /** A partner's short name (the id when the file is missing). */
  partner(id: string): string;
  partnerName(id: string): string;
  commitmentTitle(id: string): string;
  commitment(id: string): CommitmentFigures | undefined;
  axis(id: string): AxisFigures | undefined;
  action(id: string): ActionFigures | undefined;
  indicator(commitment: string, id: string): IndicatorFigures | undefined;
  axisLabel(id: string): string;
  meetingLabel(id: string): string;
}

export function briefContext(roadmap: Roadmap, figures: Figures, lang: Lang): BriefContext {
  const words = briefWords(lang);
  const partners = new Map(roadmap.partners.map((entity) => [entity.data.id, entity.data]));
  const commitments = new Map(figures.commitments.map((commitment) => [commitment.id, commitment]));
  const axes = new Map(figures.axes.map((axis) => [axis.id, axis]));
  const actions = new Map(figures.actions.map((action) => [action.id, action]));
  // Indicator ids are unique within a commitment only.
  const indicators = new Map(
    figures.indicators.map((indicator) => [`${indicator.commitment}\n${indicator.id}`, indicator]),
  );
  const meetings = new Map(roadmap.meetings.map((entity) => [entity.data.id, entity.data]));
  const date = (value: string | null): string => (value === null ? words.none : formatDate(value, lang));
  return {
    lang,
    words,
    roadmap,
    figures,
    date,
    percent: (value) => (value === null ? words.none : formatPercent(value, lang)),
    commitmentProgress: (commitment) => commitmentProgressText(commitment, lang),
    groupProgress: (group) => groupProgressText(group, lang),
    number: (value) => formatNumber(value, lang),
    partner: (id) => partners.get(id)?.short_name ?? id,
    partnerName: (id) => partners.get(id)?.name ?? id,
    commitmentTitle: (id) => commitments.get(id)?.title ?? id,
    commitment: (id) => commitments.get(id),
    axis: (id) => axes.get(id),
    action: (id) => actions.get(id),
    indicator: (commitment, id) => indicators.get(`${commitment}\n${id}`),
    axisLabel: (id) => {
      const axis = axes.get(id);
      return axis ? `${axis.number}. ${axis.shortTitle}` : id;
    },
    meetingLabel: (id) => {
      const meeting = meetings.get(id);
      return meeting ? date(meeting.date) : id;
    },
  };
}

export function cell(text: string, tone?: Tone, badge?: boolean): Cell {
  return tone === undefined ? { text } : badge ? { text, tone, badge } : { text, tone };
}

/** A section with nothing to list says so in one muted line. */
export function emptySection(id: string, title: string, text: string): Section {
  return { id, title, blocks: [{ kind: 'paragraph', text, tone: 'muted' }] };
}
