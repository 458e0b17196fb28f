import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserResults } from './browser-bench.js';
import type { FuzzRunResult } from './fuzz-run.js';
import type { LatencySummary, StartupResult } from './lsp-bench.js';
import type { PathologicalResult } from './pathological.js';

export interface CheckResult {
    readonly inProcess: { runsMs: number[]; medianMs: number; cpuMs: number; linesPerSecond: number; maxRssMb: number; findings: number; syntaxErrors: number };
    readonly baseline: { runsMs: number[]; medianMs: number; cpuMs: number; maxRssMb: number };
    readonly ratio: number;
    readonly phases: Record<string, number>;
    readonly process?: { wallMs: number; maxRssMb: number; exitCode: number };
}

export interface Target {
    readonly name: string;
    readonly limit: string;
    readonly value: string;
    /** Undefined when not measured. */
    readonly met: boolean | undefined;
}

export interface BenchResults {
    readonly machine: { cpu: string; cores: number; memoryGb: number; freeMemoryGb: number; loadAverage: number; node: string; os: string };
    readonly date: string;
    readonly workspaces: Record<string, { files: number; lines: number; bytes: number }>;
    readonly check: Record<string, CheckResult>;
    readonly lsp: {
        startup?: StartupResult;
        typingInPeopleFile?: LatencySummary;
        crossFileFinding?: LatencySummary & { appearMs: LatencySummary; disappearMs: LatencySummary };
        typingInOrganisation?: LatencySummary;
        largeWorkspaceRssMb?: number;
        singleFileStartup?: StartupResult;
        typingInLargeFile?: LatencySummary;
        singleFileRssMb?: number;
    };
    handbook: Record<string, number | string>;
    /** The drafting figures of issue 9 (test/drafting/), and their section of the report. */
    drafting?: { figures: Record<string, unknown>; section: string };
    readonly pathological: PathologicalResult[];
    fuzz?: FuzzRunResult;
    browser?: BrowserResults;
    readonly notes: string[];
    targets: Target[];
}

const HANDBOOK_LABELS: Record<string, string> = {
    duos: 'duos de l’institution',
    handbooks: 'livrets produits (institution, un par duo, modèle)',
    filesWritten: 'fichiers écrits',
    megabytes: 'taille totale (Mo)',
    checkMs: 'lecture et vérification de l’espace (ms)',
    buildMs: '`buildHandbooks` (ms)',
    writeMs: '`writeHandbooks` (ms)',
    generateMs: 'génération : construction et écriture (ms)',
    maxRssMb: 'mémoire résidente maximale (Mo)'
};

const number = (value: number | undefined) => value === undefined ? '—' : value.toLocaleString('fr-BE');
const latency = (summary: LatencySummary | undefined) => summary ? `${number(summary.p50Ms)} | ${number(summary.p95Ms)} | ${number(summary.maxMs)} | ${summary.edits}` : '— | — | — | —';

