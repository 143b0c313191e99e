/**
 * The lookup shared by `edit partner|axis|meeting|convention` and `remove`/`rename`:
 * the named entity's file in the roadmap roadmapCommand opened; a file that is
 * there but does not load stops the command with the roadmap's problems.
 */
import { EXIT, type Io } from '../../io/io.js';
import type { EntityKind } from '../../read/layout.js';
import type { CommandName } from '../flags/commandFlags.js';
import { refuseInvalid, type OpenedRoadmap } from '../opening/openRoadmap.js';
import type { CommandRun } from '../commandInput.js';
import { roadmapCommand, type OpenedRun } from '../opening/roadmapCommand.js';
import { findEntity, requireKind, type Found, type IdKind } from './findEntity.js';

/** The named entity's file in a roadmap opened refusing nothing; a broken file is refused with the roadmap's problems (undefined). */
async function foundOrRefused<T>(
  io: Io,
  opened: OpenedRoadmap,
  kind: EntityKind,
  id: string,
): Promise<FoundFile<T> | undefined> {
  const found = findEntity<T>(opened, kind, id);
  if (!('broken' in found)) return found;
  await refuseInvalid(io, opened);
  return undefined;
}

/** The file of an entity a command changes, found in the roadmap it opened. */
export type FoundFile<T> = Exclude<Found<T>, { broken: true }>;

/**
 * A command over one named entity (`edit axis <id>`, `edit convention`, `remove`, `rename`):
 * the roadmap opened refusing nothing yet (the command checks it as it will be), the entity
 * found, or the command stopped with the roadmap's problems.
 */
export function entityCommand<Command extends CommandName, T = unknown>(
  named: (run: OpenedRun<Command>) => { kind: EntityKind; id: string },
  body: (run: OpenedRun<Command>, found: FoundFile<T>) => Promise<number> | number,
): CommandRun<Command> {
  return roadmapCommand<Command>(
    async (run) => {
      const { kind, id } = named(run);
      const found = await foundOrRefused<T>(run.io, run.opened, kind, id);
      return found === undefined ? EXIT.invalid : body(run, found);
    },
    { refuseInvalid: false },
  );
}

/** What `remove` and `rename` act on: the kind and id their command line names, and the entity's file. */
export interface NamedEntity {
  kind: IdKind;
  id: string;
  found: FoundFile<unknown>;
}

/** `roadmap remove|rename <kind> <id> …`: the kind is checked before the roadmap is read, in the words of --lang. */
export function namedEntityCommand<Command extends 'remove' | 'rename'>(
  body: (run: OpenedRun<Command>, entity: NamedEntity) => Promise<number>,
): CommandRun<Command> {
  const opened = entityCommand<Command>(
    ({ args, io }) => ({ kind: requireKind(args[0], io.lang ?? 'en'), id: args[1] ?? '' }),
    (run, found) => body(run, { kind: requireKind(run.args[0], run.lang), id: run.args[1]!, found }),
  );
  return async (input) => {
    requireKind(input.args[0], input.io.lang ?? 'en');
    return opened(input);
  };
}
