import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../support/workspace.js';

describe('cross-file findings follow edits of other files', () => {
    test('a duo added in another file overloads a tutor: the finding appears in the first file, and goes when the duo goes', async () => {
        const workspace = await buildWorkspace({
            'personnes.tutorat': 'institution T {\n    tutrice Élodie\n    tutorée Léa\n    tutoré Karim\n    tutorée Zoé\n}\n',
            'duos-a.tutorat': 'institution T {\n    duo Élodie accompagne Léa { période du 01/09/2026 au 18/12/2026 }\n    duo Élodie accompagne Karim { période du 15/10/2026 au 31/01/2027 }\n}\n',
            'duos-b.tutorat': 'institution T {\n}\n'
        });
        const charge = () => workspace.summary().filter((line) => line.endsWith('tuteur/charge'));
        expect(charge()).toEqual([]);
        await workspace.edit('duos-b.tutorat', 'institution T {\n    duo Élodie accompagne Zoé { période du 01/08/2026 au 30/11/2026 }\n}\n');
        // The earliest duo is now in file b: the third duo to start is Karim's, in file a, which was not edited.
        expect(charge()).toEqual(['duos-a.tutorat:3 tuteur/charge']);
        await workspace.edit('duos-b.tutorat', 'institution T {\n}\n');
        expect(charge()).toEqual([]);
    });

    test('declaring a missing person in another file resolves the reference', async () => {
        const workspace = await buildWorkspace({
            'personnes.tutorat': 'institution T {\n    tutrice Élodie\n}\n',
            'duos.tutorat': 'institution T {\n    duo Élodie accompagne Karim\n}\n'
        });
        expect(workspace.summary()).toContain('duos.tutorat:2 langage/reference');
        await workspace.edit('personnes.tutorat', 'institution T {\n    tutrice Élodie\n    tutoré Karim\n}\n');
        expect(workspace.summary().filter((line) => line.includes('langage/reference'))).toEqual([]);
    });

    test('a duplicate name appears and disappears as another file changes', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': 'institution T {\n    tutoré Karim\n}\n', 'b.tutorat': 'institution T {\n}\n' });
        await workspace.edit('b.tutorat', 'institution T {\n    tutoré Karim\n}\n');
        expect(workspace.summary().filter((line) => line.includes('langage/doublon')).sort()).toEqual(['a.tutorat:2 langage/doublon', 'b.tutorat:2 langage/doublon']);
        await workspace.remove('b.tutorat');
        expect(workspace.summary().filter((line) => line.includes('langage/doublon'))).toEqual([]);
    });
});
