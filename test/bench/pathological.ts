import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { listDocuments } from './files.js';
import { startServer } from './lsp-bench.js';
import { round, runTimedProcess } from './measure.js';

/**
 * Inputs nobody writes on purpose, measured as a user meets them: `tutorat check` as its own
 * process, and the language server opening a document of them. Each must end within 10 s and 1 GB,
 * or be refused with a clear message.
 */
export interface PathologicalInput {
    readonly name: string;
    readonly description: string;
    /** Writes the workspace into `folder`; returns the document the editor opens. */
    readonly write: (folder: string, root: string) => string;
    /** The server may open at most this many files at once (as under `ulimit -n`). */
    readonly maxOpenFiles?: number;
}

export interface PathologicalResult {
    readonly name: string;
    readonly description: string;
    readonly files: number;
    readonly megabytes: number;
    readonly cli: { wallMs: number; cpuMs: number; maxRssMb: number; exitCode: number; findings?: number; firstMessage?: string } | { failed: string };
    readonly server: { openedDiagnosticsMs: number; allDiagnosticsMs: number; requestMs: number; cpuMs: number; peakRssMb: number; findings: number; firstMessage?: string } | { failed: string };
}

const TEN_MEGABYTES = 10 * 1024 * 1024;

export const PATHOLOGICAL_INPUTS: readonly PathologicalInput[] = [
    {
        name: 'fichier-10-mo',
        description: 'un fichier de 10 Mo : 2 000 copies de l’organisation des exemples, chacune son institution, et une fin de fichier trop tôt',
        write: (folder, root) => {
            const organisation = readFileSync(join(root, 'examples/les-tilleuls/organisation.tutorat'), 'utf8');
            const copies: string[] = [];
            for (let index = 0, size = 0; size < TEN_MEGABYTES; index++) {
                const copy = organisation.replace('institution LesTilleuls', `institution Institution${index}`);
                copies.push(copy);
                size += Buffer.byteLength(copy) + 1;
            }
            return write(folder, 'grand.tutorat', `${copies.join('\n')}\ninstitution Dernière {\n    tutrice Élodie {\n`);
        }
    },
    {
        name: 'doublons-2000',
        description: '2 000 déclarations du même nom dans un fichier de 82 Ko (chacune en double de toutes les autres)',
        write: (folder) => write(folder, 'doublons.tutorat', `institution LesTilleuls {\n${'    tutrice Élodie « Élodie Martin »\n'.repeat(2_000)}}\n`)
    },
    {
        name: 'mots-en-vrac-3000',
        description: '3 000 lignes faites des mots du langage dans le désordre (un collage qui a mal tourné) : une erreur de syntaxe presque à chaque ligne',
        write: (folder) => write(folder, 'vrac.tutorat', jumbledLines(3_000))
    },
    {
        name: 'fichiers-20000',
        description: '20 000 petits fichiers d’une institution dans 200 dossiers (une personne ou un duo chacun), le serveur limité à 4 096 fichiers ouverts',
        maxOpenFiles: 4_096,
        write: (folder) => {
            for (let index = 0; index < 20_000; index++) {
                const person = index % 2 === 0
                    ? `    tutrice T${index} « Tutrice ${index} » { fonction Éducatrice  expérience 5 ans  ancienneté 3 ans }\n`
                    : `    tutorée E${index} « Tutorée ${index} »\n    duo T${index - 1} accompagne E${index} { période du 01/09/2026 au 18/12/2026 }\n`;
                write(folder, `dossier-${index % 200}/personne-${index}.tutorat`, `institution Grande {\n${person}}\n`);
            }
            write(folder, 'organisation.tutorat', 'institution Grande « La grande maison » {\n    fonction Éducatrice « Éducatrice »\n}\n');
            return join(folder, 'dossier-1/personne-1.tutorat');
        }
    }
];

const JUMBLED_WORDS = ['institution', 'charte', 'tutrice', 'duo', 'accompagne', 'période', 'du', 'au', 'entretiens', 'chaque', 'semaine',
    '{', '}', '« texte »', ',', '12/09/2026', 'Élodie', 'Karim', 'compétence', 'savoir', 'le', 'la', 'de'];

