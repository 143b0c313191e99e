/**
 * One syntax error, not a cascade: once the YAML parser loses its footing the
 * errors after the first follow from it, so only the first is reported, and a
 * tab used as indentation says how many spaces to type instead.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/parse/parseYaml.js';

const COMMITMENT =
  'id: g\nmilestones:\n  - title: Cahier des charges\n    due: 2018-12-31\n    done_on: 2018-12-15\nstatus: planned\n';

describe('YAML syntax errors without cascades', () => {
  it.each([
    ['a tab before a field of a list item', COMMITMENT.replace('    due', '\tdue'), '4 espaces', 'line 4'],
    ['a tab before the first item of a group', COMMITMENT.replace('  - title', '\t- title'), '2 espaces', 'line 3'],
    ['tabs on every nested line', COMMITMENT.replace(/^ {2,4}/gm, '\t'), '2 espaces', 'line 3'],
    ['a tab at the top level', `${COMMITMENT}\tname: x\n`, '0 espaces', 'line 7'],
  ])('%s: one error, with the spaces to type', (_name, text, spaces, line) => {
    const { problems } = parseYaml(text);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.rule).toBe('yaml/syntax');
    const detail = problem!.params!.detail as { fr: string; en: string };
    expect(detail.fr).toContain(`remplacez les tabulations du début de la ligne par ${spaces}`);
    expect(detail.en).toMatch(/replace the tabs at the start of the line with \d+ spaces?/);
    expect(`line ${text.slice(0, problem!.offset).split('\n').length}`).toBe(line);
    expect(text[problem!.offset - 1] ?? '\n').toBe('\n');
  });

  it('an unclosed quote is one error too', () => {
    const { problems } = parseYaml('id: g\ntitle: "Guichet\nstatus: planned\nlead: cci\n');
    expect(problems).toHaveLength(1);
  });
});
