import type { Io } from '../io/io.js';
import type { CommandName, Flags } from './flags/commandFlags.js';

/** What every command receives: its positional arguments, its typed flags (flags/commandFlags.ts), and the outside world. */
export interface CommandInput<Command extends CommandName> {
  args: string[];
  flags: Flags<Command>;
  io: Io;
}

export type CommandRun<Command extends CommandName> = (input: CommandInput<Command>) => Promise<number>;
