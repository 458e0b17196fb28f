import type { Hover } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

/**
 * Who designated a tutor and the abilities recognised (Le choix du tuteur — Un acteur reconnu) explain
 * themselves on hover: the keywords quote the guide, and the tutor's summary shows what was written.
 */
const TEXT = [
    'institution Alpha {',
    '    personne Nadia « Nadia Lambert » { rôle encadrement }',
    '    tutrice Élodie {',
    '        désignée par Nadia, équipe consultée',
    '        capacités animation, formalisation et pédagogiques',
    '    }',
    '    tutorée Léa',
    '    duo Élodie accompagne Léa',
    '}',
    ''
].join('\n');

async function hoverAt(line: string, word: string, locale?: 'en'): Promise<string> {
    const workspace = await buildWorkspace({ 'alpha.tutorat': TEXT }, { locale });
    const document = workspace.documents.get('alpha.tutorat')!;
    const offset = TEXT.indexOf(line) + line.indexOf(word) + 1;
    const hover: Hover | undefined = await workspace.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
    });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

describe('hover on a tutor’s designation and abilities', () => {
    test('the keywords say what to write and quote the guide', async () => {
        expect(await hoverAt('désignée par Nadia', 'désignée')).toContain('Le tuteur est un travailleur reconnu par sa hiérarchie et ses pairs');
        expect(await hoverAt('désignée par Nadia, équipe consultée', 'consultée')).toContain('L’avis des pairs');
        expect(await hoverAt('capacités animation', 'capacités')).toContain('Capacités de tuteur reconnues');
        expect(await hoverAt('capacités animation, formalisation', 'formalisation')).toContain('décomposer en phases cohérentes');
    });

    test('the tutor’s summary shows who designated them and the abilities, « pédagogiques » read as teaching', async () => {
        const summary = await hoverAt('duo Élodie accompagne', 'Élodie');
        expect(summary).toContain('- **Désignation** : Nadia (Nadia Lambert), avec l’avis de ses pairs');
        expect(summary).toContain('- **Capacités reconnues** : Animation, Formalisation, Pédagogie');
        const english = await hoverAt('duo Élodie accompagne', 'Élodie', 'en');
        expect(english).toContain('- **Abilities recognised**: Leading, Formalising, Teaching');
    });
});
