import type { Lang } from '../i18n/lang.js';
import type { Meeting } from '../model/types.js';
import { closestMatch } from '../util/closestMatch.js';
import { echoArgument } from '../util/echoArgument.js';
import { setupMessage } from '../i18n/setupMessages.js';
import { editEntity } from '../edit/editEntity.js';
import { fieldChange, type FieldEdit } from '../edit/fieldEdits.js';
import { KEY_ORDERS } from '../edit/keyOrders.js';
import { belongingTo, type Occurrence } from './flags/occurrences.js';
import type { Flags } from './flags/commandFlags.js';
import type { OpenedRoadmap } from './opening/openRoadmap.js';
import {
  choiceValue,
  dateValue,
  nameAndMore,
  oneLine,
  refList,
  refValue,
  setupError,
  textFlag,
  timeValue,
} from './setup/setupFlags.js';
import { entityCommand } from './setup/findForEdit.js';
import { writeEntityEdits } from './setup/writeEntityEdits.js';
import { minutesText } from './setup/minutesText.js';

export const MEETING_KINDS = ['signature', 'committee', 'technical', 'workshop', 'other'] as const;

/**
 * `roadmap edit meeting <id>`: a meeting's reference data (title, date, time,
 * place, kind, chair), its agenda built, reordered and pruned, its guests.
 * Agenda edits apply in this order: `--remove-agenda` (numbers of the agenda
 * as it is), `--move-agenda n:m` (numbers after the removals), then each
 * `--add-agenda` at the end, with the `--agenda-axis` and
 * `--agenda-commitments` written after it.
 */
export const run = entityCommand<'edit meeting', Meeting>(
  ({ args }) => ({ kind: 'meeting', id: args[0] ?? '' }),
  async ({ flags: options, io, opened, lang }, found) => {
    const data = found.entity.data;
    const edits: FieldEdit[] = [
      ...fieldChange(['title'], textFlag('--title', options.title, lang, true)),
      ...fieldChange(['date'], dateValue('--date', options.date, lang, true)),
      ...fieldChange(['kind'], choiceValue('--kind', options.kind, MEETING_KINDS, lang)),
      ...fieldChange(['place'], textFlag('--place', options.place, lang)),
      ...fieldChange(['time'], timeValue('--time', options.time, lang)),
      ...fieldChange(['end_time'], timeValue('--end-time', options.endTime, lang)),
      ...fieldChange(
        ['chair'],
        options.chair === '' ? '' : refValue('--chair', options.chair, opened.loaded.known.partner, opened.label, lang),
      ),
      ...agendaEdits(opened, data, options, lang),
      ...guestEdits(data, options, lang),
    ];
    const minutes = minutesText(options.minutes, lang, io.cwd);
    if (edits.length === 0 && minutes === undefined)
      throw setupError(lang, 'edit/nothing', { command: 'edit meeting' });
    const edited = editEntity(found.file.bytes, found.file.rel, edits, KEY_ORDERS.meeting, minutes);
    return writeEntityEdits(io, opened, [{ file: found.file, edited }], options.dryRun);
  },
);

function agendaEdits(opened: OpenedRoadmap, data: Meeting, options: Flags<'edit meeting'>, lang: Lang): FieldEdit[] {
  let count = (data.agenda ?? []).length;
  const edits: FieldEdit[] = [];
  const removals = options.removeAgenda.map((occurrence) =>
    itemNumber('--remove-agenda', occurrence.value, count, lang),
  );
  for (const number of [...new Set(removals)].sort((a, b) => b - a))
    edits.push({ op: 'remove', path: ['agenda'], index: number - 1 });
  count -= new Set(removals).size;
  for (const occurrence of options.moveAgenda) {
    const match = /^\s*(\d+)\s*[:→>-]\s*(\d+)\s*$/.exec(occurrence.value);
    if (!match) throw setupError(lang, 'edit/bad-move', { value: echoArgument(occurrence.value) });
    const from = itemNumber('--move-agenda', match[1]!, count, lang);
    const to = itemNumber('--move-agenda', match[2]!, count, lang);
    if (from !== to) edits.push({ op: 'move', path: ['agenda'], from: from - 1, to: to - 1 });
  }
  const titles = options.addAgenda;
  const axes = options.agendaAxis;
  const lists = options.agendaCommitments;
  const stray = [...axes, ...lists].find((occurrence) => titles.every((title) => title.at > occurrence.at));
  if (stray)
    throw setupError(lang, 'edit/agenda-flag-first', {
      flag: axes.includes(stray) ? '--agenda-axis' : '--agenda-commitments',
    });
  titles.forEach((title, index) => {
    const text = oneLine(title.value);
    if (text === '') throw setupError(lang, 'flag/empty', { flag: '--add-agenda' });
    const axis = refValue(
      '--agenda-axis',
      belonging(titles, axes, index, '--agenda-axis', lang),
      opened.loaded.known.axis,
      opened.label,
      lang,
    );
    const commitments = refList(
      '--agenda-commitments',
      belonging(titles, lists, index, '--agenda-commitments', lang),
      opened.loaded.known.commitment,
      opened.label,
      lang,
    );
    edits.push({
      op: 'append',
      path: ['agenda'],
      item: { title: text, axis, commitments: commitments?.length ? commitments : undefined },
    });
  });
  return edits;
}

/** `--add-guest "Name, Organisation"` and `--remove-guest <name>` (any case), repeatable. */
function guestEdits(data: Meeting, options: Flags<'edit meeting'>, lang: Lang): FieldEdit[] {
  const names = (data.guests ?? []).map((guest) => guest.name.toLowerCase());
  const edits: FieldEdit[] = [];
  const indices: number[] = [];
  for (const occurrence of options.removeGuest) {
    const wanted = oneLine(occurrence.value).toLowerCase();
    const index = names.indexOf(wanted);
    if (index === -1) {
      const guess = closestMatch(wanted, names);
      throw setupError(lang, 'edit/unknown-guest', {
        name: echoArgument(occurrence.value),
        known: (data.guests ?? []).map((guest) => guest.name).join(', ') || setupMessage('list/none', lang),
        suggestion: guess ? setupMessage('flag/suggestion', lang, { id: guess }) : '',
      });
    }
    indices.push(index);
  }
  for (const index of [...new Set(indices)].sort((a, b) => b - a))
    edits.push({ op: 'remove', path: ['guests'], index });
  for (const occurrence of options.addGuest) {
    const guest = nameAndMore('--add-guest', occurrence.value, lang)!;
    edits.push({
      op: 'append',
      path: ['guests'],
      item: guest.more === undefined ? { name: guest.name } : { name: guest.name, organisation: guest.more },
    });
  }
  return edits;
}

function itemNumber(flag: string, value: string, count: number, lang: Lang): number {
  const text = value.trim();
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1 || Number(text) > count)
    throw setupError(lang, 'edit/bad-item', { flag, value: echoArgument(text), count });
  return Number(text);
}

/** The value of `flag` that belongs to the index-th `--add-agenda`; at most one. */
function belonging(
  titles: readonly Occurrence[],
  values: readonly Occurrence[],
  index: number,
  flag: string,
  lang: Lang,
): string | undefined {
  const mine = belongingTo(titles, values, index);
  if (mine.length > 1) throw setupError(lang, 'flag/twice', { flag, text: oneLine(titles[index]!.value) });
  return mine[0]?.value;
}
