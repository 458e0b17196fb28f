/**
 * Realistic Tutorat workspaces for benchmarks and robustness tests, generated from a seed: the same
 * seed always gives the same files. A workspace looks like the sector's: federations publish charter
 * templates (one extending a sector-wide template) with their configuration preset; consultants write
 * competence frameworks; institutions extend a template in their charter and spread their people,
 * duos and training paths over many files, citing frameworks of another folder.
 */

export interface WorkspaceSpec {
    /** Federations (each one template extending the sector template, and one preset). */
    readonly federations: number;
    readonly frameworks: number;
    /** The files of each institution (at least 2: charter and organisation). */
    readonly institutions: readonly InstitutionSpec[];
}

export interface InstitutionSpec {
    readonly name: string;
    /** Number of `.tutorat` files; the institution is written in one file when it is 1. */
    readonly files: number;
    /** Number of tutees (each gets a duo; about half get a training path). */
    readonly tutees: number;
    /** Adds the probe used to time a cross-file finding (see {@link PROBE}). */
    readonly probe?: boolean;
    /** Share of tutees with a training path (0.5 by default). */
    readonly pathShare?: number;
    /** Share of duos with a formalised mission block (0.5 by default). */
    readonly missionShare?: number;
    /** Tutees per tutor (1.6 by default). */
    readonly tuteesPerTutor?: number;
}

/** What the benchmark edits to make a cross-file finding appear, in an institution generated with `probe`. */
export const PROBE = {
    tutor: 'Sonde',
    /** A tutee declared without a duo: the edit gives them one. */
    spareTutee: 'ZoéSonde',
    /** The file (relative to the institution's folder) holding the probe tutor's two duos. */
    duosFile: 'duos/duos-sonde.tutorat',
    /** The file the edit adds a duo to. */
    editedFile: 'duos/duos-nouveaux.tutorat',
    /** The duo that, added to {@link editedFile}, gives the probe tutor a third simultaneous tutee. */
    addedDuo: '    duo Sonde accompagne ZoéSonde { période du 01/08/2026 au 30/11/2026 }\n'
} as const;

export type GeneratedFiles = Record<string, string>;

/** The workspaces the benchmark measures. */
export const BENCH_WORKSPACES: Readonly<Record<string, WorkspaceSpec>> = {
    'fichiers-10': { federations: 1, frameworks: 1, institutions: [{ name: 'LesTilleuls', files: 7, tutees: 16, probe: true }] },
    'fichiers-100': {
        federations: 2,
        frameworks: 3,
        institutions: [
            { name: 'LesTilleuls', files: 32, tutees: 70, probe: true },
            { name: 'LaSource', files: 32, tutees: 70 },
            { name: 'LeRelais', files: 30, tutees: 65 }
        ]
    },
    'fichiers-1000': {
        federations: 3,
        frameworks: 8,
        institutions: [
            // One large institution (a network of services), and the members of the federations.
            { name: 'GrandRéseau', files: 388, tutees: 880, probe: true },
            ...Array.from({ length: 20 }, (_, index) => ({ name: `Institution${index + 1}`, files: 30, tutees: 66 }))
        ]
    },
    // One institution of 200 duos in a single file (also the handbook's benchmark): few paths, short duos.
    'fichier-5000-lignes': { federations: 1, frameworks: 1, institutions: [{ name: 'LesGlycines', files: 1, tutees: 198, probe: true, pathShare: 0.1, missionShare: 0.2, tuteesPerTutor: 2 }] }
};

/** Small deterministic pseudo-random generator (mulberry32): same seed, same workspace. */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    shuffle<T>(items: T[]): T[] {
        for (let index = items.length - 1; index > 0; index--) {
            const other = Math.floor(this.next() * (index + 1));
            [items[index], items[other]] = [items[other], items[index]];
        }
        return items;
    }
}