/** BENCHMARKS.md: the machine, the figures of this run, the targets, then the analysis kept in test/bench/analysis.md. */
export function writeReport(path: string, results: BenchResults, analysis: string): void {
    const m = results.machine;
    const lines = [
        '# Mesures de performance',
        '',
        `Produit par \`npm run bench\` (test/bench/) le ${results.date.slice(0, 10)}. Ne pas modifier à la main : relancer la commande ;`,
        'l’analyse en fin de page vient de `test/bench/analysis.md`.',
        '',
        '## Machine',
        '',
        `- Processeur : ${m.cpu}, ${m.cores} cœurs`,
        `- Mémoire : ${number(m.memoryGb)} Go (${number(m.freeMemoryGb)} Go libres au départ)`,
        `- Node.js : ${m.node}`,
        `- Système : ${m.os}`,
        '',
        `La machine est partagée : d’autres processus tournent parfois en même temps (charge moyenne au départ : ${number(m.loadAverage)}), les temps varient d’une exécution à l’autre ; le temps CPU varie moins que le temps écoulé.`,
        '',
        '## Objectifs',
        '',
        '| Mesure | Objectif | Valeur | Atteint |',
        '|---|---|---|---|',
        ...results.targets.map(targetRow),
        '',
        '## Espaces de travail générés',
        '',
        'Générés par `test/bench/generate.ts` (graine fixe) dans `test/bench/.generated/workspaces/`.',
        '',
        '| Espace | Fichiers .tutorat | Lignes | Octets |',
        '|---|---|---|---|',
        ...Object.entries(results.workspaces).map(([name, workspace]) => `| ${name} | ${number(workspace.files)} | ${number(workspace.lines)} | ${number(workspace.bytes)} |`),
        '',
        '## Vérification complète (`tutorat check`)',
        '',
        '« Dans le processus » : `runCli([\'check\', dossier, \'--format\', \'json\'])` dans un processus Node neuf (médiane de',
        'plusieurs exécutions, sans le chargement des modules). « Référence » : les mêmes fichiers lus puis construits par les mêmes',
        'services avec `DocumentBuilder.build(documents, { validation: false })` — analyse, index, portées et liaison de Langium,',
        'sans aucune règle. « Processus réel » : la commande lancée comme un utilisateur la lance (`node cli.mjs check . --format json`),',
        'chargement des modules compris, mesurée par `/usr/bin/time -v`.',
        '',
        '| Espace | Vérification (ms) | dont CPU (ms) | Lignes/s | Référence (ms) | dont CPU (ms) | Rapport | Services / lecture+analyse / index+liaison / validation (ms) | Processus réel (ms) | RSS max (Mo) | Constats |',
        '|---|---|---|---|---|---|---|---|---|---|---|',
        ...Object.entries(results.check).map(([name, entry]) => `| ${name} | ${number(entry.inProcess.medianMs)} | ${number(entry.inProcess.cpuMs)} | ${number(entry.inProcess.linesPerSecond)} | ${number(entry.baseline.medianMs)} | ${number(entry.baseline.cpuMs)} | ${number(entry.ratio)}× | ${number(entry.phases.servicesMs)} / ${number(entry.phases.parseMs)} / ${number(entry.phases.linkMs)} / ${number(entry.phases.validateMs)} | ${number(entry.process?.wallMs)} | ${number(Math.max(entry.inProcess.maxRssMb, entry.process?.maxRssMb ?? 0))} | ${number(entry.inProcess.findings)} |`),
        '',
        '## Serveur de langage',
        '',
        'Le serveur tel que l’extension le livre (`packages/extension/src/language-server/main.ts`, empaqueté en CommonJS), lancé avec',
        '`--stdio` et piloté par le client LSP des tests (`test/support/lsp-client.ts`).',
        '',
        '- **Démarrage** : du lancement du processus aux constats du document ouvert juste après `initialized`, puis aux constats de',
        '  tous les documents (l’ouverture du premier document déclenche la validation de tout l’espace, le document ouvert d’abord).',
        '- **Frappe → constats** : de l’envoi de `didChange` à la réception de `publishDiagnostics` pour le document qui doit changer ;',
        '  une modification à la fois, la suivante quand le serveur s’est tu 300 ms.',
        '',
        '| Démarrage | Documents | `initialize` (ms) | Constats du document ouvert (ms) | Constats de tous les documents (ms) | RSS max à ce moment (Mo) |',
        '|---|---|---|---|---|---|',
        ...[['1 000 fichiers', results.lsp.startup], ['fichier de 5 000 lignes', results.lsp.singleFileStartup]].map(([name, startup]) => {
            const value = startup as StartupResult | undefined;
            return `| ${name as string} | ${number(value?.documents)} | ${number(value?.initializeMs)} | ${number(value?.openedDiagnosticsMs)} | ${number(value?.allDiagnosticsMs)} | ${number(value?.peakRssMb)} |`;
        }),
        '',
        '| Frappe → constats | p50 (ms) | p95 (ms) | max (ms) | modifications |',
        '|---|---|---|---|---|',
        `| (a) une lettre dans un texte d’un fichier de personnes (espace de 1 000 fichiers) | ${latency(results.lsp.typingInPeopleFile)} |`,
        `| (b) une lettre dans le fichier de 5 000 lignes | ${latency(results.lsp.typingInLargeFile)} |`,
        `| (c) un duo ajouté ou retiré : le constat tuteur/charge apparaît ou disparaît dans l’autre fichier | ${latency(results.lsp.crossFileFinding)} |`,
        `| (c) dont apparitions | ${latency(results.lsp.crossFileFinding?.appearMs)} |`,
        `| (c) dont disparitions | ${latency(results.lsp.crossFileFinding?.disappearMs)} |`,
        `| (info) une lettre dans le fichier d’organisation de la grande institution (cité par tous ses fichiers) | ${latency(results.lsp.typingInOrganisation)} |`,
        '',
        `Mémoire résidente maximale du serveur, après toutes les modifications : ${number(results.lsp.largeWorkspaceRssMb)} Mo (1 000 fichiers), ${number(results.lsp.singleFileRssMb)} Mo (fichier de 5 000 lignes).`,
        '',
        '## Livret du tutorat',
        '',
        'L’institution du fichier de 5 000 lignes (200 duos) : l’espace est lu et vérifié, puis `buildHandbooks` et',
        '`writeHandbooks` du paquet handbook sont mesurés (la génération elle-même).',
        '',
        typeof results.handbook.pending === 'string'
            ? `En attente : ${results.handbook.pending}`
            : Object.entries(HANDBOOK_LABELS).map(([key, label]) => `- ${label} : ${number(results.handbook[key] as number | undefined)}`).join('\n'),
        '',
        ...(results.drafting ? [results.drafting.section] : []),
        ...pathologicalSection(results.pathological),
        ...fuzzSection(results.fuzz),
        ...browserSection(results.browser),
        ...(results.notes.length > 0 ? ['## Remarques de cette exécution', '', ...results.notes.map((note) => `- ${note}`), ''] : []),
        analysis.trim(),
        ''
    ];
    writeFileSync(path, lines.join('\n'));
}

