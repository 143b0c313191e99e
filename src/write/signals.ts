/**
 * Signals. Once roadmap writes, Ctrl-C and SIGTERM no longer kill the process on the spot,
 * which would leave a temporary file behind: the signal waits until the write in progress has
 * finished or been undone, every temporary file and lock still there is removed, what the
 * command must still record runs (whenInterrupted: the website's manifest), and the signal is
 * raised again with its default action, so the process ends as it was asked to.
 */
import { removeQuietly, type WriteFs } from './writeFs.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** Temporary files and locks in place, each with the fs that can remove it. */
const live = new Map<string, WriteFs>();
let holding = false;
/** What an interrupted command still writes before it ends. */
const finishers = new Set<() => void>();

/** Removes `path` if an interrupt arrives before the returned release is called. */
export function holdSignals(path: string, fs: WriteFs): () => void {
  if (!holding) {
    holding = true;
    for (const signal of SIGNALS) process.once(signal, onSignal);
  }
  live.set(path, fs);
  return () => releaseSignals(path);
}

export function releaseSignals(path: string): void {
  live.delete(path);
}

/**
 * Registers work to do when an interrupt arrives while roadmap writes: it runs after the
 * temporary files are removed and before the process ends. Returns the way to cancel it.
 */
export function whenInterrupted(finish: () => void): () => void {
  finishers.add(finish);
  return () => void finishers.delete(finish);
}

function onSignal(signal: NodeJS.Signals): void {
  const locks = [...live].filter(([path]) => path.endsWith('.lock'));
  for (const [path, fs] of live) if (!path.endsWith('.lock')) removeQuietly(fs, path);
  for (const finish of [...finishers]) {
    try {
      finish();
    } catch {
      // The process ends anyway; what could be written was.
    }
  }
  finishers.clear();
  // The locks go last: the finishers write under them.
  for (const [path, fs] of locks) removeQuietly(fs, path);
  live.clear();
  for (const other of SIGNALS) process.off(other, onSignal);
  holding = false;
  process.kill(process.pid, signal);
}
