import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

const people = `    tutrice Élodie
    tutorée Léa
    tutoré Karim
    tutorée Zoé
    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }
    duo Élodie accompagne Karim { période du 15/09/2026 au 31/01/2027 }
`;

const withComment = (comment: string) => `institution T {
${people}    ${comment}
    duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 }
}
`;

const RELEVANT = /^(suppression\/|langage\/|tuteur\/charge$)/;

async function codesOf(text: string, tutoratJson?: string) {
    const workspace = await buildWorkspace({ 'duos.tutorat': text, ...(tutoratJson ? { 'tutorat.json': tutoratJson } : {}) });
    // Other rules fire on these minimal documents too: only the rules under test are kept.
    return workspace.diagnostics('duos.tutorat').filter((diagnostic) => RELEVANT.test(String(diagnostic.code))).map((diagnostic) => ({ code: diagnostic.code, line: diagnostic.range.start.line + 1, message: diagnostic.message }));
}

describe('inline suppressions', () => {
    test('a comment naming the rule with a reason silences the finding on the next line', async () => {
        expect(await codesOf(withComment('// tutorat-ignorer tuteur/charge : dérogation accordée par la direction jusqu’au 31/12/2026'))).toEqual([]);
    });

    test('it also works at the end of the line concerned, and with the English spelling', async () => {
        const text = withComment('').replace('duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 }', 'duo Élodie accompagne Zoé { période du 01/10/2026 au 30/11/2026 } // tutorat-ignore tuteur/charge : remplacement temporaire');
        expect(await codesOf(text)).toEqual([]);
    });

    test('without a reason it silences nothing and is reported', async () => {
        const findings = await codesOf(withComment('// tutorat-ignorer tuteur/charge'));
        expect(findings.map((finding) => [finding.code, finding.line]).sort((a, b) => (a[1] as number) - (b[1] as number))).toEqual([['suppression/raison', 8], ['tuteur/charge', 9]]);
        expect(findings.find((finding) => finding.code === 'suppression/raison')?.message).toContain('ne dit pas pourquoi');
    });

    test('a suppression that silences nothing, or names an unknown rule, is reported', async () => {
        const unused = await codesOf(`institution T {\n    tutrice Élodie\n    // tutorat-ignorer tuteur/charge : plus nécessaire\n    tutoré Karim\n    duo Élodie accompagne Karim\n}\n`);
        expect(unused.map((finding) => finding.code)).toEqual(['suppression/inutile']);
        expect(unused[0].message).toContain('ne fait rien taire à la ligne 4');
        const unknown = await codesOf(withComment('// tutorat-ignorer tuteur/chargee : faute de frappe'));
        expect(unknown.map((finding) => finding.code).sort()).toEqual(['suppression/inutile', 'tuteur/charge']);
        expect(unknown.find((finding) => finding.code === 'suppression/inutile')?.message).toContain('La règle « tuteur/chargee » n’existe pas');
    });

    test('the language’s own errors cannot be silenced', async () => {
        const findings = await codesOf(`institution T {\n    tutrice Élodie\n    // tutorat-ignorer langage/reference : je sais\n    duo Élodie accompagne Personne\n}\n`);
        expect(findings.map((finding) => finding.code).sort()).toEqual(['langage/reference', 'suppression/inutile']);
    });

    test('the suppression rules themselves follow the configuration', async () => {
        expect(await codesOf(withComment('// tutorat-ignorer tuteur/charge'), '{ "rules": { "suppression": "off" } }')).toEqual([
            expect.objectContaining({ code: 'tuteur/charge' })
        ]);
    });
});
