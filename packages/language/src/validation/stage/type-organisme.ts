import type { Partner, Person } from '../../generated/ast.js';
import type { Locale } from '../../i18n/locale.js';
import { titleOrName } from '../../i18n/french.js';
import { defineRule } from '../../rules/definition.js';
import { PARTNER_SECTION } from './shared.js';

/** The school levels of the guide's « Enseignement » type: only a school has them. */
const SCHOOL_BRANCHES: ReadonlySet<string> = new Set(['secondaire', 'supérieur', 'spécialisé', 'artistique', 'promotion']);

/** A partner's level as the guide writes it (« de promotion sociale », « artistique à horaire réduit »). */
function branchWords(branch: string | undefined): string | undefined {
    return branch === 'promotion' ? 'de promotion sociale' : branch === 'artistique' ? 'artistique à horaire réduit' : branch;
}

/** How a partner's type is written (« enseignement secondaire de plein exercice »), as the messages quote it. */
function partnerType(partner: Partner): string {
    return [partner.kind, branchWords(partner.branch), partner.alternance ? 'en alternance' : partner.fullTime ? 'de plein exercice' : undefined].filter(Boolean).join(' ');
}

function inAlternance(person: Person): boolean {
    return person.situation === 'alternance' || person.profiles.some((profile) => profile.known === 'alternance');
}

const SCHOOL_OR_TRAINING = {
    fr: 'l’alternance se suit dans un établissement d’enseignement en alternance (un CEFA…) ou chez un organisme de formation en alternance (IFAPME, EFP…)',
    en: 'work-study is followed in a work-study school (a CEFA…) or with a work-study training body (IFAPME, EFP…)'
};

/** The kinds of body a work-study cannot be organised by, as each language's message names them. */
const KIND_WORDS: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
    insertion: { fr: 'insertion', en: 'job insertion' },
    accompagnement: { fr: 'accompagnement', en: 'support' }
};

function kindWords(kind: string, locale: Locale): string {
    return KIND_WORDS[kind]?.[locale] ?? kind;
}

