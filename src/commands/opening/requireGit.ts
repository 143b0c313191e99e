/**
 * A git answer the command cannot do without: its value, or the usage error
 * that says the problem in the command line's language (exit 2, one line).
 */
import type { GitResult } from '../../git/gitResult.js';
import { UsageError, type Io } from '../../io/io.js';
import { describeGitProblem } from './gitMessages.js';

export function requireGit<T>(io: Io, result: GitResult<T>): T {
  if (!result.ok) throw new UsageError(describeGitProblem(result.problem, io.lang ?? 'en'));
  return result.value;
}
