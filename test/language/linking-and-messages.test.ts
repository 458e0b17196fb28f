import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { isInstitution, type Document, type Duo, type Institution } from '@tutorat/language';
import { buildWorkspace } from '../support/workspace.js';

const PEOPLE = `institution Tilleuls « ASBL Les Tilleuls » {
    tutrice Élodie « Élodie Martin »
    tutoré Jean-François
    organisme partenaire HELHa { référente Dubois }
}
`;

const FRAMEWORK = `référentiel Réf {
    compétence C1 « Accueillir »
    compétence Œ2 « Transmettre »
}
`;

const TEMPLATE = `modèle de charte CP319 {
    enjeux transmission-culture
}
`;

describe('references across the files of a workspace', () => {
    test('people, partners, referents, competences and templates resolve from other files and folders, by accented names', async () => {
        const workspace = await buildWorkspace({
            'federation/modele.tutorat': TEMPLATE,
            'referentiels/accompagnement.tutorat': FRAMEWORK,
            'tilleuls/personnes.tutorat': PEOPLE,
            'tilleuls/charte.tutorat': 'institution Tilleuls {\n    charte étend CP319 { }\n}\n',
            'tilleuls/duos.tutorat': `institution Tilleuls {
    duo Élodie accompagne Jean-François { suppléante Élodie }
    parcours P pour Jean-François {
        référentiel Réf
        compétences visées C1, Réf.Œ2
        stage avec HELHa { référente Dubois }
        phase évaluation { évaluation finale par Élodie, HELHa.Dubois sur Œ2 }
    }
}
`
        });
        const unresolved = [...workspace.documents.values()].flatMap((document) => document.references.filter((reference) => reference.error).map((reference) => reference.$refText));
        expect(unresolved).toEqual([]);
        const duos = workspace.documents.get('tilleuls/duos.tutorat')!.parseResult.value as Document;
        const duo = (duos.elements[0] as Institution).members[0] as Duo;
        expect(duo.tutor.ref?.title).toBe('Élodie Martin');
        expect(AstUtils.getDocument(duo.tutor.ref!).uri.path).toMatch(/tilleuls\/personnes\.tutorat$/);
        expect(workspace.summary().filter((line) => line.includes('langage/reference'))).toEqual([]);
    });

    test('the members of one institution are not visible from another', async () => {
        const workspace = await buildWorkspace({
            'a.tutorat': PEOPLE,
            'b.tutorat': 'institution Autre {\n    tutoré Karim\n    duo Élodie accompagne Karim\n}\n'
        });
        const [finding] = workspace.diagnostics('b.tutorat').filter((diagnostic) => diagnostic.code === 'langage/reference');
        expect(finding.message).toContain('« Élodie » ne correspond à aucune personne de l’institution Autre');
    });

    test('an unresolved reference to another file gets a French message that says where and what to do, with a suggestion', async () => {
        const workspace = await buildWorkspace({
            'personnes.tutorat': PEOPLE,
            'duos.tutorat': 'institution Tilleuls {\n    duo Elodie accompagne Jean-François\n}\n'
        });
        const [finding] = workspace.diagnostics('duos.tutorat');
        expect(finding.code).toBe('langage/reference');
        expect(finding.severity).toBe(1);
        expect(finding.range.start).toEqual({ line: 1, character: 8 });
        expect(finding.range.end).toEqual({ line: 1, character: 14 });
        expect(finding.message).toBe('« Elodie » ne correspond à aucune personne de l’institution Tilleuls, dans aucun de ses fichiers. Vouliez-vous écrire « Élodie » ? Corrigez le nom ou déclarez cette personne dans l’institution (tuteur, tutrice, tutoré, tutorée ou personne).');
    });

    test('a competence a path targets but no framework defines is a finding of parcours/referentiel', async () => {
        const workspace = await buildWorkspace({
            'ref.tutorat': FRAMEWORK,
            'parcours.tutorat': 'institution T {\n    tutoré Karim\n    parcours P pour Karim {\n        référentiel Réf\n        compétences visées C9\n    }\n}\n'
        });
        const finding = workspace.diagnostics('parcours.tutorat').find((diagnostic) => diagnostic.code === 'parcours/referentiel');
        expect(finding?.message).toContain('« C9 » ne correspond à aucune compétence des référentiels Réf.');
        expect(finding?.message).toContain('Vouliez-vous écrire « C1 » ?');
    });
});

