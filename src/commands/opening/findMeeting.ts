import { UsageError } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting } from '../../model/types.js';
import { briefWords } from '../../render/brief/briefWords.js';
import { closestMatch } from '../../util/closestMatch.js';
import { terminalLine } from '../../util/sanitize.js';

/** The meeting named on the command line (exit 2 with the closest id when there is none), else the next planned one. */
export function findMeeting(
  meetings: readonly Meeting[],
  requested: string | undefined,
  nextId: string | undefined,
  lang: Lang,
  asOfText: string,
): Meeting {
  const words = briefWords(lang);
  if (requested !== undefined) {
    const meeting = meetings.find((candidate) => candidate.id === requested);
    if (!meeting)
      throw new UsageError(
        words.messages.unknownMeeting(
          terminalLine(requested),
          closestMatch(
            requested,
            meetings.map((candidate) => candidate.id),
          ),
        ),
      );
    return meeting;
  }
  const next = meetings.find((candidate) => candidate.id === nextId);
  if (!next) throw new UsageError(words.messages.noUpcoming(asOfText));
  return next;
}