/** Lines of the language's words in an order that makes no sense, always the same (a fixed pseudo-random sequence). */
function jumbledLines(count: number): string {
    let seed = 20261205;
    const next = (limit: number) => {
        seed = (seed * 48_271) % 2_147_483_647;
        return seed % limit;
    };
    return Array.from({ length: count }, () => Array.from({ length: 3 + next(10) }, () => JUMBLED_WORDS[next(JUMBLED_WORDS.length)]).join(' ')).join('\n') + '\n';
}

function write(folder: string, file: string, text: string): string {
    const path = join(folder, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
}

export async function measurePathological(input: PathologicalInput, folder: string, bundles: { cli: string; server: string }, root: string, log: (text: string) => void): Promise<PathologicalResult> {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const opened = input.write(folder, root);
    const documents = listDocuments(folder);
    const bytes = documents.reduce((sum, file) => sum + readFileSync(file).length, 0);
    log(`pathological ${input.name}: ${documents.length} files, ${round(bytes / 1024 / 1024, 1)} MB`);
    let cli: PathologicalResult['cli'];
    try {
        const run = runTimedProcess([process.execPath, bundles.cli, 'check', '.', '--format', 'json'], folder);
        const report = JSON.parse(run.stdout) as { findings: Array<{ message: string }> };
        cli = { wallMs: round(run.wallMs), cpuMs: round(run.cpuMs), maxRssMb: round(run.maxRssMb), exitCode: run.exitCode, findings: report.findings.length, firstMessage: report.findings[0]?.message };
    } catch (error) {
        cli = { failed: error instanceof Error ? error.message.slice(0, 300) : String(error) };
    }
    log(`  check: ${JSON.stringify(cli).slice(0, 300)}`);
    let server: PathologicalResult['server'];
    const { session } = await startServer(bundles.server, folder, { maxOpenFiles: input.maxOpenFiles });
    try {
        const uri = URI.file(opened).toString();
        const all = new Set(documents.map((file) => URI.file(file).toString()));
        const openedDiagnostics = session.client.nextDiagnostics(uri, () => true, 120_000);
        const sentAt = performance.now();
        await session.client.open(uri, readFileSync(opened, 'utf8'));
        const published = await openedDiagnostics;
        await everyDocumentPublished(session.client.latest, all, 120_000);
        const allAt = Math.max(...[...all].map((document) => session.client.latest.get(document)!.at));
        const requestStart = performance.now();
        await session.client.request('textDocument/documentSymbol', { textDocument: { uri } });
        await session.client.request('workspace/symbol', { query: 'Elo' });
        server = {
            openedDiagnosticsMs: round(published.at - sentAt),
            allDiagnosticsMs: round(allAt - sentAt),
            requestMs: round(performance.now() - requestStart),
            cpuMs: round(session.cpuMs()),
            peakRssMb: round(session.memoryMb().peak),
            findings: published.diagnostics.length,
            firstMessage: messageText(published.diagnostics[0]?.message)
        };
    } catch (error) {
        server = { failed: `${error instanceof Error ? error.message.slice(0, 300) : String(error)} ${session.stderr().slice(-300)}` };
    } finally {
        await session.stop();
    }
    log(`  server: ${JSON.stringify(server).slice(0, 300)}`);
    rmSync(folder, { recursive: true, force: true });
    return { name: input.name, description: input.description, files: documents.length, megabytes: round(bytes / 1024 / 1024, 2), cli, server };
}

/** Polls (a check per publication would cost 20,000² steps) until every document has its diagnostics. */
async function everyDocumentPublished(latest: ReadonlyMap<string, unknown>, all: ReadonlySet<string>, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while ([...all].some((uri) => !latest.has(uri))) {
        if (performance.now() > deadline) {
            throw new Error(`${[...all].filter((uri) => !latest.has(uri)).length} documents sans constats après ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

function messageText(message: string | { value: string } | undefined): string | undefined {
    return typeof message === 'object' ? message.value : message;
}
