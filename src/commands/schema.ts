import { UsageError } from '../cli/io.js';
import type { CommandInput } from '../cli/commands.js';

export async function run(_input: CommandInput): Promise<number> {
  throw new UsageError('`roadmap schema` is not available in this build yet');
}
