/**
 * `main(argv, io)` is the whole program: it parses flags against the command
 * table, runs one command and returns its exit code (0 ok, 1 invalid roadmap,
 * 2 usage). It never throws; the bin only sets `process.exitCode`.
 */
import type { Command } from 'commander';
import type { CommandSpec } from './cli/commands.js';
import type { Occurrence } from './commands/shared/occurrences.js';
import { EXIT, UsageError, type Io } from './io/io.js';
import { version } from './cli/version.js';

export type { Io } from './io/io.js';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // `--version` answers before commander and the command table are even loaded: start-up stays near bare node.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const [{ Command, CommanderError, Option }, { COMMANDS, COMMAND_GROUPS }, { OPTIONS }] = await Promise.all([
    import('commander'), import('./cli/commands.js'), import('./cli/options.js'),
  ]);
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  const program = new Command('roadmap')
    .description('Keep a partnership\'s governance in git: validate, report, brief.')
    .version(version(), '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`roadmap: ${oneLine(text)}\n`) });

  // `meeting record` and its siblings are sub-commands of one `meeting` command, created with the first of them.
  const groups = new Map<string, Command>();
  // Commander parses flags in command-line order: one counter gives every repeated value its position.
  let position = 0;
  const collect = (value: string, previous: Occurrence[] | undefined): Occurrence[] => [...(previous ?? []), { value, at: position++ }];
  for (const spec of COMMANDS) {
    const [group, name] = spec.name.includes(' ') ? spec.name.split(' ') as [string, string] : [undefined, spec.name];
    let parent = program;
    if (group !== undefined) {
      parent = groups.get(group) ?? program.command(group).description(COMMAND_GROUPS[group] ?? group);
      groups.set(group, parent);
    }
    const command = parent.command(spec.args ? `${name} ${spec.args}` : name).description(spec.summary);
    for (const name of spec.options) {
      const option = new Option(OPTIONS[name].flags, spec.describe?.[name] ?? OPTIONS[name].description);
      if (spec.repeatable?.includes(name)) option.argParser(collect);
      command.addOption(option);
    }
    if (spec.formats) command.addOption(new Option('--format <format>', 'output format').choices(spec.formats).default(spec.formats[0]));
    command.action(async (...params: unknown[]) => {
      exitCode = await runCommand(spec, params, io);
    });
  }

  try {
    if (argv.length === 0) {
      io.stderr(program.helpInformation());
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`roadmap: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`roadmap: internal error: ${oneLine(detail)}${debug ? '' : ' (run again with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.usage;
  }
}

async function runCommand(spec: CommandSpec, params: unknown[], io: Io): Promise<number> {
  // commander passes the positional arguments, then the options object, then the command.
  const command = params[params.length - 1] as Command;
  const options = command.opts();
  const args = params.slice(0, -2).flatMap((value) => (value === undefined ? [] : [String(value)]));
  const { run } = await spec.load();
  return run({ args, options, io });
}

function oneLine(text: string): string {
  return text.trim().split('\n')[0]!.replace(/^error: /, '');
}
