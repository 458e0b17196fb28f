import { EditorState, type Extension } from '@codemirror/state';
import type { Language } from '../i18n.js';

/** CodeMirror's own words (search, lint, completion, rename), in French; English is CodeMirror's. */
const FRENCH: Record<string, string> = {
    'Find': 'Rechercher', 'Replace': 'Remplacer', 'next': 'suivant', 'previous': 'précédent', 'all': 'tout',
    'match case': 'respecter la casse', 'regexp': 'expression régulière', 'by word': 'mot entier', 'replace': 'remplacer',
    'replace all': 'tout remplacer', 'close': 'fermer', 'current match': 'occurrence actuelle',
    'replaced match on line $': 'occurrence remplacée à la ligne $', 'replaced $ matches': '$ occurrences remplacées',
    'on line': 'à la ligne', 'Go to line': 'Aller à la ligne', 'go': 'aller', 'Completions': 'Complétions',
    'Diagnostics': 'Constats', 'No diagnostics': 'Aucun constat', 'Selection deleted': 'Sélection supprimée',
    'Control character': 'Caractère de contrôle', 'Folded lines': 'Lignes repliées', 'Unfolded lines': 'Lignes dépliées',
    'to': 'à', 'folded code': 'code replié', 'unfold': 'déplier', 'Fold line': 'Replier la ligne', 'Unfold line': 'Déplier la ligne',
    'New name': 'Nouveau nom', 'rename': 'renommer', 'Reference list': 'Liste des références',
    'Rename request failed': 'Le renommage a échoué', 'Formatting request failed': 'La mise en forme a échoué'
};

export function phrases(language: Language): Extension {
    return language === 'fr' ? EditorState.phrases.of(FRENCH) : [];
}
