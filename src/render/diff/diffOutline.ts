/**
 * The content of a diff report once phrased, shared by the pretty and
 * markdown renderers so that they only differ in layout.
 */
import { ERRORS, plural } from '../../i18n/vocabulary.js';
import type { Result } from '../../diagnostics/diagnostic.js';
import type { Subject } from '../../diff/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import type { Lang } from '../../i18n/lang.js';
import { describeChange, type SectionChange } from './describeChange.js';
import type { DiffReport, RevisionSide } from './diffReport.js';
import { diffMessage } from './diffMessages.js';

export type Marker = 'added' | 'removed' | 'changed';

export interface OutlineSubject {
  marker: Marker;
  id: string;
  title: string;
  lines: string[];
}

export interface DiffOutline {
  title: string;
  range: string;
  /** Roadmap folder moved between the revisions. */
  notes: string[];
  invalid: { message: string; errors: Result[] }[];
  sections: { title: string; subjects: OutlineSubject[] }[];
  /** Set when both sides are valid and nothing of substance changed. */
  empty: string | null;
}

export function diffOutline(report: DiffReport, lang: Lang, safe: (text: string) => string): DiffOutline {
  const name = (side: RevisionSide) =>
    side.rev === null ? diffMessage('workingTree', lang) : `${safe(side.rev)} (${side.commit!.slice(0, 7)})`;
  const sides = [report.from, report.to];
  const notes =
    report.from.folder === report.to.folder
      ? []
      : sides.map((side) => diffMessage('moved', lang, { side: name(side), folder: safe(side.folder || './') }));
  const invalid = sides
    .filter((side) => side.errors.length > 0)
    .map((side) => ({
      message: diffMessage('invalid', lang, { side: name(side), count: plural(side.errors.length, ERRORS, lang) }),
      errors: side.errors,
    }));
  const diff = report.diff;
  const sections =
    diff === null
      ? []
      : [
          {
            title: diffMessage('convention', lang),
            subjects: diff.convention.map((s) =>
              outlineSubject(s, (change) => ({ section: 'convention', change }), lang, safe),
            ),
          },
          {
            title: diffMessage('axes', lang),
            subjects: diff.axes.map((s) => outlineSubject(s, (change) => ({ section: 'axes', change }), lang, safe)),
          },
          {
            title: diffMessage('partners', lang),
            subjects: diff.partners.map((s) =>
              outlineSubject(s, (change) => ({ section: 'partners', change }), lang, safe),
            ),
          },
          {
            title: diffMessage('commitments', lang),
            subjects: diff.commitments.map((s) =>
              outlineSubject(s, (change) => ({ section: 'commitments', change }), lang, safe),
            ),
          },
          {
            title: diffMessage('meetings', lang),
            subjects: diff.meetings.map((s) =>
              outlineSubject(s, (change) => ({ section: 'meetings', change }), lang, safe),
            ),
          },
        ].filter((section) => section.subjects.length > 0);
  return {
    title: diffMessage('title', lang),
    range: diffMessage('range', lang, {
      from: name(report.from),
      to: name(report.to),
      asOf: formatDate(report.asOf, lang),
    }),
    notes,
    invalid,
    sections,
    empty: diff !== null && sections.length === 0 ? diffMessage('none', lang) : null,
  };
}

function outlineSubject<C extends { kind: string }>(
  subject: Subject<C>,
  tag: (change: C) => SectionChange,
  lang: Lang,
  safe: (text: string) => string,
): OutlineSubject {
  const kinds = subject.changes.map((change) => change.kind);
  const marker: Marker =
    kinds.includes('added') || kinds.includes('joined')
      ? 'added'
      : kinds.includes('removed') || kinds.includes('left')
        ? 'removed'
        : 'changed';
  return {
    marker,
    id: safe(subject.id),
    title: safe(subject.title),
    lines: subject.changes.map((change) => describeChange(tag(change), lang, safe)),
  };
}
