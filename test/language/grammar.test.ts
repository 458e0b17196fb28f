import { readFileSync } from 'node:fs';
import { GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    isCharter, isCharterTemplate, isDuo, isFramework, isInstitution, isPerson, isTrainingPath,
    type Charter, type CharterTemplate, type Document, type Duo, type Framework, type Institution, type Person, type TrainingPath
} from '@tutorat/language';
import { filesOf } from '../support/folders.js';
import { buildWorkspace } from '../support/workspace.js';

const CORPUS = readFileSync(new URL('./corpus/toutes-les-constructions.tutorat', import.meta.url), 'utf8');
/** The same constructs in everyday French (dates in words, number words…), checked in natural-french.test.ts. */
const EVERYDAY = readFileSync(new URL('./corpus/francais-courant.tutorat', import.meta.url), 'utf8');

async function parseCorpus() {
    const workspace = await buildWorkspace({ 'toutes-les-constructions.tutorat': CORPUS });
    const document = workspace.documents.get('toutes-les-constructions.tutorat')!;
    const root = document.parseResult.value as Document;
    return { workspace, document, root };
}

describe('the grammar', () => {
    test('parses a document using every construct without lexing or parsing error, and links every reference', async () => {
        const { document } = await parseCorpus();
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors.map((error) => error.message)).toEqual([]);
        expect(document.references.filter((reference) => reference.error).map((reference) => reference.$refText)).toEqual([]);
    });

    test('every keyword of the grammar appears in the test corpus or the examples', async () => {
        const { workspace } = await parseCorpus();
        const keywords = new Set<string>();
        for (const node of streamGrammar(workspace.services.Grammar)) {
            if (GrammarAST.isKeyword(node)) {
                keywords.add(node.value);
            }
        }
        const tokens = new Set<string>();
        for (const text of [CORPUS, EVERYDAY, ...exampleTexts()]) {
            for (const token of text.replace(/«[^»]*»|“[^”]*”|"(?:\\.|[^"\\])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ').split(/[\s,{}%.]+|(?<=\S)(?=[{},%])/)) {
                tokens.add(token);
            }
        }
        const punctuation = new Set(['{', '}', ',', '.', '%']);
        const missing = [...keywords].filter((keyword) => !tokens.has(keyword) && !punctuation.has(keyword));
        expect(missing, 'mots-clés jamais utilisés dans le corpus de test').toEqual([]);
    });

    test('builds the expected syntax tree for templates, with inheritance and « à compléter »', async () => {
        const { root } = await parseCorpus();
        const [secteur, cp319] = root.elements.filter(isCharterTemplate) as CharterTemplate[];
        expect(secteur.name).toBe('Secteur');
        expect(secteur.jointCommittees).toEqual(['318.01', '319.02', '330', '332']);
        expect(secteur.stakes?.todo?.hint).toBe('Citez vos enjeux.');
        expect(cp319.parent?.ref).toBe(secteur);
        expect(cp319.stakes?.items.map((stake) => stake.known ?? stake.custom)).toEqual([
            'formation-des-stagiaires', 'lien-formation-terrain', 'intégration-nouveaux-travailleurs', 'prise-de-fonction',
            'évolution-professionnelle', 'réintégration-après-absence', 'valorisation-expérience', 'réflexivité', 'transmission-culture',
            'capitalisation-pratiques', 'compétences-sensibles', 'Un enjeu propre au secteur'
        ]);
        expect(cp319.resources?.items.map((item) => [item.kind, item.text ?? (item.todo ? 'à compléter' : '')])).toEqual([
            ['temps', '2 heures par semaine'], ['formations', 'Programme sectoriel'], ['équipement', 'à compléter'],
            ['légitimité', 'Annonce par la direction'], ['reconnaissance', 'à compléter']
        ]);
        expect(cp319.tutorProfile?.minExperience?.value).toMatchObject({ value: 2, unit: 'ans' });
        expect(cp319.tutorProfile?.minSeniority?.todo).toBeDefined();
        expect(cp319.tutorProfile?.maxTutees?.value).toBe(2);
        expect(cp319.commitments?.items.map((item) => item.role)).toEqual(['direction', 'encadrement', 'tuteur', 'tutrice', 'tutoré', 'tutorée', 'organisme', 'équipe']);
        expect(cp319.situations?.items).toHaveLength(7);
        expect(cp319.tutoringTime?.volume?.amount).toMatchObject({ value: 1.5, unit: 'heure' });
        expect(cp319.tutoringTime?.volume?.per).toBe('semaine');
        expect(cp319.tutoringTime?.countsAsWorkload).toBe(true);
        expect(cp319.trainingPlan?.items.map((item) => item.kind)).toEqual(['initiale', 'complémentaire', 'continue']);
        expect(cp319.after?.items.map((item) => item.kind)).toEqual(['analyse', 'effets', 'échanges', 'améliorations', 'calendrier']);
    });

    test('builds frameworks with domains, competences, dimensions, criteria and outside taxonomies', async () => {
        const { root } = await parseCorpus();
        const framework = root.elements.find(isFramework) as Framework;
        expect(framework.description).toBe('Texte entre guillemets droits avec "échappement".');
        expect(framework.scale?.levels).toEqual(['Non vu', 'Débutant', 'En cours d’acquisition', 'Autonome']);
        expect(framework.competences.map((competence) => competence.name)).toEqual(['Hors-Domaine']);
        const c1 = framework.domains[0].competences[0];
        expect(c1.knowledge).toEqual(['Procédures', 'Droits']);
        expect(c1.skills).toEqual(['Mener un entretien', 'Réagir à l\'imprévu']);
        expect(c1.attitudes).toEqual(['Écoute']);
        expect([c1.esco, c1.rncp, c1.rs, c1.sfmq]).toEqual(['http://data.europa.eu/esco/skill/abc', 'RNCP34827BC02', 'RS5432', 'UAA1']);
        expect(c1.criteria.map((criterion) => [criterion.name, criterion.title, criterion.indicators.map((indicator) => indicator.text)])).toEqual([
            ['Accueil-a', 'L\'accueil suit la procédure', ['Étapes suivies']],
            [undefined, 'Critère sans nom', []]
        ]);
    });

    test('builds institutions: charter, services, functions, people with accented names, partners', async () => {
        const { root } = await parseCorpus();
        const institution = root.elements.find(isInstitution) as Institution;
        expect(institution.name).toBe('Œuvre');
        expect(institution.address).toBe('Rue de l\'Église 1, 1000 Bruxelles');
        const charter = institution.members.find(isCharter) as Charter;
        expect(charter.adopted).toBe('2026-06-24');
        expect(charter.tutorProfile?.services[0].service.ref?.name).toBe('Soins');
        expect(charter.tutorProfile?.services[0].minExperience?.value?.value).toBe(3);
        expect(charter.partnerships?.items[0].partner?.ref?.name).toBe('École');
        const people = (institution.members.filter(isPerson) as Person[]).filter((person) => !/^P\d$/.test(person.name));
        expect(people.map((person) => [person.kind, person.name])).toEqual([
            ['personne', 'Hélène'], ['tutrice', 'Élodie'], ['tuteur', 'Jean-François'], ['tuteur', 'Zoé'], ['tutorée', 'Léa'], ['tutoré', 'Karim']
        ]);
        const [helene, elodie, jeanFrancois, zoe, lea] = people;
        expect(helene.roles).toEqual(['direction', 'encadrement', 'référent-formation', 'référent-tuteurs', 'coordination']);
        expect(elodie.superior?.ref).toBe(helene);
        expect(elodie.function?.ref?.title).toBe('Infirmier');
        expect(elodie.qualification?.diploma).toBe('master');
        expect(elodie.volunteer?.mode).toBe('appel');
        expect(elodie.designation).toMatchObject({ date: '01/06/2023', peers: true });
        expect(elodie.designation?.by?.ref).toBe(helene);
        expect(elodie.abilities).toEqual(['animation', 'négociation', 'médiation', 'formalisation', 'réflexivité']);
        expect(elodie.tutorTraining).toMatchObject({ text: 'Formation de base', date: '12/03/2024' });
        expect(elodie.certificate?.year).toBe(2021);
        expect(elodie.awareness.map((item) => [item.kind, item.profiles.map((profile) => profile.known ?? profile.custom)])).toEqual([
            ['formation', ['handicap', 'décrochage-scolaire']],
            ['sensibilisation', ['retour-de-maladie', 'primo-arrivant', 'alternance', 'un profil propre']]
        ]);
        expect(elodie.dedicatedTime).toMatchObject({ amount: { value: 4, unit: 'h' }, per: 'semaine' });
        expect(jeanFrancois.volunteer?.mode).toBe('spontanément');
        expect(jeanFrancois.qualification?.level).toBe(6);
        expect(jeanFrancois.designation).toMatchObject({ authority: 'direction', year: 2022, peers: true });
        expect(jeanFrancois.abilities).toEqual(['pédagogiques']);
        expect(zoe.volunteer?.mode).toBe('échange');
        expect(zoe.designation).toMatchObject({ authority: 'hiérarchie', peers: true });
        expect(lea.situation).toBe('stage');
        expect(lea.targetFunction?.ref?.name).toBe('Infirmier');
        expect(lea.partner?.ref?.name).toBe('École');
        expect(lea.arrival).toBe('14/09/2026');
    });

    test('builds duos with periods, frequencies in every form, shares and missions', async () => {
        const { root } = await parseCorpus();
        const institution = root.elements.find(isInstitution) as Institution;
        const duos = institution.members.filter(isDuo) as Duo[];
        const [first, second, third, fourth] = duos;
        expect(first.tutor.ref?.name).toBe('Élodie');
        expect(first.tutee.ref?.name).toBe('Léa');
        expect(first.period).toMatchObject({ start: '14/09/2026', end: '18/12/2026' });
        expect(first.interviews).toMatchObject({ unit: 'semaine' });
        expect(first.sharedTime?.percent).toBe(50);
        expect(first.documents.map((item) => item.known ?? item.custom)).toEqual(['projet-institutionnel', 'règlement-ordre-intérieur', 'description-de-fonction', 'référentiel-de-compétences', 'Plan des lieux']);
        expect(first.mission).toMatchObject({ date: '01/09/2026', means: 'avenant', schedule: 'Lundi et mardi', timeArrangement: '3 heures' });
        expect(second.period).toMatchObject({ start: '01/09/2026', duration: { value: 6, unit: 'mois' } });
        expect(second.substitute?.ref?.name).toBe('Zoé');
        expect(second.interviews).toMatchObject({ every: 2, unit: 'semaines' });
        expect(second.firstContact).toBeDefined();
        expect(third.interviews).toMatchObject({ times: 2, unit: 'mois' });
        expect(fourth.interviews).toMatchObject({ every: 15, unit: 'jours' });
    });

    test('builds training paths: frameworks, competences by code or qualified name, placement, phases and their items', async () => {
        const { root } = await parseCorpus();
        const institution = root.elements.find(isInstitution) as Institution;
        const [path, other] = institution.members.filter(isTrainingPath) as TrainingPath[];
        expect(path.tutee.ref?.name).toBe('Léa');
        expect(path.frameworks[0].ref?.name).toBe('Réf');
        expect(path.targets.map((target) => target.ref?.title)).toEqual(['Accueillir', 'Compétence sans domaine']);
        expect(path.criteria[0].competence.ref?.name).toBe('C1');
        expect(path.placement).toMatchObject({ schedule: '8 h 30 – 16 h 30', insurance: 'Police de l\'école', priorContact: '04/06/2026' });
        expect(path.placement?.referent?.ref?.title).toBe('Catherine Dubois');
        expect(path.placement?.followUp).toMatchObject({ unit: 'mois' });
        expect(path.phases.map((phase) => [phase.kind, phase.title])).toEqual([['accueil', 'Accueillir'], ['accompagnement', 'Accompagner'], ['évaluation', undefined]]);
        expect(path.phases[1].duration).toMatchObject({ value: 9, unit: 'semaines' });
        const evaluation = path.phases[1].items[0];
        expect(evaluation).toMatchObject({ $type: 'Evaluation', kind: 'formative', date: '06/11/2026' });
        expect((evaluation as { evaluators: Array<{ ref?: { $type: string; name: string } }> }).evaluators.map((evaluator) => [evaluator.ref?.$type, evaluator.ref?.name]))
            .toEqual([['Person', 'Élodie'], ['Referent', 'Dubois'], ['Referent', 'Lambert']]);
        expect(path.phases[1].items[1]).toMatchObject({ $type: 'ProgressReview', withTutee: true, date: '13/11/2026' });
        expect(path.phases[0].items.map((item) => item.$type)).toEqual(['Activity', 'Activity', 'SelfEvaluation', 'SelfEvaluation']);
        expect(other.name).toBe('Sans-Titre');
        expect(other.targets[0].ref?.name).toBe('C1');
    });

    test('reads durations with number words and every unit of time', async () => {
        const { root } = await parseCorpus();
        const institution = root.elements.find(isInstitution) as Institution;
        const durations = (institution.members.filter(isPerson) as Person[]).filter((person) => /^P\d$/.test(person.name))
            .map((person) => [person.experience?.value, person.experience?.unit, person.seniority?.value, person.seniority?.unit]);
        expect(durations).toEqual([
            [1, 'an', 1, 'année'], [2, 'années', 5, 'trimestres'], [1, 'trimestre', 6, 'quinzaines'], [1, 'quinzaine', 7, 'jours'],
            [1, 'jour', 8, 'semaines'], [9, 'mois', 10, 'ans'], [4, 'semaines', 3, 'jours']
        ]);
    });

    test('reads texts in « », “ ” and " " quotes, joins wrapped lines and keeps paragraphs', async () => {
        const workspace = await buildWorkspace({
            'a.tutorat': 'référentiel R {\n    description « Première ligne\n        suite de la phrase.\n\n        Second paragraphe. »\n}\n'
        });
        const framework = (workspace.documents.get('a.tutorat')!.parseResult.value as Document).elements[0] as Framework;
        expect(framework.description).toBe('Première ligne suite de la phrase.\n\nSecond paragraphe.');
    });
});

function* streamGrammar(grammar: GrammarAST.Grammar): Generator<GrammarAST.AbstractElement> {
    const visit = function* (element: GrammarAST.AbstractElement): Generator<GrammarAST.AbstractElement> {
        yield element;
        if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            for (const child of element.elements) {
                yield* visit(child);
            }
        } else if (GrammarAST.isAssignment(element)) {
            yield* visit(element.terminal);
        }
    };
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule)) {
            yield* visit(rule.definition);
        }
    }
}

function exampleTexts(): string[] {
    return Object.entries(filesOf(new URL('../../examples/', import.meta.url).pathname)).filter(([file]) => file.endsWith('.tutorat')).map(([, text]) => text);
}
