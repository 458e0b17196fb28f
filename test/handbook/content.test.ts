import { beforeAll, describe, expect, test } from 'vitest';
import {
    describeThresholdSource, DAY_MS, EN_BREF, EffectiveCharter, formatSpan, isCharter, isCharterTemplate, isFramework, isInstitution, rangeOf,
    RuleQueries, RULES, SECTION_KEYS, STAKES, timelineOf, PHASES,
    type Charter, type CharterTemplate, type Document, type Framework, type TrainingPath
} from '@tutorat/language';
import type { LangiumDocument } from 'langium';
import type { HandbookFile } from '@tutorat/handbook';
import type { TestWorkspace } from '../support/workspace.js';
import { attribute, descendants, exampleHandbooks, handbook, handbooksOf, hasClass, Page, plain } from './support.js';

/** The examples' nodes, read from the workspace the handbooks were made from. */
function elementsOf(workspace: TestWorkspace) {
    const documents = [...workspace.documents.values()] as LangiumDocument[];
    const elements = documents.flatMap((document) => (document.parseResult.value as Document).elements);
    const institutions = elements.filter(isInstitution);
    const members = institutions.flatMap((institution) => institution.members);
    return {
        documents,
        charter: members.find(isCharter) as Charter,
        template: elements.find(isCharterTemplate) as CharterTemplate,
        framework: elements.find(isFramework) as Framework,
        paths: members.filter((member): member is TrainingPath => member.$type === 'TrainingPath'),
        duos: members.filter((member) => member.$type === 'Duo'),
        institutionDocuments: documents.filter((document) => (document.parseResult.value as Document).elements.some(isInstitution))
    };
}

