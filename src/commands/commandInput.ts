import type { Io } from '../io/io.js';

/** What every command receives: its positional arguments, its flags as commander parsed them, and the outside world. */
export interface CommandInput {
  args: string[];
  options: Record<string, unknown>;
  io: Io;
}

export type CommandRun = (input: CommandInput) => Promise<number>;
