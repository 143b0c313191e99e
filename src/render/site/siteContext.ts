/**
 * What every page builder needs: the figures, the entities behind them, the
 * words, and the cross-references (who mentions what) indexed once.
 */
import { commitmentProgressText, groupProgressText } from '../progressText.js';
import { changesBetween, type Change } from '../../derive/changesBetween.js';
import type { Figures, CommitmentFigures } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatNumber, formatPercent } from '../../i18n/formatNumber.js';
import type { Lang } from '../../i18n/lang.js';
import type { Entity, Meeting, Roadmap } from '../../model/types.js';
import { briefWords, type BriefWords } from '../brief/briefWords.js';
import { editLink, type EditLink } from './editLink.js';
import type { Inline } from './sitePage.js';
import { siteWord, type SiteWordKey } from './siteWords.js';
import type { TemplateParams } from '../../i18n/formatTemplate.js';

export interface Mention {
  meeting: Meeting;
  /** Agenda items, decisions and actions of that meeting that name the commitment. */
  agenda: boolean;
  decisions: { id: string; text: string }[];
  actions: string[];
}

export interface SiteContext {
  roadmap: Roadmap;
  figures: Figures;
  lang: Lang;
  word: (key: SiteWordKey, params?: TemplateParams) => string;
  brief: BriefWords;
  date: (value: string | null | undefined) => string;
  percent: (value: number | null) => string;
  /** « 45 % », « non renseigné », or a dash for a cancelled commitment. */
  commitmentProgress: (commitment: CommitmentFigures) => string;
  /** An axis's or partner's progress with its unknowns counted beside it. */
  groupProgress: (group: { progress: number | null; unknown: number }) => string;
  number: (value: number) => string;
  partnerName: (id: string) => string;
  partnerLink: (id: string) => Inline;
  commitmentLink: (id: string) => Inline;
  commitmentTitle: (id: string) => string;
  meetingLink: (meeting: { id: string; title: string }) => Inline;
  commitment: (id: string) => CommitmentFigures | undefined;
  /** The edit link for a file of the roadmap folder (`commitments/x.md`). */
  edit: (file: string) => EditLink | undefined;
  mentions: (commitment: string) => readonly Mention[];
  /** Every dated fact up to as-of, oldest first. */
  changes: () => readonly Change[];
}

/** `prefixInRepository`: the roadmap folder from the repository's top, with a trailing slash ('' at the top); undefined outside a repository, so no edit links. */
export function siteContext(
  roadmap: Roadmap,
  figures: Figures,
  lang: Lang,
  prefixInRepository: string | undefined,
): SiteContext {
  const partners = new Map(figures.partners.map((partner) => [partner.id, partner]));
  const commitments = new Map(figures.commitments.map((commitment) => [commitment.id, commitment]));
  const mentions = mentionIndex(roadmap.meetings);
  const repository = roadmap.convention?.data.repository;
  const none = briefWords(lang).none;
  return {
    roadmap,
    figures,
    lang,
    word: (key, params) => siteWord(key, lang, params),
    brief: briefWords(lang),
    date: (value) => (value ? formatDate(value, lang) : none),
    percent: (value) => (value === null ? none : formatPercent(value, lang)),
    commitmentProgress: (commitment) => commitmentProgressText(commitment, lang),
    groupProgress: (group) => groupProgressText(group, lang),
    number: (value) => formatNumber(value, lang),
    partnerName: (id) => partners.get(id)?.shortName ?? id,
    partnerLink: (id) => (partners.has(id) ? { text: partners.get(id)!.shortName, to: { kind: 'partner', id } } : id),
    commitmentLink: (id) =>
      commitments.has(id) ? { text: commitments.get(id)!.title, to: { kind: 'commitment', id } } : id,
    commitmentTitle: (id) => commitments.get(id)?.title ?? id,
    meetingLink: (meeting) => ({ text: meeting.title, to: { kind: 'meeting', id: meeting.id } }),
    commitment: (id) => commitments.get(id),
    edit: (file) =>
      prefixInRepository === undefined ? undefined : editLink(repository, `${prefixInRepository}${file}`),
    mentions: (id) => mentions.get(id) ?? [],
    changes: () => changesBetween(figures, null, figures.asOf),
  };
}

function mentionIndex(meetings: readonly Entity<Meeting>[]): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  const sorted = meetings.map((entity) => entity.data).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const meeting of sorted) {
    const byCommitment = new Map<string, Mention>();
    const entry = (id: string): Mention => {
      let mention = byCommitment.get(id);
      if (!mention) byCommitment.set(id, (mention = { meeting, agenda: false, decisions: [], actions: [] }));
      return mention;
    };
    for (const item of meeting.agenda ?? []) for (const id of item.commitments ?? []) entry(id).agenda = true;
    for (const decision of meeting.decisions ?? [])
      for (const id of new Set(decision.commitments ?? []))
        entry(id).decisions.push({ id: decision.id, text: decision.text });
    for (const action of meeting.actions ?? [])
      if (action.commitment) entry(action.commitment).actions.push(action.text);
    for (const [id, mention] of byCommitment) {
      const list = index.get(id);
      if (list) list.push(mention);
      else index.set(id, [mention]);
    }
  }
  return index;
}
