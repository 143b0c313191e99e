import { UsageError } from '../../io/io.js';
import { message, type MessageKey, type MessageParams } from '../../i18n/editingMessages.js';
import type { Lang } from '../../i18n/lang.js';
import { terminalLine } from '../../util/sanitize.js';

/** A usage error (exit 2) in the user's language; names and titles quoted from files are made terminal-safe. */
export function usageError<Key extends MessageKey>(lang: Lang, key: Key, ...params: MessageParams<Key>): UsageError {
  return new UsageError(terminalLine(message(key, lang, ...params)));
}
