/** Moved to src/write/ (beside the writer); this re-export keeps older imports compiling. */
export * from '../../write/folderMessages.js';
