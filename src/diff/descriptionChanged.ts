import type { GenericChange } from './types.js';

/** The markdown body changed; line endings (a file saved with CRLF) and blank space at its end alone are no change. */
export function descriptionChanged(before: string | undefined, after: string | undefined): GenericChange[] {
  const text = (body: string | undefined) => (body ?? '').replace(/\r\n?/g, '\n').trimEnd();
  return text(before) === text(after) ? [] : [{ kind: 'description' }];
}
