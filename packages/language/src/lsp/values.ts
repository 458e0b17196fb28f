import type { Diploma } from '../generated/ast.js';
import type { Bilingual, Locale } from '../i18n/locale.js';
import { DIPLOMA_LEVELS } from '../model/qualifications.js';
import { canonicalUnit, formatFrequency, unitName, type CanonicalUnit } from '../model/time.js';
import { simplify } from '../syntax/grammar-knowledge.js';
import type { Frequency } from '../generated/ast.js';
import {
    BASE_DOCUMENTS, DIPLOMAS, PARTNER_KINDS, PHASES, PROFILES, SITUATIONS, STAFF_ROLES, STAKES, VOLUNTEER_MODES, type Term
} from '../model/vocabulary.js';

/**
 * The enumerated words of the language (stakes, situations, diplomas, units of time…), by the
 * grammar rule that lists them, with their meaning from `model/vocabulary.ts`. Hover, completion
 * and highlighting recognise a value by its rule.
 */
const VOCABULARIES: Readonly<Record<string, Readonly<Record<string, Term>>>> = {
    KnownStake: STAKES,
    SituationKind: SITUATIONS,
    KnownProfile: PROFILES,
    KnownDocument: BASE_DOCUMENTS,
    StaffRole: STAFF_ROLES,
    PhaseKind: PHASES,
    PartnerKind: PARTNER_KINDS,
    Diploma: DIPLOMAS,
    VolunteerMode: VOLUNTEER_MODES
};

/** What kind of value each rule lists, to introduce the label (« Enjeu du guide : … »). */
const VALUE_KINDS: Readonly<Record<string, Bilingual>> = {
    KnownStake: { fr: 'Enjeu du tutorat', en: 'Stake of tutoring' },
    SituationKind: { fr: 'Situation de tutorat', en: 'Tutoring situation' },
    KnownProfile: { fr: 'Profil spécifique du tutoré', en: 'Specific profile of the tutee' },
    KnownDocument: { fr: 'Document de base remis au tutoré', en: 'Base document given to the tutee' },
    StaffRole: { fr: 'Rôle dans l’institution', en: 'Role in the institution' },
    PhaseKind: { fr: 'Phase du parcours', en: 'Phase of the path' },
    PartnerKind: { fr: 'Type d’organisme partenaire', en: 'Kind of partner organisation' },
    Diploma: { fr: 'Diplôme', en: 'Diploma' },
    TimeUnit: { fr: 'Unité de temps', en: 'Unit of time' },
    FrequencyAdjective: { fr: 'Fréquence', en: 'Frequency' },
    Month: { fr: 'Mois', en: 'Month' },
    Weekday: { fr: 'Jour de la semaine', en: 'Day of the week' },
    Half: { fr: 'Demi', en: 'Half' },
    VolunteerMode: { fr: 'Manière de devenir tuteur', en: 'Way of becoming a tutor' }
};

/** Rules whose keywords are values rather than structure. */
export const VALUE_RULES: ReadonlySet<string> = new Set([...Object.keys(VALUE_KINDS), 'Count', 'NumberWord', 'DateValue']);

export interface ValueDescription {
    /** « Enjeu du tutorat », « Diplôme »… */
    readonly kind: string;
    /** The meaning of the word: « Intégrer les nouveaux travailleurs au sein d’une équipe ». */
    readonly label: string;
}

/** The meaning of an enumerated word of a value rule, in the user's language. */
export function describeValue(rule: string, word: string, locale: Locale): ValueDescription | undefined {
    const kind = VALUE_KINDS[rule]?.[locale];
    if (!kind) {
        return undefined;
    }
    if (rule === 'TimeUnit') {
        const unit = canonicalUnit(word);
        return unit ? { kind, label: unitLabel(unit, locale) } : undefined;
    }
    if (rule === 'FrequencyAdjective') {
        const label = formatFrequency({ $type: 'Frequency', adjective: word } as Frequency, locale);
        return label ? { kind, label } : undefined;
    }
    if (rule === 'Month' || rule === 'Weekday' || rule === 'Half') {
        return { kind, label: locale === 'fr' ? word : CALENDAR_WORDS[simplify(word)] ?? word };
    }
    // « après appel à candidatures »: the way of volunteering is named by one of its words.
    const key = rule === 'VolunteerMode' ? word.split(' ').find((part) => part in VOLUNTEER_MODES) ?? word : word;
    const term = VOCABULARIES[rule]?.[key];
    if (!term) {
        return undefined;
    }
    if (rule === 'Diploma') {
        const level = DIPLOMA_LEVELS[word as Diploma];
        const levelText = locale === 'fr'
            ? `niveau ${level} du Cadre francophone des certifications`
            : `level ${level} of the French-speaking qualifications framework (CFC)`;
        return { kind, label: `${term.label[locale]} — ${levelText}` };
    }
    return { kind, label: term.label[locale] };
}

/** The calendar's words in English, for an English-speaking user's hover. */
const CALENDAR_WORDS: Readonly<Record<string, string>> = {
    janvier: 'January', fevrier: 'February', mars: 'March', avril: 'April', mai: 'May', juin: 'June', juillet: 'July', aout: 'August',
    septembre: 'September', octobre: 'October', novembre: 'November', decembre: 'December',
    lundi: 'Monday', mardi: 'Tuesday', mercredi: 'Wednesday', jeudi: 'Thursday', vendredi: 'Friday', samedi: 'Saturday', dimanche: 'Sunday',
    demi: 'half', demie: 'half'
};

/** « semaines », « années », « quinzaines (deux semaines) »: the unit in full words. */
function unitLabel(unit: CanonicalUnit, locale: Locale): string {
    if (locale === 'fr' && unit === 'year') {
        return 'années';
    }
    const name = unitName(unit, locale, true);
    return unit === 'fortnight' ? `${name} (${locale === 'fr' ? 'deux semaines' : 'two weeks'})` : name;
}
