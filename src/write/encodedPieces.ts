/** Moved to src/edit/ (the pure edits' layer); kept for the commands that still import it here (export, portfolio, import). */
export * from '../edit/encodedPieces.js';
