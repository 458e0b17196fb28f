import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the packages by name and run against their TypeScript sources.
export default defineConfig({
    resolve: {
        alias: [
            { find: /^@tutorat\/language$/, replacement: source('./packages/language/src/index.ts') },
            { find: /^@tutorat\/language\/protocol$/, replacement: source('./packages/language/src/server/protocol.ts') },
            { find: /^@tutorat\/language\/(.*)$/, replacement: source('./packages/language/src/$1/index.ts') },
            { find: /^@tutorat\/interop$/, replacement: source('./packages/interop/src/index.ts') },
            { find: /^@tutorat\/handbook$/, replacement: source('./packages/handbook/src/index.ts') },
            { find: /^@tutorat\/handbook\/protocol$/, replacement: source('./packages/handbook/src/protocol.ts') },
            { find: /^@tutorat\/handbook\/node$/, replacement: source('./packages/handbook/src/node/index.ts') },
            { find: /^@tutorat\/cli$/, replacement: source('./packages/cli/src/index.ts') }
        ]
    },
    test: {
        include: ['test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000
    }
});
