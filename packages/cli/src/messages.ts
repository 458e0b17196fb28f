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
  tutorat lsp --stdio                 starts the language server (for any LSP editor)
  tutorat web [folder] [--port N]     opens « Tutorat en ligne » in the browser, on this computer
                                      (address on 127.0.0.1 printed; the folder is opened in it, never written)

Common options: --lang fr|en (message language), --help, --version
Exit codes: 0 no problem, 1 errors (or too many warnings), 2 usage or file problem.
`
    },
    unknownCommand: {
        fr: 'La commande « {command} » n’existe pas. Commandes : check, rules, handbook, lsp, web. Aide : tutorat --help',
        en: 'The command "{command}" does not exist. Commands: check, rules, handbook, lsp, web. Help: tutorat --help'
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
    unexpected: {
        fr: 'Une erreur inattendue s’est produite : {reason}. Rien n’a été écrit. Merci de signaler ce problème avec la commande utilisée.',
        en: 'An unexpected error occurred: {reason}. Nothing was written. Please report this problem with the command you used.'
    }
} satisfies Record<string, Bilingual>;
