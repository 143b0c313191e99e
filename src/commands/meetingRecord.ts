import { EXIT, type Io } from '../io/io.js';
import { committeeMembersOn } from '../derive/committeeMembersOn.js';
import { message } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';
import type { Entity, Meeting, Partner } from '../model/types.js';
import { nextItemId } from '../scaffold/nextItemId.js';
import { closestMatch } from '../util/closestMatch.js';
import { terminalLine } from '../util/sanitize.js';
import { recordMeeting, type AttendanceLine, type MeetingRecord } from '../edit/recordMeeting.js';
import { dateFlag } from './flags/dateFlag.js';
import { belongingTo, type Occurrence } from './flags/occurrences.js';
import { setupMessage } from '../i18n/setupMessages.js';
import { echoArgument } from '../util/echoArgument.js';
import { editEntity } from '../edit/editEntity.js';
import { KEY_ORDERS } from '../edit/keyOrders.js';
import { setupError, textFlag } from './setup/setupFlags.js';
import { writeEntityEdits } from './setup/writeEntityEdits.js';
import { minutesText } from './setup/minutesText.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import type { Flags } from './flags/commandFlags.js';
import { today } from './flags/dateFlag.js';
import { usageError } from './flags/usageError.js';

/**
 * `roadmap meeting record <meeting>`: after the meeting, marks it held (never
 * before its day), records the attendance of every member the committee had
 * that day (--present, --excused, the others absent), and appends the
 * decisions and actions taken, with ids in the roadmap's style. Same safe
 * edit as `update`: comments and key order kept, whole roadmap re-checked
 * before anything is written, --dry-run prints the diff.
 */
export const run = roadmapCommand<'meeting record'>(
  async ({ args, flags, io, opened, lang }) => {
    const { roadmap } = opened.loaded;
    const id = (args[0] ?? '').trim();
    const rel = `meetings/${id}.md`;
    const meeting = roadmap.meetings.find((candidate) => candidate.file === rel);
    const file = opened.files.find((candidate) => candidate.rel === rel);
    if (!meeting || !file) {
      const present = opened.loaded.diagnostics.some((diagnostic) => diagnostic.file === rel);
      if (present && (await refuseInvalid(io, opened))) return EXIT.invalid;
      const guess = closestMatch(id, [...opened.loaded.known.meeting]);
      throw usageError(lang, 'record/unknown-meeting', {
        id,
        suggestion: guess ? message('update/suggestion', lang, { id: guess }) : '',
      });
    }
    const { date } = meeting.data;
    if (meeting.data.status === 'cancelled') throw usageError(lang, 'record/cancelled', { id });
    const now = today(io);
    if (date > now) throw usageError(lang, 'record/in-future', { id, date, today: now });

    const partners = roadmap.partners.map((partner) => partner.data);
    const asked: MeetingRecord = {
      attendance: attendanceFrom(meeting.data, committeeMembersOn(partners, date), flags, lang),
      decisions: decisionsFrom(roadmap.meetings, date, flags.decision),
      actions: actionsFrom(roadmap.meetings, date, partners, flags, lang),
    };
    // Run twice (a retry, a copied command line), it adds nothing twice: a decision already in
    // the meeting with the same text, an action with the same text and owner, are said and left out.
    const record = leaveOutRecorded(asked, meeting.data, io, lang);
    const minutes = withSetupFlags(record, meeting.data, roadmap.meetings, flags, lang, io.cwd);
    const more =
      record.people !== undefined ||
      record.guestsPresent !== undefined ||
      record.approvedMinutes !== undefined ||
      record.chairedBy !== undefined ||
      record.secretary !== undefined ||
      minutes !== undefined;
    if (
      meeting.data.status === 'held' &&
      record.attendance === undefined &&
      record.decisions.length === 0 &&
      record.actions.length === 0 &&
      !more
    ) {
      throw usageError(lang, 'record/nothing', { id });
    }

    const edited = editEntity(file.bytes, file.rel, [], KEY_ORDERS.meeting, minutes, (doc) =>
      recordMeeting(doc, record),
    );
    const code = await writeEntityEdits(io, opened, [{ file, edited }], flags.dryRun);
    if (code !== EXIT.ok) return code;
    // The new ids, so that the secretariat can cite a decision (`update --due … --decision`) or close an action.
    for (const decision of record.decisions)
      io.stdout(`${terminalLine(message('record/decision', lang, { id: decision.id, text: decision.text }))}\n`);
    for (const action of record.actions)
      io.stdout(
        `${terminalLine(message('record/action', lang, { id: action.id, text: action.text, owner: action.owner }))}\n`,
      );
    return EXIT.ok;
  },
  { refuseInvalid: false },
);

