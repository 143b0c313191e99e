/**
 * Appends to a file roadmap does not own (the CI runner's GITHUB_STEP_SUMMARY): opened
 * without blocking (a FIFO with no reader fails at once instead of hanging), written only
 * when it is a regular file, and a failure is a result the command reports, not a crash.
 */
import { constants } from 'node:fs';
import { closeQuietly, errorCode, NODE_FS, type WriteFs } from './writeFs.js';

export type AppendOutcome = { ok: true } | { ok: false; detail: string };

export function appendToFile(path: string, text: string, fs: WriteFs = NODE_FS): AppendOutcome {
  let fd: number;
  try {
    fd = fs.openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, 0o666);
  } catch (error) {
    return { ok: false, detail: errorCode(error) };
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return { ok: false, detail: 'not-a-file' };
    const bytes = Buffer.from(text);
    for (let written = 0; written < bytes.length; ) {
      const n = fs.writeSync(fd, bytes, written, bytes.length - written);
      if (n <= 0) return { ok: false, detail: 'EIO' };
      written += n;
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: errorCode(error) };
  } finally {
    closeQuietly(fs, fd);
  }
}
