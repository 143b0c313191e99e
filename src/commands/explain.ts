import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError } from '../io/io.js';
import { catalogue, type RuleEntry, type Stage } from '../diagnostics/catalogue.js';
import { PLACEHOLDER } from '../i18n/formatTemplate.js';
import type { Lang, Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';
import { SEVERITY_WORDS } from '../i18n/vocabulary.js';
import { closestMatch } from '../util/closestMatch.js';
import { terminalLine } from '../util/sanitize.js';
import { resolveLang } from './opening/roadmapFolder.js';

const STAGES: readonly Stage[] = ['syntax', 'schema', 'identity', 'references', 'consistency', 'staleness'];

const MESSAGES = {
  'stage/syntax': { fr: 'Syntaxe', en: 'Syntax' },
  'stage/schema': { fr: 'Schéma', en: 'Schema' },
  'stage/identity': { fr: 'Identité', en: 'Identity' },
  'stage/references': { fr: 'Références', en: 'References' },
  'stage/consistency': { fr: 'Cohérence', en: 'Consistency' },
  'stage/staleness': { fr: 'Suivi', en: 'Staleness' },
  'severity/error': SEVERITY_WORDS.error,
  'severity/warning': SEVERITY_WORDS.warning,
  'rule/heading': {
    fr: '{id} — {severity}, étape {number} : {stage}',
    en: '{id} — {severity}, stage {number}: {stage}',
  },
  'rule/checks': { fr: 'Ce que la règle vérifie', en: 'What the rule checks' },
  'rule/why': { fr: 'Pourquoi c’est important', en: 'Why it matters' },
  'rule/shown': { fr: 'Message affiché', en: 'Message shown' },
  'rule/wrong': { fr: 'Exemple à éviter', en: 'Wrong' },
  'rule/right': { fr: 'Exemple correct', en: 'Right' },
  'list/title': { fr: 'Règles de validation de la feuille de route', en: 'Roadmap validation rules' },
  'list/detail': { fr: 'Détail d’une règle : roadmap explain <règle>', en: 'More on a rule: roadmap explain <rule>' },
  'unknown/rule': { fr: 'la règle « {id} » n’existe pas', en: 'there is no rule "{id}"' },
  'unknown/did-you-mean': { fr: ' ; vouliez-vous dire {ids} ?', en: '; did you mean {ids}?' },
  'unknown/list': {
    fr: ' (roadmap explain sans argument liste toutes les règles)',
    en: ' (roadmap explain without an argument lists every rule)',
  },
} as const satisfies Record<string, Text>;

const say = messageTable(MESSAGES);

/** `roadmap explain [rule-id]`: one rule in full, or every rule grouped by validation stage. */
export async function run({ args, flags, io }: CommandInput<'explain'>): Promise<number> {
  // No roadmap is needed to explain a rule, so the default is the product's first language.
  const lang = resolveLang(flags.lang, 'fr');
  const [id] = args;
  if (id === undefined) {
    io.stdout(listRules(lang));
    return EXIT.ok;
  }
  const entry = catalogue.get(id);
  if (!entry) {
    const near = similarRuleIds(id, [...catalogue.keys()]);
    throw new UsageError(
      say('unknown/rule', lang, { id: terminalLine(id).slice(0, 80) }) +
        (near.length > 0 ? say('unknown/did-you-mean', lang, { ids: near.join(', ') }) : say('unknown/list', lang)),
    );
  }
  io.stdout(explainRule(entry, lang));
  return EXIT.ok;
}

export function explainRule(entry: RuleEntry, lang: Lang): string {
  const heading = say('rule/heading', lang, {
    id: entry.id,
    severity: say(`severity/${entry.severity}`, lang),
    number: STAGES.indexOf(entry.stage) + 1,
    stage: say(`stage/${entry.stage}`, lang),
  });
  return [
    heading,
    '',
    say('rule/checks', lang),
    indent(entry.checks[lang]),
    '',
    say('rule/why', lang),
    indent(entry.why[lang]),
    '',
    say('rule/shown', lang),
    indent(`${placeholders(entry.message[lang])}\n→ ${placeholders(entry.fix[lang])}`),
    '',
    say('rule/wrong', lang),
    indent(inLang(entry.wrong, lang)),
    '',
    say('rule/right', lang),
    indent(inLang(entry.right, lang)),
    '',
  ].join('\n');
}

export function listRules(lang: Lang): string {
  const entries = [...catalogue.values()];
  const width = Math.max(...entries.map((entry) => entry.id.length));
  let out = `${say('list/title', lang)}\n`;
  STAGES.forEach((stage, index) => {
    out += `\n${index + 1}. ${say(`stage/${stage}`, lang)}\n`;
    for (const entry of entries.filter((candidate) => candidate.stage === stage)) {
      out += `  ${entry.id.padEnd(width)}  ${say(`severity/${entry.severity}`, lang).padEnd(13)}  ${entry.checks[lang]}\n`;
    }
  });
  return `${out}\n${say('list/detail', lang)}\n`;
}

/** Up to three rule ids a mistyped one probably meant: `unknown-field` → `schema/unknown-field`. */
export function similarRuleIds(input: string, ids: readonly string[]): string[] {
  const wanted = input.toLowerCase();
  const found = new Set<string>();
  const close = closestMatch(wanted, ids);
  if (close) found.add(close);
  const byName = closestMatch(
    wanted.slice(wanted.lastIndexOf('/') + 1),
    ids.map((id) => id.slice(id.indexOf('/') + 1)),
  );
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
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