describe('the institution handbook of the examples', () => {
    let workspace: TestWorkspace;
    let files: HandbookFile[];
    let page: Page;
    let examples: ReturnType<typeof elementsOf>;

    beforeAll(async () => {
        ({ workspace, files } = await exampleHandbooks());
        page = new Page(handbook(files, 'institution').html);
        examples = elementsOf(workspace);
    });

    test('gives one handbook per institution, one per duo and one per template, with plain file names', () => {
        expect(files.filter((file) => file.kind === 'institution')).toHaveLength(1);
        expect(files.filter((file) => file.kind === 'duo')).toHaveLength(examples.duos.length);
        expect(files.filter((file) => file.kind === 'template')).toHaveLength(1);
        for (const file of files) {
            expect(file.fileName).toMatch(/^[a-z0-9-]+\.html$/);
        }
        expect(new Set(files.map((file) => file.fileName)).size).toBe(files.length);
    });

    test('shows the charter’s stakes with their full labels, and says which sections come from the template', () => {
        const stakes = page.text(page.byId('charte')!);
        for (const stake of examples.charter.stakes!.items) {
            expect(stakes).toContain(plain(stake.known ? STAKES[stake.known].label.fr : stake.custom!));
        }
        const effective = new EffectiveCharter(examples.charter);
        for (const key of SECTION_KEYS.filter((section) => section !== 'tutorProfile')) {
            const heading = page.byId(`charte-${key}`)!;
            const inherited = effective.section(key)?.owner === examples.template;
            expect(page.text(heading).includes('repris du modèle'), key).toBe(inherited);
        }
    });

    test('gives the tutor profile’s thresholds with where each comes from', () => {
        const queries = new RuleQueries(workspace.shared.tutorat.WorkspaceFacts, undefined, workspace.shared.tutorat.Configuration.forDocument(examples.institutionDocuments[0].uri));
        const thresholds = queries.thresholds('LesTilleuls');
        const rows = descendants(page.byId('profil')!, 'tr').map((row) => page.text(row));
        const experience = rows.find((row) => row.startsWith('Expérience professionnelle'))!;
        expect(experience).toContain(formatSpan(thresholds.minExperience.value, 'fr'));
        expect(experience).toContain(describeThresholdSource(thresholds.minExperience.source, 'fr'));
        const seniority = rows.find((row) => row.startsWith('Ancienneté'))!;
        expect(seniority).toContain(describeThresholdSource(thresholds.minSeniority.source, 'fr'));
        // The charter sets its own experience for the day centre.
        expect(page.text(page.byId('profil')!)).toContain('Les seuils pour le service Centre de jour');
    });

    test('lists every duo with its tutor, tutee and period', () => {
        const duos = descendants(page.byId('personnes')!, 'table').find((table) => page.text(table).startsWith('Les duos'))!;
        const rows = descendants(duos, 'tr').slice(1).map((row) => page.text(row));
        expect(rows).toHaveLength(examples.duos.length);
        for (const duo of examples.duos as Array<{ tutor: { ref?: { title?: string } }; tutee: { ref?: { title?: string } } }>) {
            expect(rows.some((row) => row.includes(duo.tutor.ref!.title!) && row.includes(duo.tutee.ref!.title!))).toBe(true);
        }
    });

    test('says in the tutors’ table who designated each tutor, with their peers’ say, and the abilities recognised', () => {
        const tutors = descendants(page.byId('personnes')!, 'table').find((table) => page.text(table).startsWith('Les tuteurs'))!;
        const rows = descendants(tutors, 'tr').map((row) => page.text(row));
        expect(rows[0]).toContain('Choix, capacités et formation');
        const elodie = rows.find((row) => row.includes('Élodie Martin'))!;
        expect(elodie).toContain('Désignée par Nadia Lambert, avec l’avis de ses pairs');
        expect(elodie).toContain('Capacités reconnues : animation, formalisation, réflexivité, pédagogie');
        // Amina was chosen after a team discussion: her designation says no more than written.
        expect(rows.find((row) => row.includes('Amina El Idrissi'))).toContain('Désignée par Thomas Renard');
    });

    test('draws each path as its phases in the order written, with fr-BE dates', () => {
        examples.paths.forEach((path, index) => {
            const section = page.byId(`parcours-${index + 1}`)!;
            const timeline = descendants(section, 'ol').find((list) => hasClass(list, 'timeline'))!;
            const titles = descendants(timeline, 'h5').map((heading) => page.text(heading));
            expect(titles).toEqual(path.phases.map((phase) => plain(phase.title ?? PHASES[phase.kind].label.fr)));
            const first = timelineOf(path).phases[0].range!;
            expect(page.text(section)).toContain(first.start.toLocaleDateString('fr-BE', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }));
        });
    });

    test('turns the framework into grids with its scale as columns and a box to tick per level', () => {
        const grids = page.all('section').filter((section) => hasClass(section, 'grid'));
        const evaluations = examples.paths.flatMap((path) => path.phases.flatMap((phase) => phase.items)).filter((item) => item.$type === 'Evaluation');
        expect(grids).toHaveLength(evaluations.length);
        for (const grid of grids) {
            const levels = descendants(grid, 'th').filter((cell) => hasClass(cell, 'level')).map((cell) => page.text(cell));
            expect(levels).toEqual(examples.framework.scale!.levels.map(plain));
            const rows = descendants(grid, 'tbody').flatMap((body) => descendants(body, 'tr'));
            expect(rows.length).toBeGreaterThan(0);
            for (const row of rows) {
                expect(descendants(row, 'td').filter((cell) => hasClass(cell, 'tick'))).toHaveLength(levels.length);
            }
            expect(page.text(grid)).toMatch(/Date et signatures/);
        }
        // What the framework says a competence involves besides its gestures (« dimensions … ») is on its row.
        const row = grids.flatMap((grid) => descendants(grid, 'tr')).find((candidate) => page.text(candidate).includes('Administrer les traitements'));
        expect(page.text(row!)).toContain('À prendre en compte : santé, sécurité');
        // A placement's grid is also signed by the school's referent.
        const placement = grids.find((grid) => page.text(grid).includes('Léa Verhoeven'))!;
        expect(page.text(placement)).toContain('Référent de l’organisme partenaire · Catherine Dubois');
    });

    test('has one logbook page per weekly interview over the duo’s period', () => {
        const weekly = workspace.documents.get('les-tilleuls/duos.tutorat')!;
        const duo = (weekly.parseResult.value as Document).elements.filter(isInstitution)[0].members.find((member) => member.$type === 'Duo')!;
        const range = rangeOf((duo as { period?: Parameters<typeof rangeOf>[0] }).period)!;
        const expected = Math.floor((range.end!.getTime() - range.start.getTime()) / DAY_MS / 7) + 1;
        const logbook = page.byId('entretiens-1')!;
        const pages = descendants(logbook, 'section').filter((section) => hasClass(section, 'logbook-page'));
        expect(pages).toHaveLength(expected);
        expect(page.text(descendants(pages[0], 'h4')[0])).toBe('Entretien 1 sur 14 — prévu le 14/09/2026');
        expect(page.text(descendants(pages[1], 'h4')[0])).toBe('Entretien 2 sur 14 — prévu le 21/09/2026');
        // The duo's own handbook carries the same pages.
        const own = new Page(handbook(files, 'duo', 'les-tilleuls-elodie-lea.html').html);
        expect(own.all('section').filter((section) => hasClass(section, 'logbook-page'))).toHaveLength(expected);
    });

    test('checks the guide’s ten pieces of advice against the rules that list them and their open findings', () => {
        const list = descendants(page.byId('en-bref')!, 'ol').find((ol) => hasClass(ol, 'advice'))!;
        const items = list.childNodes.filter((node): node is typeof list => 'tagName' in node && node.tagName === 'li');
        expect(items).toHaveLength(EN_BREF.length);
        const openRules = new Set(examples.institutionDocuments.flatMap((document) => (document.diagnostics ?? []).map((diagnostic) => String(diagnostic.code))));
        items.forEach((item, index) => {
            const rules = RULES.filter((rule) => rule.guide?.enBref?.includes(index + 1));
            const status = page.text(descendants(item, 'span').find((span) => hasClass(span, 'status'))!);
            const expected = rules.length === 0 ? 'À évaluer en équipe' : rules.some((rule) => openRules.has(rule.id)) ? 'À travailler' : 'En place';
            expect(status, `conseil ${index + 1}`).toContain(expected);
            expect(page.text(item)).toContain(plain(EN_BREF[index].fr));
        });
    });

    test('lists every open finding in the annex with the rule’s title, the guide’s section and quote, and where it is', () => {
        const annex = page.text(page.byId('constats')!);
        const diagnostics = examples.institutionDocuments.flatMap((document) => (document.diagnostics ?? []).map((diagnostic) => ({ document, diagnostic })));
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const { document, diagnostic } of diagnostics) {
            const rule = RULES.find((candidate) => candidate.id === diagnostic.code)!;
            expect(annex).toContain(plain(rule.title.fr));
            expect(annex).toContain(plain(rule.guide!.quote));
            const message = String(diagnostic.message).replace(` (Guide pour le tutorat : ${rule.guide!.section.fr})`, '');
            expect(annex).toContain(plain(message));
            expect(annex).toContain(`${document.uri.path.split('/').slice(-2).join('/')}, ligne ${diagnostic.range.start.line + 1}`);
        }
    });

    test('prints French punctuation with non-breaking spaces', () => {
        const text = page.rawText().replace(/\u00A0/g, '~');
        expect(text).toContain('Vérifié par~:');
        expect(text).not.toMatch(/ [:;!?»]/);
        expect(text).not.toMatch(/« /);
    });

    test('links its table of contents to the parts', () => {
        const links = descendants(page.byId('sommaire')!, 'a').map((anchor) => attribute(anchor, 'href')!);
        expect(links.length).toBeGreaterThan(8);
        for (const href of links) {
            expect(page.byId(href.slice(1)), href).toBeDefined();
        }
    });
});

