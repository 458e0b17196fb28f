import type { LangiumDocument } from 'langium';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../support/workspace.js';
import { watchRuleFailures } from './support.js';

/**
 * A failure while building one document — a bug in linking, in the cross-file facts, a document
 * nobody foresaw — is logged and the other documents are still checked. In the language server an
 * error escaping the build would reach its lock as an unhandled rejection and end the process.
 */
const FILES = {
    'personnes.tutorat': 'institution T {\n    tutrice Élodie\n    tutorée Léa\n}\n',
    'duos.tutorat': 'institution T {\n    duo Élodie accompagne Léa\n}\n',
    'autres.tutorat': 'institution T {\n    duo Élodie accompagne Inconnue\n}\n'
};

/** Makes `method` of `service` throw for the document whose path ends with `file`. */
function failOn<T extends object>(service: T, method: keyof T & string, file: string, message: string): void {
    const original = (service[method] as (...args: unknown[]) => unknown).bind(service);
    Object.assign(service, {
        [method]: (document: LangiumDocument, ...rest: unknown[]) => {
            if (document.uri.path.endsWith(`/${file}`)) {
                throw new Error(message);
            }
            return original(document, ...rest);
        }
    });
}

describe('a build step that fails on one document', () => {
    const watch = watchRuleFailures();
    afterEach(() => watch.failures().splice(0));
    afterAll(() => watch.restore());

    const CASES: ReadonlyArray<{ step: string; file: string; fail: (workspace: TestWorkspace) => void; logged: string }> = [
        {
            step: 'linking',
            file: 'duos.tutorat',
            fail: (workspace) => failOn(workspace.services.references.Linker, 'link', 'duos.tutorat', 'panne simulée du lien'),
            logged: 'a échoué sur file:///espace/duos.tutorat'
        },
        {
            step: 'collecting the cross-file facts',
            file: 'duos.tutorat',
            fail: (workspace) => failOn(workspace.shared.tutorat.WorkspaceFacts, 'update', 'duos.tutorat', 'panne simulée des faits'),
            logged: 'panne simulée des faits'
        },
        {
            step: 'parsing',
            file: 'personnes.tutorat',
            fail: (workspace) => failOn(workspace.shared.workspace.LangiumDocumentFactory, 'update', 'personnes.tutorat', 'panne simulée de l’analyse'),
            logged: 'a échoué sur file:///espace/personnes.tutorat'
        }
    ];

    for (const { step, file, fail, logged } of CASES) {
        test(`${step}: the edit completes, the failure is logged, the other documents are still checked`, async () => {
            const workspace = await buildWorkspace(FILES);
            fail(workspace);
            await expect(workspace.edit(file, FILES[file as keyof typeof FILES] + '\n')).resolves.toBeUndefined();
            await expect(workspace.edit('autres.tutorat', FILES['autres.tutorat'] + '\n')).resolves.toBeUndefined();
            expect(workspace.summary()).toContain('autres.tutorat:2 langage/reference');
            expect(watch.failures().join('\n')).toContain(logged);
        });
    }
});
