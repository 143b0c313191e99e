/** Moved to src/edit/ (the pure edits' layer); this re-export keeps older imports compiling until they follow. */
export * from '../edit/encodedPieces.js';
