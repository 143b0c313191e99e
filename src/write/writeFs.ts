/**
 * The file-system calls the writer makes, as one injectable object: tests replace one call by
 * a failure (disk full at write, EIO at fsync, rename refused…) to see that nothing half-done
 * is left behind. Only src/write/ imports node:fs's writing calls (test/write-only-writer.test.ts).
 */
import * as nodeFs from 'node:fs';

export type WriteFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'lstatSync'
  | 'statSync'
  | 'readFileSync'
  | 'realpathSync'
  | 'mkdirSync'
  | 'readdirSync'
  | 'rmdirSync'
  | 'fstatSync'
  | 'readSync'
>;

export const NODE_FS: WriteFs = nodeFs;

/** The system's code of a failed call (ENOENT, EACCES…), or its message when it has none. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

export function closeQuietly(fs: WriteFs, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Already failing: the write's own error is the one to report.
  }
}

export function removeQuietly(fs: WriteFs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Nothing to remove (the open failed) or nothing more we can do.
  }
}