describe('the tutee’s handbook', () => {
    test('welcomes the tutee with the tutor, the people to know, the path, the grids and the logbook', async () => {
        const { files } = await exampleHandbooks();
        const page = new Page(handbook(files, 'duo', 'les-tilleuls-elodie-lea.html').html);
        expect(page.text(page.byId('bienvenue')!)).toContain('Élodie Martin vous accompagne comme tutrice du 14/09/2026 au 18/12/2026');
        const people = page.byId('personnes')!;
        expect(page.text(people)).toContain('Catherine Dubois');
        expect(descendants(people, 'a').map((anchor) => attribute(anchor, 'href'))).toContain('mailto:catherine.dubois@helha.be');
        expect(page.text(page.byId('parcours')!)).toContain('Stage de 3e bachelier éducateur spécialisé');
        expect(page.all('section').filter((section) => hasClass(section, 'grid'))).toHaveLength(2);
        // Documents not given yet are to be asked for.
        expect(page.text(page.byId('bienvenue')!)).toContain('Référentiel de compétences (remis)');
    });
});

describe('« Qui vous accompagne » in the tutee’s handbook', () => {
    test('shows the supervisor’s review, the team’s briefing and role, and whom to alert, in French and English', async () => {
        const fr = new Page(handbook((await exampleHandbooks()).files, 'duo', 'les-tilleuls-elodie-lea.html').html);
        const support = fr.text(fr.byId('accompagnement')!);
        expect(support).toContain('fait le point avec votre tuteur sur sa mission et votre progression');
        expect(support).toContain('Mission d’Élodie et progression de Léa'.replace('’', "'"));
        expect(support).toContain('L’équipe a été informée de votre arrivée le');
        expect(support).toContain('Présentation de Léa en réunion d’équipe'.replace('’', "'"));
        expect(support).toContain('en réunion du lundi');
        expect(support).toMatch(/Prévenez Élodie Martin ou \S/);
        const en = new Page(handbook((await exampleHandbooks('en')).files, 'duo', 'les-tilleuls-elodie-lea.html').html);
        const supportEn = en.text(en.byId('accompagnement')!);
        expect(supportEn).toContain('reviews your tutor’s mission and your progress with them');
        expect(supportEn).toContain('The team was told about your arrival on');
        expect(supportEn).toMatch(/Tell Élodie Martin or \S/);
        expect(en.text()).toContain('Who supports you');
    });

    test('shows the exchanges the charter plans before an arrival, and the tutor’s own reflection on the function', async () => {
        const { files } = await exampleHandbooks();
        const lea = new Page(handbook(files, 'duo', 'les-tilleuls-elodie-lea.html').html);
        const support = lea.text(lea.byId('accompagnement')!);
        expect(support).toContain('Avant votre arrivée');
        expect(support).toContain('se réunissent deux semaines avant chaque arrivée');
        // Léa is sent by the Haute École: the exchange with the partners concerns her.
        expect(support).toContain('Avec votre école ou organisme de formation — Rencontre de préparation avec la Haute École');
        expect(support).toContain('fait aussi régulièrement le point sur sa fonction de tuteur');
        expect(support).toMatch(/Entretien avec Nadia \S+ \(chaque année\) — Entretien d.évolution/);
        expect(support).toContain('Auto-évaluation (chaque mois)');
        // Karim is a new worker: no school to exchange with.
        const karim = new Page(handbook(files, 'duo', 'les-tilleuls-francois-karim.html').html);
        const karimSupport = karim.text(karim.byId('accompagnement')!);
        expect(karimSupport).toContain('se réunissent deux semaines avant chaque arrivée');
        expect(karimSupport).not.toContain('Rencontre de préparation avec la Haute École');
        expect(karimSupport).toContain('Échanges entre tuteurs (chaque trimestre) — Intervision des tuteurs');
    });

    test('is left out, heading included, when the duo and the charter say none of it', async () => {
        const { files } = await handbooksOf({ 'seule.tutorat': 'institution Seule { charte { } tuteur Paul tutoré Solo duo Paul accompagne Solo }\n' });
        const page = new Page(handbook(files, 'duo').html);
        expect(page.byId('accompagnement')).toBeUndefined();
        expect(page.text()).not.toContain('Qui vous accompagne');
    });
});

