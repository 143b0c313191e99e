/**
 * The partner guide (`docs/guide-partenaire.md`) of one roadmap: the
 * template's prose, filled with that roadmap's agreement, committee and
 * partners, worked examples taken from one of its own commitments, and the
 * meaning of every field from the JSON Schemas. Pure and deterministic: the
 * same roadmap always gives the same guide, so a committed copy can be checked.
 */
import { stringify } from 'yaml';
import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import { ruleMessage } from '../../diagnostics/catalogue.js';
import { formatTemplate } from '../../i18n/formatTemplate.js';
import type { Lang } from '../../i18n/lang.js';
import type { Action, Commitment, IsoDate, Roadmap } from '../../model/types.js';
import { compareText } from '../../util/compareText.js';
import { addDays, isCalendarDate } from '../../util/dates.js';
import { terminalSafe } from '../../util/sanitize.js';
import { guideWord } from './guideWords.js';
import { PARTNER_ROLE_WORDS } from '../../i18n/vocabulary.js';

/** The part of a JSON Schema the guide reads. */
export interface SchemaNode {
  title?: string;
  description?: string;
  'x-title-en'?: string;
  'x-description-en'?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

export interface PartnerGuideInput {
  roadmap: Roadmap;
  lang: Lang;
  /** The guide's prose in `lang`, with `{placeholders}`. */
  template: string;
  /** The parsed `commitment`, `meeting` and `partner` schemas. */
  schemas: Readonly<Record<'commitment' | 'meeting' | 'partner', SchemaNode>>;
}

export function partnerGuide({ roadmap, lang, template, schemas }: PartnerGuideInput): string {
  const say = (key: Parameters<typeof guideWord>[0]) => guideWord(key, lang);
  const convention = roadmap.convention?.data;
  const example = exampleCommitment(roadmap);
  const partner = example?.lead ?? roadmap.partners[0]?.data.id ?? 'partner';
  const base = example?.start ?? convention?.signed_on ?? '2026-01-01';
  const file = example ? `${example.id}.md` : 'commitment.md';
  return formatTemplate(
    template,
    {
      convention: prose(convention?.title ?? ''),
      committee: prose(convention?.committee.name ?? ''),
      partners: partnersTable(roadmap, lang),
      example_file: file,
      example_title: prose(example?.title ?? ''),
      partner,
      status_example: yamlBlock({
        status: 'done',
        updates: [
          { date: addDays(base, 30), text: say('example/started'), status: 'in_progress' },
          { date: addDays(base, 300), text: say('example/done'), status: 'done' },
        ],
      }),
      milestone_example: yamlBlock({ milestones: [milestoneDone(example, base, lang)] }),
      measure_example: yamlBlock({ indicators: [measureAdded(example, base, lang)] }),
      postpone_example: postponement(example, base, lang),
      action_example: yamlBlock({ actions: [closedAction(roadmap, partner, example, base, lang)] }),
      error_example: errorExample(partner, lang),
      fields: fieldTables(schemas, lang),
    },
    lang,
  );
}

/** The commitment that shows the most (milestones, indicators, a due date), first by id among equals. */
function exampleCommitment(roadmap: Roadmap): Commitment | undefined {
  const richness = (c: Commitment) => (c.milestones?.length ? 1 : 0) + (c.indicators?.length ? 1 : 0) + (c.due ? 1 : 0);
  return roadmap.commitments
    .map((entity) => entity.data)
    .filter((c) => c.status !== 'cancelled')
    .sort((a, b) => richness(b) - richness(a) || compareText(a.id, b.id))[0];
}

function milestoneDone(example: Commitment | undefined, base: IsoDate, lang: Lang): Record<string, unknown> {
  const milestone = example?.milestones?.[0];
  const due = milestone?.due ?? addDays(base, 90);
  return {
    title: oneLine(milestone?.title ?? guideWord('example/milestone', lang)),
    due,
    done_on: milestone?.done_on ?? due,
  };
}

function measureAdded(example: Commitment | undefined, base: IsoDate, lang: Lang): Record<string, unknown> {
  const indicator = example?.indicators?.[0];
  if (indicator === undefined) {
    return {
      id: guideWord('example/indicator', lang),
      measures: [{ date: addDays(base, 180), value: 10, source: guideWord('example/source', lang) }],
    };
  }
  const measures = indicator.measures ?? [];
  const last = measures[measures.length - 1];
  const from = last ?? { date: indicator.baseline.date, value: indicator.baseline.value };
  const step = (indicator.target.value - indicator.baseline.value) / 4;
  const value = Number.isFinite(step) ? Math.round(from.value + step) : from.value;
  const source = last?.source !== undefined ? oneLine(last.source) : guideWord('example/source', lang);
  const shown = last ? [{ date: last.date, value: last.value, ...(last.source !== undefined ? { source } : {}) }] : [];
  return { id: indicator.id, measures: [...shown, { date: addDays(from.date, 182), value, source }] };
}

function postponement(example: Commitment | undefined, base: IsoDate, lang: Lang): string {
  // A due date the schema refused (`15/11/2027` on a partner's branch) is no base for an example.
  const previous = isCalendarDate(example?.due) ? example.due : addDays(base, 365);
  const due = addDays(previous, 182);
  return yamlBlock({
    due,
    updates: [
      { date: addDays(previous, -30), text: guideWord('example/postponed', lang), due, previous_due: previous },
    ],
  });
}

/** An action of the partner's, from the minutes when there is one, shown closed. */
function closedAction(
  roadmap: Roadmap,
  partner: string,
  example: Commitment | undefined,
  base: IsoDate,
  lang: Lang,
): Record<string, unknown> {
  const found: Action | undefined = roadmap.meetings
    .map((entity) => entity.data)
    .sort((a, b) => compareText(a.date, b.date))
    .flatMap((meeting) => meeting.actions ?? [])
    .find((action) => action.owner === partner);
  const due = isCalendarDate(found?.due) ? found.due : addDays(base, 60);
  const action: Record<string, unknown> = {
    id: found?.id ?? `a-${base.slice(0, 4)}-${base.slice(5, 7)}-01`,
    text: oneLine(found?.text ?? guideWord('example/action', lang)),
    owner: partner,
    due,
    status: 'done',
    closed_on: found?.closed_on ?? addDays(due, -5),
  };
  const commitment = found?.commitment ?? example?.id;
  if (commitment !== undefined) action.commitment = commitment;
  return action;
}

/** What the check says about a misspelt partner id, in the words `validate` uses. */
function errorExample(partner: string, lang: Lang): string {
  const typo = partner.length > 2 ? partner.slice(0, -1) : `${partner}x`;
  const { message, fix } = ruleMessage('ref/unknown-partner', lang, { value: typo, suggestion: partner });
  return `> ❌ ${escapeMarkdown(message)}  \n> ${guideWord('error/line', lang)} ${escapeMarkdown(fix)}`;
}

function partnersTable(roadmap: Roadmap, lang: Lang): string {
  const say = (key: Parameters<typeof guideWord>[0]) => guideWord(key, lang);
  const rows = [...roadmap.partners]
    .sort((a, b) => compareText(a.data.id, b.data.id))
    .map(({ data }) => `| ${prose(data.name)} | \`${data.id}\` | ${PARTNER_ROLE_WORDS[data.role][lang]} |`);
  return [
    `| ${say('partners/name')} | ${say('partners/id')} | ${say('partners/role')} |`,
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

const SECTIONS = ['commitment', 'milestone', 'indicator', 'measure', 'journal', 'action', 'partner'] as const;

function fieldTables(schemas: PartnerGuideInput['schemas'], lang: Lang): string {
  const commitment = schemas.commitment;
  const indicator = commitment.properties?.indicators?.items ?? {};
  const nodes: Record<(typeof SECTIONS)[number], SchemaNode> = {
    commitment,
    milestone: commitment.properties?.milestones?.items ?? {},
    indicator,
    measure: indicator.properties?.measures?.items ?? {},
    journal: commitment.properties?.updates?.items ?? {},
    action: schemas.meeting.properties?.actions?.items ?? {},
    partner: schemas.partner,
  };
  const say = (key: Parameters<typeof guideWord>[0]) => guideWord(key, lang);
  return SECTIONS.map((section) => {
    const node = nodes[section];
    const rows = Object.entries(node.properties ?? {}).map(
      ([field, property]) =>
        `| \`${field}\` | ${say(node.required?.includes(field) ? 'fields/yes' : 'fields/no')} | ${fieldMeaning(property, lang)} |`,
    );
    return [
      `### ${say(`section/${section}`)}`,
      '',
      `| ${say('fields/field')} | ${say('fields/required')} | ${say('fields/meaning')} |`,
      '| --- | --- | --- |',
      ...rows,
    ].join('\n');
  }).join('\n\n');
}

/**
 * `**Title.** Description`, in the guide's language. The schemas' own examples
 * are left out: they come from another partnership, and the worked examples
 * above come from this one.
 */
function fieldMeaning(property: SchemaNode, lang: Lang): string {
  const title = lang === 'fr' ? property.title : (property['x-title-en'] ?? property.title);
  const description =
    (lang === 'fr' ? property.description : (property['x-description-en'] ?? property.description)) ?? '';
  const withoutExample = description.split(lang === 'fr' ? /\s*Exemples?\s*:/ : /\s*Examples?:/)[0]!.trim();
  const text = `${title ? `**${title.replace(/\.$/, '')}.** ` : ''}${withoutExample}`;
  return text.replace(/\r?\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** A fenced YAML example, the fence longer than any backtick run inside. */
function yamlBlock(value: Record<string, unknown>): string {
  const yaml = stringify(value, { version: '1.2', lineWidth: 0 }).trimEnd();
  const longest = Math.max(2, ...(yaml.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}yaml\n${yaml}\n${fence}`;
}

/** Partner text in running prose: one line, no markup, no terminal controls. */
function prose(text: string): string {
  return escapeMarkdown(oneLine(text));
}

/** Partner text inside a YAML example: one line, no terminal controls (the yaml library quotes it). */
function oneLine(text: string): string {
  return terminalSafe(text).replace(/\s+/g, ' ').trim();
}
