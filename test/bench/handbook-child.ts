/**
 * The handbooks of an institution with 200 duos (the 5,000-line workspace): the workspace is read
 * and checked first (handbooks show the findings), then `buildHandbooks` and `writeHandbooks` are
 * timed — the generation itself. Prints one JSON line.
 */
import { readFile, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { buildHandbooks } from '@tutorat/handbook';
import { writeHandbooks } from '@tutorat/handbook/node';
import { createTutoratServices, isDuo, isInstitution, type Document } from '@tutorat/language';
import { listDocuments } from './files.js';

const [folder, out] = process.argv.slice(2);

const start = performance.now();
const { shared } = createTutoratServices({ ...NodeFileSystem });
const documents = [];
for (const file of listDocuments(folder)) {
    const document = shared.workspace.LangiumDocumentFactory.fromString(await readFile(file, 'utf8'), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    documents.push(document);
}
await shared.workspace.DocumentBuilder.build(documents, { validation: true });
const checked = performance.now();
const duos = documents.flatMap((document) => (document.parseResult.value as Document).elements.filter(isInstitution).flatMap((institution) => institution.members.filter(isDuo))).length;
const handbooks = buildHandbooks(shared, { locale: 'fr' });
const built = performance.now();
await rm(out, { recursive: true, force: true });
const { written } = await writeHandbooks(handbooks, out, { locale: 'fr' });
const writtenAt = performance.now();
process.stdout.write(JSON.stringify({
    duos,
    handbooks: handbooks.length,
    filesWritten: written.length,
    megabytes: Math.round(handbooks.reduce((sum, file) => sum + Buffer.byteLength(file.html), 0) / 1024 / 10.24) / 100,
    checkMs: Math.round(checked - start),
    buildMs: Math.round(built - checked),
    writeMs: Math.round(writtenAt - built),
    generateMs: Math.round(writtenAt - checked),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
}) + '\n');
