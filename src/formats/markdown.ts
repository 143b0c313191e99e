import type { Result } from '../diagnostics/diagnostic.js';
import { counts, type Formatter } from './context.js';

const WORDS = {
  fr: {
    title: 'Vérification de la feuille de route', clean: '✅ Aucun problème : la feuille de route est valide.',
    summary: (e: number, w: number) => `**${e} erreur(s)** à corriger, ${w} avertissement(s).`,
    line: 'ligne', col: 'colonne', change: 'À faire', error: '❌ Erreur', warning: '⚠️ Avertissement',
    explain: 'Pour en savoir plus sur une règle : `roadmap explain <règle>`.',
  },
  en: {
    title: 'Roadmap check', clean: '✅ No problems: the roadmap is valid.',
    summary: (e: number, w: number) => `**${e} error(s)** to fix, ${w} warning(s).`,
    line: 'line', col: 'column', change: 'To do', error: '❌ Error', warning: '⚠️ Warning',
    explain: 'More on a rule: `roadmap explain <rule>`.',
  },
} as const;

/** A short summary for a pull request (GITHUB_STEP_SUMMARY): grouped by file, with the lines around each problem. */
export const markdown: Formatter = (results, { lang, excerpt }) => {
  const words = WORDS[lang];
  if (results.length === 0) return `### ${words.title}\n\n${words.clean}\n`;
  const { errors, warnings } = counts(results);
  let out = `### ${words.title}\n\n${words.summary(errors, warnings)}\n`;
  const byFile = new Map<string, Result[]>();
  for (const result of results) byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  for (const [file, fileResults] of byFile) {
    out += `\n#### \`${inlineCode(file)}\`\n`;
    for (const r of fileResults) {
      out += `\n- ${r.severity === 'error' ? words.error : words.warning}, ${words.line} ${r.line}, ${words.col} ${r.column} (\`${r.rule}\`) : ${escapeMarkdown(r.message)}\n`;
      out += `  - ${words.change} : ${escapeMarkdown(r.fix)}\n`;
      const lines = excerpt?.(r.file, r.line);
      if (lines && lines.length > 0) out += `\n  \`\`\`yaml\n${lines.map((l) => `  ${l.replace(/`{3,}/g, '``')}`).join('\n')}\n  \`\`\`\n`;
    }
  }
  return `${out}\n${words.explain}\n`;
};

function inlineCode(text: string): string {
  return text.replace(/`/g, "'");
}

/** Partner text must not turn into links, images or HTML in a pull-request page. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}
