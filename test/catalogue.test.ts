/** Walks the catalogue: every rule is complete and translated, and its templates are sound. */
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/diagnostics/catalogue.js';
import { formatTemplate, PLACEHOLDER } from '../src/i18n/formatTemplate.js';
import { LANGS } from '../src/i18n/lang.js';
import { schemaDiagnostic } from '../src/model/schemaDiagnostic.js';
import { SchemaLookup } from '../src/model/schemaLookup.js';
import { explainYamlError, YAML_ERRORS } from '../src/diagnostics/yamlErrors.js';

const TEXTS = ['checks', 'message', 'fix', 'why'] as const;

function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort();
}

describe('catalogue', () => {
  it('holds the rules of every validation stage', () => {
    const stages = new Set([...catalogue.values()].map((entry) => entry.stage));
    expect([...stages].sort()).toEqual(['consistency', 'identity', 'references', 'schema', 'staleness', 'syntax']);
  });

  for (const entry of catalogue.values()) {
    it(`${entry.id} is complete in French and English`, () => {
      for (const field of TEXTS) {
        for (const lang of LANGS) expect(entry[field][lang].trim(), `${field}.${lang}`).not.toBe('');
        // The same text in both languages is a text nobody translated.
        expect(entry[field].fr, field).not.toBe(entry[field].en);
        expect(placeholderNames(entry[field].fr), `${field}: same placeholders in fr and en`).toEqual(
          placeholderNames(entry[field].en),
        );
      }
      for (const example of [entry.wrong, entry.right]) {
        for (const lang of LANGS) expect((typeof example === 'string' ? example : example[lang]).trim()).not.toBe('');
      }
    });
  }

  it('shows date placeholders in the long form of each language', () => {
    const template = 'le {value:date}, code {value}';
    expect(formatTemplate(template, { value: '2026-09-30' }, 'fr')).toBe('le 30 septembre 2026, code 2026-09-30');
    expect(formatTemplate(template, { value: '2026-09-01' }, 'en')).toBe('le 1 September 2026, code 2026-09-01');
  });

  it('leaves a placeholder visible when a rule forgot its param (caught by the message tests)', () => {
    expect(formatTemplate('« {field} »', {}, 'fr')).toBe('« {field} »');
  });
});

describe('schema errors no roadmap file reaches', () => {
  it('a schema keyword without its own rule becomes schema/invalid, in both languages', () => {
    const error = {
      keyword: 'const',
      instancePath: '/kind',
      schemaPath: '#/properties/kind/const',
      params: {},
    } as ErrorObject;
    const diagnostic = schemaDiagnostic(
      'partner',
      'partners/cci.yaml',
      error,
      { kind: 'x' },
      new SchemaLookup(new Map()),
    );
    expect(diagnostic.rule).toBe('schema/invalid');
    const entry = catalogue.get('schema/invalid')!;
    expect(formatTemplate(entry.message.fr, diagnostic.params, 'fr')).toBe(
      '« kind » n’est pas valide : la règle « const » du schéma n’est pas respectée.',
    );
    expect(formatTemplate(entry.message.en, diagnostic.params, 'en')).toBe(
      '"kind" is not valid: the schema rule "const" is not met.',
    );
  });
});

describe('YAML syntax errors', () => {
  it('every explanation can be reached: no entry is shadowed by an earlier one for the same code without a message', () => {
    // (French and English of each explanation are checked with every message table, in message-tables.test.ts.)
    const shadowed = YAML_ERRORS.filter((entry, index) =>
      YAML_ERRORS.slice(0, index).some((earlier) => earlier.code === entry.code && !earlier.message),
    );
    expect(shadowed).toEqual([]);
    expect(new Set(YAML_ERRORS.map((entry) => entry.key)).size).toBe(YAML_ERRORS.length);
  });

  it('one code can mean several things, told apart by the package message', () => {
    expect(explainYamlError('MISSING_CHAR', 'Missing closing "quote').fr).toBe(
      'un guillemet ouvert n’est jamais refermé',
    );
    expect(explainYamlError('MISSING_CHAR', 'Sequence item without - indicator').en).toBe(
      'a list item is misaligned: every item starts with "- " at the same column',
    );
    expect(explainYamlError('SOMETHING_NEW', 'Whatever').fr).toBe('la syntaxe n’est pas du YAML valide à cet endroit');
  });
});

describe('schema length words', () => {
  it('agree in number with the limit, and name an empty required text as such', async () => {
    const { lengthWords } = await import('../src/model/schemaWords.js');
    expect(lengthWords('minItems', 1, 0).fr).toBe('doit contenir au moins 1 élément (il en a 0)');
    expect(lengthWords('maxItems', 3, 5).en).toBe('must hold at most 3 items (it has 5)');
    expect(lengthWords('minLength', 1, 0).fr).toBe('est vide alors qu’il doit être rempli');
    expect(lengthWords('somethingNew', 2, 0).en).toBe('the schema rule "somethingNew" is not met');
  });
});
