// Bundles the extension (VS Code side) and the language server into CommonJS files:
// VS Code loads extensions as CommonJS, and `vscode` is provided by the editor at run time.
import * as esbuild from 'esbuild';

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning'
};

await Promise.all([
    esbuild.build({ ...common, entryPoints: ['src/extension/main.ts'], outfile: 'out/extension.cjs', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['src/language-server/main.ts'], outfile: 'out/server.cjs' })
]);
