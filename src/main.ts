/**
 * `main(argv, io)` is the whole program: it parses flags against the command
 * table, runs one command and returns its exit code (0 ok, 1 invalid roadmap,
 * 2 usage, 70 internal error — a bug). It never throws; the bin only sets
 * `process.exitCode`. Everything
 * it says — help, commander's errors, flag checks — is in the command line's
 * language (cli/commandLineLang.ts).
 */
import type { Command } from 'commander';
import type { CommandSpec } from './cli/commands.js';
import type { CommandInput, CommandRun } from './commands/commandInput.js';
import type { Occurrence } from './commands/flags/occurrences.js';
import type { Lang } from './i18n/lang.js';
import { EXIT, UsageError, type Io } from './io/io.js';
import { version } from './cli/version.js';

export type { Io } from './io/io.js';

export async function main(argv: readonly string[], outside: Io): Promise<number> {
  // `--version` answers before commander and the command table are even loaded: start-up stays near bare node.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    outside.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const [
    { Command, CommanderError, Option },
    { COMMANDS, COMMAND_GROUPS },
    { OPTIONS },
    { declaredFlags },
    { cliMessage },
    { commandLineLang },
    localised,
    { flagMessage },
    { echoArgument },
    { placeholdersIn, withPlaceholder },
  ] = await Promise.all([
    import('commander'),
    import('./cli/commands.js'),
    import('./commands/flags/options.js'),
    import('./commands/flags/commandFlags.js'),
    import('./cli/cliMessages.js'),
    import('./cli/commandLineLang.js'),
    import('./cli/localisedCommand.js'),
    import('./commands/flags/flagMessages.js'),
    import('./util/echoArgument.js'),
    import('./cli/placeholders.js'),
  ]);
  const { lang, invalid } = commandLineLang(argv, outside);
  const io: Io = { ...outside, lang };
  const debug = argv.includes('--debug');
  if (invalid !== undefined) {
    io.stderr(
      `roadmap: ${flagMessage('choice', lang, { flag: '--lang', choices: 'fr | en', value: echoArgument(invalid), suggestion: '' })}\n`,
    );
    return EXIT.usage;
  }
  let exitCode: number = EXIT.ok;
  const LocalisedCommand = localised.localisedCommand(Command, lang);
  // Help, version and the help command are configured before the commands are created: commander copies them to each.
  const program = new LocalisedCommand('roadmap')
    .description(cliMessage('program', lang))
    .version(version(), '-V, --version', cliMessage('help/version', lang))
    .helpOption('-h, --help', cliMessage('help/help', lang))
    .helpCommand('help [command]', cliMessage('help/help-command', lang))
    .configureHelp(localised.helpConfiguration(lang))
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`roadmap: ${oneLine(text)}\n`),
    });

  // `meeting record` and its siblings are sub-commands of one `meeting` command, created with the first of them.
  const groups = new Map<string, Command>();
  // Commander parses flags in command-line order: one counter gives every repeated value its position.
  let position = 0;
  const collect = (value: string, previous: Occurrence[] | undefined): Occurrence[] => [
    ...(previous ?? []),
    { value, at: position++ },
  ];
  for (const spec of COMMANDS) {
    const [group, name] = spec.name.includes(' ') ? (spec.name.split(' ') as [string, string]) : [undefined, spec.name];
    let parent: Command = program;
    if (group !== undefined) {
      parent = groups.get(group) ?? program.command(group).description(COMMAND_GROUPS[group]?.[lang] ?? group);
      groups.set(group, parent);
    }
    const command = parent
      .command(spec.args ? `${name} ${placeholdersIn(spec.args, lang)}` : name)
      .description(spec.summary[lang]);
    const declared = declaredFlags(spec.name);
    for (const name of declared.options) {
      const option = new Option(
        placeholdersIn(withPlaceholder(OPTIONS[name].flags, spec.placeholder?.[name]), lang),
        (spec.describe?.[name] ?? OPTIONS[name].description)[lang],
      );
      if (declared.repeatable?.includes(name)) option.argParser(collect);
      command.addOption(option);
    }
    // The choices are checked by readFlags rather than commander, so that the refusal speaks the user's language.
    if (declared.formats)
      command.addOption(
        new Option(
          '--format <format>',
          cliMessage('option/format', lang, { choices: declared.formats.join(', '), default: declared.formats[0]! }),
        ),
      );
    command.action(async (...params: unknown[]) => {
      exitCode = await runCommand(spec, params, io, lang);
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
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`roadmap: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `roadmap: ${cliMessage('error/internal', lang, { detail: echoArgument(oneLine(detail)), hint: debug ? '' : cliMessage('error/internal-hint', lang) })}\n`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}

async function runCommand(spec: CommandSpec, params: unknown[], io: Io, lang: Lang): Promise<number> {
  // commander passes the positional arguments, then the options object, then the command.
  const command = params[params.length - 1] as Command;
  const args = params.slice(0, -2).flatMap((value) => (value === undefined ? [] : [String(value)]));
  const { readFlags } = await import('./commands/flags/readFlags.js');
  const flags = readFlags(spec.name, command.opts(), lang);
  const { run } = await spec.load();
  // The table ties each name to its loader (CommandSpec), which TypeScript cannot follow through the union.
  return (run as CommandRun<typeof spec.name>)({ args, flags, io } as CommandInput<typeof spec.name>);
}

function oneLine(text: string): string {
  return text
    .trim()
    .split('\n')[0]!
    .replace(/^error: /, '');
}
