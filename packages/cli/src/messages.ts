import { format, type Bilingual, type Locale, type MessageParams } from '@tutorat/language';

export function say(text: Bilingual, locale: Locale, params?: MessageParams): string {
    return format(text[locale], params);
}

/** The command's own sentences (findings come from the language package). */
export const texts = {
    usage: {
        fr: `tutorat — vérifier et publier les documents de tutorat selon le Guide pour le tutorat

Utilisation :
  tutorat check [chemins…]            vérifie les documents (.tutorat) des dossiers ou fichiers donnés
      --format text|json|sarif        format du rapport (text par défaut)
      --output FICHIER                écrit le rapport dans un fichier plutôt qu'à l'écran
      --max-warnings N                échoue aussi au-delà de N avertissements
      --workspace DOSSIER             charge aussi ce dossier pour résoudre les références (sans le rapporter)
  tutorat rules [--format text|json|markdown]
                                      liste les règles du guide vérifiées par Tutorat
  tutorat handbook [chemins…] -o DOSSIER [--pdf]
                                      génère les livrets du tutorat (HTML ; --pdf : aussi en PDF, avec Chromium)
  tutorat import FICHIER [-o referentiel.tutorat] [--format moodle|case|tableur] [--force]
                                      importe un référentiel (CSV Moodle, paquet CASE, tableau CSV ou XLSX)
  tutorat import --modele [-o FICHIER]
                                      écrit le modèle de tableau à remplir dans Excel ou LibreOffice
  tutorat export REFERENTIEL --format moodle|case|tableur [-o FICHIER] [--force]
                                      exporte un référentiel (son nom, ou son fichier .tutorat)
  tutorat lsp --stdio                 lance le serveur de langage (pour tout éditeur LSP)
  tutorat web [dossier] [--port N]    ouvre « Tutorat en ligne » dans le navigateur, sur cet ordinateur
                                      (adresse sur 127.0.0.1 affichée ; le dossier y est ouvert, sans y écrire)

Options communes : --lang fr|en (langue des messages), --help, --version
Codes de sortie : 0 aucun problème, 1 erreurs (ou trop d'avertissements), 2 problème d'utilisation ou de fichier.
`,
        en: `tutorat — check and publish tutoring documents against the Guide pour le tutorat

Usage:
  tutorat check [paths…]              checks the documents (.tutorat) of the given folders or files
      --format text|json|sarif        report format (text by default)
      --output FILE                   writes the report to a file instead of the screen
      --max-warnings N                also fails beyond N warnings
      --workspace FOLDER              also loads this folder to resolve references (not reported)
  tutorat rules [--format text|json|markdown]
                                      lists the guide's rules Tutorat checks
  tutorat handbook [paths…] -o FOLDER [--pdf]
                                      generates the tutoring handbooks (HTML; --pdf: also as PDF, with Chromium)
  tutorat import FILE [-o framework.tutorat] [--format moodle|case|tableur] [--force]
                                      imports a framework (Moodle CSV, CASE package, CSV or XLSX table)
  tutorat import --modele [-o FILE]
                                      writes the table template to fill in with Excel or LibreOffice
  tutorat export FRAMEWORK --format moodle|case|tableur [-o FILE] [--force]
                                      exports a framework (its name, or its .tutorat file)
  tutorat lsp --stdio                 starts the language server (for any LSP editor)
  tutorat web [folder] [--port N]     opens « Tutorat en ligne » in the browser, on this computer
                                      (address on 127.0.0.1 printed; the folder is opened in it, never written)

Common options: --lang fr|en (message language), --help, --version
Exit codes: 0 no problem, 1 errors (or too many warnings), 2 usage or file problem.
`
    },
    unknownCommand: {
        fr: 'La commande « {command} » n’existe pas. Commandes : check, rules, handbook, import, export, lsp, web. Aide : tutorat --help',
        en: 'The command "{command}" does not exist. Commands: check, rules, handbook, import, export, lsp, web. Help: tutorat --help'
    },
    unknownOption: {
        fr: 'L’option « {option} » n’existe pas pour « tutorat {command} ». Aide : tutorat {command} --help',
        en: 'The option "{option}" does not exist for "tutorat {command}". Help: tutorat {command} --help'
    },
    optionNeedsValue: {
        fr: 'L’option « {option} » attend une valeur (tutorat {command} --help).',
        en: 'The option "{option}" needs a value (tutorat {command} --help).'
    },
    badArguments: {
        fr: 'Les arguments de « tutorat {command} » ne sont pas compris. Aide : tutorat {command} --help',
        en: 'The arguments of "tutorat {command}" are not understood. Help: tutorat {command} --help'
    },
    badLanguage: {
        fr: 'La langue « {value} » n’est pas disponible : écrivez --lang fr ou --lang en.',
        en: 'The language "{value}" is not available: write --lang fr or --lang en.'
    },
    badChoice: {
        fr: '« {value} » n’est pas possible pour {option} : choisissez parmi {allowed}.',
        en: '"{value}" is not possible for {option}: choose among {allowed}.'
    },
    badNumber: {
        fr: '{option} attend un nombre entier positif, pas « {value} ».',
        en: '{option} expects a positive whole number, not "{value}".'
    },
    noSuchPath: {
        fr: 'Le chemin « {path} » n’existe pas. Vérifiez le nom du dossier ou du fichier.',
        en: 'The path "{path}" does not exist. Check the folder or file name.'
    },
    notADocument: {
        fr: '« {path} » n’est pas un document Tutorat : seuls les fichiers .tutorat sont vérifiés.',
        en: '"{path}" is not a Tutorat document: only .tutorat files are checked.'
    },
    unreadable: {
        fr: 'Le fichier « {path} » ne peut pas être lu ({reason}). Vérifiez qu’il existe et que vous avez le droit de le lire.',
        en: 'The file "{path}" cannot be read ({reason}). Check that it exists and that you may read it.'
    },
    noDocuments: {
        fr: 'Aucun document .tutorat n’a été trouvé dans {paths}.',
        en: 'No .tutorat document was found in {paths}.'
    },
    cannotWrite: {
        fr: 'Impossible d’écrire « {path} » ({reason}). Vérifiez que le dossier existe et que vous avez le droit d’y écrire ; rien n’a été écrit.',
        en: 'Cannot write "{path}" ({reason}). Check that the folder exists and that you may write in it; nothing was written.'
    },
    handbookNeedsOutput: {
        fr: 'Indiquez le dossier où écrire les livrets : tutorat handbook [chemins…] -o DOSSIER (par exemple -o livrets).',
        en: 'Give the folder where the handbooks go: tutorat handbook [paths…] -o FOLDER (for example -o handbooks).'
    },
    handbooksWritten: {
        fr: '{count} fichier(s) écrit(s) dans « {folder} » :',
        en: '{count} file(s) written in "{folder}":'
    },
    lspNeedsStdio: {
        fr: 'Le serveur de langage communique par l’entrée et la sortie standard : lancez « tutorat lsp --stdio » depuis votre éditeur.',
        en: 'The language server talks over standard input and output: start "tutorat lsp --stdio" from your editor.'
    },
    webServing: {
        fr: '« Tutorat en ligne » : {address}\nOuvrez cette adresse dans votre navigateur. Vos fichiers restent sur cet ordinateur. Ctrl+C pour arrêter.',
        en: '« Tutorat en ligne »: {address}\nOpen this address in your browser. Your files stay on this computer. Ctrl+C to stop.'
    },
    webServingFolder: {
        fr: '« Tutorat en ligne » : {address}\nOuvrez cette adresse dans votre navigateur : le dossier {folder} y est ouvert (une copie de travail : le dossier n’est pas modifié ; exportez vos changements en .zip). Ctrl+C pour arrêter.',
        en: '« Tutorat en ligne »: {address}\nOpen this address in your browser: the folder {folder} is open in it (a working copy: the folder is not changed; export your changes as a .zip). Ctrl+C to stop.'
    },
    webOneFolder: {
        fr: 'Donnez un seul dossier : tutorat web [dossier].',
        en: 'Give one folder only: tutorat web [folder].'
    },
    webNotAFolder: {
        fr: '« {path} » n’est pas un dossier : tutorat web [dossier].',
        en: '"{path}" is not a folder: tutorat web [folder].'
    },
    webBadPort: {
        fr: 'Le port « {value} » n’est pas valide : donnez un nombre entre 0 et 65535 (0 : un port libre).',
        en: 'The port "{value}" is not valid: give a number between 0 and 65535 (0: any free port).'
    },
    webNotBuilt: {
        fr: '« Tutorat en ligne » n’est pas construit dans cette copie : lancez « npm run build ».',
        en: '« Tutorat en ligne » is not built in this copy: run "npm run build".'
    },
    webCannotListen: {
        fr: 'Impossible d’écouter sur le port {port} ({reason}) : choisissez-en un autre avec --port.',
        en: 'Cannot listen on port {port} ({reason}): choose another one with --port.'
    },
    importNeedsFile: {
        fr: 'Indiquez le fichier à importer : tutorat import FICHIER [-o referentiel.tutorat] (ou tutorat import --modele pour le modèle de tableau).',
        en: 'Give the file to import: tutorat import FILE [-o framework.tutorat] (or tutorat import --modele for the table template).'
    },
    notAFile: {
        fr: '« {path} » est un dossier : indiquez un fichier (.csv, .xlsx ou .json).',
        en: '"{path}" is a folder: give a file (.csv, .xlsx or .json).'
    },
    outputNotTutorat: {
        fr: 'Le référentiel importé s’écrit dans un fichier .tutorat : « {path} » n’en est pas un (par exemple -o referentiel.tutorat).',
        en: 'The imported framework is written to a .tutorat file: "{path}" is not one (for example -o framework.tutorat).'
    },
    alreadyExists: {
        fr: '« {path} » existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer. Rien n’a été écrit.',
        en: '"{path}" already exists: choose another name with -o, or add --force to replace it. Nothing was written.'
    },
    inputProblems: {
        fr: '« {path} » ne peut pas être importé ; rien n’a été écrit :',
        en: '"{path}" cannot be imported; nothing was written:'
    },
    imported: {
        fr: 'Référentiel {name} importé de « {source} » ({format}) : {domains} domaine(s), {competences} compétence(s), {criteria} critère(s) → {target}',
        en: 'Framework {name} imported from "{source}" ({format}): {domains} domain(s), {competences} competence(s), {criteria} criterion(s) → {target}'
    },
    warningsHeader: {
        fr: 'À savoir ({count}) :',
        en: 'Good to know ({count}):'
    },
    checkedHeader: {
        fr: 'Vérification du référentiel importé :',
        en: 'Check of the imported framework:'
    },
    templateWritten: {
        fr: 'Modèle de tableau écrit dans « {path} » : ouvrez-le dans Excel ou LibreOffice, remplissez-le, puis importez-le avec tutorat import {path}.',
        en: 'Table template written to "{path}": open it in Excel or LibreOffice, fill it in, then import it with tutorat import {path}.'
    },
    exportNeedsFramework: {
        fr: 'Indiquez le référentiel à exporter et le format : tutorat export REFERENTIEL --format moodle|case|tableur (REFERENTIEL : son nom, ou son fichier .tutorat).',
        en: 'Give the framework to export and the format: tutorat export FRAMEWORK --format moodle|case|tableur (FRAMEWORK: its name, or its .tutorat file).'
    },
    exportNeedsFormat: {
        fr: 'Indiquez le format de l’export : --format moodle, case ou tableur.',
        en: 'Give the export format: --format moodle, case or tableur.'
    },
    unknownFramework: {
        fr: 'Aucun référentiel ne s’appelle « {name} » dans {folders}. Référentiels trouvés : {known}.',
        en: 'No framework is called "{name}" in {folders}. Frameworks found: {known}.'
    },
    frameworkInFile: {
        fr: '« {path} » ne contient {problem}.',
        en: '"{path}" holds {problem}.'
    },
    syntaxBeforeExport: {
        fr: '« {path} » a {count} erreur(s) de syntaxe : corrigez-les d’abord (tutorat check {path}), pour que rien du référentiel ne manque à l’export. Rien n’a été écrit.',
        en: '"{path}" has {count} syntax error(s): fix them first (tutorat check {path}), so that nothing of the framework is missing from the export. Nothing was written.'
    },
    exported: {
        fr: 'Référentiel {name} exporté ({format}) → {target}',
        en: 'Framework {name} exported ({format}) → {target}'
    },
    unexpected: {
        fr: 'Une erreur inattendue s’est produite : {reason}. Rien n’a été écrit. Merci de signaler ce problème avec la commande utilisée.',
        en: 'An unexpected error occurred: {reason}. Nothing was written. Please report this problem with the command you used.'
    }
} satisfies Record<string, Bilingual>;