export const typeOrganisme = defineRule({
    id: 'stage/type-organisme',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Le type de l’organisme partenaire est un type du guide et convient à la situation du tutoré', en: 'The partner organisation’s type is one of the guide’s and fits the tutee’s situation' },
    description: {
        fr: 'Le guide distingue trois types d’organismes partenaires : la formation (professionnelle ou insertion professionnelle), l’enseignement (secondaire ou supérieur, de plein exercice ou en alternance, de promotion sociale, spécialisé, artistique à horaire réduit) et l’accompagnement (de demandeurs d’emploi, de personnes en situation de handicap…). Le type écrit (« type enseignement secondaire en alternance ») est l’un d’eux, et il convient à la situation du tutoré que l’organisme envoie : un tutoré en alternance vient d’un enseignement ou d’une formation en alternance, pas d’un établissement de plein exercice ; un tutoré en insertion professionnelle vient d’un organisme de formation, d’insertion ou d’accompagnement. Une information : seule l’institution sait si l’organisme déclaré est le bon.',
        en: 'The guide tells three types of partner organisations apart: training (vocational training or job insertion), education (secondary or higher, full-time or work-study, adult education, special needs, part-time arts) and support (of job seekers, of people with disabilities…). The written type (« type enseignement secondaire en alternance ») is one of them, and it fits the situation of the tutee the organisation sends: a work-study tutee comes from work-study education or training, not from a full-time school; a tutee in job insertion comes from a training, insertion or support body. Information only: the institution alone knows whether the declared organisation is the right one.'
    },
    guide: {
        section: PARTNER_SECTION,
        quote: 'Enseignement : niveau secondaire ou supérieur, de plein exercice ou en alternance, de promotion sociale, spécialisé, artistique à horaire réduit.'
    },
    messages: {
        schoolLevel: {
            fr: '« {type} » n’est pas un type d’organisme du guide : le niveau « {branch} » est celui d’un établissement d’enseignement. Écrivez « type enseignement {branch} » si l’organisme est une école, sinon retirez le niveau.',
            en: '« {type} » is not one of the guide’s organisation types: the level « {branch} » belongs to a school. Write « type enseignement {branch} » if the organisation is a school, otherwise remove the level.'
        },
        fullTimeNotSchool: {
            fr: '« {type} » n’est pas un type d’organisme du guide : « de plein exercice » se dit d’un enseignement. Écrivez « type enseignement … de plein exercice » si l’organisme est une école, sinon retirez « de plein exercice ».',
            en: '« {type} » is not one of the guide’s organisation types: « de plein exercice » (full-time) describes education. Write « type enseignement … de plein exercice » if the organisation is a school, otherwise remove « de plein exercice ».'
        },
        alternanceNotTraining: {
            fr: '« {type} » n’est pas un type d’organisme du guide : l’alternance est une forme d’enseignement ou de formation, pas d’{kind}. Écrivez « type enseignement … en alternance » ou « type formation en alternance » si l’organisme organise l’alternance, sinon retirez « en alternance ».',
            en: '« {type} » is not one of the guide’s organisation types: work-study is a form of education or training, not of {kind}. Write « type enseignement … en alternance » or « type formation en alternance » if the organisation runs the work-study, otherwise remove « en alternance ».'
        },
        alternanceFullTime: {
            fr: '{tutee} est en alternance, mais son organisme {partner} est décrit « {type} » : {schoolOrTraining}. Vérifiez l’organisme du tutoré, ou sa situation.',
            en: '{tutee} is in work-study, but their organisation {partner} is described as « {type} »: {schoolOrTraining}. Check the tutee’s organisation, or their situation.'
        },
        alternanceSupport: {
            fr: '{tutee} est en alternance, mais son organisme {partner} est un organisme d’{kind} (« {type} ») : {schoolOrTraining}. Si l’organisme accompagne le tutoré en plus de son école, déclarez plutôt l’école comme organisme du tutoré ; sinon vérifiez sa situation.',
            en: '{tutee} is in work-study, but their organisation {partner} is a {kind} body (« {type} »): {schoolOrTraining}. If the organisation supports the tutee besides their school, declare the school as the tutee’s organisation instead; otherwise check their situation.'
        },
        insertionSchool: {
            fr: '{tutee} est en insertion professionnelle, mais son organisme {partner} est un établissement d’enseignement (« {type} ») : le guide place l’insertion chez les organismes de formation, d’insertion ou d’accompagnement (Forem, OISP, mission régionale…). Vérifiez l’organisme du tutoré, ou sa situation (« situation stage » pour un stage d’études).',
            en: '{tutee} is in job insertion, but their organisation {partner} is a school (« {type} »): the guide places insertion with training, insertion or support bodies (Forem, OISP, regional mission…). Check the tutee’s organisation, or their situation (« situation stage » for a study placement).'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutrice Nathalie\n    tutorée Emma { situation alternance organisme Lycee }\n    organisme partenaire Lycee « Lycée Félicien Rops » { type enseignement secondaire de plein exercice }\n}\n'
        },
        compliant: {
            'institution.tutorat': 'institution MaisonDeRepos {\n    tutrice Nathalie\n    tutorée Emma { situation alternance organisme CEFA }\n    organisme partenaire CEFA « CEFA de Namur » { type enseignement secondaire en alternance }\n}\n'
        }
    },
    checks: {
        Partner(partner, report, context) {
            if (!partner.kind) {
                return;
            }
            const type = partnerType(partner);
            if (partner.kind !== 'enseignement' && partner.branch && SCHOOL_BRANCHES.has(partner.branch)) {
                report('schoolLevel', { node: partner, property: 'branch' }, { params: { type, branch: branchWords(partner.branch) } });
            } else if (partner.kind !== 'enseignement' && partner.fullTime) {
                report('fullTimeNotSchool', { node: partner, property: 'fullTime' }, { params: { type } });
            } else if ((partner.kind === 'insertion' || partner.kind === 'accompagnement') && partner.alternance) {
                report('alternanceNotTraining', { node: partner, property: 'alternance' }, { params: { type, kind: kindWords(partner.kind, context.locale) } });
            }
        },
        Person(person, report, context) {
            const partner = person.partner?.ref;
            if (!partner?.kind || !person.name) {
                return;
            }
            const params = {
                tutee: titleOrName(person, context.locale) ?? person.name,
                partner: titleOrName(partner, context.locale) ?? partner.name,
                type: partnerType(partner),
                kind: kindWords(partner.kind, context.locale),
                schoolOrTraining: SCHOOL_OR_TRAINING[context.locale]
            };
            const at = { node: person, property: 'partner' } as const;
            const related = [{ node: partner, property: 'kind' as const, message: { fr: 'Le type de {partner}', en: 'The type of {partner}' }, params: { partner: params.partner } }];
            if (inAlternance(person) && partner.kind === 'enseignement' && partner.fullTime) {
                report('alternanceFullTime', at, { params, related });
            } else if (inAlternance(person) && (partner.kind === 'insertion' || partner.kind === 'accompagnement')) {
                report('alternanceSupport', at, { params, related });
            } else if (person.situation === 'insertion' && partner.kind === 'enseignement' && partner.branch !== 'promotion') {
                report('insertionSchool', at, { params, related });
            }
        }
    }
});