describe('syntax errors in the user’s words', () => {
    test('a misspelt keyword says where, what may be written there, and the word probably meant', async () => {
        const workspace = await buildWorkspace({ 'charte.tutorat': 'institution T {\n    charte {\n        enjeu transmission-culture\n    }\n}\n' });
        const [finding] = workspace.diagnostics('charte.tutorat');
        expect(finding.code).toBe('langage/syntaxe');
        expect(finding.range.start).toEqual({ line: 2, character: 8 });
        expect(finding.message).toBe('« enjeu » n’est pas un mot du langage ici. Vouliez-vous écrire « enjeux » ?');
        // One mistake, one finding: the charter is still read, and nothing is claimed about what it lacks.
        expect(workspace.diagnostics('charte.tutorat').filter((diagnostic) => diagnostic.severity! <= 2)).toHaveLength(1);
    });

    test('a word the block cannot hold lists what may be written there', async () => {
        const workspace = await buildWorkspace({ 'charte.tutorat': 'institution T {\n    charte {\n        objectifs « Former »\n    }\n}\n' });
        const [finding] = workspace.diagnostics('charte.tutorat');
        expect(finding.message).toMatch(/^« objectifs » n’est pas compris dans la charte\. On peut écrire ici : .*« enjeux ».*; ou fermer le bloc avec « } »\.$/);
    });

    test('a forgotten closing brace, an unclosed text and a stray character are explained', async () => {
        const workspace = await buildWorkspace({
            'accolade.tutorat': 'institution T {\n    tutoré Karim\n',
            'texte.tutorat': 'référentiel R {\n    description « pas fermé\n}\n',
            'caractere.tutorat': 'institution T {\n    tutoré Karim @\n}\n'
        });
        expect(workspace.diagnostics('accolade.tutorat')[0].message).toBe('Le bloc « institution T » ouvert ligne 1 n’est pas fermé : ajoutez « } » après sa dernière ligne.');
        expect(workspace.diagnostics('texte.tutorat')[0].message).toBe('Ce texte n’est pas fermé : il manque le guillemet fermant ». Ajoutez-le à la fin du texte.');
        expect(workspace.diagnostics('texte.tutorat')[0].range.start).toEqual({ line: 1, character: 16 });
        expect(workspace.diagnostics('caractere.tutorat')[0].message).toBe('Les caractères « @ » ne sont pas compris ici. Écrivez les textes libres entre guillemets « … ».');
        expect(workspace.diagnostics('caractere.tutorat')[0].range.start).toEqual({ line: 1, character: 17 });
    });

    test('the same mistakes are explained in English for an English-speaking user', async () => {
        const workspace = await buildWorkspace({
            'charte.tutorat': 'institution T {\n    charte {\n        enjeu transmission-culture\n    }\n}\n',
            'duos.tutorat': 'institution T {\n    tutoré Karim\n    duo Elodie accompagne Karim\n}\n'
        }, { locale: 'en' });
        expect(workspace.diagnostics('charte.tutorat')[0].message).toBe('“enjeu” is not a word of the language here. Did you mean “enjeux”?');
        expect(workspace.diagnostics('duos.tutorat')[0].message).toContain('“Elodie” matches no person of the institution T, in any of its files.');
    });

    test('an institution written over several files is one institution', async () => {
        const workspace = await buildWorkspace({ 'a.tutorat': PEOPLE, 'b.tutorat': 'institution Tilleuls {\n    tutoré Karim\n}\n' });
        const institutions = [...workspace.documents.values()].flatMap((document) => (document.parseResult.value as Document).elements.filter(isInstitution));
        expect(institutions.map((institution) => institution.name)).toEqual(['Tilleuls', 'Tilleuls']);
        expect(workspace.summary().filter((line) => line.includes('langage/doublon'))).toEqual([]);
    });
});

describe('references to competences of an unknown framework', () => {
    test('say that the framework is unknown rather than the code', async () => {
        const workspace = await buildWorkspace({
            'ref.tutorat': FRAMEWORK,
            'parcours.tutorat': 'institution T {\n    tutoré Karim\n    parcours P pour Karim {\n        référentiel Réf\n        compétences visées RefInconnu.HYG1\n    }\n}\n'
        });
        const finding = workspace.diagnostics('parcours.tutorat').find((diagnostic) => diagnostic.code === 'parcours/referentiel');
        expect(finding?.message).toContain('« RefInconnu.HYG1 » cite le référentiel « RefInconnu », qui n’existe pas dans l’espace de travail.');
    });
});
