/** The YAML mistakes partners make in a web editor, each explained in French (and English). */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/parse/parseYaml.js';
import type { Text } from '../src/i18n/lang.js';

const MISTAKES: [name: string, yaml: string, french: string][] = [
  [
    'a tab as indentation',
    'id: a\nmilestones:\n\t- title: x\n',
    'une tabulation sert de retrait et YAML n’accepte que des espaces : remplacez les tabulations du début de la ligne par 2 espaces',
  ],
  [
    '": " inside a value',
    'title: Bilan : 12 entreprises\nstatus: done\n',
    'la valeur contient « : » suivi d’un espace, ou la ligne est trop en retrait ; mettez la valeur entre guillemets ou alignez la ligne sur les champs voisins',
  ],
  ['an unclosed quote', 'title: "Guichet unique\nstatus: done\n', 'un guillemet ouvert n’est jamais refermé'],
  [
    'an apostrophe inside single quotes',
    "title: 'l'accueil'\n",
    "du texte suit une valeur déjà terminée ; une apostrophe dans un texte entre guillemets simples s’écrit « `''` » (ou utilisez des guillemets doubles)",
  ],
  [
    'no space after the colon',
    'status:done\nid: a\n',
    'un nom de champ court sur plusieurs lignes : il manque sans doute « : » (suivi d’un espace) ou un guillemet fermant sur la ligne précédente',
  ],
  [
    'a value starting with @',
    'lead: @cci\n',
    'une valeur ne peut pas commencer par ce caractère (@, ` ou %) ; mettez-la entre guillemets',
  ],
  [
    'an unclosed list',
    'partners: [a, b\nstatus: done\n',
    'une liste entre crochets « [ » n’est pas refermée par « ] » sur la même ligne',
  ],
];

describe('YAML syntax errors in the partner’s words', () => {
  for (const [name, yaml, french] of MISTAKES) {
    it(name, () => {
      const first = parseYaml(yaml).problems[0]!;
      expect(first.rule).toBe('yaml/syntax');
      const detail = first.params!.detail as Text;
      expect(detail.fr).toBe(french);
      expect(detail.en).not.toBe(detail.fr);
    });
  }
});
