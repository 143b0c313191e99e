import { EXIT } from '../io/io.js';
import { kebabCase } from '../util/kebabCase.js';
import { entityFile } from '../scaffold/entityFile.js';
import { budgetFlags, hasBudgetChange } from './money/budgetFlags.js';
import { centsToDecimal } from '../i18n/formatMoney.js';
import type { Roadmap } from '../model/types.js';
import type { Lang } from '../i18n/lang.js';
import { freeId } from '../scaffold/freeId.js';
import { NEW_KINDS, newEntity, type NewEntity, type NewKind } from '../scaffold/newEntity.js';
import { intValue, MAX_AXIS_NUMBER, nameAndMore, oneLine, setupError, textAtDate } from './setup/setupFlags.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { isGiven, type Flags } from './flags/commandFlags.js';
import { revalidateWith } from './output/revalidateWith.js';
import { dateFlag } from './flags/dateFlag.js';
import { usageError } from './flags/usageError.js';
import { writeFiles } from '../write/writeFiles.js';
import { refreshedGeneratedFiles } from './setup/generatedFiles.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The set-up flags of `new`: a commitment's milestones (`--milestone
 * "title@date"`, repeatable) and description (the markdown body); a
 * meeting's agenda (`--agenda`, repeatable) and guests (`--guest "Name,
 * Organisation"`, repeatable). Added after the fields newEntity sets, which is
 * where the schema puts them.
 */
function withSetupFlags(entity: NewEntity, flags: Flags<'new'>, lang: Lang): void {
  const flagged = (name: keyof Flags<'new'>, kinds: readonly string[]) => {
    if (isGiven(flags[name]) && !kinds.includes(entity.kind))
      throw setupError(lang, 'new/flag-not-for-kind', {
        flag: `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
        kind: entity.kind,
      });
    return isGiven(flags[name]);
  };
  if (flagged('milestone', ['commitment'])) {
    entity.data.milestones = flags.milestone.map((occurrence) => {
      const milestone = textAtDate('--milestone', occurrence.value, lang, true);
      return milestone.date === undefined ? { title: milestone.text } : { title: milestone.text, due: milestone.date };
    });
  }
  if (flagged('description', ['commitment', 'axis'])) {
    const description = (flags.description ?? '').replace(/\r\n?/g, '\n').trim();
    if (description !== '')
      entity.body =
        entity.kind === 'commitment' ? `\n# ${String(entity.data.title)}\n\n${description}\n` : `\n${description}\n`;
  }
  if (flagged('guest', ['meeting'])) {
    entity.data.guests = flags.guest.map((occurrence) => {
      const guest = nameAndMore('--guest', occurrence.value, lang)!;
      return guest.more === undefined ? { name: guest.name } : { name: guest.name, organisation: guest.more };
    });
  }
  if (flagged('agenda', ['meeting'])) {
    entity.data.agenda = flags.agenda.map((occurrence) => {
      const title = oneLine(occurrence.value);
      if (title === '') throw setupError(lang, 'flag/empty', { flag: '--agenda' });
      return { title };
    });
  }
}

/**
 * `roadmap new commitment|meeting|partner|axis`: a new file from flags, its id
 * derived from the title. An id already in use is refused (exit 2) with a
 * free one suggested: nothing is ever overwritten, and running the same
 * command twice does not create a duplicate. The whole roadmap is checked
 * with the new file in memory before anything is written.
 */
/** `--cost` and `--funder` (repeatable) of `new commitment`: the financing plan it starts with. */
function newBudget(flags: Flags<'new'>, id: string, roadmap: Roadmap, lang: Lang): Record<string, unknown> | undefined {
  const { change } = budgetFlags(flags, {
    commitment: id,
    budget: undefined,
    partners: roadmap.partners.map(({ data }) => data),
    currency: roadmap.convention?.data.currency ?? 'EUR',
    lang,
  });
  if (!hasBudgetChange(change)) return undefined;
  return {
    ...(change.cost === undefined ? {} : { cost: Number(centsToDecimal(change.cost)) }),
    funders: change.funders.map((funder) => ({
      partner: funder.partner,
      planned: Number(centsToDecimal(funder.cents)),
    })),
  };
}

export const run = roadmapCommand<'new'>(
  async ({ args, flags, io, opened, lang }) => {
    const kind = args[0] ?? '';
    if (!(NEW_KINDS as readonly string[]).includes(kind)) throw usageError(lang, 'new/unknown-kind', { kind });
    // A wrong date or number is the flag's fault: say so, rather than report a file that does not exist yet.
    for (const [flag, name] of [
      ['--start', 'start'],
      ['--due', 'due'],
      ['--date', 'date'],
      ['--joined-on', 'joinedOn'],
    ] as const)
      dateFlag(flag, flags[name], lang);
    // A meeting that ends before it starts is a typing mistake of the flags: « 14:00 » to « 12:00 ».
    if (
      kind === 'meeting' &&
      flags.time !== undefined &&
      flags.endTime !== undefined &&
      /^\d{2}:\d{2}$/.test(flags.time) &&
      /^\d{2}:\d{2}$/.test(flags.endTime) &&
      flags.endTime <= flags.time
    ) {
      throw usageError(lang, 'new/end-before-start', { time: flags.time, end: flags.endTime });
    }
    const axes = opened.loaded.roadmap.axes.map((axis) => axis.data);
    const number = kind === 'axis' ? intValue('--number', flags.number, 1, MAX_AXIS_NUMBER, lang) : undefined;
    if (number !== undefined) {
      const holder = axes.find((axis) => axis.number === number);
      if (holder)
        throw usageError(lang, 'new/number-taken', {
          number,
          id: holder.id,
          free: Math.max(0, ...axes.map((axis) => axis.number)) + 1,
        });
    }
    const entity = newEntity(
      kind as NewKind,
      flags,
      { convention: opened.loaded.roadmap.convention?.data, axisNumbers: axes.map((axis) => axis.number) },
      lang,
    );
    if ('missing' in entity) throw usageError(lang, 'new/missing-flag', { flag: entity.missing, what: kind });
    // Milestones before the budget: the schema's order.
    withSetupFlags(entity, flags, lang);
    if (entity.kind === 'commitment') {
      const plan = newBudget(flags, String(entity.data.id), opened.loaded.roadmap, lang);
      if (plan) entity.data.budget = plan;
    }

    const id = String(entity.data.id);
    if (!ID.test(id)) throw usageError(lang, 'new/bad-id', { id, suggestion: kebabCase(id) });
    const file = entityFile(entity.kind, entity.data, entity.body);
    // Known ids include the names of files too broken to load: their id is taken as well.
    const taken = (candidate: string) => opened.loaded.known[entity.kind].has(candidate);
    if (taken(id))
      throw usageError(lang, 'new/id-taken', { id, file: `${opened.label}/${file.rel}`, free: freeId(id, taken) });

    const bytes = new TextEncoder().encode(file.text);
    const after = revalidateWith(opened, { rel: file.rel, bytes });
    if (await refuseInvalid(io, after)) return EXIT.invalid;
    writeFiles(
      io,
      lang,
      [
        {
          root: opened.dir,
          rel: file.rel,
          label: `${opened.label}/${file.rel}`,
          after: file.text,
          mode: { kind: 'create' },
        },
        ...refreshedGeneratedFiles(opened, after.loaded.roadmap),
      ],
      flags.dryRun,
    );
    return EXIT.ok;
  },
  { refuseInvalid: false },
);
