import type { Diploma, JobFunction, Person, Qualification } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import { aimedFunction } from './organisation.js';

/**
 * The level of common diplomas in the French-speaking Belgian qualifications framework
 * (Cadre francophone des certifications, 8 levels). Named diplomas are mapped onto one scale so
 * that a tutor's qualification can be compared with the one the tutee aims at.
 */
export const DIPLOMA_LEVELS: Readonly<Record<Diploma, number>> = {
    CEB: 1,        // Certificat d'études de base
    CE1D: 2,       // Certificat du premier degré
    CE2D: 3,       // Certificat du deuxième degré
    CQ6: 3,        // Certificat de qualification de 6e
    CESS: 4,       // Certificat d'enseignement secondaire supérieur
    CQ7: 4,        // Certificat de qualification de 7e
    brevet: 5,     // Brevet de l'enseignement secondaire complémentaire (ex. infirmier hospitalier)
    BES: 5,        // Brevet d'enseignement supérieur (promotion sociale)
    graduat: 5,    // Graduat (bachelier court de l'enseignement supérieur de promotion sociale)
    bachelier: 6,
    master: 7,
    doctorat: 8
};

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 8;

/** The framework level of a qualification, whether written as a diploma or as « niveau N ». */
export function levelOf(qualification: Qualification | undefined): number | undefined {
    if (!qualification) {
        return undefined;
    }
    if (qualification.level !== undefined) {
        return qualification.level;
    }
    return qualification.diploma ? DIPLOMA_LEVELS[qualification.diploma] : undefined;
}

/** « bachelier (niveau 6) », « niveau 5 » — or "bachelier (level 6)" in English. */
export function describeQualification(qualification: Qualification, locale: Locale = 'fr'): string {
    const level = `${locale === 'fr' ? 'niveau' : 'level'} ${levelOf(qualification)}`;
    const name = qualification.label ?? qualification.diploma;
    return name ? `${name} (${level})` : level;
}

/** The qualification a tutee aims at, and where it is written. */
export type AimedQualification =
    | { readonly qualification: Qualification; readonly from: 'tutee'; readonly node: Person }
    | { readonly qualification: Qualification; readonly from: 'function'; readonly node: JobFunction };

/**
 * The qualification a tutee aims at: their own « qualification visée », else the « qualification
 * requise » of the function they learn.
 */
export function aimedQualification(tutee: Person): AimedQualification | undefined {
    if (tutee.targetQualification) {
        return { qualification: tutee.targetQualification, from: 'tutee', node: tutee };
    }
    const learnt = aimedFunction(tutee)?.function;
    return learnt?.qualification ? { qualification: learnt.qualification, from: 'function', node: learnt } : undefined;
}