/**
 * Every member invited that day gets a line: present, excused, or absent.
 * Without --present or --excused the attendance already in the file is kept
 * — but a meeting recorded for the first time needs it.
 */
function attendanceFrom(
  meeting: Meeting,
  members: readonly Partner[],
  flags: Flags<'meeting record'>,
  lang: Lang,
): AttendanceLine[] | undefined {
  const memberIds = members.map((member) => member.id);
  const present = idList('--present', flags.present, memberIds, meeting.date, lang);
  const excused = idList('--excused', flags.excused, memberIds, meeting.date, lang);
  if (present === undefined && excused === undefined) {
    if (meeting.status !== 'held' && (meeting.attendees ?? []).length === 0) {
      throw usageError(lang, 'record/no-attendance', {
        date: meeting.date,
        members: memberIds.join(', ') || message('update/none', lang),
      });
    }
    return undefined;
  }
  const both = (present ?? []).find((id) => (excused ?? []).includes(id));
  if (both !== undefined) throw usageError(lang, 'record/present-and-excused', { id: both });
  return memberIds.map((partner) => ({
    partner,
    present: (present ?? []).includes(partner),
    excused: (excused ?? []).includes(partner),
  }));
}

function idList(
  flag: string,
  value: string | undefined,
  members: readonly string[],
  date: string,
  lang: Lang,
): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  for (const id of ids) {
    if (members.includes(id)) continue;
    const guess = closestMatch(id, [...members]);
    throw usageError(lang, 'record/not-a-member', {
      flag,
      id,
      date,
      members: members.join(', ') || message('update/none', lang),
      suggestion: guess ? message('update/suggestion', lang, { id: guess }) : '',
    });
  }
  return ids;
}

function takenIds(meetings: readonly Entity<Meeting>[], list: 'decisions' | 'actions'): Set<string> {
  return new Set(meetings.flatMap((meeting) => (meeting.data[list] ?? []).map((item) => item.id)));
}

function decisionsFrom(
  meetings: readonly Entity<Meeting>[],
  date: string,
  given: readonly Occurrence[],
): MeetingRecord['decisions'] {
  const taken = takenIds(meetings, 'decisions');
  return given
    .map((occurrence) => oneLine(occurrence.value))
    .filter(Boolean)
    .map((text) => {
      const id = nextItemId('d', date, taken);
      taken.add(id);
      return { id, text };
    });
}

/**
 * `--action <text> --owner <partner> [--due <date>]`, repeated: each --owner
 * and --due belongs to the --action written before it on the command line.
 */
function actionsFrom(
  meetings: readonly Entity<Meeting>[],
  date: string,
  partners: readonly Partner[],
  flags: Flags<'meeting record'>,
  lang: Lang,
): MeetingRecord['actions'] {
  const texts = flags.action;
  const owners = flags.owner;
  const dues = flags.due;
  const ownerOf = (index: number) => belonging(texts, owners, index, '--owner', lang);
  const dueOf = (index: number) => belonging(texts, dues, index, '--due', lang);
  const stray = [...owners, ...dues].find((occurrence) => texts.every((text) => text.at > occurrence.at));
  if (stray)
    throw usageError(lang, 'record/flag-before-action', { flag: owners.includes(stray) ? '--owner' : '--due' });
  const partnerIds = partners.map((partner) => partner.id);
  const taken = takenIds(meetings, 'actions');
  return texts.map((occurrence, index) => {
    const text = oneLine(occurrence.value);
    if (text === '') throw usageError(lang, 'record/empty-action');
    const owner = ownerOf(index)?.trim();
    if (owner === undefined) throw usageError(lang, 'record/action-without-owner', { text });
    if (!partnerIds.includes(owner)) {
      const guess = closestMatch(owner, partnerIds);
      throw usageError(lang, 'record/unknown-owner', {
        owner,
        suggestion: guess ? message('update/suggestion', lang, { id: guess }) : '',
      });
    }
    const due = dateFlag('--due', dueOf(index), lang);
    const id = nextItemId('a', date, taken);
    taken.add(id);
    return due === undefined ? { id, text, owner } : { id, text, owner, due };
  });
}

function leaveOutRecorded(record: MeetingRecord, meeting: Meeting, io: Io, lang: Lang): MeetingRecord {
  const decided = new Map((meeting.decisions ?? []).map((decision) => [oneLine(decision.text), decision.id]));
  const assigned = new Map(
    (meeting.actions ?? []).map((action) => [`${action.owner}\n${oneLine(action.text)}`, action.id]),
  );
  const decisions = record.decisions.filter((decision) => {
    const id = decided.get(decision.text);
    if (id !== undefined)
      io.stderr(`${terminalLine(message('record/already-recorded', lang, { id, text: decision.text }))}\n`);
    return id === undefined;
  });
  const actions = record.actions.filter((action) => {
    const id = assigned.get(`${action.owner}\n${action.text}`);
    if (id !== undefined)
      io.stderr(`${terminalLine(message('record/already-recorded', lang, { id, text: action.text }))}\n`);
    return id === undefined;
  });
  return { ...record, decisions, actions };
}

