export * from './server.js';
export * from './files.js';
