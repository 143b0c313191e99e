/**
 * What the git stage answers: a value, or what went wrong as a value without
 * words — the command layer says it in the user's language
 * (commands/opening/gitMessages.ts). Expected failures are never thrown.
 */
export type GitProblem =
  | { kind: 'not-a-revision'; rev: string }
  | { kind: 'unknown-revision'; rev: string }
  | { kind: 'shallow-revision'; rev: string }
  | { kind: 'shallow-ancestor'; rev: string }
  | { kind: 'not-a-repository'; dir: string; detail: string }
  | { kind: 'no-work-tree'; dir: string }
  | { kind: 'git-missing' }
  | { kind: 'git-failed'; command: string; detail: string }
  | { kind: 'missing-object'; oid: string }
  | { kind: 'no-roadmap'; commit: string; path: string };

export type GitFailed = { ok: false; problem: GitProblem };

export type GitResult<T> = { ok: true; value: T } | GitFailed;

export function gitValue<T>(value: T): GitResult<T> {
  return { ok: true, value };
}

export function gitProblem(problem: GitProblem): GitFailed {
  return { ok: false, problem };
}
