// What only runs in Node: writing the handbooks into a folder (atomically, never over a foreign file), printing
// them to PDF with Chromium, and the language server's `tutorat/handbook/write` request.
export { writeHandbooks, HandbookWriteError, type WriteOptions, type WriteProblem } from './write.js';
export { findChromium, CHROMIUM_FLAGS } from './pdf.js';
export { registerHandbookRequests } from './lsp.js';
