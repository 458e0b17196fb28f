export * from './configure.js';
export * from './protocol.js';
