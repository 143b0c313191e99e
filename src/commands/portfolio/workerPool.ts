/**
 * Worker threads that summarise the sources of a portfolio in parallel, one
 * per core by default. Each source is sent to the first idle worker; results
 * come back in any order. When the compiled worker is not there (tests
 * running the TypeScript sources before a build), the work runs in this
 * thread instead, with the same results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../../util/packageRoot.js';
import { summariseSource, type SourceJob, type SourceOutcome } from './summariseSource.js';

export interface Pool {
  run(job: SourceJob): Promise<SourceOutcome>;
  close(): Promise<void>;
  threads: number;
}

function workerFile(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.js')
    ? join(here, '..', 'portfolioWorker.js')
    : join(packageRoot(), 'dist', 'src', 'commands', 'portfolio', 'portfolioWorker.js');
  return existsSync(compiled) ? compiled : undefined;
}

export function workerPool(threads = availableParallelism()): Pool {
  const file = workerFile();
  if (file === undefined || threads < 1) {
    return { run: async (job) => summariseSource(job), close: async () => undefined, threads: 0 };
  }
  const idle: Worker[] = [];
  const queue: { job: SourceJob; resolve: (outcome: SourceOutcome) => void }[] = [];
  const busy = new Map<Worker, { job: SourceJob; resolve: (outcome: SourceOutcome) => void }>();
  const all: Worker[] = [];
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.postMessage(task.job);
    }
  };
  const start = (): Worker => {
    // A heap cap per thread: one hostile source may fail alone, never take the machine's memory.
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 384 } });
    worker.on('message', (outcome: SourceOutcome) => {
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      task?.resolve(outcome);
      dispatch();
    });
    worker.on('error', (error) => {
      // The thread died on this source (out of memory, a bug): the source is that problem, a new thread takes the rest.
      const task = busy.get(worker);
      busy.delete(worker);
      all.splice(all.indexOf(worker), 1);
      task?.resolve({
        id: task.job.id,
        ok: false,
        problem: { code: 'internal', params: { detail: String(error.message).slice(0, 200) } },
      });
      idle.push(start());
      dispatch();
    });
    all.push(worker);
    return worker;
  };
  for (let index = 0; index < threads; index += 1) idle.push(start());
  return {
    threads,
    run: (job) =>
      new Promise((resolve) => {
        queue.push({ job, resolve });
        dispatch();
      }),
    close: async () => {
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
