/**
 * A worker thread of `roadmap portfolio`: summarises each source it is sent,
 * one at a time, and sends the summary back. The thread is the unit of
 * parallelism (one per core); a source is never split.
 */
import { parentPort } from 'node:worker_threads';
import { summariseSource, type SourceJob } from './summariseSource.js';

parentPort?.on('message', (job: SourceJob) => {
  parentPort!.postMessage(summariseSource(job));
});
