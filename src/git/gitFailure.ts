/**
 * What can go wrong when roadmap asks git, as a value without words: the
 * command layer says it in the user's language (commands/shared/gitMessages.ts).
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

/** Thrown by src/git when git cannot answer; carries the problem, never an English sentence. */
export class GitFailure extends Error {
  override name = 'GitFailure';

  constructor(readonly problem: GitProblem) {
    super(problem.kind);
  }
}
