/** Every source of a portfolio brought to the disk and summarised in worker threads, one per core; a source that cannot be read is a problem line, and the others still count. */
import { availableParallelism } from 'node:os';
import type { PortfolioEntry } from '../../model/portfolioFile.js';
import type { PortfolioLine } from '../../render/portfolio/portfolioResult.js';
import { workerPool } from './workerPool.js';
import type { SourceOutcome } from './summariseSource.js';
import { locate, type SourceContext } from './locateSource.js';

/** Sources brought to the disk at once: http sources wait on the network, so several are fetched while the workers derive. */
const SOURCES_IN_FLIGHT = 16;

export async function summariseAll(entries: readonly PortfolioEntry[], ctx: SourceContext): Promise<PortfolioLine[]> {
  const pool = workerPool(Math.max(1, Math.min(availableParallelism(), entries.length)));
  const lines: PortfolioLine[] = new Array(entries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next++;
      const entry = entries[index]!;
      const located = await locate(entry, ctx);
      let outcome: SourceOutcome | undefined;
      if (located.ok)
        outcome = await pool.run({
          id: entry.id,
          kind: located.kind,
          dir: located.dir,
          territory: entry.territory,
          asOf: ctx.asOf,
          today: ctx.today,
          lang: ctx.lang,
        });
      lines[index] = {
        entry,
        site: entry.site ?? located.site,
        summary: outcome?.ok ? outcome.summary : null,
        problem: !located.ok ? located.problem : outcome && !outcome.ok ? outcome.problem : null,
      };
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(SOURCES_IN_FLIGHT, entries.length) }, worker));
  } finally {
    await pool.close();
  }
  return lines;
}
