/**
 * One ajv error → one catalogue diagnostic whose params read well in French
 * and in English: the field's title from the schema, the allowed values with
 * their labels, an example, a likely correction. Never ajv's English text.
 */
import { textByLang } from '../i18n/textByLang.js';
import { kebabCase } from '../util/kebabCase.js';
import type { ErrorObject } from 'ajv';
import type { Diagnostic, Segment } from '../diagnostics/diagnostic.js';
import type { Lang, Text } from '../i18n/lang.js';
import { LANGS } from '../i18n/lang.js';
import { textByLang as byLang } from '../i18n/textByLang.js';
import { THING_WORDS } from '../i18n/vocabulary.js';
import { closestMatch } from '../util/closestMatch.js';
import { whyNotADate } from '../diagnostics/whyNotADate.js';
import type { SchemaLookup, SchemaNode } from './schemaLookup.js';
import { lengthWords, limitWords, schemaWord, typeName, typeWritingHint } from './schemaWords.js';

const NOTHING: Text = { fr: '', en: '' };

export function schemaDiagnostic(
  kind: string,
  file: string,
  error: ErrorObject,
  document: unknown,
  lookup: SchemaLookup,
): Diagnostic {
  const path = pathOf(error.instancePath);
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  const node = lookup.nodeAt(kind, path);
  const data = valueAt(document, path);
  switch (error.keyword) {
    // `due` without `previous_due`, `milestone` without `due`: the field the other one needs is missing.
    case 'dependentRequired':
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        rule: 'schema/required',
        file,
        at: { path, key: true },
        params: { field: missing, label: parenthesised(lookup.titleAt(kind, [...path, missing])), where: where(path) },
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((node?.properties as object | undefined) ?? {});
      const guess = closestMatch(extra, known);
      const hint = guess
        ? schemaWord('rename', { field: extra, guess, label: parenthesised(lookup.titleAt(kind, [...path, guess])) })
        : schemaWord('known-fields', { fields: known.join(', ') });
      return {
        rule: 'schema/unknown-field',
        file,
        at: { path: [...path, extra], key: true },
        params: { field: extra, hint },
      };
    }
    case 'type': {
      const expected = String(params.type).split(',')[0]!;
      return {
        rule: 'schema/type',
        file,
        at: { path },
        params: {
          field,
          expected: typeName(expected) ?? same(expected),
          found: typeName(typeOfValue(data)) ?? same(typeOfValue(data)),
          example: example(node, path),
          hint: typeHint(expected, node),
        },
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const labels = node?.['x-enum-labels'] as Record<Lang, Record<string, string>> | undefined;
      const guess = guessEnum(String(data), allowed, labels);
      return {
        rule: 'schema/enum',
        file,
        at: { path },
        params: {
          field,
          value: String(data).slice(0, 80),
          allowed: byLang((lang) => allowed.map((value) => withLabel(value, labels?.[lang]?.[value])).join(', ')),
          suggestion: guess ? schemaWord('write-instead', { guess }) : NOTHING,
        },
      };
    }
    case 'format':
      return {
        rule: 'date/invalid',
        file,
        at: { path },
        params: {
          field: titled(lookup.titleAt(kind, path), field),
          value: String(data).slice(0, 80),
          reason: whyNotADate(String(data)),
        },
      };
    case 'pattern':
      if (path.length === 1 && path[0] === 'id') {
        return {
          rule: 'id/format',
          file,
          at: { path },
          params: { value: String(data).slice(0, 80), suggestion: kebabCase(String(data)) },
        };
      }
      return {
        rule: 'schema/pattern',
        file,
        at: { path },
        params: { field, value: String(data).slice(0, 80), example: example(node, path) },
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        rule: 'schema/range',
        file,
        at: { path },
        params: { field, value: String(data), limit: limitWords(error.keyword, String(params.limit)) },
      };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return {
        rule: 'schema/length',
        file,
        at: { path },
        params: { field, detail: lengthDetail(error.keyword, Number(params.limit), data) },
      };
    case 'uniqueItems':
      return { rule: 'schema/duplicate-item', file, at: { path: [...path, Number(params.j)] }, params: { field } };
    default:
      return {
        rule: 'schema/invalid',
        file,
        at: { path },
        params: { field, detail: schemaWord('other-rule', { keyword: error.keyword }) },
      };
  }
}

export function pathOf(instancePath: string): Segment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(segment) ? Number(segment) : segment;
    });
}

/** `milestones[0].due`: how a person names a field in messages. */
/**
 * A position as people say it: `due` stays `due` (the key they see in the file), but
 * `indicators[0].measures[1].date` reads « indicateur 1, mesure 2, date » — items of a
 * list counted from 1 and named, never a zero-based index.
 */