const FIRST_NAMES = ['Élodie', 'François', 'Amina', 'Léa', 'Karim', 'Sophie', 'Julie', 'Thomas', 'Nadia', 'Zoé', 'Hélène', 'Jérôme', 'Chloé', 'Noémie', 'Gaëlle', 'Loïc', 'Anaïs', 'Benoît', 'Céline', 'Mathéo', 'Inès', 'Joël', 'Maëlle', 'Raphaël', 'Ségolène', 'Théo', 'Aurélie', 'Cédric', 'Françoise', 'Yannick'];
const LAST_NAMES = ['Martin', 'Lemaire', 'El Idrissi', 'Verhoeven', 'Benali', 'Claes', 'Peeters', 'Renard', 'Lambert', 'Dumont', 'Dubois', 'Janssens', 'Mertens', 'Willems', 'Lejeune', 'Goossens', 'Wouters', 'Collard', 'Delvaux', 'François'];
const FUNCTIONS = [
    { name: 'Éducateur', title: 'Éducateur spécialisé / éducatrice spécialisée', diploma: 'bachelier', similar: 'AideSoignant' },
    { name: 'AideSoignant', title: 'Aide-soignant / aide-soignante', diploma: 'CQ7', similar: undefined },
    { name: 'Infirmier', title: 'Infirmier / infirmière bachelier(e)', diploma: 'bachelier', similar: undefined },
    { name: 'Animateur', title: 'Animateur / animatrice', diploma: 'CESS', similar: 'Éducateur' },
    { name: 'Logopède', title: 'Logopède', diploma: 'bachelier', similar: undefined }
] as const;
const SERVICES = [['Hébergement', 'Hébergement — unités de vie'], ['CentreDeJour', 'Centre de jour'], ['Soins', 'Soins infirmiers'], ['Animation', 'Animation et vie sociale'], ['Accueil', 'Accueil et admissions']] as const;
const SITUATIONS = ['stage', 'stage', 'nouveau-travailleur', 'nouveau-travailleur', 'réintégration', 'changement-de-fonction', 'alternance'] as const;
const STAKES = ['formation-des-stagiaires', 'lien-formation-terrain', 'intégration-nouveaux-travailleurs', 'réintégration-après-absence', 'transmission-culture', 'compétences-sensibles', 'réflexivité'];
const DOMAINS = [['Relation', 'Accueil et relation'], ['Quotidien', 'Accompagnement du quotidien'], ['Projet', 'Projet individualisé et vie sociale'], ['Équipe', 'Travail en équipe et sécurité'], ['Soins', 'Soins et santé'], ['Communication', 'Communication professionnelle']] as const;
const VERBS = ['Accueillir', 'Accompagner', 'Observer', 'Transmettre', 'Appliquer', 'Animer', 'Évaluer', 'Prévenir', 'Soutenir', 'Organiser'];
const OBJECTS = ['la personne accompagnée', 'les proches', 'les actes de la vie quotidienne', 'les informations à l’équipe', 'les procédures de sécurité', 'une activité de groupe', 'les besoins de la personne', 'les risques de chute', 'l’autonomie de la personne', 'le projet individualisé'];