/** The value of `flag` that belongs to the index-th --action; at most one. */
function belonging(
  texts: readonly Occurrence[],
  values: readonly Occurrence[],
  index: number,
  flag: string,
  lang: Lang,
): string | undefined {
  const mine = belongingTo(texts, values, index);
  if (mine.length > 1) throw usageError(lang, 'record/flag-twice', { flag, text: oneLine(texts[index]!.value) });
  return mine[0]?.value;
}

/**
 * The set-up flags of `meeting record`: who represented each partner
 * (`--people cma="Nom, Nom"`), the guests present, the earlier minutes
 * approved, who chaired and who took the minutes, and the minutes themselves
 * (`--minutes <file.md>`, the markdown body). Returns the minutes' text.
 */
function withSetupFlags(
  record: MeetingRecord,
  meeting: Meeting,
  meetings: readonly Entity<Meeting>[],
  flags: Flags<'meeting record'>,
  lang: Lang,
  cwd: string,
): string | undefined {
  const attending = new Map<string, boolean>([
    ...(meeting.attendees ?? []).map((attendee) => [attendee.partner, attendee.present] as const),
    ...(record.attendance ?? []).map((line) => [line.partner, line.present] as const),
  ]);
  const people = flags.people;
  if (people.length > 0) {
    const byPartner = new Map<string, string[]>();
    for (const occurrence of people) {
      const equals = occurrence.value.indexOf('=');
      const partner = equals === -1 ? '' : occurrence.value.slice(0, equals).trim();
      const names =
        equals === -1
          ? []
          : occurrence.value
              .slice(equals + 1)
              .split(',')
              .map((name) => oneLine(name))
              .filter(Boolean);
      if (partner === '' || names.length === 0)
        throw setupError(lang, 'record/bad-people', { value: echoArgument(occurrence.value) });
      if (attending.get(partner) !== true) {
        const present = [...attending].filter(([, here]) => here).map(([id]) => id);
        const guess = closestMatch(partner, present);
        throw setupError(lang, 'record/people-not-present', {
          id: echoArgument(partner),
          present: present.join(', ') || setupMessage('list/none', lang),
          suggestion: guess ? setupMessage('flag/suggestion', lang, { id: guess }) : '',
        });
      }
      byPartner.set(partner, [...new Set([...(byPartner.get(partner) ?? []), ...names])]);
    }
    record.people = byPartner;
  }
  const guestsPresent = flags.guestPresent;
  if (guestsPresent.length > 0) {
    const names = (meeting.guests ?? []).map((guest) => guest.name.toLowerCase());
    record.guestCount = names.length;
    record.guestsPresent = new Set(
      guestsPresent.map((occurrence) => {
        const index = names.indexOf(oneLine(occurrence.value).toLowerCase());
        if (index === -1) {
          const guess = closestMatch(oneLine(occurrence.value).toLowerCase(), names);
          throw setupError(lang, 'edit/unknown-guest', {
            name: echoArgument(occurrence.value),
            known: (meeting.guests ?? []).map((guest) => guest.name).join(', ') || setupMessage('list/none', lang),
            suggestion: guess ? setupMessage('flag/suggestion', lang, { id: guess }) : '',
          });
        }
        return index;
      }),
    );
  }
  const approved = flags.approveMinutes.map((occurrence) => occurrence.value.trim());
  if (approved.length > 0) {
    const earlier = meetings
      .filter((other) => other.data.status === 'held' && other.data.date < meeting.date && other.data.id !== meeting.id)
      .map((other) => other.data.id);
    const already = new Set((meeting as { approved_minutes?: string[] }).approved_minutes ?? []);
    for (const id of approved) {
      if (earlier.includes(id)) continue;
      const guess = closestMatch(id, earlier);
      throw setupError(lang, 'record/not-earlier-meeting', {
        id: echoArgument(id),
        date: meeting.date,
        suggestion: guess ? setupMessage('flag/suggestion', lang, { id: guess }) : '',
      });
    }
    record.approvedMinutes = [...new Set(approved)].filter((id) => !already.has(id));
  }
  record.chairedBy = textFlag('--chaired-by', flags.chairedBy, lang, true);
  record.secretary = textFlag('--secretary', flags.secretary, lang, true);
  return minutesText(flags.minutes, lang, cwd);
}

/** Decisions and actions are one paragraph each: line breaks typed in a shell become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
