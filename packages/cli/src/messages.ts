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
                                      (remplace seulement un rapport précédent, sauf avec --force)
      --max-warnings N                échoue aussi au-delà de N avertissements
      --workspace DOSSIER             charge aussi ce dossier pour résoudre les références (sans le rapporter)
  tutorat rules [--format text|json|markdown]
                                      liste les règles du guide vérifiées par Tutorat
  tutorat handbook [chemins…] -o DOSSIER [--pdf] [--draft] [--without-findings]
                                      génère les livrets du tutorat (HTML ; --pdf : aussi en PDF, avec
                                      Google Chrome, Chromium ou Microsoft Edge) ;
                                      refusés tant que les documents ont des erreurs, sauf --draft (--brouillon) :
                                      chaque page dit alors « Brouillon — N erreurs » ;
                                      --without-findings (--sans-constats) : sans l'annexe des constats
      --browser CHEMIN                le navigateur qui imprime les PDF (implique --pdf ; sinon
                                      la variable TUTORAT_NAVIGATEUR, puis les emplacements habituels)
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
                                      (replaces only an earlier report, unless --force)
      --max-warnings N                also fails beyond N warnings
      --workspace FOLDER              also loads this folder to resolve references (not reported)
  tutorat rules [--format text|json|markdown]
                                      lists the guide's rules Tutorat checks
  tutorat handbook [paths…] -o FOLDER [--pdf] [--draft] [--without-findings]
                                      generates the tutoring handbooks (HTML; --pdf: also as PDF, with
                                      Google Chrome, Chromium or Microsoft Edge);
                                      refused while the documents have errors, unless --draft (--brouillon):
                                      every page then says "Draft — N errors";
                                      --without-findings (--sans-constats): without the annex of findings
      --browser PATH                  the browser that prints the PDFs (implies --pdf; else the
                                      TUTORAT_NAVIGATEUR variable, then the usual places)
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
        fr: 'La commande « {command} » n’existe pas. Commandes : {commands}. Aide : tutorat --help',
        en: 'The command "{command}" does not exist. Commands: {commands}. Help: tutorat --help'
    },
    unknownCommandWithSuggestion: {
        fr: 'La commande « {command} » n’existe pas. Vouliez-vous écrire « tutorat {suggestion} » ? Commandes : {commands}. Aide : tutorat --help',
        en: 'The command "{command}" does not exist. Did you mean "tutorat {suggestion}"? Commands: {commands}. Help: tutorat --help'
    },
    unknownOption: {
        fr: 'L’option « {option} » n’existe pas pour « tutorat {command} ». Aide : tutorat {command} --help',
        en: 'The option "{option}" does not exist for "tutorat {command}". Help: tutorat {command} --help'
    },
    optionNeedsValue: {
        fr: 'L’option « {option} » attend une valeur (tutorat {command} --help).',
        en: 'The option "{option}" needs a value (tutorat {command} --help).'
    },
    repeatedOption: {
        fr: 'L’option « {option} » est donnée plusieurs fois ({values}) : gardez-en une seule (tutorat {command} --help).',
        en: 'The option "{option}" is given several times ({values}): keep only one (tutorat {command} --help).'
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
    allIgnored: {
        fr: 'Tous les documents .tutorat de {paths} ({ignored}) sont ignorés par les motifs « ignore » de tutorat.json. Pour en vérifier un, nommez son dossier ou son fichier : tutorat check CHEMIN.',
        en: 'All .tutorat documents in {paths} ({ignored}) are ignored by the "ignore" patterns of tutorat.json. To check one, name its folder or file: tutorat check PATH.'
    },
    unreadable: {
        fr: 'Le fichier « {path} » ne peut pas être lu : {reason}. Vérifiez qu’il existe et que vous avez le droit de le lire.',
        en: 'The file "{path}" cannot be read: {reason}. Check that it exists and that you may read it.'
    },
    unreadableFolder: {
        fr: 'Le dossier « {path} » ne peut pas être lu : {reason}. Vérifiez que vous avez le droit de le lire, ou ne donnez que les dossiers à vérifier.',
        en: 'The folder "{path}" cannot be read: {reason}. Check that you may read it, or give only the folders to check.'
    },
    linkLoop: {
        fr: 'Le chemin « {path} » passe par des liens symboliques qui tournent en boucle. Corrigez ces liens, ou donnez le dossier ou le fichier réel.',
        en: 'The path "{path}" goes through symbolic links that loop. Fix these links, or give the real folder or file.'
    },
    brokenLink: {
        fr: '« {path} » est un lien symbolique vers un chemin qui n’existe pas. Corrigez le lien, ou retirez-le.',
        en: '"{path}" is a symbolic link to a path that does not exist. Fix the link, or remove it.'
    },
    noDocuments: {
        fr: 'Aucun document .tutorat n’a été trouvé dans {paths}.',
        en: 'No .tutorat document was found in {paths}.'
    },
    cannotWrite: {
        fr: 'Impossible d’écrire « {path} » : {reason}. Rien n’a été écrit.',
        en: 'Cannot write "{path}": {reason}. Nothing was written.'
    },
    outputIsDocument: {
        fr: '« {path} » est un document Tutorat : un rapport ne le remplace jamais. Donnez un autre nom à --output, par exemple rapport.txt.',
        en: '"{path}" is a Tutorat document: a report never replaces it. Give --output another name, for example report.txt.'
    },
    outputExists: {
        fr: '« {path} » existe et n’est pas un rapport de Tutorat au format {format} : il n’est pas remplacé. Donnez un autre nom à --output, ou ajoutez --force pour le remplacer.',
        en: '"{path}" exists and is not a Tutorat report in the {format} format: it is not replaced. Give --output another name, or add --force to replace it.'
    },
    handbookNeedsOutput: {
        fr: 'Indiquez le dossier où écrire les livrets : tutorat handbook [chemins…] -o DOSSIER (par exemple -o livrets).',
        en: 'Give the folder where the handbooks go: tutorat handbook [paths…] -o FOLDER (for example -o handbooks).'
    },
    printedWith: {
        fr: 'PDF imprimés avec {browser} ({path}{origin}).',
        en: 'PDFs printed with {browser} ({path}{origin}).'
    },
    handbooksWritten: {
        fr: '{count} fichier(s) écrit(s) dans « {folder} » :',
        en: '{count} file(s) written in "{folder}":'
    },
    handbookRefused: {
        fr: 'Les livrets ne sont pas écrits : les documents contiennent encore une erreur (ci-dessus). Corrigez-la, ou ajoutez --draft pour écrire des brouillons : chaque page le dira.',
        en: 'The handbooks were not written: the documents still contain an error (above). Correct it, or add --draft to write drafts: every page will say so.'
    },
    handbooksRefused: {
        fr: 'Les livrets ne sont pas écrits : les documents contiennent encore {count} erreurs (ci-dessus). Corrigez-les, ou ajoutez --draft pour écrire des brouillons : chaque page le dira.',
        en: 'The handbooks were not written: the documents still contain {count} errors (above). Correct them, or add --draft to write drafts: every page will say so.'
    },
    draftWritten: {
        fr: 'Ce sont des brouillons : chaque page indique « Brouillon — 1 erreur ».',
        en: 'These are drafts: every page says "Draft — 1 error".'
    },
    draftsWritten: {
        fr: 'Ce sont des brouillons : chaque page indique « Brouillon — {count} erreurs ».',
        en: 'These are drafts: every page says "Draft — {count} errors".'
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
