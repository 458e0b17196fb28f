export * from './server.js';
export * from './client-file-system.js';
