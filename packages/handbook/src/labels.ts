import {
    canonicalUnit, formatSpan, spanOf,
    type Bilingual, type CanonicalUnit, type Duration, type Frequency, type Locale, type Person, type Rate, type SectionKey, type Share
} from '@tutorat/language';

/**
 * How the handbooks name what the documents say: the charter's sections and the kinds of their
 * items, and values (frequencies, rates) as sentences. The stakes, situations, profiles and roles
 * come from the language's vocabulary (`model/vocabulary.ts`).
 */

export const SECTION_TITLES: Readonly<Record<SectionKey, Bilingual>> = {
    stakes: { fr: 'Les enjeux du tutorat', en: 'The stakes of tutoring' },
    resources: { fr: 'Les ressources consacrées au tutorat', en: 'Resources given to tutoring' },
    modalities: { fr: 'Les modalités de mise en œuvre', en: 'How tutoring is implemented' },
    tutorProfile: { fr: 'Le profil de fonction du tuteur', en: 'The tutor’s function profile' },
    institutionalProject: { fr: 'Le tutorat dans le projet institutionnel', en: 'Tutoring in the institutional project' },
    commitments: { fr: 'Les rôles et engagements de chacun', en: 'Everyone’s role and commitments' },
    situations: { fr: 'Les situations de tutorat', en: 'Tutoring situations' },
    tutoringTime: { fr: 'Le temps de tutorat', en: 'Tutoring time' },
    replacement: { fr: 'La suppléance du tuteur', en: 'Replacing an absent tutor' },
    trainingPlan: { fr: 'Le plan de formation des tuteurs', en: 'The tutors’ training plan' },
    teamAwareness: { fr: 'La sensibilisation des équipes', en: 'Informing and consulting the teams' },
    partnerships: { fr: 'Les partenariats', en: 'Partnerships' },
    recognition: { fr: 'La reconnaissance et la valorisation', en: 'Recognition' },
    tutorCommunity: { fr: 'La communauté des tuteurs', en: 'The community of tutors' },
    after: { fr: 'Après le tutorat : analyser et améliorer', en: 'After tutoring: analyse and improve' }
};

/** The kinds of items inside the charter's sections, as the grammar stores them. */
export const ITEM_KINDS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
    Resource: {
        temps: { fr: 'Temps dédié', en: 'Dedicated time' },
        formations: { fr: 'Formations', en: 'Training' },
        équipement: { fr: 'Équipement pédagogique', en: 'Teaching equipment' },
        légitimité: { fr: 'Légitimité', en: 'Legitimacy' },
        reconnaissance: { fr: 'Reconnaissance', en: 'Recognition' }
    },
    Modality: {
        désignation: { fr: 'Désignation des tuteurs', en: 'Designating tutors' },
        choix: { fr: 'Choix des tutorés', en: 'Choosing tutees' },
        constitution: { fr: 'Constitution des duos', en: 'Forming the duos' },
        planification: { fr: 'Planification du tutorat', en: 'Planning tutoring time' }
    },
    Commitment: {
        direction: { fr: 'La direction', en: 'Management' },
        encadrement: { fr: 'L’encadrement', en: 'Supervisors' },
        tuteur: { fr: 'Le tuteur', en: 'The tutor' },
        tutrice: { fr: 'La tutrice', en: 'The tutor' },
        tutoré: { fr: 'Le tutoré', en: 'The tutee' },
        tutorée: { fr: 'La tutorée', en: 'The tutee' },
        organisme: { fr: 'L’organisme partenaire', en: 'The partner organisation' },
        équipe: { fr: 'L’équipe', en: 'The team' }
    },
    Training: {
        initiale: { fr: 'Formation initiale, avant d’exercer', en: 'Initial training, before tutoring' },
        complémentaire: { fr: 'Formations complémentaires', en: 'Complementary training' },
        continue: { fr: 'Formation continue', en: 'Continuing training' }
    },
    Partnership: {
        convention: { fr: 'Convention de partenariat', en: 'Partnership agreement' },
        rencontres: { fr: 'Rencontres', en: 'Meetings' },
        concertation: { fr: 'Concertation', en: 'Consultation' }
    },
    RecognitionItem: {
        entretiens: { fr: 'Dans les entretiens professionnels', en: 'In professional interviews' },
        témoignages: { fr: 'Témoignages', en: 'Testimonies' },
        visibilité: { fr: 'Visibilité', en: 'Visibility' }
    },
    AfterItem: {
        analyse: { fr: 'Analyse des résultats', en: 'Analysing the results' },
        effets: { fr: 'Effets sur les tutorés, les tuteurs, les équipes et les bénéficiaires', en: 'Effects on tutees, tutors, teams and beneficiaries' },
        échanges: { fr: 'Échanges avec les partenaires', en: 'Exchanges with partners' },
        améliorations: { fr: 'Pistes d’amélioration', en: 'Improvements' },
        calendrier: { fr: 'Calendrier', en: 'Timetable' }
    }
};

