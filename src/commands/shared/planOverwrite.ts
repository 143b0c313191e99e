/** Moved to src/write/ (the one writer); this re-export keeps older imports compiling. */
export * from '../../write/planOverwrite.js';