const cell = (text: string | undefined) => (text ?? '—').replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function pathologicalSection(results: readonly PathologicalResult[]): string[] {
    if (results.length === 0) {
        return [];
    }
    const cli = (entry: PathologicalResult['cli']) => 'failed' in entry
        ? `échec : ${cell(entry.failed)} | — | — | — | —`
        : `${number(entry.wallMs)} | ${number(entry.cpuMs)} | ${number(entry.maxRssMb)} | ${entry.exitCode} | ${number(entry.findings)}`;
    const server = (entry: PathologicalResult['server']) => 'failed' in entry
        ? `échec : ${cell(entry.failed)} | — | — | — | — | —`
        : `${number(entry.openedDiagnosticsMs)} | ${number(entry.allDiagnosticsMs)} | ${number(entry.requestMs)} | ${number(entry.cpuMs)} | ${number(entry.peakRssMb)} | ${number(entry.findings)}`;
    const first = (entry: PathologicalResult) => ('failed' in entry.cli ? undefined : entry.cli.firstMessage) ?? ('failed' in entry.server ? undefined : entry.server.firstMessage);
    return [
        '## Entrées pathologiques',
        '',
        'Chaque entrée (test/bench/pathological.ts) : `tutorat check . --format json` lancé comme un utilisateur le lance (`/usr/bin/time -v`),',
        'puis le serveur de langage démarré sur le dossier, un document ouvert : constats de ce document, constats de tous les documents,',
        'puis `textDocument/documentSymbol` et `workspace/symbol`. Objectif : moins de 10 s et de 1 Go chacun, ou un refus clair.',
        'Le temps CPU (utilisateur et système) est donné à côté du temps écoulé : la machine est partagée, le second varie avec sa charge.',
        '',
        '| Entrée | Fichiers | Mo | Commande (ms) | dont CPU (ms) | RSS max (Mo) | Code de sortie | Constats affichés |',
        '|---|---|---|---|---|---|---|---|',
        ...results.map((entry) => `| ${entry.name} | ${number(entry.files)} | ${number(entry.megabytes)} | ${cli(entry.cli)} |`),
        '',
        '| Entrée | Serveur : constats du document ouvert (ms) | de tous les documents (ms) | deux requêtes ensuite (ms) | CPU du serveur (ms) | RSS max (Mo) | Constats du document ouvert |',
        '|---|---|---|---|---|---|---|',
        ...results.map((entry) => `| ${entry.name} | ${server(entry.server)} |`),
        '',
        ...results.map((entry) => `- **${entry.name}** : ${entry.description}. Premier constat : « ${cell(first(entry)?.slice(0, 300))} »`),
        ''
    ];
}