export function itemKindLabel(type: string, kind: string | undefined, locale: Locale): string {
    const label = kind ? ITEM_KINDS[type]?.[kind] : undefined;
    return label ? label[locale] : kind ?? '';
}

const SINGULAR: Readonly<Record<CanonicalUnit, Bilingual>> = {
    year: { fr: 'année', en: 'year' },
    quarter: { fr: 'trimestre', en: 'quarter' },
    month: { fr: 'mois', en: 'month' },
    fortnight: { fr: 'quinzaine', en: 'fortnight' },
    week: { fr: 'semaine', en: 'week' },
    day: { fr: 'jour', en: 'day' },
    hour: { fr: 'heure', en: 'hour' }
};

const FEMININE: ReadonlySet<CanonicalUnit> = new Set(['fortnight', 'week', 'hour']);

/** « chaque semaine », « toutes les 2 semaines », « 2 fois par mois » — or "every week"… */
export function describeFrequency(frequency: Frequency | undefined, locale: Locale): string | undefined {
    const unit = frequency && canonicalUnit(frequency.unit);
    if (!frequency || !unit) {
        return undefined;
    }
    const singular = SINGULAR[unit][locale];
    if (frequency.times !== undefined) {
        return locale === 'fr' ? `${frequency.times} fois par ${singular}` : `${frequency.times} times a ${singular}`;
    }
    if (frequency.every !== undefined && frequency.every !== 1) {
        const span = formatSpan({ value: frequency.every, unit }, locale);
        return locale === 'fr' ? `${FEMININE.has(unit) ? 'toutes' : 'tous'} les ${span}` : `every ${span}`;
    }
    return locale === 'fr' ? `chaque ${singular}` : `every ${singular}`;
}

/** « 3 heures par semaine ». */
export function describeRate(rate: Rate | undefined, locale: Locale): string | undefined {
    const amount = rate && describeDuration(rate.amount, locale);
    const per = rate && canonicalUnit(rate.per);
    return amount && per ? `${amount} ${locale === 'fr' ? 'par' : 'per'} ${SINGULAR[per][locale]}` : undefined;
}

export function describeDuration(duration: Duration | undefined, locale: Locale): string | undefined {
    const span = spanOf(duration);
    return span ? formatSpan(span, locale) : undefined;
}

/** « 60 % » with the non-breaking space French puts before the sign. */
export function describeShare(share: Share | undefined, locale: Locale): string | undefined {
    if (share?.percent === undefined) {
        return undefined;
    }
    const number = locale === 'fr' ? String(share.percent).replace('.', ',') : String(share.percent);
    return locale === 'fr' ? `${number}\u00A0%` : `${number}%`;
}

/** The name people know someone by: the title written in quotes, else the identifier. */
export function displayName(person: { readonly name: string; readonly title?: string } | undefined): string {
    if (!person) {
        return '';
    }
    return person.title?.trim() || person.name;
}

/** « tuteur » / « tutrice », « tutoré » / « tutorée » as the person was declared. */
export function roleWord(person: Person | undefined, role: 'tutor' | 'tutee', locale: Locale): string {
    if (locale === 'en') {
        return role;
    }
    if (role === 'tutor') {
        return person?.kind === 'tutrice' ? 'tutrice' : 'tuteur';
    }
    return person?.kind === 'tutorée' ? 'tutorée' : 'tutoré';
}

export const EVALUATION_KINDS: Readonly<Record<'formative' | 'finale', Bilingual>> = {
    formative: { fr: 'Évaluation formative', en: 'Formative evaluation' },
    finale: { fr: 'Évaluation finale', en: 'Final evaluation' }
};

export const REVIEW_WITH: Bilingual = { fr: 'Bilan avec {superior}', en: 'Review with {superior}' };

export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
