/** What a git problem means for the user, in French and English, with what to do. */
import type { GitProblem } from '../../git/gitResult.js';
import type { Lang, Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import { echoArgument } from '../../util/echoArgument.js';

const MESSAGES = {
  'not-a-revision': { fr: '« {rev} » n’est pas un nom de révision git', en: '"{rev}" is not a git revision name' },
  'unknown-revision': {
    fr: 'révision git inconnue : « {rev} » (vérifiez le nom de la branche, de l’étiquette ou du commit)',
    en: 'unknown git revision "{rev}" (check the branch, tag or commit name)',
  },
  'shallow-revision': {
    fr: 'la révision « {rev} » n’est pas dans ce clone partiel ; récupérez plus d’historique (git fetch --unshallow, ou fetch-depth: 0 en CI)',
    en: 'revision "{rev}" is not in this shallow clone; fetch more history (git fetch --unshallow, or fetch-depth: 0 in CI)',
  },
  'shallow-ancestor': {
    fr: 'ce clone partiel n’atteint pas l’ancêtre commun de « {rev} » et de HEAD ; récupérez plus d’historique (git fetch --unshallow, ou fetch-depth: 0 en CI)',
    en: 'this shallow clone does not reach the common ancestor of "{rev}" and HEAD; fetch more history (git fetch --unshallow, or fetch-depth: 0 in CI)',
  },
  'not-a-repository': {
    fr: '{dir} n’est pas dans un dépôt git ({detail})',
    en: '{dir} is not inside a git repository ({detail})',
  },
  'no-work-tree': {
    fr: '{dir} est dans un dépôt git sans arbre de travail',
    en: '{dir} is inside a git repository without a working tree',
  },
  'git-missing': {
    fr: 'git n’est pas installé ou pas dans le PATH ; il faut git pour lire des révisions',
    en: 'git is not installed or not on PATH; it is needed for git revisions',
  },
  'git-failed': { fr: 'git {command} a échoué : {detail}', en: 'git {command} failed: {detail}' },
  'missing-object': {
    fr: 'l’objet git {oid} manque (clone partiel ou superficiel ?)',
    en: 'git object {oid} is missing (a partial or shallow clone?)',
  },
  'no-roadmap': {
    fr: 'le commit {commit} ne contient pas de feuille de route : ni {path} ni autre convention.yaml',
    en: 'commit {commit} holds no roadmap: no {path} and no other convention.yaml',
  },
} satisfies Record<GitProblem['kind'], Text>;

const gitMessage = messageTable(MESSAGES);

/** One line in the user's language; every name that came from the command line or git is made terminal-safe. */
export function describeGitProblem(problem: GitProblem, lang: Lang): string {
  const params = Object.fromEntries(
    Object.entries(problem)
      .filter(([key]) => key !== 'kind')
      .map(([key, value]) => [key, echoArgument(String(value))]),
  );
  return gitMessage(problem.kind, lang, params);
}