const kilobytes = (bytes: number) => number(Math.round(bytes / 1024));

function browserSection(browser: BrowserResults | undefined): string[] {
    return [
        '## Navigateur',
        '',
        '« Tutorat en ligne » (`packages/web/dist`) servi comme `tutorat web` le sert, dans le Chromium de Debian piloté par',
        'playwright-core (`test/bench/browser-bench.ts`), un profil neuf à chaque chargement (rien en cache, rien de gardé),',
        'dans une fenêtre déjà ouverte, comme celle de l’utilisateur.',
        '',
        '- **Taille livrée** : tous les fichiers de `dist/`, tels quels et compressés (gzip, comme un serveur web les envoie) ;',
        '  au premier chargement le service worker les garde tous pour l’usage hors ligne. « Page » : ce que la page elle-même',
        '  demande avant ses premiers constats.',
        '- **Chargement → constats** : du début de la navigation à la réception, dans la page, des constats des 8 documents de',
        '  l’exemple (le serveur de langage tourne dans un Web Worker). Chromium démarre les pages de chaque nouvelle fenêtre',
        '  (la liste de suggestions de sa barre d’adresse est une page web : ≈ 1,5 s de CPU) ; la mesure attend que le',
        '  navigateur soit au repos avant de naviguer. Quelques chargements sont aussi faits page et fenêtre ouvertes en même',
        '  temps, pour comparaison.',
        '- **Frappe → constats** : dans la page, de l’événement clavier (une lettre dans un texte de `duos.tutorat`) à la',
        '  réception des constats de ce document ; la suivante quand le serveur s’est tu 300 ms.',
        '',
        ...(browser ? [
            '| Taille | Fichiers | Ko | Ko (gzip) |',
            '|---|---|---|---|',
            `| Tout \`dist/\` | ${number(browser.files)} | ${kilobytes(browser.totalBytes)} | ${kilobytes(browser.totalGzipBytes)} |`,
            `| Page (avant les premiers constats) | — | ${kilobytes(browser.firstLoadBytes)} | ${kilobytes(browser.firstLoadGzipBytes)} |`,
            ...browser.largest.map((entry) => `| dont \`${entry.file}\` | 1 | ${kilobytes(entry.bytes)} | ${kilobytes(entry.gzipBytes)} |`),
            '',
            `Charge moyenne de la machine pendant la mesure : ${number(browser.loadAverage[0])} au début, ${number(browser.loadAverage[1])} à la fin (2 cœurs).`,
            '',
            `Chargement → constats de l’exemple : ${browser.loadToDiagnosticsMs.runs.map((value) => number(value)).join(' ; ')} ms (médiane ${number(browser.loadToDiagnosticsMs.median)} ms).`,
            `Page ouverte avec sa fenêtre (le démarrage de la fenêtre en concurrence) : ${browser.loadWithNewWindowMs.runs.map((value) => number(value)).join(' ; ')} ms (médiane ${number(browser.loadWithNewWindowMs.median)} ms).`,
            '',
            '| Frappe → constats | p50 (ms) | p95 (ms) | max (ms) | modifications |',
            '|---|---|---|---|---|',
            `| une lettre dans un texte de \`duos.tutorat\` (exemple) | ${latency(browser.typing)} |`
        ] : ['Non mesuré.']),
        ''
    ];
}

