// What only runs in Node: writing the handbooks into a folder (atomically, never over a foreign file), printing
// them to PDF with the Chrome, Chromium or Edge installed on the machine, and the language server's
// `tutorat/handbook/write` request.
export { writeHandbooks, HandbookWriteError, type WriteOptions, type WriteProblem, type HandbooksWritten } from './write.js';
export { CHROMIUM_FLAGS } from './pdf.js';
export { BROWSER_VARIABLE, browserCandidates, findBrowser, type BrowserCandidate, type BrowserSearch, type FoundBrowser } from './browser.js';
export { registerHandbookRequests } from './lsp.js';