function date(day: number, month: number, year: number): string {
    return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A day of the 2026-2027 working year, counted from 01/08/2026. */
function dayOfYear(offset: number): { day: number; month: number; year: number; text: string } {
    const value = new Date(Date.UTC(2026, 7, 1 + offset));
    const result = { day: value.getUTCDate(), month: value.getUTCMonth() + 1, year: value.getUTCFullYear() };
    return { ...result, text: date(result.day, result.month, result.year) };
}

function templateName(index: number): string {
    return `CP${['319', '332', '330', '318'][index % 4]}${index >= 4 ? `-${index}` : ''}`;
}

function frameworkName(index: number): string {
    return `Référentiel${index + 1}`;
}

function competenceCode(domain: number, index: number): string {
    return `${DOMAINS[domain % DOMAINS.length][0].slice(0, 3).toUpperCase()}${index + 1}`;
}

function sectorTemplate(): string {
    return `// Le socle commun des modèles de charte du secteur, que chaque fédération étend.

modèle de charte Secteur « Socle commun du tutorat dans le non-marchand » {
    description « Ce que toutes les fédérations du secteur demandent à leurs membres. »
    situations stage, alternance, nouveau-travailleur, changement-de-fonction, réintégration
    plan de formation {
        formation initiale « Formation de base au tutorat (3 jours) avant d'exercer la fonction. »
        formation complémentaire « Selon le public accompagné. »
    }
    communauté des tuteurs « Rencontres sectorielles de tuteurs deux fois par an. »
}
`;
}

function federationTemplate(index: number, random: Random): string {
    const name = templateName(index);
    const stakes = random.shuffle([...STAKES]).slice(0, random.int(3, 6)).join(', ');
    return `// Modèle de charte publié par la fédération ${index + 1} : ses membres l'étendent.

modèle de charte ${name} « Modèle de charte du tutorat — fédération ${index + 1} » étend Secteur {
    commission paritaire « ${['319.02', '332', '330', '318.01'][index % 4]} »
    fédération « Fédération ${index + 1} des services pour adultes (exemple) »
    version « 2026 »
    enjeux ${stakes}
    ressources {
        temps dédié à compléter « Indiquez le temps de travail consacré au tutorat. »
        formations « Accès des tuteurs au programme de formation sectoriel au tutorat. »
        équipement pédagogique « Carnet de bord du tuteur, grilles d'évaluation. »
        légitimité « La mission de tuteur est annoncée à l'équipe par la direction. »
        reconnaissance à compléter « Précisez comment l'institution reconnaît la fonction de tuteur. »
    }
    modalités à compléter « Décrivez comment les tuteurs sont désignés et les duos formés. »
    profil du tuteur {
        expérience minimale 2 ans
        ancienneté minimale 1 an
        tutorés simultanés maximum 2
    }
    projet institutionnel à compléter « Citez le chapitre de votre projet institutionnel. »
    engagements {
        direction « Donner du sens au tutorat et lui consacrer des moyens. »
        encadrement « Choisir les tuteurs parmi les volontaires et limiter le nombre de tutorés. »
        tuteur « Accueillir, accompagner, former et évaluer le tutoré. »
        tutoré « S'impliquer dans son parcours et s'auto-évaluer régulièrement. »
        organisme partenaire « Définir la durée, l'horaire, les objectifs et l'évaluation du stage. »
    }
    temps de tutorat à compléter « Précisez le volume de temps dédié et sa formalisation. »
    suppléance à compléter « Précisez qui remplace le tuteur absent. »
    sensibilisation des équipes à compléter « Décrivez comment les équipes sont informées. »
    partenariats à compléter « Citez vos conventions avec les écoles. »
    valorisation {
        entretiens « La mission de tuteur est abordée dans les entretiens de fonctionnement. »
        témoignages « Des témoignages sont diffusés chaque année. »
    }
    après le tutorat {
        analyse des résultats « Bilan annuel des effets du tutorat. »
        échanges avec les partenaires « Rencontre de fin d'année avec les écoles. »
        améliorations « Pistes d'amélioration pour le cycle suivant. »
    }
}
`;
}

function preset(index: number): string {
    return `{
  // Préréglage de la fédération ${index + 1}.
  "rules": { "duo/premier-contact": "warning" },
  "thresholds": { "minExperience": "2 ans", "maxTutees": 2 }
}
`;
}

interface FrameworkModel {
    readonly name: string;
    readonly competences: readonly string[];
}

function framework(index: number, random: Random): { text: string; model: FrameworkModel } {
    const name = frameworkName(index);
    const competences: string[] = [];
    const lines = [`// Référentiel de compétences n° ${index + 1}, rédigé par un consultant.`, '', `référentiel ${name} « Référentiel de compétences ${index + 1} — accompagnement d'adultes » {`,
        `    auteur « Atelier Compétences & Formation (consultance) »`, `    version « 2026.${index + 1} »`,
        `    échelle « Non vu », « Débutant », « En cours d'acquisition », « Autonome »`, ''];
    const domainCount = random.int(3, 6);
    for (let domain = 0; domain < domainCount; domain++) {
        const [domainName, domainTitle] = DOMAINS[domain];
        lines.push(`    domaine ${domainName} « ${domainTitle} » {`);
        for (let competence = 0; competence < random.int(3, 6); competence++) {
            const code = competenceCode(domain, competence);
            competences.push(code);
            lines.push(`        compétence ${code} « ${random.pick(VERBS)} ${random.pick(OBJECTS)} » {`,
                `            savoirs « ${random.pick(OBJECTS)} : notions de base »`,
                `            savoir-faire « ${random.pick(VERBS)} ${random.pick(OBJECTS)} »`,
                `            savoir-être « ${random.pick(['Écoute', 'Rigueur', 'Patience', 'Bienveillance', 'Vigilance'])} »`,
                `            critère « ${random.pick(VERBS)} ${random.pick(OBJECTS)} selon la procédure » {`,
                `                indicateur « La procédure est suivie étape par étape »`,
                `                indicateur « La personne connaît son interlocuteur »`,
                '            }', '        }');
        }
        lines.push('    }', '');
    }
    lines.push('}', '');
    return { text: lines.join('\n'), model: { name, competences } };
}

interface PersonModel {
    readonly name: string;
    readonly title: string;
    readonly function: string;
    readonly service: string;
}

interface TuteeModel extends PersonModel {
    readonly situation: (typeof SITUATIONS)[number];
    readonly start: number;
    readonly weeks: number;
}

interface DuoModel {
    readonly tutor: PersonModel;
    readonly tutee: TuteeModel;
    readonly substitute?: PersonModel;
}

/** The people, duos and paths of one institution, then written over its files. */
function institutionFiles(spec: InstitutionSpec, templateIndex: number, frameworks: readonly FrameworkModel[], random: Random): GeneratedFiles {
    const unique = (base: string, index: number) => `${base}${index}`;
    const services = SERVICES.slice(0, Math.min(SERVICES.length, 2 + Math.floor(spec.tutees / 60)));
    const personTitle = () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const heads = services.map(([service], index) => ({ name: unique('Cheffe', index + 1), title: personTitle(), function: 'Éducateur', service }));
    const tutorCount = Math.max(2, Math.ceil(spec.tutees / (spec.tuteesPerTutor ?? 1.6)));
    const tutors: PersonModel[] = Array.from({ length: tutorCount }, (_, index) => {
        const fn = random.pick(FUNCTIONS);
        return { name: unique(random.pick(FIRST_NAMES), index + 1), title: personTitle(), function: fn.name, service: random.pick(services)[0] };
    });
    const tutees: TuteeModel[] = Array.from({ length: spec.tutees }, (_, index) => {
        const fn = random.pick(FUNCTIONS);
        return {
            name: unique(`${random.pick(FIRST_NAMES)}T`, index + 1), title: personTitle(), function: fn.name, service: random.pick(services)[0],
            situation: random.pick(SITUATIONS), start: random.int(30, 120), weeks: random.int(8, 24)
        };
    });
    // Each tutor takes tutees in turn, so that most tutors have one or two at the same time.
    const duos: DuoModel[] = tutees.map((tutee, index) => {
        const tutor = tutors[index % tutorCount];
        const substitute = random.chance(0.85) ? tutors[(index + 7) % tutorCount] : undefined;
        return { tutor, tutee, substitute: substitute === tutor ? undefined : substitute };
    });
    const partner = { name: 'HELHa', referent: 'Dubois' };
    const blocks = {
        charter: charterBlock(spec, templateIndex),
        organisation: organisationBlock(services, heads, partner),
        people: [...tutors.map((tutor) => tutorBlock(tutor, random)),
            ...tutees.map((tutee) => tuteeBlock(tutee, partner.name, random))],
        duos: duos.map((duo) => duoBlock(duo, spec.missionShare ?? 0.5, random)),
        paths: tutees.filter((_, index) => Math.floor((index + 1) * (spec.pathShare ?? 0.5)) > Math.floor(index * (spec.pathShare ?? 0.5))).map((tutee, index) => pathBlock(tutee, heads, duos.find((duo) => duo.tutee === tutee)!.tutor, frameworks[index % frameworks.length], partner, random))
    };
    const probe = spec.probe ? probeBlocks(services[0][0]) : undefined;
    const header = (what: string) => `// ${what} — ${spec.name}.\n\ninstitution ${spec.name} {\n`;
    const wrap = (what: string, parts: readonly string[]) => `${header(what)}${parts.join('\n')}}\n`;
    if (spec.files === 1) {
        const parts = [blocks.charter, blocks.organisation, ...blocks.people, ...(probe ? [probe.people, probe.duos] : []), ...blocks.duos, ...blocks.paths];
        return { [`${spec.name}.tutorat`]: `${header('Toute l’institution en un fichier').replace(/\{\n$/, `« ${spec.name} (un seul fichier) » {\n`)}${parts.join('\n')}}\n` };
    }
    const files: GeneratedFiles = {
        'charte.tutorat': `${header('La charte du tutorat').replace(/\{\n$/, `« ${spec.name} » {\n    adresse « Rue des Tilleuls 12, 5000 Namur »\n`)}${blocks.charter}}\n`,
        'organisation.tutorat': wrap('Services, fonctions, encadrement et partenaires', [blocks.organisation]),
        'tutorat.json': `{\n  "extends": "../../federation-${templateIndex + 1}/tutorat-federation.json",\n  "rules": { "parcours/bilan-encadrement": "warning" }\n}\n`
    };
    // The probe's people join the first people file; its duos and the edited file are two more files.
    const remaining = spec.files - 2 - (probe ? 2 : 0);
    const peopleFiles = Math.max(1, Math.floor(remaining * 0.35));
    const duoFiles = Math.max(1, Math.floor(remaining * 0.35));
    const pathFiles = Math.max(1, remaining - peopleFiles - duoFiles);
    const spread = (folder: string, prefix: string, count: number, items: readonly string[], what: string, first: readonly string[] = []) => {
        for (let file = 0; file < count; file++) {
            const part = [...(file === 0 ? first : []), ...items.filter((_, index) => index % count === file)];
            files[`${folder}/${prefix}-${String(file + 1).padStart(3, '0')}.tutorat`] = wrap(`${what} (${file + 1}/${count})`, part);
        }
    };
    // People, duos and paths are shuffled so that a duo file cites people of many people files.
    spread('personnes', 'personnes', peopleFiles, random.shuffle([...blocks.people]), 'Les personnes', probe ? [probe.people] : []);
    spread('duos', 'duos', duoFiles, random.shuffle([...blocks.duos]), 'Les duos');
    spread('parcours', 'parcours', pathFiles, random.shuffle([...blocks.paths]), 'Les parcours');
    if (probe) {
        files[PROBE.duosFile] = wrap('Les duos de la tutrice de la mesure', [probe.duos]);
        files[PROBE.editedFile] = wrap('Les duos à venir', []);
    }
    return files;
}

function probeBlocks(service: string): { people: string; duos: string } {
    return {
        people: `    tutrice ${PROBE.tutor} « Sonde de mesure » {
        fonction Éducateur
        service ${service}
        expérience 9 ans
        ancienneté 6 ans
        volontaire spontanément
        désignée par la direction, équipe consultée
        capacités animation, pédagogie
        formation au tutorat en 2023
    }
    tutorée LéaSonde { situation nouveau-travailleur fonction visée Éducateur }
    tutoré KarimSonde { situation nouveau-travailleur fonction visée Éducateur }
    tutorée ${PROBE.spareTutee} { situation nouveau-travailleur fonction visée Éducateur }
`,
        duos: `    duo ${PROBE.tutor} accompagne LéaSonde { période du 01/09/2026 au 31/12/2026 }
    duo ${PROBE.tutor} accompagne KarimSonde { période du 15/09/2026 au 31/01/2027 }
`
    };
}

function charterBlock(spec: InstitutionSpec, templateIndex: number): string {
    return `    charte « Charte du tutorat — ${spec.name} » étend ${templateName(templateIndex)} {
        version « 2026-2027 »
        adoptée le 24/06/2026
        ressources {
            temps dédié « 3 heures par semaine et par tutoré, inscrites à l'horaire du tuteur. »
            formations « Formation de base au tutorat pour chaque nouveau tuteur. »
            équipement pédagogique « Carnet de bord du tuteur, grilles d'évaluation. »
            légitimité « La direction présente chaque tuteur à l'équipe. »
            reconnaissance « Le tutorat est valorisé dans l'entretien annuel. »
        }
        modalités {
            désignation des tuteurs « Appel à candidatures chaque année en juin. »
            constitution des duos « La cheffe éducatrice forme les duos selon la fonction apprise. »
            planification du tutorat « Les temps de tutorat sont inscrits au planning mensuel. »
        }
        profil du tuteur {
            expérience minimale 3 ans
        }
        projet institutionnel « Le tutorat est inscrit au chapitre 5 du projet institutionnel. »
        temps de tutorat {
            volume 3 heures par semaine
            formalisé par « un avenant au contrat de travail de chaque tuteur »
            compté dans la charge de travail
        }
        suppléance « La cheffe éducatrice désigne un suppléant parmi les tuteurs formés. »
        sensibilisation des équipes « Présentation du tutorat en réunion générale chaque septembre. »
        partenariats {
            convention avec HELHa « Convention de stage annuelle avec la Haute École. »
        }
    }
`;
}

function organisationBlock(services: ReadonlyArray<readonly [string, string]>, heads: readonly PersonModel[], partner: { name: string; referent: string }): string {
    const lines: string[] = [];
    services.forEach(([name, title], index) => lines.push(`    service ${name} « ${title} » {`, `        responsable ${heads[index].name}`, '    }'));
    for (const fn of FUNCTIONS) {
        lines.push(`    fonction ${fn.name} « ${fn.title} » {`, `        qualification requise ${fn.diploma}`, ...(fn.similar ? [`        similaire à ${fn.similar}`] : []), '    }');
    }
    lines.push('    personne Direction « Christine Dumont » {', '        rôle direction', '        courriel « direction@exemple.be »', '    }');
    for (const head of heads) {
        lines.push(`    personne ${head.name} « ${head.title} » {`, '        rôle encadrement, référent-tuteurs', `        fonction ${head.function}`, '        supérieur hiérarchique Direction', '    }');
    }
    lines.push(`    organisme partenaire ${partner.name} « Haute École Louvain en Hainaut » {`, '        type enseignement', '        adresse « Chaussée de Binche 159, 7000 Mons »',
        `        référente ${partner.referent} « Catherine Dubois » {`, '            fonction « Maîtresse de formation pratique »', '            courriel « catherine.dubois@helha.be »', '        }', '    }');
    return lines.join('\n') + '\n';
}

function tutorBlock(tutor: PersonModel, random: Random): string {
    const fn = FUNCTIONS.find((candidate) => candidate.name === tutor.function)!;
    const trained = random.chance(0.9) ? `        formation au tutorat « Formation de base au tutorat (3 jours) » en ${random.int(2015, 2025)}\n` : '';
    const kind = random.chance(0.5) ? 'tutrice' : 'tuteur';
    return `    ${kind} ${tutor.name} « ${tutor.title} » {
        fonction ${tutor.function}
        service ${tutor.service}
        expérience ${random.int(2, 20)} ans
        ancienneté ${random.int(1, 15)} ans
        qualification ${fn.diploma}
        volontaire ${random.pick(['spontanément', 'après appel à candidatures', 'après échange en équipe'])}
        ${kind === 'tutrice' ? 'désignée' : 'désigné'} par la direction, équipe consultée
        capacités animation, pédagogie
${trained}        formation continue « Intervision trimestrielle des tuteurs »
        temps dédié 3 heures par semaine
    }
`;
}

function tuteeBlock(tutee: TuteeModel, partner: string, random: Random): string {
    const fn = FUNCTIONS.find((candidate) => candidate.name === tutee.function)!;
    const extra = tutee.situation === 'stage' || tutee.situation === 'alternance' ? `        organisme ${partner}\n` : `        service ${tutee.service}\n`;
    const profile = tutee.situation === 'réintégration' ? '        profil spécifique retour-de-maladie\n' : '';
    return `    ${random.chance(0.5) ? 'tutorée' : 'tutoré'} ${tutee.name} « ${tutee.title} » {
        situation ${tutee.situation}
        fonction visée ${tutee.function}
        qualification visée ${fn.diploma}
${extra}${profile}        arrivée le ${dayOfYear(tutee.start).text}
    }
`;
}

function duoBlock(duo: DuoModel, missionShare: number, random: Random): string {
    const start = dayOfYear(duo.tutee.start);
    const end = dayOfYear(duo.tutee.start + duo.tutee.weeks * 7);
    const contact = dayOfYear(duo.tutee.start - random.int(5, 20));
    const lines = [`    duo ${duo.tutor.name} accompagne ${duo.tutee.name} {`, `        période du ${start.text} au ${end.text}`];
    if (duo.substitute) {
        lines.push(`        ${random.chance(0.5) ? 'suppléant' : 'suppléante'} ${duo.substitute.name}`);
    }
    lines.push(`        entretiens ${random.pick(['chaque semaine', 'chaque semaine', 'toutes les deux semaines'])}`);
    if (random.chance(0.8)) {
        lines.push(`        temps commun ${random.pick([50, 50, 60, 40])} %`);
    }
    lines.push(`        premier contact le ${contact.text} « Visite de l'institution avant l'arrivée. »`, '        documents remis projet-institutionnel, règlement-ordre-intérieur, description-de-fonction');
    if (random.chance(missionShare)) {
        lines.push('        mission {', `            formalisée le ${contact.text} par « avenant au contrat de travail »`, `            durée ${duo.tutee.weeks} semaines`,
            '            horaire « Selon l\'horaire de l\'unité »', '            activités « Accueil, accompagnement au quotidien, entretiens »', '            aménagement du temps « 3 heures par semaine »', '        }');
    }
    lines.push('    }');
    return lines.join('\n') + '\n';
}

function pathBlock(tutee: TuteeModel, heads: readonly PersonModel[], tutor: PersonModel, framework: FrameworkModel, partner: { name: string; referent: string }, random: Random): string {
    const targets = random.shuffle([...framework.competences]).slice(0, random.int(3, 5));
    const start = tutee.start;
    const end = start + tutee.weeks * 7 - 1;
    const at = (offset: number) => dayOfYear(Math.min(end, start + offset)).text;
    const qualified = random.chance(0.3);
    const cite = (codes: readonly string[]) => codes.map((code) => qualified ? `${framework.name}.${code}` : code).join(', ');
    const head = heads.find((candidate) => candidate.service === tutee.service) ?? heads[0];
    const lines = [`    parcours Parcours${tutee.name} « Parcours de ${tutee.title} » pour ${tutee.name} {`];
    if (!qualified) {
        lines.push(`        référentiel ${framework.name}`);
    }
    lines.push(`        période du ${dayOfYear(start).text} au ${dayOfYear(end).text}`, `        compétences visées ${cite(targets)}`);
    if (tutee.situation === 'stage') {
        lines.push(`        stage avec ${partner.name} {`, `            durée ${tutee.weeks} semaines`, '            horaire « Lundi, mardi et jeudi »',
            '            objectifs « Prendre progressivement en charge l\'accompagnement quotidien. »', `            compétences ${cite(targets)}`,
            '            évaluation « Grille commune Haute École – institution. »', `            référente ${partner.referent}`,
            '            assurance « Police de la Haute École. »', `            contact préalable le ${dayOfYear(start - 10).text}`, '            suivi toutes les quatre semaines', '        }');
    }
    const welcome = Math.max(1, Math.floor(tutee.weeks / 6));
    const last = Math.max(1, Math.floor(tutee.weeks / 6));
    const middle = Math.max(1, tutee.weeks - welcome - last);
    lines.push(`        phase accueil « Accueillir et intégrer » pendant ${welcome} semaines {`,
        `            activité « Visite des unités et présentation à l'équipe » le ${at(0)} développe ${cite(targets.slice(0, 1))}`,
        '            auto-évaluation chaque semaine « Carnet de bord partagé avec le tuteur »', '        }',
        `        phase accompagnement « Accompagner et former » pendant ${middle} semaines {`,
        ...targets.map((code) => `            activité « ${random.pick(VERBS)} ${random.pick(OBJECTS)} » développe ${cite([code])}`),
        `            évaluation formative « Point de mi-parcours » le ${at(welcome * 7 + Math.floor(middle * 3.5))} par ${tutor.name} sur ${cite(targets.slice(0, 2))}`,
        `            bilan avec ${head.name} le ${at(welcome * 7 + middle * 5)} en présence du tutoré`, '        }',
        `        phase évaluation « Évaluer et conclure » pendant ${last} semaines {`,
        `            évaluation finale « Évaluation de fin de parcours » le ${at(tutee.weeks * 7 - 3)} par ${tutor.name} sur ${cite(targets)}`, '        }', '    }');
    return lines.join('\n') + '\n';
}

/** The files of a workspace, by path relative to its root. */
export function generateWorkspace(spec: WorkspaceSpec, seed = 2026): GeneratedFiles {
    const random = new Random(seed);
    const files: GeneratedFiles = { 'federation-socle/modele-socle.tutorat': sectorTemplate() };
    for (let index = 0; index < spec.federations; index++) {
        files[`federation-${index + 1}/modele-charte.tutorat`] = federationTemplate(index, random);
        files[`federation-${index + 1}/tutorat-federation.json`] = preset(index);
    }
    const frameworks: FrameworkModel[] = [];
    for (let index = 0; index < spec.frameworks; index++) {
        const { text, model } = framework(index, random);
        files[`referentiels/${model.name.toLowerCase()}.tutorat`] = text;
        frameworks.push(model);
    }
    spec.institutions.forEach((institution, index) => {
        const templateIndex = index % spec.federations;
        for (const [path, text] of Object.entries(institutionFiles(institution, templateIndex, frameworks, random))) {
            files[`institutions/${institution.name.toLowerCase()}/${path}`] = text;
        }
    });
    return files;
}

/** How many `.tutorat` files and lines a generated workspace has. */
export function measureWorkspace(files: GeneratedFiles): { files: number; lines: number; bytes: number } {
    const documents = Object.entries(files).filter(([path]) => path.endsWith('.tutorat'));
    return {
        files: documents.length,
        lines: documents.reduce((sum, [, text]) => sum + text.split('\n').length - 1, 0),
        bytes: documents.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)
    };
}
