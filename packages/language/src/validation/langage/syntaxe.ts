import { defineRule } from '../../rules/definition.js';
import { checkUnreadableBytes } from '../encoding.js';

/**
 * `langage/syntaxe`: what the document says cannot be read as Tutorat. Each message names one
 * mistake at its cause, in the words of someone who writes a charter rather than code; the
 * recovering parser (`syntax/recovery/`) chooses which, and the rest of the document is still read.
 */
export const syntaxe = defineRule({
    id: 'langage/syntaxe',
    severity: 'error',
    configurable: false,
    crossFile: false,
    title: { fr: 'Le document s’écrit selon la syntaxe de Tutorat', en: 'The document follows Tutorat’s syntax' },
    description: {
        fr: 'Un mot inconnu, une accolade oubliée, un texte sans guillemets : le passage n’est pas compris. Le message dit ce qui ne va pas, là où l’erreur a été faite, et ce qui est attendu ; le reste du document est lu malgré tout.',
        en: 'An unknown word, a forgotten brace, a text without quotes: the passage is not understood. The message says what is wrong, where the mistake was made, and what is expected; the rest of the document is read all the same.'
    },
    messages: {
        unclosedText: {
            fr: 'Ce texte n’est pas fermé : il manque le guillemet fermant {closing}. Ajoutez-le à la fin du texte.',
            en: 'This text is not closed: the closing quote {closing} is missing. Add it at the end of the text.'
        },
        mismatchedQuote: {
            fr: 'Ce texte s’ouvre avec le guillemet {open} mais se ferme avec {close} : fermez-le avec le guillemet {closing}.',
            en: 'This text opens with the quote {open} but closes with {close}: close it with the quote {closing}.'
        },
        strayCloser: {
            fr: 'Ce guillemet fermant {close} n’a pas de guillemet ouvrant : ajoutez {open} au début du texte, ou supprimez-le.',
            en: 'This closing quote {close} has no opening quote: add {open} at the beginning of the text, or remove it.'
        },
        hashComment: {
            fr: 'Un commentaire commence par // (et non par {marker}) : remplacez « {marker} » par « // ».',
            en: 'A comment begins with // (not with {marker}): replace "{marker}" with "//".'
        },
        unclosedComment: {
            fr: 'Ce commentaire n’est pas fermé : ajoutez « */ » à sa fin, ou commencez la ligne par « // ».',
            en: 'This comment is not closed: add "*/" at its end, or begin the line with "//".'
        },
        apostrophe: {
            fr: 'Une apostrophe n’est comprise qu’à l’intérieur d’un texte entre guillemets « … ».',
            en: 'An apostrophe is only understood inside a text between quotes « … ».'
        },
        notText: {
            fr: 'Ce fichier contient des caractères illisibles : ce n’est pas un texte enregistré en UTF-8. Enregistrez-le en UTF-8 depuis votre éditeur.',
            en: 'This file contains unreadable characters: it is not a text saved as UTF-8. Save it as UTF-8 from your editor.'
        },
        unreadableBytes: {
            fr: 'Ce caractère illisible (�) remplace des octets qui ne sont pas du texte UTF-8 : le fichier a sans doute été enregistré dans un autre encodage (Windows-1252, Latin-1). Enregistrez-le en UTF-8 depuis votre éditeur et vérifiez les accents de ses textes.',
            en: 'This unreadable character (�) stands for bytes that are not UTF-8 text: the file was probably saved in another encoding (Windows-1252, Latin-1). Save it as UTF-8 from your editor and check the accents of its texts.'
        },
        unexpectedCharacters: {
            fr: 'Les caractères « {characters} » ne sont pas compris ici. Écrivez les textes libres entre guillemets « … ».',
            en: 'The characters “{characters}” are not understood here. Write free texts between quotes « … ».'
        },
        unclosedBlock: {
            fr: 'Le bloc « {header} » ouvert ligne {line} n’est pas fermé : ajoutez « } » après sa dernière ligne.',
            en: 'The block “{header}” opened on line {line} is not closed: add "}" after its last line.'
        },
        unclosedBlocks: {
            fr: 'Le bloc « {header} » ouvert ligne {line} n’est pas fermé, ni celui qui l’entoure : {others}. Ajoutez « } » pour chacun, après leur dernière ligne.',
            en: 'The block “{header}” opened on line {line} is not closed, nor the one around it: {others}. Add "}" for each, after their last line.'
        },
        missingOpenBrace: {
            fr: 'Il manque l’accolade ouvrante « { » à la fin de « {header} » : les lignes qui suivent, plus en retrait, forment son bloc.',
            en: 'The opening brace "{" is missing at the end of “{header}”: the indented lines that follow form its block.'
        },
        extraOpenBrace: {
            fr: 'Cette accolade ouvrante « { » est en trop : le bloc est déjà ouvert. Supprimez-la.',
            en: 'This opening brace "{" is one too many: the block is already open. Remove it.'
        },
        bracketForBrace: {
            fr: 'Un bloc s’ouvre et se ferme avec des accolades « { » et « } », pas avec {bracket} : écrivez {brace}.',
            en: 'A block opens and closes with braces "{" and "}", not with {bracket}: write {brace}.'
        },
        orphanLines: {
            fr: 'Les lignes à partir de « {first} » n’appartiennent à aucun élément : la première ligne de leur bloc semble effacée (par exemple « {example} {…} »). Rétablissez-la, ou supprimez ces lignes et l’accolade « } » qui les ferme.',
            en: 'The lines from “{first}” on belong to no element: the first line of their block seems to have been deleted (for example “{example} {…}”). Restore it, or remove these lines and the brace "}" that closes them.'
        },
        duplicatedLine: {
            fr: 'Cette ligne répète la précédente (« {line} »), comme un copier-coller en trop : supprimez-la.',
            en: 'This line repeats the one before (“{line}”), like an extra copy and paste: remove it.'
        },
        extraBrace: {
            fr: 'Cette accolade fermante « } » est en trop : aucun bloc ouvert ne lui correspond. Supprimez-la.',
            en: 'This closing brace "}" is one too many: no open block matches it. Remove it.'
        },
        articleBeforeKeyword: {
            fr: 'Les mots du langage s’écrivent sans article : écrivez « {keyword} » plutôt que « {written} ».',
            en: 'The words of the language are written without an article: write “{keyword}” rather than “{written}”.'
        },
        misspeltKeyword: {
            fr: '« {written} » n’est pas un mot du langage ici. Vouliez-vous écrire « {keyword} » ?',
            en: '“{written}” is not a word of the language here. Did you mean “{keyword}”?'
        },
        splitNameDeclaration: {
            fr: 'Un nom s’écrit en un mot ({joined}) ; le nom complet va entre guillemets dans le titre : écrivez {joined} « {words} ».',
            en: 'A name is written as one word ({joined}); the full name goes between quotes in the title: write {joined} « {words} ».'
        },
        splitNameReference: {
            fr: 'Un nom s’écrit en un mot : « {words} » n’en est pas un. Écrivez le nom tel qu’il est déclaré, par exemple {first} ou {joined}.',
            en: 'A name is written as one word: “{words}” is not one. Write the name as it is declared, for example {first} or {joined}.'
        },
        quotedName: {
            fr: 'Un nom s’écrit sans guillemets : écrivez {name}. Les guillemets entourent les titres et les textes.',
            en: 'A name is written without quotes: write {name}. Quotes surround titles and texts.'
        },
        unquotedText: {
            fr: 'Un texte s’écrit entre guillemets : écrivez « {text} ».',
            en: 'A text is written between quotes: write « {text} ».'
        },
        notUnderstood: {
            fr: '{actual} n’est pas compris dans {context}. On peut écrire ici : {allowed} ; ou fermer le bloc avec « } ».',
            en: '{actual} is not understood in {context}. You can write here: {allowed}; or close the block with "}".'
        },
        notATopLevel: {
            fr: '{actual} n’est pas compris ici. Un document Tutorat se compose de blocs « modèle de charte », « référentiel » ou « institution ».',
            en: '{actual} is not understood here. A Tutorat document is made of “modèle de charte”, “référentiel” or “institution” blocks.'
        },
        missingName: {
            fr: 'Il manque le nom, en un mot, avant le titre {title} : c’est par ce nom que les autres éléments le citent. Écrivez par exemple : {suggestion} {title}.',
            en: 'The name, in one word, is missing before the title {title}: other elements refer to it by this name. Write for example: {suggestion} {title}.'
        },
        missingAfter: {
            fr: 'Dans {context}, il manque {expected} après « {previous} ».',
            en: 'In {context}, {expected} is missing after “{previous}”.'
        },
        expectedAfter: {
            fr: 'Dans {context}, après « {previous} », on attend {expected} à la place de {actual}.',
            en: 'In {context}, after “{previous}”, {expected} is expected instead of {actual}.'
        },
        expectedInstead: {
            fr: 'Dans {context}, on attend {expected} à la place de {actual}.',
            en: 'In {context}, {expected} is expected instead of {actual}.'
        },
        lineLeftOut: {
            fr: 'Cette ligne n’est pas comprise dans {context} : on attend {expected} à la place de {actual}. Le reste du document est lu sans elle.',
            en: 'This line is not understood in {context}: {expected} is expected instead of {actual}. The rest of the document is read without it.'
        }
    },
    fixes: [
        { id: 'closeText', title: { fr: 'Fermer le texte', en: 'Close the text' } },
        { id: 'useSlashes', title: { fr: 'Écrire « // » au lieu de « # »', en: 'Write "//" instead of "#"' } },
        { id: 'closeBlock', title: { fr: 'Fermer le bloc avec « } »', en: 'Close the block with "}"' } },
        { id: 'openBlock', title: { fr: 'Ouvrir le bloc avec « { »', en: 'Open the block with "{"' } },
        { id: 'removeBrace', title: { fr: 'Supprimer l’accolade en trop', en: 'Remove the extra brace' } },
        { id: 'removeArticle', title: { fr: 'Supprimer l’article', en: 'Remove the article' } },
        { id: 'useKeyword', title: { fr: 'Écrire le mot du langage', en: 'Write the word of the language' } },
        { id: 'joinName', title: { fr: 'Écrire le nom en un mot', en: 'Write the name as one word' } },
        { id: 'quoteText', title: { fr: 'Mettre le texte entre guillemets', en: 'Put the text between quotes' } },
        { id: 'addName', title: { fr: 'Ajouter un nom', en: 'Add a name' } },
        { id: 'unquoteName', title: { fr: 'Écrire le nom sans guillemets', en: 'Write the name without quotes' } },
        { id: 'useBrace', title: { fr: 'Écrire une accolade', en: 'Write a brace' } },
        { id: 'removeLine', title: { fr: 'Supprimer la ligne répétée', en: 'Remove the repeated line' } }
    ],
    checks: { Document: (document, report, context) => checkUnreadableBytes(document, report, context) }
});
