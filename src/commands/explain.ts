import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError } from '../io/io.js';
import { catalogue, type RuleEntry, type Stage } from '../diagnostics/catalogue.js';
import { PLACEHOLDER } from '../i18n/formatTemplate.js';
import type { Lang, Text } from '../i18n/lang.js';
import { closestMatch } from '../util/closestMatch.js';
import { terminalLine } from '../util/sanitize.js';
import { resolveLang } from './shared/resolveOptions.js';

const STAGES: readonly Stage[] = ['syntax', 'schema', 'identity', 'references', 'consistency', 'staleness'];

const WORDS = {
  fr: {
    stages: { syntax: 'Syntaxe', schema: 'Schéma', identity: 'Identité', references: 'Références', consistency: 'Cohérence', staleness: 'Suivi' },
    severity: { error: 'erreur', warning: 'avertissement' },
    stage: (number: number, name: string) => `étape ${number} : ${name}`, checks: 'Ce que la règle vérifie', why: 'Pourquoi c’est important', shown: 'Message affiché',
    wrong: 'Exemple à éviter', right: 'Exemple correct',
    title: 'Règles de validation de la feuille de route', detail: 'Détail d’une règle : roadmap explain <règle>',
    unknown: (id: string) => `la règle « ${id} » n’existe pas`,
    didYouMean: (ids: string[]) => ` ; vouliez-vous dire ${ids.join(', ')} ?`,
    list: ' (roadmap explain sans argument liste toutes les règles)',
  },
  en: {
    stages: { syntax: 'Syntax', schema: 'Schema', identity: 'Identity', references: 'References', consistency: 'Consistency', staleness: 'Staleness' },
    severity: { error: 'error', warning: 'warning' },
    stage: (number: number, name: string) => `stage ${number}: ${name}`, checks: 'What the rule checks', why: 'Why it matters', shown: 'Message shown',
    wrong: 'Wrong', right: 'Right',
    title: 'Roadmap validation rules', detail: 'More on a rule: roadmap explain <rule>',
    unknown: (id: string) => `there is no rule "${id}"`,
    didYouMean: (ids: string[]) => `; did you mean ${ids.join(', ')}?`,
    list: ' (roadmap explain without an argument lists every rule)',
  },
} as const;

/** `roadmap explain [rule-id]`: one rule in full, or every rule grouped by validation stage. */
export async function run({ args, options, io }: CommandInput): Promise<number> {
  // No roadmap is needed to explain a rule, so the default is the product's first language.
  const lang = resolveLang(options.lang, 'fr');
  const [id] = args;
  if (id === undefined) {
    io.stdout(listRules(lang));
    return EXIT.ok;
  }
  const entry = catalogue.get(id);
  if (!entry) {
    const words = WORDS[lang];
    const near = similarRuleIds(id, [...catalogue.keys()]);
    throw new UsageError(words.unknown(terminalLine(id).slice(0, 80)) + (near.length > 0 ? words.didYouMean(near) : words.list));
  }
  io.stdout(explainRule(entry, lang));
  return EXIT.ok;
}

export function explainRule(entry: RuleEntry, lang: Lang): string {
  const words = WORDS[lang];
  const stageNumber = STAGES.indexOf(entry.stage) + 1;
  return [
    `${entry.id} — ${words.severity[entry.severity]}, ${words.stage(stageNumber, words.stages[entry.stage])}`,
    '',
    words.checks, indent(entry.checks[lang]), '',
    words.why, indent(entry.why[lang]), '',
    words.shown, indent(`${placeholders(entry.message[lang])}\n→ ${placeholders(entry.fix[lang])}`), '',
    words.wrong, indent(inLang(entry.wrong, lang)), '',
    words.right, indent(inLang(entry.right, lang)), '',
  ].join('\n');
}

export function listRules(lang: Lang): string {
  const words = WORDS[lang];
  const entries = [...catalogue.values()];
  const width = Math.max(...entries.map((entry) => entry.id.length));
  let out = `${words.title}\n`;
  STAGES.forEach((stage, index) => {
    out += `\n${index + 1}. ${words.stages[stage]}\n`;
    for (const entry of entries.filter((candidate) => candidate.stage === stage)) {
      out += `  ${entry.id.padEnd(width)}  ${words.severity[entry.severity].padEnd(13)}  ${entry.checks[lang]}\n`;
    }
  });
  return `${out}\n${words.detail}\n`;
}

/** Up to three rule ids a mistyped one probably meant: `unknown-field` → `schema/unknown-field`. */
export function similarRuleIds(input: string, ids: readonly string[]): string[] {
  const wanted = input.toLowerCase();
  const found = new Set<string>();
  const close = closestMatch(wanted, ids);
  if (close) found.add(close);
  const byName = closestMatch(wanted.slice(wanted.lastIndexOf('/') + 1), ids.map((id) => id.slice(id.indexOf('/') + 1)));
  for (const id of ids) {
    if (found.size >= 3) break;
    const name = id.slice(id.indexOf('/') + 1);
    if (name === byName || (wanted.length >= 3 && id.includes(wanted))) found.add(id);
  }
  return [...found].slice(0, 3);
}

/** Templates show their placeholders as `…`: the values depend on each file. */
function placeholders(template: string): string {
  return template.replace(PLACEHOLDER, '…');
}

function inLang(example: string | Text, lang: Lang): string {
  return typeof example === 'string' ? example : example[lang];
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}
