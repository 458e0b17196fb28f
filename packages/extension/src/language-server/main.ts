import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerHandbookRequests } from '@tutorat/handbook/node';
import { registerInteropRequests } from '@tutorat/interop';
import { startTutoratServer } from '@tutorat/language/node';

// The desktop extension's server, in a Node process: it reads the workspace from the disk. The bundled server
// runs from `out/server.cjs`; the rule pages are shipped in `docs/rules/`.
const shared = startTutoratServer({ docsBaseUrl: pathToFileURL(join(__dirname, '..', 'docs', 'rules') + '/').toString() });
registerHandbookRequests(shared, shared.lsp.Connection!);
registerInteropRequests(shared, shared.lsp.Connection!);
