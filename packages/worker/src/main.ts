import { registerHandbookRendering } from '@tutorat/handbook';
import { registerInteropRequests } from '@tutorat/interop';
import { startTutoratBrowserServer } from '@tutorat/language/browser';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';

// The Tutorat language server as a Web Worker: the same language services as the Node server, over the files
// its client sends (VS Code for the Web reads them through `workspace.fs`, « Tutorat en ligne » from the
// browser's storage). The handbooks (HTML) and the framework conversions are made here too; writing files is the
// client's business.
declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const shared = startTutoratBrowserServer({ connection });
registerHandbookRendering(shared, connection);
// Imports and exports of competence frameworks: the server converts, the client reads and writes the files.
registerInteropRequests(shared, connection);

// The parser is built on first use, which takes a while: build it now, while the page is still reading the files it
// will send (a worker is started as soon as the page loads).
setTimeout(() => shared.ServiceRegistry.all.forEach((services) => void services.parser.LangiumParser), 0);
