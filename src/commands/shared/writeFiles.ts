/** Moved to src/write/ (the one writer); kept for a branch that still imports it here (office's import). */
export * from '../../write/writeFiles.js';
