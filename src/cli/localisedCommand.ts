/**
 * commander's Command speaking the user's language: its error messages
 * (unknown option or command, missing argument, too many arguments) are
 * rewritten here with « vouliez-vous dire … » suggestions and every echoed
 * argument made terminal-safe; its help titles come from `helpConfiguration`.
 * commander is imported lazily by main, so the class is made from it.
 */
import type { Command, HelpConfiguration, Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { flagMessage, suggestionText as suggestion } from '../commands/flags/flagMessages.js';
import { echoArgument as echo } from '../util/echoArgument.js';
import { cliMessage, type CliMessageKey } from './cliMessages.js';

const TITLES: Record<string, CliMessageKey> = {
  'Usage:': 'help/usage',
  'Options:': 'help/options',
  'Global Options:': 'help/global-options',
  'Commands:': 'help/commands',
  'Arguments:': 'help/arguments',
};

export function helpConfiguration(lang: Lang): HelpConfiguration {
  const words = (text: string) => (lang === 'fr' ? text.replace('[command]', '[commande]') : text);
  return {
    styleTitle: (title: string) => (TITLES[title] ? cliMessage(TITLES[title], lang) : title),
    styleUsage: words,
    // French placeholders are longer (`<ancien> <nouveau>`): wrap descriptions down to 30 columns rather than not at all.
    minWidthToWrap: 30,
  };
}

/** The French words people type for a command, to point them at its name (`roadmap valider` → validate). */
const FRENCH_NAMES: Readonly<Record<string, string>> = {
  valider: 'validate',
  verifier: 'validate',
  rapport: 'report',
  bilan: 'report',
  actions: 'actions',
  dossier: 'brief',
  note: 'brief',
  nouveau: 'new',
  nouvelle: 'new',
  creer: 'new',
  modifier: 'update',
  'mettre-a-jour': 'update',
  maj: 'update',
  differences: 'diff',
  comparer: 'diff',
  proprietaires: 'owners',
  responsables: 'owners',
  calendrier: 'calendar',
  agenda: 'calendar',
  schemas: 'schema',
  initialiser: 'init',
  expliquer: 'explain',
  regle: 'explain',
  reunion: 'meeting',
  comite: 'meeting',
  aide: 'help',
  editer: 'edit',
  changer: 'edit',
  supprimer: 'remove',
  effacer: 'remove',
  renommer: 'rename',
  guider: 'guide',
};

function commandSuggestion(name: string, names: readonly string[], lang: Lang): string {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const french = FRENCH_NAMES[folded];
  if (french !== undefined && names.includes(french)) return flagMessage('suggestion', lang, { suggestion: french });
  return suggestion(name, names, lang);
}

type CommandClass = new (name?: string) => Command;

export function localisedCommand(Base: CommandClass, lang: Lang): CommandClass {
  class Localised extends Base {
    override createCommand(name?: string): Command {
      return new Localised(name);
    }

    unknownOption(flag: string): void {
      if (privateFlag(this, '_allowUnknownOption')) return;
      const candidates: string[] = [];
      for (let command: Command | null = this; command; command = command.parent) {
        candidates.push(
          ...command.options.map((option: Option) => option.long).filter((long): long is string => long !== undefined),
        );
      }
      candidates.push('--help');
      const near = flag.startsWith('--') ? suggestion(flag.split('=')[0]!, candidates, lang) : '';
      this.error(cliMessage('error/unknown-option', lang, { flag: echo(flag), suggestion: near }), {
        code: 'commander.unknownOption',
      });
    }

    unknownCommand(): void {
      const name = String(this.args[0] ?? '');
      const names = this.commands.map((command) => command.name()).filter((commandName) => commandName !== 'help');
      const near =
        commandSuggestion(name, names, lang) || cliMessage('error/commands', lang, { list: names.join(', ') });
      this.error(cliMessage('error/unknown-command', lang, { name: echo(name), suggestion: near }), {
        code: 'commander.unknownCommand',
      });
    }

    missingArgument(name: string): void {
      this.error(cliMessage('error/missing-argument', lang, { name: `<${name}>`, command: fullName(this) }), {
        code: 'commander.missingArgument',
      });
    }

    optionMissingArgument(option: Option): void {
      this.error(cliMessage('error/option-missing-argument', lang, { flag: option.long ?? option.flags }), {
        code: 'commander.optionMissingArgument',
      });
    }

    _excessArguments(received: readonly string[]): void {
      if (privateFlag(this, '_allowExcessArguments')) return;
      this.error(
        cliMessage('error/excess-arguments', lang, {
          command: fullName(this),
          expected: this.registeredArguments.length,
          received: received.length,
        }),
        { code: 'commander.excessArguments' },
      );
    }
  }
  return Localised;
}

/** commander's own switches for the two checks it skips when they are set (none is set by roadmap today). */
function privateFlag(command: Command, name: string): boolean {
  return (command as unknown as Record<string, unknown>)[name] === true;
}

/** `meeting record`, without the program's own name. */
function fullName(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current?.parent; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}
