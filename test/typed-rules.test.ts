/**
 * Rules report against the catalogue's keys and templates: the type checker
 * (`tsc`, part of `npm test`) refuses a misspelt rule id or a missing
 * parameter — each `@ts-expect-error` below fails the build if it ever
 * stops being an error.
 */
import { describe, expect, it } from 'vitest';
import { ruleMessage, type RuleParams } from '../src/diagnostics/catalogue.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { message } from '../src/i18n/editingMessages.js';
import { createContext } from '../src/rules/context.js';

function context(sink: Diagnostic[]) {
  return createContext(
    {
      roadmap: { convention: undefined, partners: [], axes: [], commitments: [], meetings: [] } as never,
      known: {} as never,
      asOf: '2020-01-01',
      today: '2020-01-01',
    },
    sink,
  );
}

describe('typed rule ids and parameters', () => {
  it('a rule reports a catalogue id with every parameter its message and fix name', () => {
    const sink: Diagnostic[] = [];
    const { report } = context(sink);
    report('date/future', 'commitments/x.md', ['milestones', 0, 'done_on'], {
      field: 'done_on',
      value: '2030-01-01',
      asOf: '2020-01-01',
    });
    // @ts-expect-error a misspelt rule id does not compile
    report('date/futur', 'commitments/x.md', ['due'], { field: 'due', value: '2030-01-01', asOf: '2020-01-01' });
    // @ts-expect-error a missing parameter ({asOf} of the message) does not compile
    report('date/future', 'commitments/x.md', ['due'], { field: 'due', value: '2030-01-01' });
    // @ts-expect-error a rule whose message needs {value} cannot be reported without parameters
    report('progress/done-not-100', 'commitments/x.md', ['progress']);
    expect(sink.map((diagnostic) => diagnostic.rule)).toEqual([
      'date/future',
      'date/futur',
      'date/future',
      'progress/done-not-100',
    ]);
    expect(ruleMessage('date/future', 'en', sink[0]!.params).message).toBe(
      '"done_on" is dated 1 January 2030, in the future (today is 1 January 2020).',
    );
  });

  it('the parameter type lists exactly the placeholders of both languages', () => {
    const params: RuleParams<'progress/done-not-100'> = { value: 80 };
    expect(ruleMessage('progress/done-not-100', 'fr', params).message).toBe(
      'Le statut est « done » (réalisé) mais l’avancement vaut 80 %.',
    );
  });

  it('message tables are typed the same way: a key outside the table or a missing placeholder does not compile', () => {
    expect(message('write/done', 'fr', { file: 'a.md' })).toBe('Écrit : a.md');
    // @ts-expect-error {file} is missing
    expect(message('write/done', 'en', {})).toBe('Wrote: {file}');
    // @ts-expect-error no such message
    expect(() => message('write/dnoe', 'en', { file: 'a.md' })).toThrow(TypeError);
  });
});
