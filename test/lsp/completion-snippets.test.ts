import { describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { buildWorkspace } from '../support/workspace.js';

/**
 * The blocks and lines of the whole-guide constructs come ready to fill in from completion, and
 * what a snippet writes, its placeholders left as proposed, is Tutorat the parser reads.
 */

const PEOPLE = '    personne Nadia « Nadia Lambert » { rôle encadrement }\n    tutrice Élodie\n    tutorée Zoé\n    organisme partenaire HELHa « Haute École »\n';
const institution = (body: string) => `institution Alpha {\n${PEOPLE}${body}\n}\n`;
const CURSOR = '‸';

/** Where each construct is written, the cursor at ‸, and the label of the snippet completion offers there. */
const CASES: ReadonlyArray<{ readonly label: string; readonly text: string }> = [
    { label: 'point avec …', text: institution('    duo Élodie accompagne Zoé {\n        ‸\n    }') },
    { label: 'équipe informée …', text: institution('    duo Élodie accompagne Zoé {\n        ‸\n    }') },
    { label: 'alerter …', text: institution('    duo Élodie accompagne Zoé {\n        ‸\n    }') },
    { label: 'réflexion sur la fonction { … }', text: institution('    tutrice Aïcha {\n        ‸\n    }') },
    // Who designated the tutor, and the abilities recognised (Le choix du tuteur — Un acteur reconnu).
    ...['désignée par …', 'reconnue par …', 'capacités …'].map((label) => ({ label, text: institution('    tutrice Aïcha {\n        ‸\n    }') })),
    // The lines inside the tutor's reflection block.
    ...['auto-évaluation …', 'entretien …', 'supervision …', 'échanges entre tuteurs …'].map((label) => ({ label, text: institution('    tutrice Aïcha {\n        réflexion sur la fonction {\n            ‸\n        }\n    }') })),
    { label: 'échanges préalables { … }', text: institution('    charte {\n        ‸\n    }') },
    { label: 'gestion des compétences { … }', text: institution('    charte {\n        ‸\n    }') },
    { label: 'bilan de fin de cycle …', text: institution('    charte {\n        après le tutorat {\n            ‸\n        }\n    }') },
    { label: 'engagements { … }', text: institution('    organisme partenaire École « École » {\n        ‸\n    }') },
    { label: 'contact préalable …', text: institution('    parcours P pour Zoé {\n        stage avec HELHa {\n            ‸\n        }\n    }') },
    { label: 'répartition des rôles { … }', text: institution('    parcours P pour Zoé {\n        stage avec HELHa {\n            ‸\n        }\n    }') },
    { label: 'projet professionnel …', text: institution('    parcours P pour Zoé {\n        ‸\n    }') },
    { label: 'supports …', text: institution('    parcours P pour Zoé {\n        ‸\n    }') },
    { label: 'méthodes …', text: institution('    parcours P pour Zoé {\n        phase accompagnement {\n            activité « Soins en binôme » ‸\n        }\n    }') }
];

/**
 * A snippet as written once the user accepts every proposed value (the first of a choice, nothing for
 * a bare tab stop) and types a date where it shows the date's format.
 */
function expand(snippet: string): string {
    return snippet
        .replace(/\$\{\d+:jj\/mm\/aaaa\}/g, '01/09/2026')
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\t/g, '    ');
}

async function completionsAt(text: string): Promise<{ items: CompletionItem[]; offset: number; clean: string }> {
    const offset = text.indexOf(CURSOR);
    const clean = text.replace(CURSOR, '');
    const workspace = await buildWorkspace({ 'alpha.tutorat': clean });
    const document = workspace.documents.get('alpha.tutorat')!;
    const provider = workspace.services.lsp.CompletionProvider!;
    // As a client that inserts snippets (VS Code) says when it starts.
    (provider as unknown as { clientCapabilities: unknown }).clientCapabilities = { completionItem: { snippetSupport: true } };
    const list = await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
    return { items: list?.items ?? [], offset, clean };
}

describe('completion snippets of the whole-guide constructs', () => {
    test.each(CASES.map((snippetCase) => [snippetCase.label, snippetCase]))('%s writes a line Tutorat reads', async (label, { text }) => {
        const { items, offset, clean } = await completionsAt(text);
        const item = items.find((candidate) => candidate.label === label);
        expect(item, `${label} parmi ${items.map((candidate) => candidate.label).join(', ')}`).toBeDefined();
        expect(item!.insertTextFormat).toBe(2);
        const snippet = item!.textEdit && 'newText' in item!.textEdit ? item!.textEdit.newText : String(item!.insertText);
        const written = clean.slice(0, offset) + expand(snippet) + clean.slice(offset);
        const after = await buildWorkspace({ 'alpha.tutorat': written });
        expect(after.summary().filter((line) => line.endsWith('langage/syntaxe')), written).toEqual([]);
    });
});