function fuzzSection(fuzz: FuzzRunResult | undefined): string[] {
    if (!fuzz) {
        return [];
    }
    const samples = fuzz.rssMb.filter((_, index) => index % Math.max(1, Math.floor(fuzz.rssMb.length / 12)) === 0);
    return [
        '## Le serveur sous le fuzzer, longtemps',
        '',
        'Le fuzzer de la suite de tests (test/support/lsp-fuzzer.ts), graine fixe, sur une copie des exemples : modifications incrémentales',
        'de quatre documents ouverts, collages, fermetures et réouvertures, fichiers créés, modifiés et supprimés sur le disque, `tutorat.json`',
        'réécrit (valide et invalide) ; entre deux séries de modifications, des requêtes de chaque type que le serveur offre',
        '(test/bench/fuzz-run.ts).',
        '',
        `- Graine ${fuzz.seed} : ${number(fuzz.edits)} modifications en ${number(fuzz.rounds)} tours, ${number(fuzz.minutes)} min`,
        `- Actions : ${Object.entries(fuzz.actions).map(([action, count]) => `${action} ${number(count)}`).join(', ')}`,
        `- Requêtes : ${number(fuzz.requests)} de ${fuzz.requestTypes} types ; ${number(fuzz.answered)} réponses, ${number(fuzz.retried)} « à redemander » (document changé entre-temps), ${number(fuzz.refused)} refus motivés`,
        `- **Arrêts du serveur : ${fuzz.crashed ? 1 : 0}** ; **requêtes en erreur : ${number(fuzz.errors)}** ; **sans réponse : ${number(fuzz.unanswered)}** ; **réponses après plus de 5 s : ${number(fuzz.late)}** (la plus lente : ${number(fuzz.slowestMs)} ms)`,
        ...(fuzz.crashed ? [`- Arrêt : ${cell(fuzz.crashed.slice(0, 500))}`] : []),
        ...fuzz.firstErrors.map((error) => `- Erreur : ${cell(error)}`),
        `- Mémoire résidente (Mo), au fil de la session : ${samples.map((value) => number(value)).join(' → ')} ; médiane du 2ᵉ dixième ${number(fuzz.rssEarlyMb)} Mo, du dernier dixième ${number(fuzz.rssLateMb)} Mo : ${fuzz.rssFlat ? 'stable' : '**en croissance**'}`,
        ''
    ];
}

/**
 * `npm run bench -- --only=browser`: the « Navigateur » section and its targets replaced in the existing report, the
 * rest left as the last complete run wrote it (the browser is measured on its own in a couple of minutes).
 */
export function updateBrowserSection(path: string, results: BenchResults, analysis: string): void {
    const all = readFileSync(path, 'utf8').split('\n');
    // The analysis (test/bench/analysis.md) follows too.
    const analysisStart = all.indexOf('## Analyse');
    const lines = analysisStart >= 0 ? [...all.slice(0, analysisStart), ...analysis.trim().split('\n'), ''] : all;
    const rows = results.targets.filter((target) => target.name.startsWith('Navigateur')).map(targetRow);
    const kept = lines.filter((line) => !line.startsWith('| Navigateur'));
    const tableEnd = kept.findIndex((line, index) => index > kept.indexOf('## Objectifs') + 2 && line.trim() === '');
    kept.splice(tableEnd, 0, ...rows);
    const start = kept.indexOf('## Navigateur');
    const section = browserSection(results.browser);
    if (start >= 0) {
        const end = kept.findIndex((line, index) => index > start && line.startsWith('## '));
        kept.splice(start, end - start, ...section);
    } else {
        const before = kept.findIndex((line) => line.startsWith('## Remarques') || line.startsWith('## Analyse'));
        kept.splice(before, 0, ...section);
    }
    writeFileSync(path, kept.join('\n'));
}

function targetRow(target: Target): string {
    return `| ${target.name} | ${target.limit} | ${target.value} | ${target.met === undefined ? 'non mesuré' : target.met ? 'oui' : '**non**'} |`;
}
