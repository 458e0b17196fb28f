import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerHandbookRequests } from '@tutorat/handbook';
import { registerInteropRequests } from '@tutorat/interop';
import { toLocale } from '@tutorat/language';
import { startTutoratServer } from '@tutorat/language/node';
import type { TutoratInitializationOptions } from '../extension/client.js';
import { registerWorkspaceCheck } from './workspace-check.js';

// The bundled server runs from `out/server.cjs`; the rule pages are shipped in `docs/rules/`.
const shared = startTutoratServer({ docsBaseUrl: pathToFileURL(join(__dirname, '..', 'docs', 'rules') + '/').toString() });
const connection = shared.lsp.Connection!;

// Registered after startTutoratServer's own handler (which follows the client's display language), so that the
// language chosen in the settings (`tutorat.language`) wins.
shared.lsp.LanguageServer.onInitialize((params) => {
    const chosen = (params.initializationOptions as TutoratInitializationOptions | undefined)?.locale;
    if (chosen) {
        shared.tutorat.Locale.set(toLocale(chosen));
    }
});
registerHandbookRequests(shared, connection);
registerInteropRequests(shared, connection);
registerWorkspaceCheck(shared, connection);