describe('the partner organisations in the institution handbook', () => {
    test('show each hosting partner’s duties and the role sharing between tutor and referent, in French and English', async () => {
        const fr = new Page(handbook((await exampleHandbooks()).files, 'institution').html);
        const partners = fr.text(fr.byId('partenaires')!);
        expect(partners).toContain('Signalement des problèmes');
        expect(partners).toContain('prévient Élodie dans la journée');
        expect(partners).toContain('Participation à l’évaluation');
        expect(partners).toContain('Répartition des rôles');
        expect(partners).toContain('tient le carnet de bord');
        expect(partners).toContain('conduit l');
        const en = new Page(handbook((await exampleHandbooks('en')).files, 'institution').html);
        const partnersEn = en.text(en.byId('partenaires')!);
        expect(partnersEn).toContain('Reporting problems');
        expect(partnersEn).toContain('Role sharing');
    });

    test('are left out when no path has a placement', async () => {
        const { files } = await handbooksOf({ 'seule.tutorat': 'institution Seule { charte { } tuteur Paul tutoré Solo duo Paul accompagne Solo }\n' });
        const page = new Page(handbook(files, 'institution').html);
        expect(page.byId('partenaires')).toBeUndefined();
    });
});

describe('the template handbook', () => {
    test('highlights what members must complete, with the template’s hints', async () => {
        const { workspace, files } = await exampleHandbooks();
        const page = new Page(handbook(files, 'template').html);
        const template = elementsOf(workspace).template;
        const hints = [...new EffectiveCharter(template).openTodos()].map(({ node }) => plain(node.hint ?? ''));
        expect(hints.length).toBeGreaterThan(0);
        const boxes = page.all().filter((element) => hasClass(element, 'todo')).map((element) => page.text(element));
        for (const hint of hints) {
            expect(boxes.filter((box) => box.includes(hint)).length, hint).toBeGreaterThanOrEqual(2);
        }
        expect(page.text(page.byId('institutions')!)).toContain('ASBL Les Tilleuls');
    });

    test('shows inherited parts with the template they come from', async () => {
        const parent = `modèle de charte Base « Modèle de base » {
    enjeux réflexivité
    suppléance « Le collègue le plus ancien remplace le tuteur. »
}
`;
        const child = `modèle de charte Fille « Modèle de la fédération » étend Base {
    situations stage
    sensibilisation des équipes à compléter « Dites comment vous informez les équipes. »
}
`;
        const { files } = await handbooksOf({ 'base.tutorat': parent, 'fille.tutorat': child });
        const page = new Page(handbook(files, 'template', 'modele-fille.html').html);
        expect(page.text(page.byId('charte-replacement')!)).toContain('repris du modèle « Modèle de base »');
        expect(page.text(page.byId('charte-situations')!)).not.toContain('repris du modèle');
        expect(page.text(page.byId('a-completer')!)).toContain('Dites comment vous informez les équipes.');
    });
});

describe('the handbooks in English', () => {
    test('use English headings, labels and dates, with lang="en"', async () => {
        const { files } = await exampleHandbooks('en');
        const page = new Page(handbook(files, 'institution').html);
        const html = page.all('html')[0];
        expect(attribute(html, 'lang')).toBe('en');
        expect(page.text(page.byId('charte')!)).toContain('The tutoring charter');
        expect(page.text(page.byId('charte')!)).toContain(STAKES['formation-des-stagiaires'].label.en);
        expect(page.text()).toContain('Interview 1 of 14 — planned on 14/09/2026');
    });
});
