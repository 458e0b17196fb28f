import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startTutoratServer } from '@tutorat/language/node';

// The bundled server runs from `out/server.cjs`; the rule pages are shipped in `docs/rules/`.
startTutoratServer({ docsBaseUrl: pathToFileURL(join(__dirname, '..', 'docs', 'rules') + '/').toString() });
