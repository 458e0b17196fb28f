// The interface's words, French first and English second. The language follows the browser's unless the user
// chose one (kept in this browser); the language server speaks the same language.

export type Language = 'fr' | 'en';

const TEXTS = {
    appName: { fr: 'Tutorat en ligne', en: 'Tutorat online' },
    tagline: { fr: 'Écrire et vérifier ses documents de tutorat selon le Guide pour le tutorat, sans rien installer.', en: 'Write and check tutoring documents against the Guide pour le tutorat, with nothing to install.' },
    skipToEditor: { fr: 'Aller à l’éditeur', en: 'Skip to the editor' },
    language: { fr: 'Langue', en: 'Language' },
    switchLanguage: { fr: 'English', en: 'Français' },
    switchLanguageLabel: { fr: 'Switch the interface to English', en: 'Passer l’interface en français' },
    projects: { fr: 'Espaces de travail', en: 'Workspaces' },
    project: { fr: 'Espace de travail', en: 'Workspace' },
    files: { fr: 'Fichiers', en: 'Files' },
    otherFiles: { fr: '{count} autre(s) fichier(s) conservé(s) tel(s) quel(s)', en: '{count} other file(s) kept as they are' },
    storedInBrowser: { fr: 'Vos fichiers sont enregistrés dans ce navigateur, sur cet ordinateur (stockage du site {site}). Ils ne quittent jamais votre ordinateur. Exportez-les en .zip pour les garder ailleurs.', en: 'Your files are kept in this browser, on this computer (storage of the site {site}). They never leave your computer. Export them as a .zip to keep them elsewhere.' },
    storedInFolder: { fr: 'Vos fichiers sont ceux du dossier « {folder} » de votre ordinateur : chaque modification y est enregistrée, et une copie est gardée dans ce navigateur.', en: 'Your files are those of the folder "{folder}" on your computer: every change is saved there, and a copy is kept in this browser.' },
    storedFromServer: { fr: 'Copie de travail du dossier « {folder} » ouvert par « tutorat web » : vos modifications sont gardées dans ce navigateur, le dossier n’est pas modifié. Exportez-les en .zip pour les reprendre.', en: 'Working copy of the folder "{folder}" opened by "tutorat web": your changes are kept in this browser, the folder is not changed. Export them as a .zip to take them back.' },
    whereAreMyFiles: { fr: 'Où sont mes fichiers ?', en: 'Where are my files?' },
    savedAt: { fr: 'Enregistré', en: 'Saved' },
    saving: { fr: 'Enregistrement…', en: 'Saving…' },
    newDocument: { fr: 'Nouveau document', en: 'New document' },
    newDocumentTitle: { fr: 'Nouveau document à partir d’un modèle', en: 'New document from a template' },
    newDocumentName: { fr: 'Nom du fichier', en: 'File name' },
    create: { fr: 'Créer', en: 'Create' },
    cancel: { fr: 'Annuler', en: 'Cancel' },
    close: { fr: 'Fermer', en: 'Close' },
    openExample: { fr: 'Ouvrir l’exemple', en: 'Open the example' },
    newWorkspace: { fr: 'Nouvel espace vide', en: 'New empty workspace' },
    openFolder: { fr: 'Ouvrir un dossier…', en: 'Open a folder…' },
    openFolderUnavailable: { fr: 'Ce navigateur ne peut pas ouvrir un dossier (Edge et Chrome le peuvent) : importez vos fichiers ou un .zip.', en: 'This browser cannot open a folder (Edge and Chrome can): import your files or a .zip.' },
    importFiles: { fr: 'Importer des fichiers ou un .zip…', en: 'Import files or a .zip…' },
    exportZip: { fr: 'Exporter en .zip', en: 'Export as .zip' },
    downloadFile: { fr: 'Télécharger ce fichier', en: 'Download this file' },
    deleteFile: { fr: 'Supprimer ce fichier', en: 'Delete this file' },
    confirmDelete: { fr: 'Supprimer « {file} » de cet espace de travail ?', en: 'Delete "{file}" from this workspace?' },
    deleteWorkspace: { fr: 'Supprimer cet espace de travail', en: 'Delete this workspace' },
    confirmDeleteWorkspace: { fr: 'Supprimer l’espace de travail « {name} » et tous ses fichiers de ce navigateur ? Exportez-le d’abord si vous voulez le garder.', en: 'Delete the workspace "{name}" and all its files from this browser? Export it first if you want to keep it.' },
    saveToFolder: { fr: 'Les modifications sont enregistrées dans le dossier', en: 'Changes are saved to the folder' },
    reconnectFolder: { fr: 'Autoriser l’enregistrement dans « {folder} »', en: 'Allow saving to "{folder}"' },
    folderPermission: { fr: 'Le navigateur demande à nouveau l’autorisation d’écrire dans le dossier. En attendant, vos modifications sont gardées dans ce navigateur.', en: 'The browser asks again for permission to write to the folder. Meanwhile your changes are kept in this browser.' },
    editor: { fr: 'Éditeur', en: 'Editor' },
    editorLabel: { fr: 'Texte du document {file}', en: 'Text of the document {file}' },
    noFile: { fr: 'Aucun document ouvert. Choisissez un fichier, ouvrez l’exemple ou créez un document.', en: 'No document open. Choose a file, open the example or create a document.' },
    problems: { fr: 'Constats', en: 'Findings' },
    problemsSummary: { fr: '{errors} erreur(s), {warnings} avertissement(s), {infos} information(s), {hints} suggestion(s) dans {files} document(s)', en: '{errors} error(s), {warnings} warning(s), {infos} piece(s) of information, {hints} suggestion(s) in {files} document(s)' },
    noProblems: { fr: 'Aucun constat : les documents suivent le guide.', en: 'No finding: the documents follow the guide.' },
    checking: { fr: 'Vérification en cours…', en: 'Checking…' },
    severity1: { fr: 'Erreur', en: 'Error' },
    severity2: { fr: 'Avertissement', en: 'Warning' },
    severity3: { fr: 'Information', en: 'Information' },
    severity4: { fr: 'Suggestion', en: 'Suggestion' },
    line: { fr: 'ligne {line}', en: 'line {line}' },
    goTo: { fr: 'Aller à la ligne {line} de {file}', en: 'Go to line {line} of {file}' },
    guideSection: { fr: 'Guide pour le tutorat : {section}', en: 'Guide pour le tutorat: {section}' },
    rulePage: { fr: 'Règle {rule}', en: 'Rule {rule}' },
    rulePageLabel: { fr: 'Ouvrir la page de la règle {rule}', en: 'Open the page of the rule {rule}' },
    fixes: { fr: 'Corriger', en: 'Fix' },
    fixesFor: { fr: 'Corrections proposées pour : {message}', en: 'Fixes proposed for: {message}' },
    noFix: { fr: 'Aucune correction automatique pour ce constat.', en: 'No automatic fix for this finding.' },
    format: { fr: 'Mettre en forme', en: 'Format' },
    rename: { fr: 'Renommer…', en: 'Rename…' },
    renameTitle: { fr: 'Renommer « {name} » dans tous les fichiers', en: 'Rename "{name}" in every file' },
    newName: { fr: 'Nouveau nom', en: 'New name' },
    renameHint: { fr: 'Placez le curseur sur un nom (une personne, un service, une compétence…) pour le renommer.', en: 'Put the cursor on a name (a person, a service, a competence…) to rename it.' },
    side: { fr: 'Panneau latéral', en: 'Side panel' },
    handbook: { fr: 'Livret', en: 'Handbook' },
    handbookTitle: { fr: 'Aperçu du livret', en: 'Handbook preview' },
    handbookNone: { fr: 'Ce document n’appartient à aucune institution ni modèle : le livret rassemble la charte, les duos et les parcours d’une institution.', en: 'This document belongs to no institution or template: the handbook gathers an institution’s charter, duos and training paths.' },
    handbookPreparing: { fr: 'Préparation du livret…', en: 'Preparing the handbook…' },
    handbookFailed: { fr: 'Le livret n’a pas pu être préparé : {reason}', en: 'The handbook could not be prepared: {reason}' },
    print: { fr: 'Imprimer ou enregistrer en PDF', en: 'Print or save as PDF' },
    downloadHtml: { fr: 'Télécharger le livret (HTML)', en: 'Download the handbook (HTML)' },
    rules: { fr: 'Règles du guide', en: 'The guide’s rules' },
    rulesIndex: { fr: 'Toutes les règles', en: 'All the rules' },
    importProblem: { fr: 'Import impossible : {reason}', en: 'Import failed: {reason}' },
    zipProblem_notAZip: { fr: '« {file} » n’est pas une archive .zip lisible.', en: '"{file}" is not a readable .zip archive.' },
    zipProblem_zip64: { fr: '« {file} » est une archive trop grande (ZIP64), que Tutorat en ligne ne lit pas.', en: '"{file}" is too large an archive (ZIP64) for Tutorat online.' },
    zipProblem_encrypted: { fr: '« {file} » contient des fichiers chiffrés (« {entry} ») : retirez le mot de passe et réessayez.', en: '"{file}" holds encrypted files ("{entry}"): remove the password and try again.' },
    zipProblem_method: { fr: '« {file} » compresse « {entry} » d’une manière que Tutorat en ligne ne lit pas : recréez l’archive avec l’explorateur de fichiers.', en: '"{file}" compresses "{entry}" in a way Tutorat online cannot read: make the archive again with your file explorer.' },
    zipProblem_tooLarge: { fr: '« {file} » se décompresse en plus de {max} Mo : c’est bien plus que des documents de tutorat ; l’archive n’a pas été ouverte.', en: '"{file}" unzips to more than {max} MB: far more than tutoring documents; the archive was not opened.' },
    zipProblem_corrupt: { fr: '« {file} » est abîmée (« {entry} ») : recréez l’archive.', en: '"{file}" is damaged ("{entry}"): make the archive again.' },
    imported: { fr: '{count} fichier(s) importé(s).', en: '{count} file(s) imported.' },
    importedNothing: { fr: 'Aucun fichier .tutorat ou .json dans ce que vous avez choisi.', en: 'No .tutorat or .json file in what you chose.' },
    replaceFile: { fr: '« {file} » existe déjà : le remplacer par la version importée ?', en: '"{file}" already exists: replace it with the imported one?' },
    serverStopped: { fr: 'Le vérificateur s’est arrêté ; il redémarre. Vos fichiers ne sont pas touchés.', en: 'The checker stopped; it is restarting. Your files are untouched.' },
    hoverTitle: { fr: 'À propos du mot sous le curseur', en: 'About the word at the cursor' },
    keyboardHelp: { fr: 'Raccourcis clavier', en: 'Keyboard shortcuts' },
    shortcuts: {
        fr: 'Ctrl+Espace : compléter · Ctrl+K puis Ctrl+I : explication du mot · Ctrl+. : corrections · F2 : renommer · Maj+Alt+F : mettre en forme · F8 : constat suivant · F12 : aller à la définition · Tab : sortir de l’éditeur',
        en: 'Ctrl+Space: complete · Ctrl+K then Ctrl+I: explain the word · Ctrl+.: fixes · F2: rename · Shift+Alt+F: format · F8: next finding · F12: go to definition · Tab: leave the editor'
    },
    offlineReady: { fr: 'Tutorat en ligne fonctionne maintenant aussi sans connexion.', en: 'Tutorat online now also works offline.' },
    exampleName: { fr: 'Exemple : ASBL Les Tilleuls', en: 'Example: ASBL Les Tilleuls' },
    emptyName: { fr: 'Nouvel espace', en: 'New workspace' },
    fileExists: { fr: 'Un fichier « {file} » existe déjà.', en: 'A file "{file}" already exists.' },
    badFileName: { fr: 'Donnez un nom de fichier terminé par .tutorat (lettres, chiffres, tirets, dossiers séparés par /).', en: 'Give a file name ending with .tutorat (letters, digits, hyphens, folders separated by /).' }
} as const;

export type TextKey = keyof typeof TEXTS;

const STORAGE_KEY = 'tutorat-en-ligne.langue';
let current: Language = initialLanguage();
const listeners = new Set<() => void>();

function initialLanguage(): Language {
    const chosen = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (chosen === 'fr' || chosen === 'en') {
        return chosen;
    }
    const browser = globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? 'fr';
    return browser.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function language(): Language {
    return current;
}

export function setLanguage(next: Language): void {
    current = next;
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    listeners.forEach((listener) => listener());
}

export function onLanguageChange(listener: () => void): void {
    listeners.add(listener);
}

/** A text of the interface in the current language, `{name}` placeholders filled. */
export function t(key: TextKey, params: Record<string, string | number> = {}): string {
    return TEXTS[key][current].replace(/\{(\w+)\}/g, (whole, name: string) => name in params ? String(params[name]) : whole);
}
