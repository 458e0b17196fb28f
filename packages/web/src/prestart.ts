// Loaded before everything else (a small script in the page's <head>): the language server's Web Worker starts
// loading and preparing itself at once, while the browser still reads the application. A module worker: Chromium
// compiles its script while it downloads (packages/worker/build.mjs).
(globalThis as { tutoratWorker?: Worker }).tutoratWorker = new Worker('tutorat-worker.js', { type: 'module' });
