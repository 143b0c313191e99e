import type { Lang } from '../../i18n/lang.js';
import type { SinceChanges } from '../brief/sections/sinceSection.js';
import { diffOutline } from './diffOutline.js';
import type { DiffReport } from './diffReport.js';

/**
 * The diff as the brief's "changes since" rows: one row per change, named by
 * its subject. Plain text: the brief escapes it for markdown and HTML.
 */
export function sinceChanges(report: DiffReport, lang: Lang, revision: string): SinceChanges {
  const outline = diffOutline(report, lang, (text) => text);
  const items = [
    ...outline.notes.map((note) => ({ subject: '', change: note })),
    ...outline.invalid.map((side) => ({ subject: '', change: side.message })),
    ...outline.sections.flatMap((section) =>
      section.subjects.flatMap((subject) =>
        // The subject only on its first row: the table reads as one block per commitment.
        subject.lines.map((change, index) => ({
          subject: index === 0 ? `${subject.title} (${subject.id})` : '',
          change,
        })),
      ),
    ),
    ...(outline.empty ? [{ subject: '', change: outline.empty }] : []),
  ];
  return { revision, items };
}
