/**
 * `main(argv, io)` is the whole program: it parses flags against the command
 * table, runs one command and returns its exit code (0 ok, 1 invalid roadmap,
 * 2 usage). It never throws; the bin only sets `process.exitCode`. Everything
 * it says — help, commander's errors, flag checks — is in the command line's
 * language (cli/commandLineLang.ts).
 */
import type { Command } from 'commander';
import type { CommandSpec } from './cli/commands.js';
import type { Occurrence } from './commands/shared/occurrences.js';
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
  const [{ Command, CommanderError, Option }, { COMMANDS, COMMAND_GROUPS }, { OPTIONS }, { cliMessage }, { commandLineLang }, localised, { flagMessage }, { echoArgument }] = await Promise.all([
    import('commander'), import('./cli/commands.js'), import('./cli/options.js'), import('./cli/cliMessages.js'), import('./cli/commandLineLang.js'), import('./cli/localisedCommand.js'),
    import('./commands/shared/flagMessages.js'), import('./util/echoArgument.js'),
  ]);
  const { lang, invalid } = commandLineLang(argv, outside);
  const io: Io = { ...outside, lang };
  const debug = argv.includes('--debug');
  if (invalid !== undefined) {
    io.stderr(`roadmap: ${flagMessage('choice', lang, { flag: '--lang', choices: 'fr | en', value: echoArgument(invalid), suggestion: '' })}\n`);
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
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`roadmap: ${oneLine(text)}\n`) });

  // `meeting record` and its siblings are sub-commands of one `meeting` command, created with the first of them.
  const groups = new Map<string, Command>();
  // Commander parses flags in command-line order: one counter gives every repeated value its position.
  let position = 0;
  const collect = (value: string, previous: Occurrence[] | undefined): Occurrence[] => [...(previous ?? []), { value, at: position++ }];
  for (const spec of COMMANDS) {
    const [group, name] = spec.name.includes(' ') ? spec.name.split(' ') as [string, string] : [undefined, spec.name];
    let parent: Command = program;
    if (group !== undefined) {
      parent = groups.get(group) ?? program.command(group).description(COMMAND_GROUPS[group]?.[lang] ?? group);
      groups.set(group, parent);
    }
    const command = parent.command(spec.args ? `${name} ${spec.args}` : name).description(spec.summary[lang]);
    for (const name of spec.options) {
      const option = new Option(OPTIONS[name].flags, (spec.describe?.[name] ?? OPTIONS[name].description)[lang]);
      if (spec.repeatable?.includes(name)) option.argParser(collect);
      command.addOption(option);
    }
    // The choices are checked by runCommand rather than commander, so that the refusal speaks the user's language.
    if (spec.formats) command.addOption(new Option('--format <format>', cliMessage('option/format', lang, { choices: spec.formats.join(', '), default: spec.formats[0]! })));
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
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`roadmap: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`roadmap: ${cliMessage('error/internal', lang, { detail: echoArgument(oneLine(detail)), hint: debug ? '' : cliMessage('error/internal-hint', lang) })}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.usage;
  }
}

async function runCommand(spec: CommandSpec, params: unknown[], io: Io, lang: Lang): Promise<number> {
  // commander passes the positional arguments, then the options object, then the command.
  const command = params[params.length - 1] as Command;
  const options = command.opts();
  const args = params.slice(0, -2).flatMap((value) => (value === undefined ? [] : [String(value)]));
  if (spec.formats) options.format = await checkedFormat(options.format, spec.formats, lang);
  const { run } = await spec.load();
  return run({ args, options, io });
}

/** `--format`, one of the command's formats; its first one by default. */
async function checkedFormat(value: unknown, formats: readonly string[], lang: Lang): Promise<string> {
  if (value === undefined) return formats[0]!;
  if (formats.includes(String(value))) return String(value);
  const [{ flagMessage, suggestionText }, { echoArgument }] = await Promise.all([import('./commands/shared/flagMessages.js'), import('./util/echoArgument.js')]);
  throw new UsageError(flagMessage('choice', lang, { flag: '--format', choices: formats.join(' | '), value: echoArgument(String(value)), suggestion: suggestionText(String(value), formats, lang) }));
}

function oneLine(text: string): string {
  return text.trim().split('\n')[0]!.replace(/^error: /, '');
}