export function fieldName(path: readonly Segment[]): string | Text {
  if (path.length === 0) return schemaWord('root');
  if (!path.some((segment) => typeof segment === 'number')) return path.join('.');
  return textByLang((lang) => {
    const parts: string[] = [];
    let keys: string[] = [];
    for (const [index, segment] of path.entries()) {
      if (typeof segment === 'number') {
        const list = keys.pop() ?? '';
        if (keys.length > 0) parts.push(keys.join('.'));
        keys = [];
        parts.push(`${itemWord(list, lang)} ${segment + 1}`);
      } else {
        keys.push(segment);
        if (index === path.length - 1) parts.push(keys.join('.'));
      }
    }
    return parts.join(', ');
  });
}

/** What one item of a list field is called: `measures` → « mesure »; a list the table does not know keeps its key. */
function itemWord(list: string, lang: Lang): string {
  return Object.hasOwn(ITEM_WORDS, list) ? ITEM_WORDS[list]![lang] : list;
}

const ITEM_WORDS: Readonly<Record<string, Text>> = {
  indicators: { fr: 'indicateur', en: 'indicator' },
  measures: { fr: 'mesure', en: 'measure' },
  milestones: { fr: 'jalon', en: 'milestone' },
  updates: { fr: 'entrée du journal', en: 'journal entry' },
  partners: THING_WORDS.partner,
  leads: { fr: 'chef de file', en: 'lead' },
  maintainers: { fr: 'responsable', en: 'maintainer' },
  contacts: { fr: 'contact', en: 'contact' },
  attendees: { fr: 'participant', en: 'attendee' },
  people: { fr: 'personne', en: 'person' },
  guests: THING_WORDS.guest,
  agenda: { fr: 'point de l’ordre du jour', en: 'agenda item' },
  commitments: THING_WORDS.commitment,
  axes: THING_WORDS.axis,
  decisions: { fr: 'décision', en: 'decision' },
  actions: { fr: 'action', en: 'action' },
  approved_minutes: { fr: 'procès-verbal approuvé', en: 'approved minutes' },
  funders: THING_WORDS.coFunder,
  committed: { fr: 'engagement financier', en: 'commitment of funds' },
  paid: { fr: 'paiement', en: 'payment' },
  logos: { fr: 'logo', en: 'logo' },
};

function valueAt(document: unknown, path: readonly Segment[]): unknown {
  let value = document;
  for (const segment of path) value = (value as Record<string | number, unknown> | null | undefined)?.[segment];
  return value;
}

function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number')
    return !Number.isFinite(value) ? 'infinite' : Number.isInteger(value) ? 'integer' : 'decimal';
  return typeof value;
}

function same(text: string): Text {
  return byLang(() => text);
}

function parenthesised(title: Text | undefined): Text {
  return title ? byLang((lang) => ` (${title[lang]})`) : same('');
}

/** `Date de la mesure (indicators[0].measures[6].date)`: the schema's name first, the path to find it. */
function titled(title: Text | undefined, field: string | Text): Text {
  return title
    ? byLang((lang) => `${title[lang]} (${typeof field === 'string' ? field : field[lang]})`)
    : schemaWord('quoted', { field });
}

function where(path: readonly Segment[]): Text {
  return path.length === 0 ? same('') : schemaWord('inside', { parent: fieldName(path) });
}

/**
 * `, par exemple « due: 2020-06-30 »` from the schema's first example, when it is a plain value; shared
 * definitions keep theirs in `x-examples`, so that editors' hover shows only the field's own.
 */
function example(node: SchemaNode | undefined, path: readonly Segment[]): Text {
  const first = ((node?.examples ?? node?.['x-examples']) as unknown[] | undefined)?.[0];
  if (first === undefined || typeof first === 'object') return same('');
  const last = path[path.length - 1];
  return schemaWord('for-example', { example: typeof last === 'string' ? `${last}: ${String(first)}` : String(first) });
}

/** How to write a value of the expected type; for a group of fields, which fields it needs. */
function typeHint(expected: string, node: SchemaNode | undefined): Text {
  if (expected === 'object') {
    const required = (node?.required as string[] | undefined) ?? [];
    return required.length > 0
      ? schemaWord('hint/object-with', { fields: required.join(', ') })
      : schemaWord('hint/object');
  }
  return typeWritingHint(expected) ?? NOTHING;
}

/** `in_progress (en cours)`; no label when it only repeats the code (`done (done)`). */
function withLabel(code: string, label: string | undefined): string {
  if (!label || label.toLowerCase() === code.replace(/_/g, ' ')) return code;
  return `${code} (${label.toLowerCase()})`;
}

/** `en cours` → `in_progress`: partners often type the French label instead of the code. */
function guessEnum(
  value: string,
  allowed: string[],
  labels: Record<Lang, Record<string, string>> | undefined,
): string | undefined {
  const normalised = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  for (const code of allowed) {
    if (code.toLowerCase() === normalised) return code;
    for (const lang of LANGS) if (labels?.[lang]?.[code]?.toLowerCase() === value.trim().toLowerCase()) return code;
  }
  return closestMatch(value, allowed);
}

function lengthDetail(keyword: string, limit: number, data: unknown): Text {
  const actual = typeof data === 'string' ? data.length : Array.isArray(data) ? data.length : 0;
  return lengthWords(keyword, limit, actual);
}
